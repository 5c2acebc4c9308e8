import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { attemptsOnContention, isContention, pauseBeforeRetry, translateWriteError } from '../../common/write';
import { reasonedError } from '../../errors';
import type { Principal } from '../access/principal';
import type { AuditOrigin } from '../audit/audit-record';
import { recordAudit } from '../audit/audit-record';
import { headerMismatch, readRegisterRow, type ColumnTerms, type ReadRow } from './register-columns';
import { problemsListedAtMost, type ImportProgress, type ImportReport } from './import-report';
import { commitStaffImport } from './staff-import-commit';
import { planStaffImport, type Sql, type StaffImportPlan } from './staff-import-plan';
import { staffColumns, staffSheet, type StaffColumnKey } from './staff-register';
import { readWorkbookRows } from './workbook/read-workbook';

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

/** The staff sheet's data rows, each read by its columns; the header row must be the template's. */
async function readStaffRows(request: StaffImportRequest, terms: ColumnTerms): Promise<ReadRow<StaffColumnKey>[]> {
  const reads: ReadRow<StaffColumnKey>[] = [];
  let headerSeen = false;
  for await (const row of readWorkbookRows(request.file, { sheets: [staffSheet], onProgress: (rows) => request.progress({ phase: 'reading', rows }) })) {
    if (!headerSeen) {
      // The header is the sheet's first row with a value: a title row above it is not kept by the reader either way.
      const mismatch = headerMismatch(staffColumns, row);
      if (mismatch) throw reasonedError('COLUMNS_MISMATCH', mismatch);
      headerSeen = true;
      continue;
    }
    reads.push(readRegisterRow(staffColumns, row, terms));
  }
  if (!headerSeen) throw reasonedError('SHEET_MISSING', { sheet: staffSheet });
  return reads;
}

function reportOf(request: StaffImportRequest, sha256: string, plan: StaffImportPlan, committed: boolean): ImportReport {
  const errors = plan.problems.filter((problem) => problem.severity === 'ERROR').length;
  return {
    register: 'staff',
    bureau: { code: request.bureau.code, name: request.bureau.name },
    file: { name: request.fileName, sha256, bytes: request.file.length },
    committed,
    rows: plan.rows,
    created: plan.creates.length,
    changed: plan.changes.length,
    unchanged: plan.unchanged,
    errors,
    warnings: plan.problems.length - errors,
    problems: plan.problems.slice(0, problemsListedAtMost),
  };
}

/** A commit refused for the file's problems: the report says which, the error why nothing was written. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super('the file has problems');
  }
}

/**
 * Imports a bureau's staff register (实名制人员信息表): reads and checks every
 * row, and with `commit` writes them all or nothing, in one transaction that
 * checks them again under the bureau's institutions' locks (a transaction
 * chosen as a deadlock's victim is tried again whole). Audited per record and
 * once for the file, with its name and hash.
 */
export async function importStaffRegister(em: EntityManager, terms: ColumnTerms, request: StaffImportRequest): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(request.file).digest('hex');
  const reads = await readStaffRows(request, terms);
  request.progress({ phase: 'checking', rows: reads.length });
  if (!request.commit) return reportOf(request, sha256, await planStaffImport(sqlOf(em.fork()), request.bureau.id, reads), false);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.fork().transactional(async (transaction) => {
        await transaction.execute('select id from institution where bureau_id = ? order by id for update', [request.bureau.id]);
        const plan = await planStaffImport(sqlOf(transaction), request.bureau.id, reads);
        const report = reportOf(request, sha256, plan, true);
        if (report.errors > 0) throw new ImportRefused({ ...report, committed: false });
        const reason = `${request.fileName} (sha256 ${sha256})`;
        await commitStaffImport(transaction, plan, { actor: request.actor, origin: request.origin, operation: 'importStaffRegister', reason, bureauPath: request.bureau.path }, (written, total) =>
          request.progress({ phase: 'writing', written, total }),
        );
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
