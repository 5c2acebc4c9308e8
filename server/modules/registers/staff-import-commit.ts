import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../errors';
import { snapshotSql } from '../audit/snapshot';
import type { ImportAudit } from './register-import';
import type { StaffChunkPlan, StaffValues } from './staff-import-plan';



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
 * Writes a batch of a file with no error, in the caller's transaction, in one
 * statement for the new and one for the changed: new people recorded as
 * already in post, people in post changed at the version the check read (a
 * concurrent edit makes the import a conflict, tried again whole by the
 * caller), and in the same statement an audit entry for each, with the
 * snapshot the write pipeline takes, made by the database so that the rows
 * never come back. The staff triggers count the cells and raise the alerts as
 * for any write.
 */
export async function commitStaffChunk(em: EntityManager, chunk: StaffChunkPlan, audit: ImportAudit): Promise<void> {
  const auditValues = [audit.actor.accountId, audit.actor.username, audit.actor.role, audit.operation, audit.bureauPath, audit.reason, audit.origin.requestId, audit.origin.clientRequestId ?? null];
  const audited = (before: string) => `
    insert into audit_entry (actor_account_id, actor_username, actor_role, operation, record_type, record_id, bureau_path, before, after, reason, request_id, client_request_id)
    select ?, ?, ?, ?, 'Staff', written.id::text, ?, ${before}, ${snapshotSql(em, 'Staff', 'written')}, ?, ?, ?`;
  if (chunk.creates.length > 0) {
    await em.execute(
      `with written as (
         insert into staff (institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, status, created_at, updated_at)
         select institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, 'ACTIVE', now(), now()
           from ${staffRecordset}
         returning *)
       ${audited('null')} from written`,
      [JSON.stringify(chunk.creates.map((values) => staffRow(values))), ...auditValues],
    );
  }
  if (chunk.changes.length > 0) {
    // Every part of one statement reads the same snapshot: `earlier` is the rows as they were before the update.
    const rows = await em.execute<{ id: number }[]>(
      `with earlier as (select * from staff where id in (select (jsonb_array_elements(?::jsonb) ->> 'id')::int)),
       written as (
         update staff set name = given.name, quota_category = given.quota_category, education = given.education, position = given.position,
                leadership_tier = given.leadership_tier, hired_on = given.hired_on, version = staff.version + 1, updated_at = now()
           from ${staffRecordset}
          where staff.id = given.id and staff.version = given.version and staff.status = 'ACTIVE'
         returning staff.*)
       ${audited(snapshotSql(em, 'Staff', 'earlier'))} from written join earlier on earlier.id = written.id
       returning record_id::int as id`,
      [JSON.stringify(chunk.changes.map((change) => ({ id: change.id }))), JSON.stringify(chunk.changes.map((change) => staffRow(change.values, change))), ...auditValues],
    );
    if (rows.length !== chunk.changes.length) {
      const changed = new Set(rows.map((row) => Number(row.id)));
      throw conflict('staff record', chunk.changes.find((change) => !changed.has(change.id))!.id);
    }
  }
}
