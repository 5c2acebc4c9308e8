import type { RowProblem } from './register-problem';

/** Problems listed in a report at most; the counts are always whole. */
export const problemsListedAtMost = 2_000;

/** What an import found and did, as the upload's last line gives it. */
export interface ImportReport {
  /** The register imported (staff: 实名制人员信息表). */
  register: string;
  bureau: { code: string; name: string };
  file: { name: string; sha256: string; bytes: number };
  /** Whether the changes were written: false for a dry run, and for a commit refused for its errors. */
  committed: boolean;
  /** Data rows read (the header row not counted). */
  rows: number;
  /** Rows that would be, or were, created, changed, and left as they are. */
  created: number;
  changed: number;
  unchanged: number;
  errors: number;
  warnings: number;
  /** The problems by sheet, row and column, errors and warnings in row order: the first `problemsListedAtMost`. */
  problems: RowProblem[];
}

/** A step of a long import, as the upload streams it before the report: for a progress bar. */
export type ImportProgress = { phase: 'reading'; rows: number } | { phase: 'checking'; rows: number } | { phase: 'writing'; written: number; total: number };

/** What an import counted, as its report gives it. */
export interface ImportCounts {
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: { errors: number; warnings: number; listed(): RowProblem[] };
}

/** The report of an import of `register` for the request's bureau and file. */
export function importReport(register: string, request: { bureau: { code: string; name: string }; fileName: string; file: Buffer }, sha256: string, counts: ImportCounts, committed: boolean): ImportReport {
  return {
    register,
    bureau: { code: request.bureau.code, name: request.bureau.name },
    file: { name: request.fileName, sha256, bytes: request.file.length },
    committed,
    rows: counts.rows,
    created: counts.created,
    changed: counts.changed,
    unchanged: counts.unchanged,
    errors: counts.problems.errors,
    warnings: counts.problems.warnings,
    problems: counts.problems.listed(),
  };
}

/** A commit refused for the file's problems: the report says which, the error why nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super('the file has problems');
  }
}
