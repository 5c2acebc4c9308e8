import { CreateEGovUnitDocument } from './generated/graphql';
import { doc, institutionWith, useInput } from './support/staffing-use';
import { onlyError, useTestServer } from './support/test-server';

/**
 * A write the database aborts at commit as a deadlock's victim is tried again
 * whole, and a write that keeps losing is refused as contention, never as an
 * internal error, with nothing written. The deadlock is played by a test-only
 * trigger at commit, counting its firings in a sequence (which a rollback does
 * not undo).
 */
const server = useTestServer();

const execute = (sql: string) => server.bianzhi.orm.em.fork().getConnection().execute(sql);

/** Makes the next `times` commits that append to the audit trail fail as deadlock victims. */
async function deadlockNextCommits(times: number): Promise<void> {
  await execute('create sequence if not exists test_deadlocked_commits');
  await execute(`create or replace function test_deadlock_at_commit() returns trigger language plpgsql as $$
    begin
      if nextval('test_deadlocked_commits') <= ${times} then
        raise exception 'deadlock detected' using errcode = '40P01';
      end if;
      return null;
    end $$`);
  await execute("select setval('test_deadlocked_commits', 1, false)");
  await execute('drop trigger if exists test_deadlock_at_commit on audit_entry');
  await execute('create constraint trigger test_deadlock_at_commit after insert on audit_entry deferrable initially deferred for each row execute function test_deadlock_at_commit()');
}

async function commitsTried(): Promise<number> {
  const [row] = await execute("select last_value, is_called from test_deadlocked_commits");
  return row.is_called ? Number(row.last_value) : 0;
}

async function written(name: string): Promise<{ units: number; auditEntries: number }> {
  const [row] = await execute(`select (select count(*) from institution where name = '${name}')::int as units,
    (select count(*) from audit_entry where operation = 'createEGovUnit' and after->>'name' = '${name}')::int as "auditEntries"`);
  return { units: row.units, auditEntries: row.auditEntries };
}

afterEach(() => execute('drop trigger if exists test_deadlock_at_commit on audit_entry'));

async function createUnit(name: string) {
  const county = await server.bureauByCode('520402');
  return server.request(CreateEGovUnitDocument, { input: { bureauId: county.id, name, rank: 'SECTION' } });
}

it('is tried again after a deadlock at commit, and written once', async () => {
  await deadlockNextCommits(1);
  const answer = await createUnit('重试测试中心');
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.createEGovUnit.name).toBe('重试测试中心');
  expect(await commitsTried()).toBe(2);
  expect(await written('重试测试中心')).toEqual({ units: 1, auditEntries: 1 });
});

it('is refused as contention after three deadlocks in a row, with nothing written', async () => {
  await deadlockNextCommits(1000);
  const error = onlyError(await createUnit('反复冲突测试中心'));
  expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'WRITE_CONTENDED' });
  expect(await commitsTried()).toBe(3);
  expect(await written('反复冲突测试中心')).toEqual({ units: 0, auditEntries: 0 });
});

it('keeps the document a write cited before it began when tried again: the audit entry still cites it', async () => {
  const county = await server.bureauByCode('520402');
  const institutionId = await institutionWith(server, county.id, 3);
  const input = useInput(institutionId);
  await deadlockNextCommits(1);
  const approved = (await server.data(doc('mutation($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id } }'), { input })).approveStaffingUse;
  expect(await commitsTried()).toBe(2);
  const [entry] = await execute(`select reason from audit_entry where operation = 'approveStaffingUse' and record_id = '${approved.id}'`);
  expect(entry.reason).toBe(input.noticeNumber);
});
