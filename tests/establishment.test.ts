import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { makeNationalId } from '../server/modules/staff/national-id';
import { onlyError, useTestServer } from './support/test-server';

// 三定 (approveEstablishment) and the staffing rule per institution: quotas per
// category, leadership positions per tier, over-staffing and over-positions alerts.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = TypedDocumentNode<any, any>;
const doc = (source: string) => parse(source) as Loose;

const Establish = doc(`mutation($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id version name } }`);
const Approve = doc(`mutation($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) {
  id institutionId approvedOn documentNumber supersededOn mainFunctions principalPositions deputyPositions internalHeadPositions internalBodyNames
  quotas { id category approvedHeadcount current approvalId }
} }`);
const InstitutionById = doc(`query($id: ID!) { institution(id: $id) {
  id version duties overStaffed
  currentEstablishment { id documentNumber }
  establishmentHistory { id documentNumber approvedOn supersededOn }
  quotas { id category approvedHeadcount current approvalId }
  allQuotas: quotas(includeSuperseded: true) { id category approvedHeadcount current supersededOn documentNumber }
  internalBodies { name abolishedOn }
  allBodies: internalBodies(includeAbolished: true) { name abolishedOn }
  staffing { category approvedHeadcount activeStaff overStaffed excess vacancies }
  leadershipStaffing { tier approvedPositions holders overPositions excess vacantPositions }
  openAlerts { kind category tier }
  changes { kind documentNumber }
} }`);
const Institutions = doc(`query($filter: InstitutionFilter) { institutions(filter: $filter, limit: 1000) { totalCount items { id name } } }`);
const CreateStaff = doc(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id version leadershipTier isLeader } }`);
const UpdateStaff = doc(`mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id version leadershipTier isLeader } }`);
const Alerts = doc(`query($filter: QuotaAlertFilter) { quotaAlerts(filter: $filter, limit: 100) { totalCount items { id kind category tier open institutionId institutionName approved actual } } }`);

const server = useTestServer();
let nanmingId: string;

beforeAll(async () => {
  nanmingId = (await server.bureauByCode('520102')).id;
});

let sequence = 0;
async function establish(name: string) {
  sequence += 1;
  return (
    await server.data(Establish, {
      input: { bureauId: nanmingId, name, kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN', rank: 'SECTION', decidedOn: '2019-01-01', documentNumber: `南编〔2019〕${sequence}号` },
    })
  ).establishInstitution;
}

function approval(institutionId: string, overrides: Record<string, unknown> = {}) {
  return {
    institutionId,
    approvedOn: '2020-01-01',
    documentNumber: '南编〔2020〕1号',
    mainFunctions: '负责全区机构编制管理工作',
    internalBodyNames: ['办公室', '综合科'],
    principalPositions: 1,
    deputyPositions: 2,
    internalHeadPositions: 2,
    quotas: [
      { category: 'ADMINISTRATIVE', headcount: 10 },
      { category: 'LOGISTICS', headcount: 2 },
    ],
    ...overrides,
  };
}

async function approve(institutionId: string, overrides: Record<string, unknown> = {}) {
  return (await server.data(Approve, { input: approval(institutionId, overrides) })).approveEstablishment;
}

async function read(id: string) {
  return (await server.data(InstitutionById, { id })).institution;
}

let personSequence = 0;
async function addStaff(institutionId: string, overrides: Record<string, unknown> = {}) {
  personSequence += 1;
  return (
    await server.data(CreateStaff, {
      input: {
        institutionId,
        quotaCategory: 'ADMINISTRATIVE',
        name: `三定测试人${personSequence}`,
        nationalId: makeNationalId('520181', '1981-08-09', 400 + personSequence, 'FEMALE'),
        education: 'MASTER',
        position: '科员',
        hiredOn: '2012-01-01',
        ...overrides,
      },
    })
  ).createStaff;
}

const byCategory = (quotas: { category: string; approvedHeadcount: number }[]) => Object.fromEntries(quotas.map((quota) => [quota.category, quota.approvedHeadcount]));

describe('approveEstablishment (三定)', () => {
  it('sets quotas per category and positions per tier', async () => {
    const institution = await establish('三定测试一局');
    const first = await approve(institution.id);
    expect(first).toMatchObject({ institutionId: institution.id, supersededOn: null, principalPositions: 1, deputyPositions: 2, internalHeadPositions: 2, internalBodyNames: ['办公室', '综合科'] });
    expect(byCategory(first.quotas)).toEqual({ ADMINISTRATIVE: 10, LOGISTICS: 2 });
    expect(first.quotas.every((quota: { current: boolean; approvalId: string }) => quota.current && quota.approvalId === first.id)).toBe(true);

    const now = await read(institution.id);
    expect(now.currentEstablishment.id).toBe(first.id);
    expect(now.duties).toBe('负责全区机构编制管理工作');
    expect(byCategory(now.quotas)).toEqual({ ADMINISTRATIVE: 10, LOGISTICS: 2 });
    const tiers = Object.fromEntries(now.leadershipStaffing.map((tier: { tier: string; approvedPositions: number }) => [tier.tier, tier.approvedPositions]));
    expect(tiers).toEqual({ PRINCIPAL: 1, DEPUTY: 2, INTERNAL_BODY_HEAD: 2 });
    expect(now.internalBodies.map((body: { name: string }) => body.name).sort()).toEqual(['办公室', '综合科'].sort());
    expect(now.changes).toContainEqual({ kind: 'ESTABLISHMENT_APPROVED', documentNumber: '南编〔2020〕1号' });
  });

  it('supersedes the current 三定 with a later one, its quotas and internal bodies, keeping the history', async () => {
    const institution = await establish('三定测试二局');
    const first = await approve(institution.id);
    const second = await approve(institution.id, {
      approvedOn: '2022-07-01',
      documentNumber: '南编〔2022〕7号',
      internalBodyNames: ['办公室', '政策法规科'],
      quotas: [{ category: 'ADMINISTRATIVE', headcount: 12 }],
    });

    const now = await read(institution.id);
    expect(now.currentEstablishment.id).toBe(second.id);
    expect(now.establishmentHistory.map((entry: { id: string }) => entry.id)).toEqual([second.id, first.id]);
    expect(now.establishmentHistory[1]).toMatchObject({ supersededOn: '2022-07-01' });
    expect(now.establishmentHistory[0]).toMatchObject({ supersededOn: null });

    // LOGISTICS was left out: no current quota in it from the new date.
    expect(byCategory(now.quotas)).toEqual({ ADMINISTRATIVE: 12 });
    expect(now.staffing.find((cell: { category: string }) => cell.category === 'LOGISTICS')?.approvedHeadcount ?? 0).toBe(0);
    const old = now.allQuotas.filter((quota: { current: boolean }) => !quota.current);
    expect(byCategory(old)).toEqual({ ADMINISTRATIVE: 10, LOGISTICS: 2 });
    expect(old.every((quota: { supersededOn: string; documentNumber: string }) => quota.supersededOn === '2022-07-01' && quota.documentNumber === '南编〔2020〕1号')).toBe(true);
    expect(now.allQuotas).toHaveLength(3);

    // 综合科 not named is abolished, 政策法规科 is set up, 办公室 goes on.
    expect(now.internalBodies.map((body: { name: string }) => body.name).sort()).toEqual(['办公室', '政策法规科'].sort());
    expect(now.allBodies).toContainEqual({ name: '综合科', abolishedOn: '2022-07-01' });
    expect(now.allBodies.filter((body: { name: string }) => body.name === '办公室')).toEqual([{ name: '办公室', abolishedOn: null }]);
  });

  it('refuses a 三定 dated before the current one, and writes nothing', async () => {
    const institution = await establish('三定测试三局');
    const current = await approve(institution.id, { approvedOn: '2021-05-01' });
    const error = onlyError(await server.request(Approve, { input: approval(institution.id, { approvedOn: '2021-04-30', documentNumber: '南编〔2021〕4号' }) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvedOn', reason: 'APPROVAL_BEFORE_CURRENT' });
    const now = await read(institution.id);
    expect(now.currentEstablishment.id).toBe(current.id);
    expect(now.establishmentHistory).toHaveLength(1);
    expect(now.allQuotas).toHaveLength(2);
  });

  it('refuses a category listed twice and more leadership positions than headcount', async () => {
    const institution = await establish('三定测试四局');
    const duplicate = onlyError(
      await server.request(Approve, { input: approval(institution.id, { quotas: [{ category: 'ADMINISTRATIVE', headcount: 3 }, { category: 'ADMINISTRATIVE', headcount: 4 }] }) }),
    );
    expect(duplicate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quotas.1.category', reason: 'DUPLICATE_CATEGORY', category: 'ADMINISTRATIVE' });

    const tooMany = onlyError(await server.request(Approve, { input: approval(institution.id, { principalPositions: 1, deputyPositions: 3, internalHeadPositions: 2, quotas: [{ category: 'ADMINISTRATIVE', headcount: 5 }] }) }));
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'LEADERSHIP_EXCEEDS_HEADCOUNT' });

    const twiceBody = onlyError(await server.request(Approve, { input: approval(institution.id, { internalBodyNames: ['办公室', '办公室'] }) }));
    expect(twiceBody.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'internalBodyNames.1', reason: 'DUPLICATE_INTERNAL_BODY' });

    const now = await read(institution.id);
    expect(now.currentEstablishment).toBeNull();
    expect(now.allQuotas).toEqual([]);
    expect(now.allBodies).toEqual([]);
  });
});

describe('staffing per category and tier, with alerts', () => {
  it('raises OVER_POSITIONS for the DEPUTY tier and resolves it when a deputy steps down', async () => {
    const institution = await establish('职数测试局');
    await approve(institution.id, { deputyPositions: 1, internalHeadPositions: 0 });
    await addStaff(institution.id, { leadershipTier: 'PRINCIPAL', position: '局长' });
    await addStaff(institution.id, { leadershipTier: 'DEPUTY', position: '副局长' });
    expect((await server.data(Alerts, { filter: { institutionId: institution.id, open: true } })).quotaAlerts.totalCount).toBe(0);
    const second = await addStaff(institution.id, { leadershipTier: 'DEPUTY', position: '副局长' });
    expect(second).toMatchObject({ leadershipTier: 'DEPUTY', isLeader: true });

    const open = (await server.data(Alerts, { filter: { institutionId: institution.id, open: true } })).quotaAlerts;
    expect(open.items).toEqual([expect.objectContaining({ kind: 'OVER_POSITIONS', tier: 'DEPUTY', category: null, institutionId: institution.id, approved: 1, actual: 2, open: true })]);
    expect((await server.data(Alerts, { filter: { underBureauId: nanmingId, kind: 'OVER_POSITIONS', tier: 'DEPUTY', open: true } })).quotaAlerts.items.map((alert: { institutionId: string }) => alert.institutionId)).toContain(institution.id);

    let now = await read(institution.id);
    expect(now.overStaffed).toBe(true);
    expect(now.leadershipStaffing.find((tier: { tier: string }) => tier.tier === 'DEPUTY')).toEqual({ tier: 'DEPUTY', approvedPositions: 1, holders: 2, overPositions: true, excess: 1, vacantPositions: 0 });
    expect(now.leadershipStaffing.find((tier: { tier: string }) => tier.tier === 'PRINCIPAL')).toMatchObject({ holders: 1, overPositions: false });
    expect(now.openAlerts).toEqual([{ kind: 'OVER_POSITIONS', category: null, tier: 'DEPUTY' }]);

    const steppedDown = (await server.data(UpdateStaff, { input: { id: second.id, version: second.version, leadershipTier: null, position: '科员' } })).updateStaff;
    expect(steppedDown).toMatchObject({ leadershipTier: null, isLeader: false });
    expect((await server.data(Alerts, { filter: { institutionId: institution.id, open: true } })).quotaAlerts.totalCount).toBe(0);
    expect((await server.data(Alerts, { filter: { institutionId: institution.id, open: false } })).quotaAlerts.items).toEqual([expect.objectContaining({ kind: 'OVER_POSITIONS', tier: 'DEPUTY' })]);
    now = await read(institution.id);
    expect(now.overStaffed).toBe(false);
    expect(now.leadershipStaffing.find((tier: { tier: string }) => tier.tier === 'DEPUTY')).toMatchObject({ holders: 1, overPositions: false, excess: 0, vacantPositions: 0 });
  });

  let created: { over: string; positions: string; within: string; noQuota: string } | undefined;
  it('raises OVER_STAFFED in the category over its headcount (a category without quota counts as zero)', async () => {
    const over = await establish('超编筛选测试甲');
    const positions = await establish('超编筛选测试乙');
    const within = await establish('超编筛选测试丙');
    const noQuota = await establish('超编筛选测试丁');
    for (const institution of [over, positions, within]) {
      await approve(institution.id, { deputyPositions: 1, internalHeadPositions: 0, quotas: [{ category: 'ADMINISTRATIVE', headcount: 2 }, { category: 'LOGISTICS', headcount: 1 }] });
    }
    await addStaff(over.id);
    await addStaff(over.id, { quotaCategory: 'LOGISTICS' });
    await addStaff(over.id, { quotaCategory: 'LOGISTICS' });
    await addStaff(positions.id, { leadershipTier: 'DEPUTY' });
    await addStaff(positions.id, { leadershipTier: 'DEPUTY' });
    await addStaff(within.id);
    await addStaff(within.id);
    await addStaff(noQuota.id, { quotaCategory: 'POLITICAL_LEGAL' });

    const overAlerts = (await server.data(Alerts, { filter: { institutionId: over.id, open: true } })).quotaAlerts.items;
    expect(overAlerts).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', category: 'LOGISTICS', tier: null, approved: 1, actual: 2 })]);
    const noQuotaAlerts = (await server.data(Alerts, { filter: { institutionId: noQuota.id, open: true } })).quotaAlerts.items;
    expect(noQuotaAlerts).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', category: 'POLITICAL_LEGAL', approved: 0, actual: 1 })]);
    expect((await server.data(Alerts, { filter: { institutionId: within.id } })).quotaAlerts.totalCount).toBe(0);

    const overCell = (await read(over.id)).staffing.find((cell: { category: string }) => cell.category === 'LOGISTICS');
    expect(overCell).toEqual({ category: 'LOGISTICS', approvedHeadcount: 1, activeStaff: 2, overStaffed: true, excess: 1, vacancies: 0 });
    expect((await read(within.id)).staffing.find((cell: { category: string }) => cell.category === 'ADMINISTRATIVE')).toMatchObject({ activeStaff: 2, overStaffed: false, vacancies: 0 });

    created = { over: over.id, positions: positions.id, within: within.id, noQuota: noQuota.id };
  });

  // Fails today: institution.reads.ts puts a raw() key in the filter, and listPage uses that one filter for two
  // query builders (rows and count); MikroORM forgets the raw fragment after its first use, so the count query
  // quotes it as a column name and PostgreSQL refuses it (INTERNAL_SERVER_ERROR).
  it('the overStaffed filter finds exactly the institutions over in some category or tier', async () => {
    const { over, positions, within, noQuota } = created!;
    const ids = async (overStaffed: boolean) =>
      (await server.data(Institutions, { filter: { bureauId: nanmingId, nameContains: '超编筛选测试', overStaffed } })).institutions.items.map((item: { id: string }) => item.id).sort();
    expect(await ids(true)).toEqual([over, positions, noQuota].sort());
    expect(await ids(false)).toEqual([within]);
  });
});

describe('alerts follow a merger', () => {
  const Merge = doc(`mutation($input: MergeInstitutionInput!) { mergeInstitution(input: $input) { id status } }`);

  it("resolves the merged institution's alerts and raises the survivor's when its staff take it over its positions", async () => {
    const merged = await establish('合并预警测试并入局');
    const survivor = await establish('合并预警测试存续局');
    await approve(merged.id, { approvedOn: '2020-01-01', deputyPositions: 1, internalHeadPositions: 0, quotas: [{ category: 'ADMINISTRATIVE', headcount: 2 }] });
    await approve(survivor.id, { approvedOn: '2020-01-01', deputyPositions: 1, internalHeadPositions: 0, quotas: [{ category: 'ADMINISTRATIVE', headcount: 20 }] });
    for (let index = 0; index < 3; index += 1) await addStaff(merged.id);
    await addStaff(merged.id, { leadershipTier: 'DEPUTY' });
    await addStaff(survivor.id, { leadershipTier: 'DEPUTY' });
    expect((await server.data(Alerts, { filter: { institutionId: merged.id, open: true } })).quotaAlerts.items).toEqual([expect.objectContaining({ kind: 'OVER_STAFFED', category: 'ADMINISTRATIVE', approved: 2, actual: 4 })]);
    expect((await server.data(Alerts, { filter: { institutionId: survivor.id, open: true } })).quotaAlerts.totalCount).toBe(0);

    const version = (await read(merged.id)).version;
    expect((await server.data(Merge, { input: { id: merged.id, version, intoInstitutionId: survivor.id, documentNumber: '南编〔2021〕9号', decidedOn: '2021-01-01' } })).mergeInstitution.status).toBe('MERGED');

    expect((await server.data(Alerts, { filter: { institutionId: merged.id, open: true } })).quotaAlerts.totalCount).toBe(0);
    const survivorAlerts = (await server.data(Alerts, { filter: { institutionId: survivor.id, open: true } })).quotaAlerts.items;
    expect(survivorAlerts).toEqual([expect.objectContaining({ kind: 'OVER_POSITIONS', tier: 'DEPUTY', approved: 1, actual: 2 })]);
    const now = await read(survivor.id);
    expect(now.staffing.find((cell: { category: string }) => cell.category === 'ADMINISTRATIVE')).toMatchObject({ approvedHeadcount: 22, activeStaff: 5, overStaffed: false });
  });
});
