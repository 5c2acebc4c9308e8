import { Client } from 'pg';
import { ApproveEstablishmentDocument, CreateEGovUnitDocument, CreateStaffDocument } from './generated/graphql';
import { simpleEstablishment } from './support/establishment';
import { newPeople } from './support/new-people';
import { useTestServer } from './support/test-server';

/**
 * Two commits that both wrote in one county, one raising an alert before noting
 * its writes and one after, must not deadlock on the county's generation row and
 * the alert event lock. The interleaving that deadlocked is forced here: a third
 * connection holds the alert event lock while both commits queue behind it.
 */
const server = useTestServer();
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

const newPerson = newPeople({ namePrefix: '锁序测试', regionCode: '520402', birthDate: '1988-03-03', firstSequence: 700, gender: 'MALE', hiredOn: '2015-01-01' });
const alertEventLock = "select pg_advisory_xact_lock(hashtext('quota_alert_event'))";

async function connect(): Promise<Client> {
  const client = new Client({ connectionString: server.bianzhi.orm.config.get('clientUrl') as string });
  await client.connect();
  // The test database is dropped at the end of the run, terminating whatever is still open.
  client.on('error', () => undefined);
  return client;
}

/** A unit in the county with a quota of one, filled: cutting its quota to none raises OVER_STAFFED at commit. */
async function filledUnit(countyId: string, name: string): Promise<string> {
  const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: countyId, name, rank: 'SUB_SECTION' } })).createEGovUnit;
  await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount: 1 }) });
  await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
  return unit.id;
}

const cutQuota = (client: Client, institutionId: string) => client.query('update quota set approved_headcount = 0 where institution_id = $1 and superseded_on is null', [institutionId]);

const backendOf = async (client: Client): Promise<number> => (await client.query('select pg_backend_pid() as pid')).rows[0].pid as number;

/** Waits until the backend is blocked on a lock. */
async function waitingOnALock(observer: Client, pid: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // A transaction sees pg_stat_activity as it first read it.
    await observer.query('select pg_stat_clear_snapshot()');
    const { rows } = await observer.query("select wait_event_type from pg_stat_activity where pid = $1", [pid]);
    if (rows[0]?.wait_event_type === 'Lock') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`backend ${pid} never waited on a lock`);
}

describeOnPostgres('the locks taken at commit', () => {
  it('are taken in one order, so an alerting commit and a commit that noted its county first both complete', async () => {
    const county = await server.bureauByCode('520402');
    const alertingFirst = await filledUnit(county.id, '锁序测试甲中心');
    // In another county, so that the two do not already queue on the county's staffing version.
    const notingFirst = await filledUnit((await server.bureauByCode('520302')).id, '锁序测试乙中心');
    const [holder, first, second] = await Promise.all([connect(), connect(), connect()]);
    const [firstBackend, secondBackend] = [await backendOf(first), await backendOf(second)];
    try {
      await holder.query('begin');
      await holder.query(alertEventLock);

      // Its first queued commit step is the alert; the county's generation row is noted after.
      await first.query('begin');
      await cutQuota(first, alertingFirst);
      const firstCommit = first.query('commit').then(() => 'committed', (error: { code?: string }) => error.code);
      await waitingOnALock(holder, firstBackend);

      // Its first queued commit step raises the county's generation (and its own county's); the alert comes after.
      await second.query('begin');
      await second.query('update bureau set name = name where id = $1', [county.id]);
      await cutQuota(second, notingFirst);
      const secondCommit = second.query('commit').then(() => 'committed', (error: { code?: string }) => error.code);
      await waitingOnALock(holder, secondBackend);

      await holder.query('commit');
      expect(await Promise.all([firstCommit, secondCommit])).toEqual(['committed', 'committed']);
      const { rows } = await holder.query("select institution_id::text from quota_alert where institution_id = any($1::int[]) and kind = 'OVER_STAFFED' and resolved_at is null order by institution_id", [[alertingFirst, notingFirst]]);
      expect(rows.map((row) => row.institution_id)).toEqual([alertingFirst, notingFirst].sort((a, b) => Number(a) - Number(b)));
    } finally {
      await Promise.all([holder.end(), first.end(), second.end()]);
    }
  });
});
