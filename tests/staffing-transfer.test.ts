import { makeNationalId } from '../server/modules/staff/national-id';
import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { onlyError, useTestServer } from './support/test-server';
import { askAs, doc, inDays, institutionWith, nextNumber, today, useInput } from './support/staffing-use';

// Transfers (调动) and a person's establishment history (编制沿革): a leave and an entry in one transaction, the receiving
// side consenting by its approval; across jurisdictions, by an approval naming the person.

const ApproveUse = doc(`mutation($input: ApproveStaffingUseInput!, $reason: String) { approveStaffingUse(input: $input, reason: $reason) { id version noticeNumber transfereeNationalId status } }`);
const Enter = doc(`mutation($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id version entryKind entryApproval { noticeNumber } } }`);
const CreateStaff = doc(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version entryKind entryApproval { id } } }`);
const Exit = doc(`mutation($input: ExitEstablishmentInput!) { exitEstablishment(input: $input) { id version status } }`);
const Transfer = doc(`mutation($input: TransferStaffInput!) { transferStaff(input: $input) {
  departed { id version status exitReason exitedOn exitDocumentNumber institutionId }
  arrived { id version status institutionId entryKind position hiredOn transferredFrom { id } entryApproval { noticeNumber } }
} }`);
const StaffMember = doc(`query($id: ID!) { staffMember(id: $id) { id status institutionId entryKind transferredFrom { id }
  establishmentHistory { kind occurredOn staffId institution { id } quotaCategory leadershipTier noticeNumber documentNumber exitReason }
} }`);
const Approval = doc(`query($id: ID!) { staffingUseApproval(id: $id) { id usedCount status transfereeNationalId } }`);
const Vacancies = doc(`query($id: ID!) { institution(id: $id) { vacancies { category tier active reserved free } } }`);
const Audit = doc(`query($type: String!, $id: ID!) { auditEntries(filter: { recordType: $type, recordId: $id }, limit: 10) { items { operation reason bureauPath } } }`);

const server = useTestServer();
let nanmingId: string;
let yunyanId: string;
beforeAll(async () => {
  nanmingId = (await server.bureauByCode('520102')).id;
  yunyanId = (await server.bureauByCode('520103')).id;
});

let personNumber = 0;
function person(approvalId: string, overrides: Record<string, unknown> = {}) {
  personNumber += 1;
  return { approvalId, name: `调动${personNumber}`, nationalId: makeNationalId('520102', '1985-05-05', 300 + personNumber, 'FEMALE'), education: 'BACHELOR', position: '科员', enteredOn: inDays(-10), ...overrides };
}

/** A person entered against an approval of an institution under `bureauId` with `headcount` posts. */
async function personIn(bureauId: string, headcount = 2) {
  const institutionId = await institutionWith(server, bureauId, headcount);
  const approval = (await server.data(ApproveUse, { input: useInput(institutionId, { issuedOn: inDays(-20) }) })).approveStaffingUse;
  const input = person(approval.id);
  const staff = (await server.data(Enter, { input })).enterEstablishment;
  return { institutionId, approval, staff, nationalId: input.nationalId };
}

const transferInput = (staff: { id: string; version: number }, approvalId: string, overrides: Record<string, unknown> = {}) => ({
  id: staff.id, version: staff.version, approvalId, transferredOn: today(), documentNumber: `调字〔2024〕${nextNumber()}号`, ...overrides,
});

async function vacancy(institutionId: string) {
  return (await server.data(Vacancies, { id: institutionId })).institution.vacancies.find((row: { category: string | null }) => row.category === 'ADMINISTRATIVE');
}

describe('transfer (调动) within a jurisdiction', () => {
  it('leaves one institution and enters the other against its approval in one step, with the history of both posts', async () => {
    const sending = await personIn(nanmingId);
    const receivingId = await institutionWith(server, yunyanId, 1);
    const receiving = (await server.data(ApproveUse, { input: useInput(receivingId, { purpose: 'TRANSFER_IN' }) })).approveStaffingUse;
    const input = transferInput(sending.staff, receiving.id, { position: '副科长' });
    const { departed, arrived } = (await server.data(Transfer, { input })).transferStaff;

    expect(departed).toMatchObject({ id: sending.staff.id, status: 'TRANSFERRED_OUT', exitReason: 'TRANSFER_OUT', exitedOn: today(), exitDocumentNumber: input.documentNumber, institutionId: sending.institutionId });
    expect(arrived).toMatchObject({ status: 'ACTIVE', institutionId: receivingId, entryKind: 'TRANSFER', position: '副科长', hiredOn: today(), transferredFrom: { id: departed.id }, entryApproval: { noticeNumber: receiving.noticeNumber } });
    expect(await vacancy(sending.institutionId)).toMatchObject({ active: 0, free: 2 });
    expect(await vacancy(receivingId)).toMatchObject({ active: 1, reserved: 0, free: 0 });
    expect((await server.data(Approval, { id: receiving.id })).staffingUseApproval).toMatchObject({ usedCount: 1, status: 'USED_UP' });

    const history = (await server.data(StaffMember, { id: arrived.id })).staffMember.establishmentHistory;
    expect(history).toEqual([
      { kind: 'ENTERED', occurredOn: inDays(-10), staffId: departed.id, institution: { id: sending.institutionId }, quotaCategory: 'ADMINISTRATIVE', leadershipTier: null, noticeNumber: sending.approval.noticeNumber, documentNumber: null, exitReason: null },
      { kind: 'TRANSFERRED_OUT', occurredOn: today(), staffId: departed.id, institution: { id: sending.institutionId }, quotaCategory: 'ADMINISTRATIVE', leadershipTier: null, noticeNumber: null, documentNumber: input.documentNumber, exitReason: 'TRANSFER_OUT' },
      { kind: 'TRANSFERRED_IN', occurredOn: today(), staffId: arrived.id, institution: { id: receivingId }, quotaCategory: 'ADMINISTRATIVE', leadershipTier: null, noticeNumber: receiving.noticeNumber, documentNumber: null, exitReason: null },
    ]);
    expect((await server.data(StaffMember, { id: departed.id })).staffMember.establishmentHistory).toEqual(history);
  });

  it('writes nothing when the receiving side refuses: the person stays in post where they were', async () => {
    const sending = await personIn(nanmingId);
    const receivingId = await institutionWith(server, nanmingId, 1);
    const receiving = (await server.data(ApproveUse, { input: useInput(receivingId) })).approveStaffingUse;
    await server.data(Enter, { input: person(receiving.id, { enteredOn: today() }) });

    const refused = onlyError(await server.request(Transfer, { input: transferInput(sending.staff, receiving.id) }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvalId', reason: 'APPROVAL_NOT_OPEN', status: 'USED_UP' });
    expect((await server.data(StaffMember, { id: sending.staff.id })).staffMember).toMatchObject({ status: 'ACTIVE', institutionId: sending.institutionId });
    expect(await vacancy(sending.institutionId)).toMatchObject({ active: 1 });
    expect((await server.data(Audit, { type: 'Staff', id: sending.staff.id })).auditEntries.items.map((entry: { operation: string }) => entry.operation)).toEqual(['enterEstablishment']);
  });

  it.each([
    ['a transfer into the institution the person is in', 'same', {}, 'approvalId', 'TRANSFER_WITHIN_INSTITUTION'],
    ['a date past the approval\'s validity', 'other', { transferredOn: inDays(1) }, 'transferredOn', 'DATE_IN_FUTURE'],
    ['a date before the person entered', 'other', { transferredOn: inDays(-15) }, 'transferredOn', 'DATE_BEFORE'],
    ['an empty document number', 'other', { documentNumber: ' ' }, 'documentNumber', 'TEXT_EMPTY'],
    ['an empty position', 'other', { position: ' ' }, 'position', 'TEXT_EMPTY'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, where, overrides, field, reason) => {
    const sending = await personIn(nanmingId);
    const receivingId = where === 'same' ? sending.institutionId : await institutionWith(server, nanmingId, 1);
    const receiving = (await server.data(ApproveUse, { input: useInput(receivingId, { issuedOn: inDays(-20) }) })).approveStaffingUse;
    const refused = onlyError(await server.request(Transfer, { input: transferInput(sending.staff, receiving.id, overrides) }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await server.data(StaffMember, { id: sending.staff.id })).staffMember.status).toBe('ACTIVE');
    expect((await server.data(Approval, { id: receiving.id })).staffingUseApproval.usedCount).toBe(0);
  });

  it('refuses to transfer a person no longer in post, and a stale version', async () => {
    const sending = await personIn(nanmingId);
    const receivingId = await institutionWith(server, nanmingId, 1);
    const receiving = (await server.data(ApproveUse, { input: useInput(receivingId) })).approveStaffingUse;
    const exited = (await server.data(Exit, { input: { id: sending.staff.id, version: sending.staff.version, reason: 'RETIREMENT', exitedOn: today(), documentNumber: '退〔2024〕1号' } })).exitEstablishment;
    expect(onlyError(await server.request(Transfer, { input: transferInput(sending.staff, receiving.id) })).extensions).toMatchObject({ code: 'CONFLICT' });
    expect(onlyError(await server.request(Transfer, { input: transferInput(exited, receiving.id) })).extensions).toMatchObject({ field: 'id', reason: 'NOT_IN_POST', status: 'RETIRED' });
  });

  it('transfers people both ways between two institutions at once without deadlock or loss', async () => {
    const eastId = await institutionWith(server, nanmingId, 6);
    const westId = await institutionWith(server, nanmingId, 6);
    const people = [];
    for (const [from, to] of [[eastId, westId], [westId, eastId], [eastId, westId], [westId, eastId], [eastId, westId], [westId, eastId]]) {
      const approval = (await server.data(ApproveUse, { input: useInput(from, { issuedOn: inDays(-20) }) })).approveStaffingUse;
      const staff = (await server.data(Enter, { input: person(approval.id) })).enterEstablishment;
      const receiving = (await server.data(ApproveUse, { input: useInput(to) })).approveStaffingUse;
      people.push({ staff, receiving, to });
    }
    const answers = await Promise.all(people.map(({ staff, receiving }) => server.request(Transfer, { input: transferInput(staff, receiving.id) })));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    expect(answers.map((answer) => (answer.data as { transferStaff: { arrived: { institutionId: string } } }).transferStaff.arrived.institutionId)).toEqual(people.map(({ to }) => to));
    expect(await vacancy(eastId)).toMatchObject({ active: 3, reserved: 0, free: 3 });
    expect(await vacancy(westId)).toMatchObject({ active: 3, reserved: 0, free: 3 });
  });
});

describe('transfer (调动) across jurisdictions', () => {
  let nanmingAdmin: string;
  let yunyanAdmin: string;
  beforeAll(async () => {
    nanmingAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    yunyanAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520103');
  });

  it('needs both sides: the receiving office names the person in its approval, the sending office makes the transfer', async () => {
    const sending = await personIn(nanmingId);
    const receivingId = await institutionWith(server, yunyanId, 1);
    const named = await askAs(server, yunyanAdmin, ApproveUse, { input: useInput(receivingId, { purpose: 'TRANSFER_IN', transfereeNationalId: sending.nationalId.toLowerCase() }), reason: '商调函' });
    const approval = named.data.approveStaffingUse;
    expect(approval.transfereeNationalId).toBe(sending.nationalId);

    // Yunyan cannot take the person: the record lies outside its jurisdiction.
    const taken = await askAs(server, yunyanAdmin, Transfer, { input: transferInput(sending.staff, approval.id) });
    expect(taken.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });

    const input = transferInput(sending.staff, approval.id);
    const done = await askAs(server, nanmingAdmin, Transfer, { input });
    expect(done.errors).toBeUndefined();
    // The new record lies in Yunyan: Nanming learns that the person left, not the record they entered.
    expect(done.data.transferStaff).toMatchObject({ departed: { status: 'TRANSFERRED_OUT' }, arrived: null });

    const arrivedId = (await server.data(StaffMember, { id: sending.staff.id })).staffMember.establishmentHistory.at(-1).staffId;
    const asYunyan = (await askAs(server, yunyanAdmin, StaffMember, { id: arrivedId })).data.staffMember;
    expect(asYunyan).toMatchObject({ status: 'ACTIVE', institutionId: receivingId, entryKind: 'TRANSFER', transferredFrom: null });
    expect(asYunyan.establishmentHistory.map((event: { kind: string }) => event.kind)).toEqual(['TRANSFERRED_IN']);
    const asNanming = (await askAs(server, nanmingAdmin, StaffMember, { id: sending.staff.id })).data.staffMember;
    expect(asNanming.establishmentHistory.map((event: { kind: string }) => event.kind)).toEqual(['ENTERED', 'TRANSFERRED_OUT']);
    expect((await askAs(server, nanmingAdmin, StaffMember, { id: arrivedId })).data.staffMember).toBeNull();

    // Each side's audit trail has its half, citing its document.
    const arrival = (await askAs(server, yunyanAdmin, Audit, { type: 'Staff', id: arrivedId })).data.auditEntries.items;
    expect(arrival).toEqual([{ operation: 'transferStaff', reason: approval.noticeNumber, bureauPath: expect.stringMatching(/520103\/$/) }]);
    const departure = (await askAs(server, nanmingAdmin, Audit, { type: 'Staff', id: sending.staff.id })).data.auditEntries.items;
    expect(departure.map((entry: { operation: string; reason: string }) => [entry.operation, entry.reason])).toEqual(
      expect.arrayContaining([['transferStaff', input.documentNumber], ['enterEstablishment', sending.approval.noticeNumber]]),
    );
    const approvalAudit = (await askAs(server, yunyanAdmin, Audit, { type: 'StaffingUseApproval', id: approval.id })).data.auditEntries.items;
    expect(approvalAudit).toEqual([{ operation: 'approveStaffingUse', reason: `${approval.noticeNumber}; 商调函`, bureauPath: expect.stringMatching(/520103\/$/) }]);
  });

  it('answers an approval of another jurisdiction that does not name the person as unknown, and writes nothing', async () => {
    const sending = await personIn(nanmingId);
    const other = await personIn(nanmingId);
    const receivingId = await institutionWith(server, yunyanId, 2);
    const unnamed = (await askAs(server, yunyanAdmin, ApproveUse, { input: useInput(receivingId) })).data.approveStaffingUse;
    const namedForOther = (await askAs(server, yunyanAdmin, ApproveUse, { input: useInput(receivingId, { transfereeNationalId: other.nationalId }) })).data.approveStaffingUse;
    for (const approval of [unnamed, namedForOther]) {
      const refused = await askAs(server, nanmingAdmin, Transfer, { input: transferInput(sending.staff, approval.id) });
      expect(refused.errors[0].extensions).toMatchObject({ field: 'approvalId', reason: 'UNKNOWN_REFERENCE' });
      expect(refused.errors[0].message).not.toMatch(/用编测试局|OPEN|520103/);
    }
    expect((await server.data(StaffMember, { id: sending.staff.id })).staffMember.status).toBe('ACTIVE');
    expect((await server.data(Approval, { id: namedForOther.id })).staffingUseApproval.usedCount).toBe(0);
  });
});

describe('approvals naming a person', () => {
  it('lets only the named person enter, refuses a name on more than one post, and masks the number for integrators', async () => {
    const institutionId = await institutionWith(server, nanmingId, 3);
    const entrant = person('');
    const named = (await server.data(ApproveUse, { input: useInput(institutionId, { transfereeNationalId: entrant.nationalId }) })).approveStaffingUse;
    const stranger = onlyError(await server.request(Enter, { input: person(named.id, { enteredOn: today() }) }));
    expect(stranger.extensions).toMatchObject({ field: 'approvalId', reason: 'APPROVAL_FOR_ANOTHER_PERSON' });
    expect((await server.data(Enter, { input: { ...entrant, approvalId: named.id, enteredOn: today() } })).enterEstablishment.entryKind).toBe('APPROVAL');

    expect(onlyError(await server.request(ApproveUse, { input: useInput(institutionId, { count: 2, transfereeNationalId: person('').nationalId }) })).extensions).toMatchObject({ field: 'transfereeNationalId', reason: 'APPROVAL_FOR_ONE_PERSON' });
    expect(onlyError(await server.request(ApproveUse, { input: useInput(institutionId, { transfereeNationalId: '52010219850505001' }) })).extensions).toMatchObject({ field: 'transfereeNationalId', reason: 'NATIONAL_ID_FORMAT' });

    const integrator = await tokenFor(server.bianzhi, AccountRole.INTEGRATOR, null);
    const seen = (await askAs(server, integrator, Approval, { id: named.id })).data.staffingUseApproval.transfereeNationalId;
    expect(seen).not.toBe(entrant.nationalId);
    expect(seen).toMatch(/\*{8}/);
  });
});

describe('how people came into their posts', () => {
  it('marks an entry against an approval APPROVAL with its notice, and a record of the existing register RECORDED, in the history too', async () => {
    const institutionId = await institutionWith(server, nanmingId, 3);
    const approval = (await server.data(ApproveUse, { input: useInput(institutionId) })).approveStaffingUse;
    const entered = (await server.data(Enter, { input: person(approval.id, { enteredOn: today() }) })).enterEstablishment;
    expect(entered).toMatchObject({ entryKind: 'APPROVAL', entryApproval: { noticeNumber: approval.noticeNumber } });
    const recorded = (await server.data(CreateStaff, {
      input: { institutionId, quotaCategory: 'ADMINISTRATIVE', name: '存量', nationalId: makeNationalId('520102', '1970-01-01', 990, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '1995-07-01' },
    })).createStaff;
    expect(recorded).toMatchObject({ entryKind: 'RECORDED', entryApproval: null });
    expect((await server.data(StaffMember, { id: recorded.id })).staffMember.establishmentHistory).toEqual([
      expect.objectContaining({ kind: 'RECORDED', occurredOn: '1995-07-01', noticeNumber: null }),
    ]);
    const audit = (await server.data(Audit, { type: 'Staff', id: entered.id })).auditEntries.items;
    expect(audit).toEqual([{ operation: 'enterEstablishment', reason: approval.noticeNumber, bureauPath: expect.stringMatching(/520102\/$/) }]);
  });
});
