import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { attemptsOnContention, isContention, pauseBeforeRetry, translateWriteError } from '../../common/write';
import type { Principal } from '../access/principal';
import { recordAudit, type AuditOrigin } from '../audit/audit-record';
import { ImportRefused, importReport, type ImportCounts, type ImportReport } from './import-report';
import { sqlOf, type ImportRequest, type Sql } from './register-reading';

/** Who imports, from what, and where: what every audit entry of an import says. */
export interface ImportAudit {
  actor: Principal;
  origin: AuditOrigin;
  operation: string;
  /** The file's name and hash, cited in each entry. */
  reason: string;
  bureauPath: string;
}

/** One register's import: how a file is checked, and how a file with no error is written. */
export interface RegisterImport<Counts extends ImportCounts> {
  /** The register's name in reports and the file's audit entry (staff, institutions). */
  register: string;
  /** The operation the audit trail names. */
  operation: string;
  /** The record type the audit trail names for what the rows write. */
  recordCalled: string;
  /**
   * Checks the whole file against the registry as `sql` (in `em`: a fork for a dry run, the commit's transaction)
   * reads it; `audit` is what the commit's audit entries say.
   */
  check(sql: Sql, em: EntityManager, audit: ImportAudit): Promise<Counts>;
  /** Writes a file `check` found no error in, in the transaction. */
  write(transaction: EntityManager, audit: ImportAudit, counts: Counts): Promise<void>;
}

/**
 * Runs an import of a bureau's register: a dry run checks the file; a commit,
 * in one transaction holding the locks of the bureau's institutions, checks it
 * and, only when it finds no error, writes it, all or nothing (a transaction
 * chosen as a deadlock's victim is tried again whole). Each record is audited
 * by the write, and the file once, with its name and hash.
 */
export async function runRegisterImport<Counts extends ImportCounts>(em: EntityManager, request: ImportRequest, definition: RegisterImport<Counts>): Promise<ImportReport> {
  const sha256 = createHash('sha256').update(request.file).digest('hex');
  const reason = `${request.fileName} (sha256 ${sha256})`;
  const audit: ImportAudit = { actor: request.actor, origin: request.origin, operation: definition.operation, reason, bureauPath: request.bureau.path };
  if (!request.commit) {
    const fork = em.fork();
    return importReport(definition.register, request, sha256, await definition.check(sqlOf(fork), fork, audit), false);
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await em.fork().transactional(async (transaction) => {
        await transaction.execute('select id from institution where bureau_id = ? order by id for update', [request.bureau.id]);
        const counts = await definition.check(sqlOf(transaction), transaction, audit);
        const report = importReport(definition.register, request, sha256, counts, true);
        if (report.errors > 0) throw new ImportRefused({ ...report, committed: false });
        // A file the registry already holds as it is (imported again) has nothing to write.
        if (report.created + report.changed > 0) await definition.write(transaction, audit, counts);
        await recordAudit(transaction, request.actor, request.origin, {
          operation: definition.operation,
          recordType: 'RegisterImport',
          recordId: sha256.slice(0, 30),
          bureauPath: request.bureau.path,
          before: null,
          after: { register: definition.register, file: request.fileName, sha256, bytes: request.file.length, rows: report.rows, created: report.created, changed: report.changed, unchanged: report.unchanged },
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
      throw translateWriteError(error, definition.recordCalled);
    }
  }
}
