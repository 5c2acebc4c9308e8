import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { onlyError, useTestServer } from './support/test-server';
import { askAs, doc, inDays, institutionWith, nextNumber, today } from './support/staffing-use';

// Applications to use posts (用编申请): recorded, then approved by a notice (for as many posts as applied for or fewer,
// checked for vacancies as any approval), rejected with a reason, or withdrawn; they hold no post.

const Apply = doc(`mutation($input: ApplyForStaffingUseInput!) { applyForStaffingUse(input: $input) {
  id version institutionId category tier requestedCount purpose appliedOn justification status decidedOn rejectionReason approval { id }
} }`);
const ApproveApplication = doc(`mutation($input: ApproveStaffingUseApplicationInput!) { approveStaffingUseApplication(input: $input) {
  id approvedCount category tier purpose noticeNumber status application { id status decidedOn approval { id } }
} }`);
const Reject = doc(`mutation($id: ID!, $version: Int!, $reason: String!) { rejectStaffingUseApplication(id: $id, version: $version, rejectionReason: $reason) { id version status rejectionReason decidedOn } }`);
const Withdraw = doc(`mutation($id: ID!, $version: Int!) { withdrawStaffingUseApplication(id: $id, version: $version) { id version status decidedOn } }`);
const Application = doc(`query($id: ID!) { staffingUseApplication(id: $id) { id version status approval { id } } }`);
const Applications = doc(`query($filter: StaffingUseApplicationFilter) { staffingUseApplications(filter: $filter, limit: 100) { totalCount items { id status } } }`);
const Vacancies = doc(`query($id: ID!) { institution(id: $id) { vacancies { category tier reserved free } } }`);
const Audit = doc(`query($type: String!, $id: ID!) { auditEntries(filter: { recordType: $type, recordId: $id }, limit: 10) { items { operation reason } } }`);
const CreateUnit = doc(`mutation($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id version } }`);
const DeleteUnit = doc(`mutation($id: ID!, $version: Int!) { deleteEGovUnit(id: $id, version: $version) }`);

const server = useTestServer();
let nanmingId: string;
beforeAll(async () => {
  nanmingId = (await server.bureauByCode('520102')).id;
});

const application = (institutionId: string, overrides: Record<string, unknown> = {}) => ({
  institutionId, category: 'ADMINISTRATIVE', count: 3, purpose: 'OPEN_RECRUITMENT', appliedOn: inDays(-5), justification: '业务量增加，申请公开招聘', ...overrides,
});
const notice = (id: string, version: number, overrides: Record<string, unknown> = {}) => ({ id, version, noticeNumber: `申核〔2024〕${nextNumber()}号`, issuedOn: today(), validUntil: inDays(90), ...overrides });

async function free(institutionId: string): Promise<{ reserved: number; free: number }> {
  return (await server.data(Vacancies, { id: institutionId })).institution.vacancies.find((row: { category: string | null }) => row.category === 'ADMINISTRATIVE');
}

describe('applications to use posts (用编申请)', () => {
  it('holds no post while pending; approved for fewer posts, it links both ways and the approval holds them', async () => {
    const institutionId = await institutionWith(server, nanmingId, 5);
    const applied = (await server.data(Apply, { input: application(institutionId) })).applyForStaffingUse;
    expect(applied).toMatchObject({ institutionId, requestedCount: 3, status: 'PENDING', decidedOn: null, approval: null, justification: '业务量增加，申请公开招聘' });
    expect(await free(institutionId)).toMatchObject({ reserved: 0, free: 5 });

    const approval = (await server.data(ApproveApplication, { input: notice(applied.id, applied.version, { count: 2 }) })).approveStaffingUseApplication;
    expect(approval).toMatchObject({ approvedCount: 2, category: 'ADMINISTRATIVE', tier: null, purpose: 'OPEN_RECRUITMENT', status: 'OPEN', application: { id: applied.id, status: 'APPROVED', decidedOn: today(), approval: { id: approval.id } } });
    expect(await free(institutionId)).toMatchObject({ reserved: 2, free: 3 });
    expect((await server.data(Audit, { type: 'StaffingUseApproval', id: approval.id })).auditEntries.items).toEqual([{ operation: 'approveStaffingUseApplication', reason: approval.noticeNumber }]);
    expect((await server.data(Audit, { type: 'StaffingUseApplication', id: applied.id })).auditEntries.items.map((entry: { operation: string }) => entry.operation).sort()).toEqual(['applyForStaffingUse', 'approveStaffingUseApplication']);

    const current = (await server.data(Application, { id: applied.id })).staffingUseApplication;
    expect(onlyError(await server.request(ApproveApplication, { input: notice(applied.id, current.version) })).extensions).toMatchObject({ field: 'id', reason: 'APPLICATION_NOT_PENDING', status: 'APPROVED' });
    expect(onlyError(await server.request(Withdraw, { id: applied.id, version: current.version })).extensions).toMatchObject({ reason: 'APPLICATION_NOT_PENDING' });
  });

  it('refuses approving more than applied for, or more than are free, leaving the application pending and writing nothing', async () => {
    const institutionId = await institutionWith(server, nanmingId, 2);
    const applied = (await server.data(Apply, { input: application(institutionId) })).applyForStaffingUse;
    expect(onlyError(await server.request(ApproveApplication, { input: notice(applied.id, applied.version, { count: 4 }) })).extensions).toMatchObject({ field: 'count', reason: 'APPROVAL_OVER_APPLICATION', requested: 3 });
    expect(onlyError(await server.request(ApproveApplication, { input: notice(applied.id, applied.version) })).extensions).toMatchObject({ field: 'count', reason: 'NO_VACANCY', free: 2 });
    expect(onlyError(await server.request(ApproveApplication, { input: notice(applied.id, applied.version, { count: 1, issuedOn: inDays(-6) }) })).extensions).toMatchObject({ field: 'issuedOn', reason: 'DATE_BEFORE' });
    expect((await server.data(Application, { id: applied.id })).staffingUseApplication).toMatchObject({ version: applied.version, status: 'PENDING', approval: null });
    expect(await free(institutionId)).toMatchObject({ reserved: 0, free: 2 });
  });

  it('rejects with a reason, or is withdrawn, once', async () => {
    const institutionId = await institutionWith(server, nanmingId, 5);
    const first = (await server.data(Apply, { input: application(institutionId) })).applyForStaffingUse;
    expect(onlyError(await server.request(Reject, { id: first.id, version: first.version, reason: ' ' })).extensions).toMatchObject({ field: 'rejectionReason', reason: 'TEXT_EMPTY' });
    const rejected = (await server.data(Reject, { id: first.id, version: first.version, reason: '该单位已超编，不予核准' })).rejectStaffingUseApplication;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '该单位已超编，不予核准', decidedOn: today() });
    const second = (await server.data(Apply, { input: application(institutionId) })).applyForStaffingUse;
    expect((await server.data(Withdraw, { id: second.id, version: second.version })).withdrawStaffingUseApplication).toMatchObject({ status: 'WITHDRAWN', decidedOn: today() });
    const pending = (await server.data(Applications, { filter: { institutionId, status: 'PENDING' } })).staffingUseApplications;
    expect(pending.totalCount).toBe(0);
    expect((await server.data(Applications, { filter: { institutionId } })).staffingUseApplications.totalCount).toBe(2);
  });

  it.each([
    ['no post', { count: 0 }, 'count', 'NOT_A_POSITIVE_NUMBER'],
    ['a date in the future', { appliedOn: inDays(1) }, 'appliedOn', 'DATE_IN_FUTURE'],
    ['an empty justification', { justification: '  ' }, 'justification', 'TEXT_EMPTY'],
    ['an unknown institution', { institutionId: '987654' }, 'institutionId', 'UNKNOWN_REFERENCE'],
  ])('refuses an application with %s, naming the field', async (_case, overrides, field, reason) => {
    const institutionId = await institutionWith(server, nanmingId, 1);
    expect(onlyError(await server.request(Apply, { input: application(institutionId, overrides) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await server.data(Applications, { filter: { institutionId } })).staffingUseApplications.totalCount).toBe(0);
  });

  it('keeps applications to the jurisdiction', async () => {
    const institutionId = await institutionWith(server, nanmingId, 5);
    const applied = (await server.data(Apply, { input: application(institutionId) })).applyForStaffingUse;
    const yunyan = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520103');
    expect((await askAs(server, yunyan, Application, { id: applied.id })).data.staffingUseApplication).toBeNull();
    expect((await askAs(server, yunyan, Applications, {})).data.staffingUseApplications.items.map((item: { id: string }) => item.id)).not.toContain(applied.id);
    expect((await askAs(server, yunyan, ApproveApplication, { input: notice(applied.id, applied.version) })).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await askAs(server, yunyan, Apply, { input: application(institutionId) })).errors[0].extensions).toMatchObject({ field: 'institutionId', reason: 'UNKNOWN_REFERENCE' });
  });

  it('keeps an institution with applications from being deleted: its history stays (UNIT_STILL_HAS_STAFFING_USE)', async () => {
    const unit = (await server.data(CreateUnit, { input: { bureauId: nanmingId, name: `待删用编中心${nextNumber()}`, rank: 'SECTION' } })).createEGovUnit;
    await server.data(Apply, { input: application(unit.id) });
    expect(onlyError(await server.request(DeleteUnit, unit)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'UNIT_STILL_HAS_STAFFING_USE' });
  });
});
