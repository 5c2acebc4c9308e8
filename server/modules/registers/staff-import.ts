import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { attemptsOnContention, isContention, pauseBeforeRetry, translateWriteError } from '../../common/write';
import { reasonedError } from '../../errors';
import type { Principal } from '../access/principal';
import { recordAudit, type AuditOrigin } from '../audit/audit-record';
import { headerMismatch, readRegisterRow, type ColumnTerms, type ReadRow } from './register-columns';
import type { ImportProgress, ImportReport } from './import-report';
import { commitStaffChunk, type ImportAudit } from './staff-import-commit';
import { StaffImportPlanner, type Sql, type StaffChunkPlan } from './staff-import-plan';
import { staffColumns, staffSheet, type StaffColumnKey } from './staff-register';
import { readWorkbookRows } from './workbook/read-workbook';

/** Rows read and checked at a time: what the import holds of the file besides its bytes and the ID numbers seen (more costs memory, in garbage). */
const chunkRows = 500;
/**
 * Records written a statement: every statement moves each staffing cell its rows fill once, and each move
 * raises the bureau's staffing version and evaluates the cell's alert, so fewer, larger statements write faster.
 */
const writeRows = 5_000;

/** What an import is asked to do. */
export interface StaffImportRequest {
  bureau: { id: number; code: string; name: string; path: string };
  file: Buffer;
  fileName: string;
  commit: boolean;
  actor: Principal;
  origin: AuditOrigin;
  progress: (step: ImportProgress) => void;
}

function sqlOf(em: EntityManager): Sql {
  return <Row>(sql: string, parameters: unknown[]) => em.execute<Row[]>(sql, parameters);
}

/** The staff sheet's data rows, a chunk at a time, each read by its columns; the header row must be the template's. */
async function* staffRowChunks(request: StaffImportRequest, terms: ColumnTerms, reading: boolean): AsyncGenerator<ReadRow<StaffColumnKey>[]> {
  let chunk: ReadRow<StaffColumnKey>[] = [];
  let headerSeen = false;
  const onProgress = reading ? (rows: number) => request.progress({ phase: 'reading', rows }) : undefined;
  for await (const row of readWorkbookRows(request.file, { sheets: [staffSheet], onProgress })) {
    if (!headerSeen) {
      // The header is the sheet's first row with a value: a title row above it is not kept by the reader either way.
      const mismatch = headerMismatch(staffColumns, row);
      if (mismatch) throw reasonedError('COLUMNS_MISMATCH', mismatch);
      headerSeen = true;
      continue;
    }
    chunk.push(readRegisterRow(staffColumns, row, terms));
    if (chunk.length === chunkRows) {
      yield chunk;
      chunk = [];
    }
  }
  if (!headerSeen) throw reasonedError('SHEET_MISSING', { sheet: staffSheet });
  if (chunk.length > 0) yield chunk;
}

/** Checks the whole file, chunk after chunk, handing each chunk's writes to `write` (none for a dry run). */
async function checkFile(request: StaffImportRequest, terms: ColumnTerms, planner: StaffImportPlanner, write?: (chunk: StaffChunkPlan) => Promise<void>): Promise<void> {
  for await (const chunk of staffRowChunks(request, terms, !write)) {
    const planned = await planner.plan(chunk);
    if (write) await write(planned);
    else request.progress({ phase: 'checking', rows: planner.rows });
  }
}

/**
 * The second pass of a commit: the file checked again, chunk by chunk, in the same transaction and under the
 * same locks (so finding what the first pass found), its writes gathered and written `writeRows` at a time.
 */
async function writeFile(transaction: EntityManager, request: StaffImportRequest, terms: ColumnTerms, audit: ImportAudit, total: number): Promise<void> {
  const writing = await StaffImportPlanner.start(sqlOf(transaction), request.bureau.id);
  let written = 0;
  let pending: StaffChunkPlan = { creates: [], changes: [] };
  const flush = async () => {
    await commitStaffChunk(transaction, pending, audit);
    written += pending.creates.length + pending.changes.length;
    pending = { creates: [], changes: [] };
    request.progress({ phase: 'writing', written, total });
  };
  await checkFile(request, terms, writing, async (chunk) => {
    pending.creates.push(...chunk.creates);
    pending.changes.push(...chunk.changes);
    if (pending.creates.length + pending.changes.length >= writeRows) await flush();
  });
  if (pending.creates.length + pending.changes.length > 0) await flush();
  if (writing.problems.errors > 0) throw new Error('the second pass of an import found errors the first did not');
}

function reportOf(request: StaffImportRequest, sha256: string, planner: StaffImportPlanner, committed: boolean): ImportReport {
  return {
    register: 'staff',
    bureau: { code: request.bureau.code, name: request.bureau.name },
    file: { name: request.fileName, sha256, bytes: request.file.length },
    committed,
    rows: planner.rows,
    created: planner.created,
    changed: planner.changed,
    unchanged: planner.unchanged,
    errors: planner.problems.errors,
    warnings: planner.problems.warnings,
    problems: planner.problems.listed(),
  };
}

/** A commit refused for the file's problems: the report says which, the error why nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super('the file has problems');
  }
}

/**
 * Imports a bureau's staff register (实名制人员信息表), a chunk of rows at a
 * time so that memory stays bounded. A dry run checks every row. A commit
 * does, in one transaction under the bureau's institutions' locks, the same
 * check, and only when it finds no error checks the file again chunk by chunk
 * and writes each chunk (a second pass: the rows are not kept between the
 * two, and the progress of the writing has a total); all or nothing, a
 * transaction chosen as a deadlock's victim tried again whole. Audited per
 * record and once for the file, with its name and hash.
 */
export async function importStaffRegister(em: EntityManager, terms: ColumnTerms, request: StaffImportRequest): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(request.file).digest('hex');
  if (!request.commit) {
    const planner = await StaffImportPlanner.start(sqlOf(em.fork()), request.bureau.id);
    await checkFile(request, terms, planner);
    return reportOf(request, sha256, planner, false);
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.fork().transactional(async (transaction) => {
        await transaction.execute('select id from institution where bureau_id = ? order by id for update', [request.bureau.id]);
        const checking = await StaffImportPlanner.start(sqlOf(transaction), request.bureau.id);
        await checkFile(request, terms, checking);
        const report = reportOf(request, sha256, checking, true);
        if (report.errors > 0) throw new ImportRefused({ ...report, committed: false });
        const reason = `${request.fileName} (sha256 ${sha256})`;
        const audit = { actor: request.actor, origin: request.origin, operation: 'importStaffRegister', reason, bureauPath: request.bureau.path };
        // A file the registry already holds as it is (imported again) has nothing to write: no second pass.
        if (report.created + report.changed > 0) await writeFile(transaction, request, terms, audit, report.created + report.changed);
        await recordAudit(transaction, request.actor, request.origin, {
          operation: 'importStaffRegister',
          recordType: 'RegisterImport',
          recordId: sha256.slice(0, 30),
          bureauPath: request.bureau.path,
          before: null,
          after: { register: 'staff', file: request.fileName, sha256, bytes: request.file.length, rows: report.rows, created: report.created, changed: report.changed, unchanged: report.unchanged },
          reason,
        });
        return report;
      });
    } catch (error) {
      if (error instanceof ImportRefused) throw error;
      if (attempt < attemptsOnContention && isContention(error)) {
        await pauseBeforeRetry();
        continue;
      }
      throw translateWriteError(error, 'staff record');
    }
  }
}
