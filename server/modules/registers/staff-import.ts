import type { EntityManager } from '@mikro-orm/postgresql';
import type { ColumnTerms } from './register-columns';
import type { ImportReport } from './import-report';
import { runRegisterImport, type ImportAudit } from './register-import';
import { registerRowChunks, sqlOf, type ImportRequest } from './register-reading';
import { commitStaffChunk } from './staff-import-commit';
import { StaffImportPlanner, type StaffChunkPlan } from './staff-import-plan';
import { staffColumns, staffSheet } from './staff-register';

/** Rows read and checked at a time: what the import holds of the file besides its bytes and the ID numbers seen (more costs memory, in garbage). */
const chunkRows = 500;
/**
 * Records written a statement: every statement moves each staffing cell its rows fill once, and each move
 * raises the bureau's staffing version and evaluates the cell's alert, so fewer, larger statements write faster.
 */
const writeRows = 5_000;

/** Checks the whole file, chunk after chunk, handing each chunk's writes to `write` (none for a dry run). */
async function checkFile(request: ImportRequest, terms: ColumnTerms, planner: StaffImportPlanner, write?: (chunk: StaffChunkPlan) => Promise<void>): Promise<void> {
  for await (const chunk of registerRowChunks(request, { sheet: staffSheet, columns: staffColumns, chunkRows }, terms, !write)) {
    const planned = await planner.plan(chunk);
    if (write) await write(planned);
    else request.progress({ phase: 'checking', rows: planner.rows });
  }
}

/**
 * The second pass of a commit: the file checked again, chunk by chunk, in the same transaction and under the
 * same locks (so finding what the first pass found), its writes gathered and written `writeRows` at a time.
 */
async function writeFile(transaction: EntityManager, request: ImportRequest, terms: ColumnTerms, audit: ImportAudit, total: number): Promise<void> {
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

/**
 * Imports a bureau's staff register (实名制人员信息表), a chunk of rows at a
 * time so that memory stays bounded: the check reads and checks every row;
 * the write, only when the check found no error, checks the file again chunk
 * by chunk and writes the chunks (a second pass: the rows are not kept between
 * the two, and the progress of the writing has a total).
 */
export function importStaffRegister(em: EntityManager, terms: ColumnTerms, request: ImportRequest): Promise<ImportReport> {
  return runRegisterImport(em, request, {
    register: 'staff',
    operation: 'importStaffRegister',
    recordCalled: 'staff record',
    check: async (sql) => {
      const planner = await StaffImportPlanner.start(sql, request.bureau.id);
      await checkFile(request, terms, planner);
      return planner;
    },
    write: (transaction, audit, counts) => writeFile(transaction, request, terms, audit, counts.created + counts.changed),
  });
}
