import {
  CreateEGovUnitDocument,
  CreateQuotaDocument,
  CreateStaffDocument,
  DeleteStaffDocument,
  QuotaAlertsDocument,
  StaffListDocument,
  UpdateStaffDocument,
  ApproveEstablishmentDocument,
} from './generated/graphql';
import { simpleEstablishment } from './support/establishment';
import { subscribeToAlerts } from './support/alert-subscriber';
import { newPeople } from './support/new-people';
import { useTestServer } from './support/test-server';
import { doc } from './support/staffing-use';

const ApproveUse = doc('mutation($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id } }');
const Transfer = doc('mutation($input: TransferStaffInput!) { transferStaff(input: $input) { departed { id } } }');

const server = useTestServer();

const newPerson = newPeople({ namePrefix: '预警测试', regionCode: '520402', birthDate: '1986-06-06', firstSequence: 500, gender: 'FEMALE', hiredOn: '2014-01-01' });

let units = 0;
async function unitWithQuota(countyCode: string, headcount: number, positions = 1) {
  units += 1;
  const county = await server.bureauByCode(countyCode);
  const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: county.id, name: `预警测试中心${units}`, rank: 'SUB_SECTION' } })).createEGovUnit;
  await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount, deputies: positions }) });
  return unit;
}

async function alertsOf(institutionId: string) {
  return (await server.data(QuotaAlertsDocument, { filter: { institutionId }, sort: { field: 'RAISED_AT', direction: 'ASC' } })).quotaAlerts.items;
}

describe('alerts raised and resolved in the write', () => {
  it('raises OVER_STAFFED when staff exceed the quota, and resolves it when one leaves', async () => {
    const unit = await unitWithQuota('520402', 2);
    const hired = [];
    for (let index = 0; index < 3; index += 1) hired.push((await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff);
    expect(await alertsOf(unit.id)).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', category: 'PUBLIC_INSTITUTION', approved: 2, actual: 3, open: true, resolvedAt: null })]);
    await server.data(UpdateStaffDocument, { input: { id: hired[0].id, version: hired[0].version, status: 'LEFT' } });
    expect(await alertsOf(unit.id)).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', approved: 2, actual: 2, open: false })]);
  });

  it('follows quota changes: a smaller quota raises, a larger one resolves', async () => {
    const unit = await unitWithQuota('520402', 3);
    for (let index = 0; index < 3; index += 1) await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    expect(await alertsOf(unit.id)).toEqual([]);
    const quota = { institutionId: unit.id, category: 'PUBLIC_INSTITUTION' as const, documentNumber: '测编〔2015〕2号' };
    await server.data(CreateQuotaDocument, { input: { ...quota, approvedHeadcount: 2, effectiveOn: '2015-01-01' } });
    expect((await alertsOf(unit.id)).map((alert) => [alert.kind, alert.open, alert.approved, alert.actual])).toEqual([['OVER_STAFFED', true, 2, 3]]);
    await server.data(CreateQuotaDocument, { input: { ...quota, approvedHeadcount: 4, effectiveOn: '2016-01-01' } });
    expect((await alertsOf(unit.id)).map((alert) => alert.open)).toEqual([false]);
  });

  it('raises OVER_POSITIONS for leaders beyond the leadership positions, and counts a category without quota as zero', async () => {
    const unit = await unitWithQuota('520402', 5, 1);
    await server.data(CreateStaffDocument, { input: newPerson(unit.id, { leadershipTier: 'DEPUTY' }) });
    await server.data(CreateStaffDocument, { input: newPerson(unit.id, { leadershipTier: 'DEPUTY' }) });
    await server.data(CreateStaffDocument, { input: newPerson(unit.id, { quotaCategory: 'ADMINISTRATIVE' }) });
    const open = (await alertsOf(unit.id)).map((alert) => [alert.kind, alert.category ?? alert.tier, alert.approved, alert.actual]);
    expect(open).toEqual(expect.arrayContaining([
      ['OVER_POSITIONS', 'DEPUTY', 1, 2],
      ['OVER_STAFFED', 'ADMINISTRATIVE', 0, 1],
    ]));
    expect(open).toHaveLength(2);
  });

  it('resolves when over-staffing staff are deleted or transferred to another unit', async () => {
    const unit = await unitWithQuota('520402', 1);
    const other = await unitWithQuota('520402', 10);
    await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    const second = (await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff;
    const third = (await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff;
    await server.data(DeleteStaffDocument, { id: second.id, version: second.version });
    expect((await alertsOf(unit.id))[0]).toMatchObject({ open: true, actual: 2 });
    const receiving = (await server.data(ApproveUse, { input: { institutionId: other.id, category: 'PUBLIC_INSTITUTION', count: 1, purpose: 'TRANSFER_IN', noticeNumber: '测调〔2024〕1号', issuedOn: '2024-01-01', validUntil: '2099-12-31' } })).approveStaffingUse;
    await server.data(Transfer, { input: { id: third.id, version: third.version, approvalId: receiving.id, transferredOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), documentNumber: '测调动〔2024〕1号' } });
    expect((await alertsOf(unit.id))[0]).toMatchObject({ open: false, actual: 1 });
    // The receiving side is not over: its one alert is the notice that the transfer used its approval up.
    expect((await alertsOf(other.id)).map((alert) => alert.kind)).toEqual(['APPROVAL_USED_UP']);
  });

  it('loses and doubles nothing when 50 staff are added at once at a unit\'s quota edge', async () => {
    const unit = await unitWithQuota('520421', 10);
    for (let index = 0; index < 9; index += 1) await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    const responses = await Promise.all(Array.from({ length: 50 }, () => server.request(CreateStaffDocument, { input: newPerson(unit.id) })));
    expect(responses.filter((response) => response.errors)).toEqual([]);
    const active = await server.data(StaffListDocument, { filter: { institutionId: unit.id, status: 'ACTIVE' }, limit: 0 });
    expect(active.staff.totalCount).toBe(59);
    const alerts = await alertsOf(unit.id);
    expect(alerts).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', open: true, approved: 10, actual: 59 })]);
  });

  it('lists alerts by state, kind and subtree', async () => {
    const anshun = await server.bureauByCode('520400');
    const zunyi = await server.bureauByCode('520300');
    const underAnshun = await server.data(QuotaAlertsDocument, { filter: { underBureauId: anshun.id, open: true, kind: 'OVER_STAFFED' }, limit: 100 });
    expect(underAnshun.quotaAlerts.totalCount).toBeGreaterThan(0);
    expect(underAnshun.quotaAlerts.items.every((alert) => alert.open && alert.kind === 'OVER_STAFFED' && alert.bureauPath.startsWith('520000/520400/'))).toBe(true);
    expect((await server.data(QuotaAlertsDocument, { filter: { underBureauId: zunyi.id } })).quotaAlerts.totalCount).toBe(0);
  });
});

describe('the quotaAlerts subscription', () => {
  it('delivers raises and resolutions live to subscribers of the unit\'s bureau and its ancestors only', async () => {
    const county = await server.bureauByCode('520422');
    const prefecture = await server.bureauByCode('520400');
    const elsewhere = await server.bureauByCode('520300');
    const atCounty = subscribeToAlerts(server.bianzhi.url, county.id, null, server.adminToken);
    const atPrefecture = subscribeToAlerts(server.bianzhi.url, prefecture.id, null, server.adminToken);
    const atElsewhere = subscribeToAlerts(server.bianzhi.url, elsewhere.id, null, server.adminToken);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const unit = await unitWithQuota('520422', 1);
      await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
      const extra = (await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff;
      await server.data(DeleteStaffDocument, { id: extra.id, version: extra.version });
      for (const subscriber of [atCounty, atPrefecture]) {
        await subscriber.waitFor((events) => events.length >= 2);
        expect(subscriber.events.map((event) => [event.type, event.alert.institutionId])).toEqual([
          ['RAISED', unit.id],
          ['RESOLVED', unit.id],
        ]);
      }
      expect(BigInt(atCounty.events[1].cursor)).toBeGreaterThan(BigInt(atCounty.events[0].cursor));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(atElsewhere.events).toEqual([]);
    } finally {
      await Promise.all([atCounty.close(), atPrefecture.close(), atElsewhere.close()]);
    }
  });

  it('replays everything after `since`, then goes live, without repeats', async () => {
    const county = await server.bureauByCode('520423');
    const unit = await unitWithQuota('520423', 1);
    await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    const extra = (await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff;
    const first = subscribeToAlerts(server.bianzhi.url, county.id, '0', server.adminToken);
    await first.waitFor((events) => events.length >= 1);
    const cursor = first.events[0].cursor;
    await first.close();
    await server.data(DeleteStaffDocument, { id: extra.id, version: extra.version });
    const resumed = subscribeToAlerts(server.bianzhi.url, county.id, cursor, server.adminToken);
    try {
      await resumed.waitFor((events) => events.length >= 1);
      await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
      await resumed.waitFor((events) => events.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(resumed.events.map((event) => event.type)).toEqual(['RESOLVED', 'RAISED']);
      expect(new Set(resumed.events.map((event) => event.cursor)).size).toBe(2);
    } finally {
      await resumed.close();
    }
  });

  it('refuses an unknown bureau, naming the argument', async () => {
    const subscriber = subscribeToAlerts(server.bianzhi.url, '987654', null, server.adminToken);
    try {
      await expect(subscriber.waitFor(() => false, 3000)).rejects.toThrow(/under/);
    } finally {
      await subscriber.close();
    }
  });
});
