import type { EntityManager } from '@mikro-orm/postgresql';
import { recordReader, type RecordRow } from '../../common/read-records';
import { conflict } from '../../errors';
import type { Principal } from '../access/principal';
import type { AuditOrigin } from '../audit/audit-record';
import { snapshotOf } from '../audit/snapshot';
import { Staff } from '../staff/staff.entity';
import type { StaffImportPlan, StaffValues } from './staff-import-plan';

/** Rows per statement: one JSON parameter each, well under PostgreSQL's and the driver's limits. */
const chunkSize = 2000;

/** Who imports, from what, and where: what every audit entry of the import says. */
export interface ImportAudit {
  actor: Principal;
  origin: AuditOrigin;
  operation: string;
  /** The file's name and hash, cited in each entry. */
  reason: string;
  bureauPath: string;
}

function chunks<Item>(items: readonly Item[]): Item[][] {
  const result: Item[][] = [];
  for (let start = 0; start < items.length; start += chunkSize) result.push(items.slice(start, start + chunkSize));
  return result;
}

const staffRecordset = `jsonb_to_recordset(?::jsonb) as given(id int, version int, institution_id int, name text, national_id text, gender text, birth_date date,
  quota_category text, education text, position text, leadership_tier text, hired_on date)`;

function staffRow(values: StaffValues, target?: { id: number; version: number }) {
  return {
    id: target?.id ?? null,
    version: target?.version ?? null,
    institution_id: values.institutionId,
    name: values.name,
    national_id: values.nationalId,
    gender: values.gender,
    birth_date: values.birthDate,
    quota_category: values.quotaCategory,
    education: values.education,
    position: values.position,
    leadership_tier: values.leadershipTier,
    hired_on: values.hiredOn,
  };
}

/**
 * Writes a plan with no error, in the caller's transaction, a few thousand
 * rows a statement: new people recorded as already in post, people in post
 * changed at the version the plan read (a concurrent edit makes the import a
 * conflict, tried again whole by the caller), and an audit entry for each,
 * as the write pipeline writes one. The staff triggers raise and resolve the
 * alerts as for any write.
 */
export async function commitStaffImport(em: EntityManager, plan: StaffImportPlan, audit: ImportAudit, onProgress: (written: number, total: number) => void): Promise<void> {
  const reader = recordReader(em.getMetadata(), Staff);
  const total = plan.creates.length + plan.changes.length;
  let written = 0;
  const entries: { recordId: number; before: Record<string, unknown> | null; after: Record<string, unknown> }[] = [];
  for (const chunk of chunks(plan.creates)) {
    const rows = await em.execute<RecordRow[]>(
      `insert into staff (institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, status, created_at, updated_at)
       select institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, 'ACTIVE', now(), now()
         from ${staffRecordset}
       returning *`,
      [JSON.stringify(chunk.map((values) => staffRow(values)))],
    );
    for (const row of rows) entries.push({ recordId: row.id as number, before: null, after: snapshotOf(em, reader.read(row)) });
    onProgress((written += chunk.length), total);
  }
  for (const chunk of chunks(plan.changes)) {
    const before = await em.execute<RecordRow[]>('select * from staff where id in (select jsonb_array_elements_text(?::jsonb)::int) order by id', [JSON.stringify(chunk.map((change) => change.id))]);
    const beforeById = new Map(before.map((row) => [row.id as number, snapshotOf(em, reader.read(row))]));
    const rows = await em.execute<RecordRow[]>(
      `update staff set name = given.name, quota_category = given.quota_category, education = given.education, position = given.position,
              leadership_tier = given.leadership_tier, hired_on = given.hired_on, version = staff.version + 1, updated_at = now()
         from ${staffRecordset}
        where staff.id = given.id and staff.version = given.version and staff.status = 'ACTIVE'
       returning staff.*`,
      [JSON.stringify(chunk.map((change) => staffRow(change.values, change)))],
    );
    if (rows.length !== chunk.length) {
      const changed = new Set(rows.map((row) => row.id));
      throw conflict('staff record', chunk.find((change) => !changed.has(change.id))!.id);
    }
    for (const row of rows) entries.push({ recordId: row.id as number, before: beforeById.get(row.id as number) ?? null, after: snapshotOf(em, reader.read(row)) });
    onProgress((written += chunk.length), total);
  }
  for (const chunk of chunks(entries)) {
    await em.execute(
      `insert into audit_entry (actor_account_id, actor_username, actor_role, operation, record_type, record_id, bureau_path, before, after, reason, request_id, client_request_id)
       select ?, ?, ?, ?, 'Staff', entry.record_id::text, ?, entry.before, entry.after, ?, ?, ?
         from jsonb_to_recordset(?::jsonb) as entry(record_id int, before jsonb, after jsonb)`,
      [
        audit.actor.accountId,
        audit.actor.username,
        audit.actor.role,
        audit.operation,
        audit.bureauPath,
        audit.reason,
        audit.origin.requestId,
        audit.origin.clientRequestId ?? null,
        JSON.stringify(chunk.map((entry) => ({ record_id: entry.recordId, before: entry.before, after: entry.after }))),
      ],
    );
  }
}
