import { AccountRole } from '../server/modules/account/account-role';
import { makeNationalId } from '../server/modules/staff/national-id';
import { subscribeToAlerts } from './support/alert-subscriber';
import { tokenFor } from './support/credentials';
import { useTestServer } from './support/test-server';
import { askAs, doc, inDays, institutionWith, today, useInput } from './support/staffing-use';

// Alerts about approvals to use posts, on the same alerts and subscription as over-staffing: APPROVAL_EXPIRING while an
// open approval with posts left comes within 30 days of its last day; APPROVAL_USED_UP, a notice, when its last post is filled.

const ApproveUse = doc(`mutation($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id version } }`);
const Withdraw = doc(`mutation($id: ID!, $version: Int!) { withdrawStaffingUse(id: $id, version: $version) { id } }`);
const Enter = doc(`mutation($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id } }`);
const AlertsOf = doc(`query($id: ID!) { quotaAlerts(filter: { institutionId: $id }, limit: 100) { items {
  id kind category tier approved actual open resolvedAt staffingUseApproval { id }
} } }`);
const StreamHead = doc(`{ quotaAlertStreamHead }`);

const server = useTestServer();
let nanming: { id: string; path: string };
beforeAll(async () => {
  nanming = await server.bureauByCode('520102');
});

let personNumber = 0;
const person = (approvalId: string) => {
  personNumber += 1;
  return { approvalId, name: `提醒${personNumber}`, nationalId: makeNationalId('520102', '1994-09-09', 400 + personNumber, 'MALE'), education: 'BACHELOR', position: '科员', enteredOn: today() };
};

async function alertsOf(institutionId: string) {
  return (await server.data(AlertsOf, { id: institutionId })).quotaAlerts.items as { kind: string; open: boolean; approved: number; actual: number; staffingUseApproval: { id: string } | null }[];
}

/** Runs SQL as time passing would: without the approval's trigger, which a write would fire. */
async function withoutTrigger(sql: string, values: unknown[]): Promise<void> {
  await server.bianzhi.orm.em.fork().transactional(async (em) => {
    await em.execute('alter table staffing_use_approval disable trigger staffing_use_approval_alerts');
    await em.execute(sql, values);
    await em.execute('alter table staffing_use_approval enable trigger staffing_use_approval_alerts');
  });
}

const sweep = () => server.bianzhi.orm.em.fork().getConnection().execute('select sweep_approval_alerts()');

describe('alerts about approvals to use posts', () => {
  it('raises APPROVAL_EXPIRING for an approval within 30 days of its last day, resolves it when used up, and sends a USED_UP notice, live', async () => {
    const since = (await server.data(StreamHead)).quotaAlertStreamHead;
    const subscriber = subscribeToAlerts(server.bianzhi.url, nanming.id, since, server.adminToken);
    try {
      const institutionId = await institutionWith(server, nanming.id, 5, 2);
      const approval = (await server.data(ApproveUse, { input: useInput(institutionId, { count: 2, validUntil: inDays(20), tier: 'DEPUTY' }) })).approveStaffingUse;
      expect(await alertsOf(institutionId)).toEqual([
        { kind: 'APPROVAL_EXPIRING', open: true, approved: 2, actual: 0, category: 'ADMINISTRATIVE', tier: 'DEPUTY', resolvedAt: null, staffingUseApproval: { id: approval.id }, id: expect.any(String) },
      ]);
      await server.data(Enter, { input: person(approval.id) });
      expect((await alertsOf(institutionId)).map(({ kind, open, actual }) => [kind, open, actual])).toEqual([['APPROVAL_EXPIRING', true, 1]]);
      await server.data(Enter, { input: person(approval.id) });
      const after = await alertsOf(institutionId);
      expect(after.map(({ kind, open, actual }) => [kind, open, actual]).sort()).toEqual([['APPROVAL_EXPIRING', false, 2], ['APPROVAL_USED_UP', false, 2]]);

      const mine = (events: { alert: { institutionId: string | null } }[]) => events.filter((event) => event.alert.institutionId === institutionId);
      await subscriber.waitFor((events) => mine(events).length >= 3, 10_000);
      expect(mine(subscriber.events).map((event) => [event.type, event.alert.kind])).toEqual([
        ['RAISED', 'APPROVAL_EXPIRING'],
        ['RESOLVED', 'APPROVAL_EXPIRING'],
        ['RAISED', 'APPROVAL_USED_UP'],
      ]);
    } finally {
      await subscriber.close();
    }
  });

  it('raises nothing for an approval far from its last day, and resolves on withdrawal', async () => {
    const institutionId = await institutionWith(server, nanming.id, 5);
    await server.data(ApproveUse, { input: useInput(institutionId, { validUntil: inDays(31) }) });
    expect(await alertsOf(institutionId)).toEqual([]);
    const soon = (await server.data(ApproveUse, { input: useInput(institutionId, { validUntil: inDays(30) }) })).approveStaffingUse;
    expect((await alertsOf(institutionId)).map(({ kind, open }) => [kind, open])).toEqual([['APPROVAL_EXPIRING', true]]);
    await server.data(Withdraw, soon);
    expect((await alertsOf(institutionId)).map(({ kind, open }) => [kind, open])).toEqual([['APPROVAL_EXPIRING', false]]);
  });

  it('catches time passing by the sweep: an approval coming within 30 days is raised, one that expired is resolved, once each', async () => {
    const institutionId = await institutionWith(server, nanming.id, 5);
    const approval = (await server.data(ApproveUse, { input: useInput(institutionId, { validUntil: inDays(60) }) })).approveStaffingUse;
    // Thirty days pass: the notice's last day is now 30 days off. No write told the database.
    await withoutTrigger('update staffing_use_approval set issued_on = ?, valid_until = ? where id = ?', [inDays(-30), inDays(30), approval.id]);
    expect(await alertsOf(institutionId)).toEqual([]);
    await sweep();
    await sweep();
    expect((await alertsOf(institutionId)).map(({ kind, open }) => [kind, open])).toEqual([['APPROVAL_EXPIRING', true]]);
    // Thirty-one more days: it expired unused.
    await withoutTrigger('update staffing_use_approval set issued_on = ?, valid_until = ? where id = ?', [inDays(-61), inDays(-1), approval.id]);
    await sweep();
    expect((await alertsOf(institutionId)).map(({ kind, open }) => [kind, open])).toEqual([['APPROVAL_EXPIRING', false]]);
  });

  it('keeps approval alerts to the jurisdiction', async () => {
    const institutionId = await institutionWith(server, nanming.id, 5);
    await server.data(ApproveUse, { input: useInput(institutionId, { validUntil: inDays(5) }) });
    const yunyan = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520103');
    const answer = await askAs(server, yunyan, doc('{ quotaAlerts(filter: { kind: APPROVAL_EXPIRING }, limit: 1000) { items { institutionId bureauPath } } }'), {});
    expect(answer.errors).toBeUndefined();
    expect(answer.data.quotaAlerts.items.map((item: { institutionId: string }) => item.institutionId)).not.toContain(institutionId);
    expect(answer.data.quotaAlerts.items.every((item: { bureauPath: string }) => item.bureauPath.includes('520103'))).toBe(true);
  });
});
