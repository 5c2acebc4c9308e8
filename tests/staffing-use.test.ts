import { makeNationalId } from '../server/modules/staff/national-id';
import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { onlyError, useTestServer } from './support/test-server';
import { askAs, doc, inDays, institutionWith as institutionUnder, type Loose, nextNumber as next, today, useInput } from './support/staffing-use';

// Approvals to use posts (用编核准): the vacancy check counts active staff and the posts open approvals hold,
// under the institution's lock; withdrawal and expiry free the posts again.

const ApproveEstablishment = doc(`mutation($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }`);
const CreateStaff = doc(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version } }`);
const ApproveUse = doc(`mutation($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) {
  id version institutionId category tier approvedCount usedCount purpose noticeNumber issuedOn validUntil withdrawnOn status postsHeld
} }`);
const Withdraw = doc(`mutation($id: ID!, $version: Int!) { withdrawStaffingUse(id: $id, version: $version) { id version withdrawnOn status postsHeld } }`);
const Vacancies = doc(`query($id: ID!) { institution(id: $id) { vacancies { category tier approved active reserved free } } }`);
const Approvals = doc(`query($filter: StaffingUseApprovalFilter) { staffingUseApprovals(filter: $filter, limit: 100) { totalCount items { id noticeNumber status } } }`);
const ApprovalById = doc(`query($id: ID!) { staffingUseApproval(id: $id) { id status postsHeld } }`);
const Enter = doc(`mutation($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id version institutionId quotaCategory leadershipTier status hiredOn } }`);
const ApprovalUse = doc(`query($id: ID!) { staffingUseApproval(id: $id) { id version usedCount status postsHeld } }`);
const StaffOf = doc(`query($id: ID!) { staff(filter: { institutionId: $id }, limit: 100) { totalCount } }`);
const Exit = doc(`mutation($input: ExitEstablishmentInput!) { exitEstablishment(input: $input) { id version status exitReason exitedOn exitDocumentNumber } }`);
const Audit = doc(`query($id: ID!) { auditEntries(filter: { recordType: "StaffingUseApproval", recordId: $id }, limit: 10) { items { operation reason } } }`);

const server = useTestServer();
let nanmingId: string;
beforeAll(async () => {
  nanmingId = (await server.bureauByCode('520102')).id;
});



/** An institution of Nanming with a 三定 of `headcount` administrative posts and `deputies` deputy positions. */
const institutionWith = (headcount: number, deputies = 1) => institutionUnder(server, nanmingId, headcount, deputies);

async function hire(institutionId: string, quotaCategory = 'ADMINISTRATIVE'): Promise<{ id: string; version: number }> {
  const number = next();
  return (
    await server.data(CreateStaff, {
      input: { institutionId, quotaCategory, name: `用编${number}`, nationalId: makeNationalId('520102', '1991-03-03', 600 + number, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2021-01-01' },
    })
  ).createStaff;
}

async function vacancy(institutionId: string, category = 'ADMINISTRATIVE') {
  return (await server.data(Vacancies, { id: institutionId })).institution.vacancies.find((row: { category: string | null }) => row.category === category);
}

describe('approvals to use posts (用编核准)', () => {
  it('approves posts within the vacancy, holding them; refuses more than are free, naming count, and writes nothing', async () => {
    const id = await institutionWith(5);
    await hire(id);
    await hire(id);
    const approval = (await server.data(ApproveUse, { input: useInput(id, { count: 2 }) })).approveStaffingUse;
    expect(approval).toMatchObject({ institutionId: id, approvedCount: 2, usedCount: 0, status: 'OPEN', postsHeld: 2, withdrawnOn: null });
    expect(await vacancy(id)).toEqual({ category: 'ADMINISTRATIVE', tier: null, approved: 5, active: 2, reserved: 2, free: 1 });

    const refused = onlyError(await server.request(ApproveUse, { input: useInput(id, { count: 2 }) }));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count', reason: 'NO_VACANCY', free: 1 });
    expect((await server.data(Approvals, { filter: { institutionId: id } })).staffingUseApprovals.totalCount).toBe(1);
    expect((await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse.postsHeld).toBe(1);
    expect((await vacancy(id)).free).toBe(0);
  });

  it('refuses a leader beyond the free positions of the tier (NO_VACANT_POSITION) even with posts free', async () => {
    const id = await institutionWith(5, 1);
    await server.data(ApproveUse, { input: useInput(id, { tier: 'DEPUTY' }) });
    const refused = onlyError(await server.request(ApproveUse, { input: useInput(id, { tier: 'DEPUTY' }) }));
    expect(refused.extensions).toMatchObject({ field: 'count', reason: 'NO_VACANT_POSITION', free: 0 });
    const deputies = (await server.data(Vacancies, { id })).institution.vacancies.find((row: { tier: string | null }) => row.tier === 'DEPUTY');
    expect(deputies).toEqual({ category: null, tier: 'DEPUTY', approved: 1, active: 0, reserved: 1, free: 0 });
  });

  it('frees the posts of a withdrawn approval, refuses a second withdrawal, and records both in the audit trail', async () => {
    const id = await institutionWith(1);
    const approval = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    expect((await vacancy(id)).free).toBe(0);
    const withdrawn = (await server.data(Withdraw, { id: approval.id, version: approval.version })).withdrawStaffingUse;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', postsHeld: 0, withdrawnOn: today() });
    expect((await vacancy(id)).free).toBe(1);
    const byStatus = async (status: string) => (await server.data(Approvals, { filter: { institutionId: id, status } })).staffingUseApprovals.items.map((item: { id: string }) => item.id);
    expect([await byStatus('WITHDRAWN'), await byStatus('OPEN')]).toEqual([[approval.id], []]);
    const again = onlyError(await server.request(Withdraw, { id: approval.id, version: withdrawn.version }));
    expect(again.extensions).toMatchObject({ reason: 'APPROVAL_WITHDRAWN', field: 'id' });
    const operations = (await server.data(Audit, { id: approval.id })).auditEntries.items.map((entry: { operation: string }) => entry.operation);
    expect(operations.sort()).toEqual(['approveStaffingUse', 'withdrawStaffingUse']);
  });

  it('frees the posts of an approval past its last day: it reads as EXPIRED and holds nothing', async () => {
    const id = await institutionWith(1);
    const approval = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    // Time passes: the notice's last day is now yesterday.
    await server.bianzhi.orm.em.fork().getConnection().execute('update staffing_use_approval set issued_on = ?, valid_until = ? where id = ?', [inDays(-30), inDays(-1), approval.id]);
    expect((await server.data(ApprovalById, { id: approval.id })).staffingUseApproval).toMatchObject({ status: 'EXPIRED', postsHeld: 0 });
    expect((await vacancy(id)).free).toBe(1);
    expect((await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse.status).toBe('OPEN');
  });

  it.each([
    ['no post', { count: 0 }, 'count', 'NOT_A_POSITIVE_NUMBER'],
    ['a last day before the issue date', { issuedOn: today(), validUntil: inDays(-1) }, 'validUntil', 'DATE_BEFORE'],
    ['an issue date in the future', { issuedOn: inDays(3), validUntil: inDays(30) }, 'issuedOn', 'DATE_IN_FUTURE'],
    ['an empty notice number', { noticeNumber: ' ' }, 'noticeNumber', 'TEXT_EMPTY'],
    ['an unknown institution', { institutionId: '987654' }, 'institutionId', 'UNKNOWN_REFERENCE'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, field, reason) => {
    const id = await institutionWith(3);
    const error = onlyError(await server.request(ApproveUse, { input: useInput(id, overrides) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await server.data(Approvals, { filter: { institutionId: id } })).staffingUseApprovals.totalCount).toBe(0);
  });

  it('refuses a notice number already given (NOTICE_NUMBER_TAKEN)', async () => {
    const id = await institutionWith(3);
    const first = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    const error = onlyError(await server.request(ApproveUse, { input: useInput(id, { noticeNumber: first.noticeNumber }) }));
    expect(error.extensions).toMatchObject({ field: 'noticeNumber', reason: 'NOTICE_NUMBER_TAKEN' });
  });

  it('lets exactly one of 50 concurrent approvals take the one free post', async () => {
    const id = await institutionWith(1);
    const answers = await Promise.all(Array.from({ length: 50 }, () => server.request(ApproveUse, { input: useInput(id) })));
    const succeeded = answers.filter((answer) => !answer.errors?.length);
    expect(succeeded).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.reason === 'NO_VACANCY')).toHaveLength(49);
    expect(await vacancy(id)).toMatchObject({ approved: 1, reserved: 1, free: 0 });
  });

  it('checks the vacancy under the institution\'s lock: an approval waits for a concurrent one and then sees its posts taken', async () => {
    const id = await institutionWith(1);
    // Another writer holds the institution's lock, as a concurrent approval would, and takes the one free post.
    const other = server.bianzhi.orm.em.fork();
    await other.begin();
    await other.execute('select id from institution where id = ? for update', [Number(id)]);
    const pending = server.request(ApproveUse, { input: useInput(id) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.execute(
      `insert into staffing_use_approval (version, created_at, updated_at, institution_id, category, approved_count, used_count, purpose, notice_number, issued_on, valid_until)
       values (1, now(), now(), ?, 'ADMINISTRATIVE', 1, 0, 'OTHER', ?, ?, ?)`,
      [Number(id), `南编用〔2024〕并发${next()}号`, today(), inDays(30)],
    );
    await other.commit();
    const answer = await pending;
    expect(answer.errors?.[0]?.extensions).toMatchObject({ field: 'count', reason: 'NO_VACANCY', free: 0 });
    expect(await vacancy(id)).toMatchObject({ reserved: 1, free: 0 });
  });

  it('keeps approvals to the jurisdiction: a county administrator cannot approve for, read or list another county’s', async () => {
    const id = await institutionWith(2);
    const approval = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    const yunyan = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520103');
    const ask = (document: Loose, variables: Record<string, unknown>) => askAs(server, yunyan, document, variables);
    const refused = await ask(ApproveUse, { input: useInput(id) });
    expect(refused.errors[0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'institutionId' });
    expect((await ask(ApprovalById, { id: approval.id })).data.staffingUseApproval).toBeNull();
    expect((await ask(Approvals, {})).data.staffingUseApprovals.items.map((item: { id: string }) => item.id)).not.toContain(approval.id);
    const withdrawal = await ask(Withdraw, { id: approval.id, version: approval.version });
    expect(withdrawal.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    // A notice number given in Nanming tells Yunyan nothing: its own approval may carry the same number.
    const yunyanId = (await server.bureauByCode('520103')).id;
    const yunyanInstitution = await institutionUnder(server, yunyanId, 1, 0);
    const sameNumber = await ask(ApproveUse, { input: useInput(yunyanInstitution, { noticeNumber: approval.noticeNumber }) });
    expect(sameNumber.errors ?? []).toEqual([]);
  });
});

describe('entry against an approval (入编)', () => {
  let personNumber = 0;
  const person = (approvalId: string, overrides: Record<string, unknown> = {}) => {
    personNumber += 1;
    return { approvalId, name: `入编${personNumber}`, nationalId: makeNationalId('520102', '1993-04-04', 700 + personNumber, 'FEMALE'), education: 'MASTER', position: '科员', enteredOn: today(), ...overrides };
  };

  it('enters a person in the approval\'s category and tier, using one post; a used-up approval takes no one more', async () => {
    const id = await institutionWith(3, 1);
    const approval = (await server.data(ApproveUse, { input: useInput(id, { tier: 'DEPUTY' }) })).approveStaffingUse;
    const entered = (await server.data(Enter, { input: person(approval.id) })).enterEstablishment;
    expect(entered).toMatchObject({ institutionId: id, quotaCategory: 'ADMINISTRATIVE', leadershipTier: 'DEPUTY', status: 'ACTIVE', hiredOn: today() });
    expect((await server.data(ApprovalUse, { id: approval.id })).staffingUseApproval).toMatchObject({ usedCount: 1, status: 'USED_UP', postsHeld: 0 });
    expect(await vacancy(id)).toMatchObject({ approved: 3, active: 1, reserved: 0, free: 2 });
    const again = onlyError(await server.request(Enter, { input: person(approval.id) }));
    expect(again.extensions).toMatchObject({ field: 'approvalId', reason: 'APPROVAL_NOT_OPEN', status: 'USED_UP' });
    expect((await server.data(StaffOf, { id })).staff.totalCount).toBe(1);
  });

  it('refuses an entry against a withdrawn approval, after its validity, or taking the institution over a quota cut since, writing nothing', async () => {
    const id = await institutionWith(2);
    const withdrawnOne = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    await server.data(Withdraw, { id: withdrawnOne.id, version: withdrawnOne.version });
    expect(onlyError(await server.request(Enter, { input: person(withdrawnOne.id) })).extensions).toMatchObject({ reason: 'APPROVAL_NOT_OPEN', status: 'WITHDRAWN' });

    const approval = (await server.data(ApproveUse, { input: useInput(id, { validUntil: inDays(10) }) })).approveStaffingUse;
    expect(onlyError(await server.request(Enter, { input: person(approval.id, { enteredOn: inDays(11) }) })).extensions).toMatchObject({ field: 'enteredOn', reason: 'ENTRY_AFTER_VALIDITY' });

    // A new 三定 cuts the quota to none: the approval is still open, but the entry would be over quota.
    await server.data(ApproveEstablishment, {
      input: { institutionId: id, documentNumber: `南编〔2024〕${next()}号`, approvedOn: today(), mainFunctions: '', internalBodyNames: [], quotas: [], principalPositions: 0, deputyPositions: 0, internalHeadPositions: 0 },
    });
    expect(onlyError(await server.request(Enter, { input: person(approval.id) })).extensions).toMatchObject({ field: 'approvalId', reason: 'NO_VACANCY', free: 0 });
    expect((await server.data(StaffOf, { id })).staff.totalCount).toBe(0);
    expect((await server.data(ApprovalUse, { id: approval.id })).staffingUseApproval.usedCount).toBe(0);
  });

  it('refuses a person active elsewhere, naming nationalId, and uses no post', async () => {
    const id = await institutionWith(3);
    const approval = (await server.data(ApproveUse, { input: useInput(id, { count: 2 }) })).approveStaffingUse;
    const first = person(approval.id);
    await server.data(Enter, { input: first });
    const error = onlyError(await server.request(Enter, { input: { ...person(approval.id), nationalId: first.nationalId } }));
    expect(error.extensions).toMatchObject({ field: 'nationalId', reason: 'NATIONAL_ID_ACTIVE_ELSEWHERE' });
    expect((await server.data(ApprovalUse, { id: approval.id })).staffingUseApproval).toMatchObject({ usedCount: 1, postsHeld: 1 });
  });

  it('lets exactly one of 50 concurrent entries use an approval of one post', async () => {
    const id = await institutionWith(5);
    const approval = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    const answers = await Promise.all(Array.from({ length: 50 }, () => server.request(Enter, { input: person(approval.id) })));
    expect(answers.filter((answer) => !answer.errors?.length)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.reason === 'APPROVAL_NOT_OPEN')).toHaveLength(49);
    expect((await server.data(StaffOf, { id })).staff.totalCount).toBe(1);
    expect((await server.data(ApprovalUse, { id: approval.id })).staffingUseApproval.usedCount).toBe(1);
  });

  it('answers an approval outside the jurisdiction as unknown', async () => {
    const id = await institutionWith(2);
    const approval = (await server.data(ApproveUse, { input: useInput(id) })).approveStaffingUse;
    const yunyan = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520103');
    const answer = await askAs(server, yunyan, Enter, { input: person(approval.id) });
    expect(answer.errors[0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'approvalId' });
    expect((await server.data(ApprovalUse, { id: approval.id })).staffingUseApproval.usedCount).toBe(0);
  });
});

describe('exit (出编)', () => {
  let personNumber = 0;
  const person = (approvalId: string) => {
    personNumber += 1;
    return { approvalId, name: `出编${personNumber}`, nationalId: makeNationalId('520102', '1988-08-08', 800 + personNumber, 'MALE'), education: 'BACHELOR', position: '科员', enteredOn: inDays(-20) };
  };

  it.each([
    ['RETIREMENT', 'RETIRED'],
    ['TRANSFER_OUT', 'TRANSFERRED_OUT'],
    ['RESIGNATION', 'LEFT'],
    ['DEATH', 'LEFT'],
  ])('records a %s with its date and document, sets the person %s and frees the post; a second exit is refused', async (reason, status) => {
    const id = await institutionWith(1);
    const approval = (await server.data(ApproveUse, { input: useInput(id, { issuedOn: inDays(-30), validUntil: inDays(30) }) })).approveStaffingUse;
    const entered = (await server.data(Enter, { input: person(approval.id) })).enterEstablishment;
    expect((await vacancy(id)).free).toBe(0);
    const exited = (await server.data(Exit, { input: { id: entered.id, version: entered.version, reason, exitedOn: today(), documentNumber: '南人社〔2024〕7号' } })).exitEstablishment;
    expect(exited).toMatchObject({ status, exitReason: reason, exitedOn: today(), exitDocumentNumber: '南人社〔2024〕7号' });
    expect(await vacancy(id)).toMatchObject({ active: 0, free: 1 });
    const again = onlyError(await server.request(Exit, { input: { id: entered.id, version: exited.version, reason, exitedOn: today(), documentNumber: '南人社〔2024〕8号' } }));
    expect(again.extensions).toMatchObject({ field: 'id', reason: 'NOT_IN_POST', status });
  });

  it('refuses an exit dated before the entry or in the future, naming exitedOn, and changes nothing', async () => {
    const id = await institutionWith(2);
    const approval = (await server.data(ApproveUse, { input: useInput(id, { issuedOn: inDays(-30), validUntil: inDays(30) }) })).approveStaffingUse;
    const entered = (await server.data(Enter, { input: person(approval.id) })).enterEstablishment;
    for (const exitedOn of [inDays(-25), inDays(2)]) {
      const error = onlyError(await server.request(Exit, { input: { id: entered.id, version: entered.version, reason: 'RESIGNATION', exitedOn, documentNumber: '南编〔2024〕1号' } }));
      expect([exitedOn, error.extensions]).toEqual([exitedOn, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'exitedOn' })]);
    }
    expect(await vacancy(id)).toMatchObject({ active: 1 });
  });
});

describe('vacancies up the tree (空编汇总) and the hasVacancy filter', () => {
  const InstitutionsWithVacancies = doc(`query($under: ID!, $offset: Int!) { institutions(filter: { underBureauId: $under }, limit: 400, offset: $offset) {
    totalCount items { id vacancies { category tier approved active reserved free } } } }`);
  const BureauVacancies = doc(`query($id: ID!, $scope: StatisticsScope!) { bureau(id: $id) { vacancies(scope: $scope) { category tier approved active reserved free } } }`);
  const WithVacancy = doc(`query($under: ID!, $has: Boolean!) { institutions(filter: { underBureauId: $under, hasVacancy: $has }, limit: 1000) { totalCount items { id } } }`);
  type Vacancy = { category: string | null; tier: string | null; approved: number; active: number; reserved: number; free: number };

  async function institutionsUnder(bureauId: string): Promise<{ id: string; vacancies: Vacancy[] }[]> {
    const all = [];
    for (let offset = 0; ; offset += 400) {
      const page = (await server.data(InstitutionsWithVacancies, { under: bureauId, offset })).institutions;
      all.push(...page.items);
      if (all.length >= page.totalCount) return all;
    }
  }

  it('sums the institutions\' vacancies of a subtree, and filters the institutions with a free post, as counted one by one', async () => {
    // Approvals held and people entered in Nanming, beside the seed's institutions of Guiyang.
    const id = await institutionWith(4, 1);
    await server.data(ApproveUse, { input: useInput(id, { count: 2 }) });
    const full = await institutionWith(1, 0);
    await server.data(ApproveUse, { input: useInput(full) });
    const guiyang = await server.bureauByCode('520100');

    const institutions = await institutionsUnder(guiyang.id);
    const summed = new Map<string, Vacancy>();
    for (const vacancy of institutions.flatMap((institution) => institution.vacancies)) {
      const key = `${vacancy.category}/${vacancy.tier}`;
      const sum = summed.get(key) ?? { category: vacancy.category, tier: vacancy.tier, approved: 0, active: 0, reserved: 0, free: 0 };
      for (const field of ['approved', 'active', 'reserved', 'free'] as const) sum[field] += vacancy[field];
      summed.set(key, sum);
    }
    const rollup = (await server.data(BureauVacancies, { id: guiyang.id, scope: 'SUBTREE' })).bureau.vacancies as Vacancy[];
    const byKey = (rows: Vacancy[]) => [...rows].sort((a, b) => `${a.category}/${a.tier}`.localeCompare(`${b.category}/${b.tier}`));
    expect(byKey(rollup)).toEqual(byKey([...summed.values()]));
    expect(rollup.find((row) => row.category === 'ADMINISTRATIVE')!.reserved).toBeGreaterThanOrEqual(3);

    const withFree = institutions.filter((institution) => institution.vacancies.some((vacancy) => vacancy.category !== null && vacancy.free > 0)).map((institution) => institution.id);
    const filtered = (await server.data(WithVacancy, { under: guiyang.id, has: true })).institutions;
    expect(filtered.items.map((item: { id: string }) => item.id).sort()).toEqual(withFree.sort());
    expect(filtered.items.map((item: { id: string }) => item.id)).toContain(id);
    const without = (await server.data(WithVacancy, { under: guiyang.id, has: false })).institutions;
    expect(without.items.map((item: { id: string }) => item.id)).toContain(full);
    expect(filtered.totalCount + without.totalCount).toBe(institutions.length);
  });
});

describe('a person in post taking another post (晋升, 转岗)', () => {
  const UpdateStaff = doc(`mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id version quotaCategory leadershipTier } }`);

  it('takes a leadership position only where one is free (超职数配备 is refused), and another category only where a post is free after open approvals', async () => {
    const id = await institutionWith(2, 1);
    const first = await hire(id);
    const second = await hire(id);
    expect((await server.data(UpdateStaff, { input: { id: first.id, version: first.version, leadershipTier: 'DEPUTY' } })).updateStaff.leadershipTier).toBe('DEPUTY');
    const overPositions = onlyError(await server.request(UpdateStaff, { input: { id: second.id, version: second.version, leadershipTier: 'DEPUTY' } }));
    expect(overPositions.extensions).toMatchObject({ field: 'leadershipTier', reason: 'NO_VACANT_POSITION', free: 0 });

    // Two recorded from the existing register in a category the institution has no quota for; one post of its quota is free, and an approval holds it.
    const other = await institutionWith(3, 0);
    const logistics = [await hire(other, 'LOGISTICS'), await hire(other, 'LOGISTICS')];
    await hire(other);
    expect((await server.data(UpdateStaff, { input: { id: logistics[0].id, version: logistics[0].version, quotaCategory: 'ADMINISTRATIVE' } })).updateStaff.quotaCategory).toBe('ADMINISTRATIVE');
    expect(await vacancy(other)).toMatchObject({ active: 2, free: 1 });
    await server.data(ApproveUse, { input: useInput(other) });
    const taken = onlyError(await server.request(UpdateStaff, { input: { id: logistics[1].id, version: logistics[1].version, quotaCategory: 'ADMINISTRATIVE' } }));
    expect(taken.extensions).toMatchObject({ field: 'quotaCategory', reason: 'NO_VACANCY', free: 0 });
    // Stepping down needs no position.
    expect((await server.data(UpdateStaff, { input: { id: first.id, version: first.version + 1, leadershipTier: null } })).updateStaff.leadershipTier).toBeNull();
  });

  it('gives the one free position to exactly one of 10 people promoted at once', async () => {
    const id = await institutionWith(12, 1);
    const people = [];
    for (let index = 0; index < 10; index += 1) people.push(await hire(id));
    const answers = await Promise.all(people.map((person) => server.request(UpdateStaff, { input: { id: person.id, version: person.version, leadershipTier: 'DEPUTY' } })));
    expect(answers.filter((answer) => !answer.errors?.length)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.reason === 'NO_VACANT_POSITION')).toHaveLength(9);
  });
});
