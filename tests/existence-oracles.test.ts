import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { makeNationalId } from '../server/modules/staff/national-id';
import { askGraphql, logInAsDemo, type Answer } from './support/http-client';
import { useTestServer } from './support/test-server';

// For a caller outside, "does not exist" and "exists elsewhere" must answer the
// same, by every path: by-id reads, filters, references in input, the targets
// of writes, subscriptions. Each case asks once with the id of a record outside
// the caller's jurisdiction and once with an id no record has, and compares.

const server = useTestServer();
const unknownId = '2147483000';

let nanming: string;
let ownBureauId: string;
let ids: Record<'bureau' | 'unit' | 'quota' | 'staff' | 'website' | 'account' | 'token' | 'integrator' | 'ownUnit', string>;
let versions: Record<'staff' | 'website' | 'ownUnit', number>;
/**
 * Institutions (机构): `outside` in 红花岗区 (520302) with a credit code, a 三定 and staff; inside 南明区 (520102) `own` with a credit
 * code, `ownWithStaff` with a person (`ownStaff`) to transfer; `outsideSupervised` is 南明区's institution whose supervisor a registry-wide
 * administrator merged into `outside`, so that it now comes under an institution outside.
 */
let institutions: Record<'outside' | 'own' | 'ownWithStaff' | 'ownStaff' | 'outsideSupervised', { id: string; version: number }>;
let creditCodes: Record<'outside' | 'own', string>;

async function asAdmin(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const answer = await askGraphql(server.bianzhi.url, server.adminToken, query, variables);
  if (answer.errors.length) throw new Error(`${query}: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

function person(institutionId: string, sequence: number) {
  return {
    institutionId,
    quotaCategory: 'PUBLIC_INSTITUTION',
    name: `探查${sequence}`,
    nationalId: makeNationalId('520302', '1980-03-03', 700 + sequence, 'MALE'),
    education: 'BACHELOR',
    position: '科员',
    hiredOn: '2010-01-01',
  };
}

beforeAll(async () => {
  nanming = await logInAsDemo(server.bianzhi.url, 'nanming');
  const honghuagang = (await asAdmin('{ bureauByCode(code: "520302") { id } }')).bureauByCode;
  const nanmingBureau = (await asAdmin('{ bureauByCode(code: "520102") { id } }')).bureauByCode;
  ownBureauId = nanmingBureau.id;
  const unit = (await asAdmin('mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id } }', { input: { bureauId: honghuagang.id, name: '探查中心', rank: 'SECTION' } })).createEGovUnit;
  const ownUnit = (await asAdmin('mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id version } }', { input: { bureauId: nanmingBureau.id, name: '本区探查中心', rank: 'SECTION' } })).createEGovUnit;
  const quota = (await asAdmin('mutation ($input: CreateQuotaInput!) { createQuota(input: $input) { id } }', {
    input: { institutionId: unit.id, category: 'PUBLIC_INSTITUTION', approvedHeadcount: 1, documentNumber: '探编〔2013〕1号', effectiveOn: '2013-01-01' },
  })).createQuota;
  const staff = (await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id version } }', { input: person(unit.id, 1) })).createStaff;
  const website = (await asAdmin('mutation ($input: CreateWebsiteInput!) { createWebsite(input: $input) { id version } }', {
    input: { bureauId: honghuagang.id, network: 'EXTRANET', address: 'https://tancha.example.gov.cn', title: '探查网站', launchedOn: '2012-01-01' },
  })).createWebsite;
  const integrator = (await asAdmin('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
    input: { username: 'probe-system', displayName: '探查系统', role: 'INTEGRATOR', bureauId: honghuagang.id },
  })).createAccount;
  const issued = (await asAdmin('mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { accessToken { id } } }', { input: { accountId: integrator.id, label: '探查' } })).issueApiToken;
  const institutionInput = (bureauId: string, name: string, extra: Record<string, unknown> = {}) => ({
    bureauId,
    name,
    kind: 'GOVERNMENT_DEPARTMENT',
    nature: 'ADMINISTRATIVE_ORGAN',
    rank: 'SECTION',
    decidedOn: '2015-01-01',
    documentNumber: `探设〔2015〕${name}号`,
    ...extra,
  });
  const establish = async (bureauId: string, name: string, extra: Record<string, unknown> = {}) =>
    (await asAdmin('mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id version } }', { input: institutionInput(bureauId, name, extra) })).establishInstitution as { id: string; version: number };
  creditCodes = { outside: makeCreditCode('11', '520302', 800_001), own: makeCreditCode('11', '520102', 800_002) };
  const outside = await establish(honghuagang.id, '探查局', { creditCode: creditCodes.outside });
  await asAdmin('mutation ($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }', {
    input: { institutionId: outside.id, documentNumber: '探三定〔2016〕1号', approvedOn: '2016-01-01', mainFunctions: '探查', internalBodyNames: ['探查科'], quotas: [{ category: 'ADMINISTRATIVE', headcount: 2 }], principalPositions: 1, deputyPositions: 0, internalHeadPositions: 0 },
  });
  await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', { input: { ...person(outside.id, 5), quotaCategory: 'ADMINISTRATIVE', leadershipTier: 'PRINCIPAL' } });
  const own = await establish(nanmingBureau.id, '本区核查局', { creditCode: creditCodes.own });
  const ownWithStaff = await establish(nanmingBureau.id, '本区待撤核查中心');
  const ownStaff = (await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id version } }', {
    input: { ...person(ownWithStaff.id, 6), nationalId: makeNationalId('520102', '1981-05-05', 76, 'MALE') },
  })).createStaff;
  const ownSupervisor = await establish(nanmingBureau.id, '本区核查主管局');
  const supervised = await establish(nanmingBureau.id, '本区核查下属中心', { supervisingInstitutionId: ownSupervisor.id });
  // A merger across bureaus by a registry-wide administrator: the subordinate of the merged institution comes under the survivor outside.
  await asAdmin('mutation ($input: MergeInstitutionInput!) { mergeInstitution(input: $input) { id } }', {
    input: { id: ownSupervisor.id, version: ownSupervisor.version, intoInstitutionId: outside.id, documentNumber: '探并〔2020〕1号', decidedOn: '2020-06-01' },
  });
  const versionOf = async (id: string) => (await asAdmin('query ($id: ID!) { institution(id: $id) { version } }', { id })).institution.version as number;
  institutions = {
    outside: { id: outside.id, version: await versionOf(outside.id) },
    own: { id: own.id, version: await versionOf(own.id) },
    ownWithStaff: { id: ownWithStaff.id, version: await versionOf(ownWithStaff.id) },
    ownStaff,
    outsideSupervised: { id: supervised.id, version: await versionOf(supervised.id) },
  };
  ids = { bureau: honghuagang.id, unit: unit.id, quota: quota.id, staff: staff.id, website: website.id, account: integrator.id, token: issued.accessToken.id, integrator: integrator.id, ownUnit: ownUnit.id };
  versions = { staff: staff.version, website: website.version, ownUnit: ownUnit.version };
});

/** What the caller sees of an answer, with the id it asked about replaced, and without the request's own id. */
function seen(answer: Answer, id: string): unknown {
  const replace = (value: unknown): unknown => (typeof value === 'string' ? value.split(id).join('<id>') : value);
  return {
    status: answer.status,
    data: answer.data,
    errors: answer.errors.map((error) => ({
      message: replace(error.message),
      extensions: Object.fromEntries(Object.entries(error.extensions ?? {}).filter(([key]) => key !== 'requestId').map(([key, value]) => [key, replace(value)])),
    })),
  };
}

/** A probe: what it asks, with the id (or code) of a record outside, and of none (`missing`, by default an id no record has). */
type Probe = [name: string, query: string, variables: (id: string) => Record<string, unknown>, target: () => string, missing?: string];

const decided = 'documentNumber: "探决〔2021〕1号", decidedOn: "2021-06-01"';

const probes: Probe[] = [
  ['bureau(id)', 'query ($id: ID!) { bureau(id: $id) { id name } }', (id) => ({ id }), () => ids.bureau],
  ['egovUnit(id)', 'query ($id: ID!) { egovUnit(id: $id) { id name } }', (id) => ({ id }), () => ids.unit],
  ['quota(id)', 'query ($id: ID!) { quota(id: $id) { id } }', (id) => ({ id }), () => ids.quota],
  ['staffMember(id)', 'query ($id: ID!) { staffMember(id: $id) { id name } }', (id) => ({ id }), () => ids.staff],
  ['website(id)', 'query ($id: ID!) { website(id: $id) { id } }', (id) => ({ id }), () => ids.website],
  ['account(id)', 'query ($id: ID!) { account(id: $id) { id username } }', (id) => ({ id }), () => ids.account],
  ['staff(filter.underBureauId)', 'query ($id: ID!) { staff(filter: { underBureauId: $id }) { totalCount } }', (id) => ({ id }), () => ids.bureau],
  ['staff(filter.institutionId)', 'query ($id: ID!) { staff(filter: { institutionId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => ids.unit],
  ['unitTable(underBureauId)', 'query ($id: ID!) { unitTable(underBureauId: $id) { rows { bureau { id } } } }', (id) => ({ id }), () => ids.bureau],
  ['auditEntries(filter.underBureauId)', 'query ($id: ID!) { auditEntries(filter: { underBureauId: $id }) { totalCount } }', (id) => ({ id }), () => ids.bureau],
  ['updateStaff(id)', 'mutation ($id: ID!) { updateStaff(input: { id: $id, version: 1, name: "改名" }) { id } }', (id) => ({ id }), () => ids.staff],
  ['deleteWebsite(id)', 'mutation ($id: ID!) { deleteWebsite(id: $id, version: 1) }', (id) => ({ id }), () => ids.website],
  ['createStaff(institutionId)', 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', (id) => ({ input: person(id, 2) }), () => ids.unit],
  ['createEGovUnit(bureauId)', 'mutation ($id: ID!) { createEGovUnit(input: { bureauId: $id, name: "越界中心", rank: SECTION }) { id } }', (id) => ({ id }), () => ids.bureau],
  ['updateEGovUnit(bureauId): a move', 'mutation ($unit: ID!, $version: Int!, $id: ID!) { updateEGovUnit(input: { id: $unit, version: $version, bureauId: $id }) { id } }', (id) => ({ unit: ids.ownUnit, version: versions.ownUnit, id }), () => ids.bureau],
  ['updateAccount(id)', 'mutation ($id: ID!) { updateAccount(input: { id: $id, displayName: "改名" }) { id } }', (id) => ({ id }), () => ids.account],
  ['issueApiToken(accountId)', 'mutation ($id: ID!) { issueApiToken(input: { accountId: $id, label: "探查" }) { token } }', (id) => ({ id }), () => ids.integrator],
  ['revokeAccessToken(id)', 'mutation ($id: ID!) { revokeAccessToken(id: $id) { id } }', (id) => ({ id }), () => ids.token],
  // Institutions (机构): reads by id and by credit code, the lists' filters, and every id and reference field of their mutations.
  ['institution(id)', 'query ($id: ID!) { institution(id: $id) { id name } }', (id) => ({ id }), () => institutions.outside.id],
  ['institutionByCreditCode(creditCode)', 'query ($id: String!) { institutionByCreditCode(creditCode: $id) { id name } }', (id) => ({ id }), () => creditCodes.outside, makeCreditCode('11', '520302', 800_999)],
  ['institutions(filter.underBureauId)', 'query ($id: ID!) { institutions(filter: { underBureauId: $id }) { totalCount } }', (id) => ({ id }), () => ids.bureau],
  ['institutions(filter.bureauId)', 'query ($id: ID!) { institutions(filter: { bureauId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => ids.bureau],
  ['institutions(filter.supervisingInstitutionId)', 'query ($id: ID!) { institutions(filter: { supervisingInstitutionId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => institutions.outside.id],
  ['quotas(filter.institutionId)', 'query ($id: ID!) { quotas(filter: { institutionId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => institutions.outside.id],
  ['quotaAlerts(filter.institutionId)', 'query ($id: ID!) { quotaAlerts(filter: { institutionId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => institutions.outside.id],
  ['staff(filter.institutionId) of an institution', 'query ($id: ID!) { staff(filter: { institutionId: $id }) { totalCount items { id } } }', (id) => ({ id }), () => institutions.outside.id],
  ['establishInstitution(bureauId)', 'mutation ($id: ID!) { establishInstitution(input: { bureauId: $id, name: "越界局", kind: GOVERNMENT_DEPARTMENT, nature: ADMINISTRATIVE_ORGAN, rank: SECTION, documentNumber: "探设〔2021〕1号", decidedOn: "2021-06-01" }) { id } }', (id) => ({ id }), () => ids.bureau],
  [
    'establishInstitution(supervisingInstitutionId)',
    'mutation ($bureau: ID!, $id: ID!) { establishInstitution(input: { bureauId: $bureau, supervisingInstitutionId: $id, name: "越界下属局", kind: GOVERNMENT_DEPARTMENT, nature: ADMINISTRATIVE_ORGAN, rank: SECTION, documentNumber: "探设〔2021〕2号", decidedOn: "2021-06-01" }) { id } }',
    (id) => ({ bureau: ownBureauId, id }),
    () => institutions.outside.id,
  ],
  ['updateInstitution(id)', 'mutation ($id: ID!) { updateInstitution(input: { id: $id, version: 1, shortName: "改名" }) { id } }', (id) => ({ id }), () => institutions.outside.id],
  ['renameInstitution(id)', `mutation ($id: ID!) { renameInstitution(input: { id: $id, version: 1, name: "改名局", ${decided} }) { id } }`, (id) => ({ id }), () => institutions.outside.id],
  ['changeInstitutionRank(id)', `mutation ($id: ID!) { changeInstitutionRank(input: { id: $id, version: 1, rank: DEPUTY_COUNTY, ${decided} }) { id } }`, (id) => ({ id }), () => institutions.outside.id],
  ['changeInstitutionNature(id)', `mutation ($id: ID!) { changeInstitutionNature(input: { id: $id, version: 1, nature: ADMINISTRATIVE_ORGAN, ${decided} }) { id } }`, (id) => ({ id }), () => institutions.outside.id],
  ['moveInstitution(id)', `mutation ($id: ID!) { moveInstitution(input: { id: $id, version: 1, ${decided} }) { id } }`, (id) => ({ id }), () => institutions.outside.id],
  [
    'moveInstitution(supervisingInstitutionId)',
    `mutation ($own: ID!, $version: Int!, $id: ID!) { moveInstitution(input: { id: $own, version: $version, supervisingInstitutionId: $id, ${decided} }) { id } }`,
    (id) => ({ own: institutions.own.id, version: institutions.own.version, id }),
    () => institutions.outside.id,
  ],
  ['mergeInstitution(id)', `mutation ($id: ID!, $into: ID!) { mergeInstitution(input: { id: $id, version: 1, intoInstitutionId: $into, ${decided} }) { id } }`, (id) => ({ id, into: institutions.own.id }), () => institutions.outside.id],
  [
    'mergeInstitution(intoInstitutionId)',
    `mutation ($own: ID!, $version: Int!, $id: ID!) { mergeInstitution(input: { id: $own, version: $version, intoInstitutionId: $id, ${decided} }) { id } }`,
    (id) => ({ own: institutions.own.id, version: institutions.own.version, id }),
    () => institutions.outside.id,
  ],
  ['abolishInstitution(id)', `mutation ($id: ID!) { abolishInstitution(input: { id: $id, version: 1, ${decided} }) { id } }`, (id) => ({ id }), () => institutions.outside.id],
  [
    'abolishInstitution(transferStaffToInstitutionId)',
    `mutation ($own: ID!, $version: Int!, $id: ID!) { abolishInstitution(input: { id: $own, version: $version, transferStaffToInstitutionId: $id, ${decided} }) { id } }`,
    (id) => ({ own: institutions.ownWithStaff.id, version: institutions.ownWithStaff.version, id }),
    () => institutions.outside.id,
  ],
  [
    'approveEstablishment(institutionId)',
    'mutation ($id: ID!) { approveEstablishment(input: { institutionId: $id, documentNumber: "探三定〔2021〕1号", approvedOn: "2021-06-01", mainFunctions: "", internalBodyNames: [], quotas: [{ category: ADMINISTRATIVE, headcount: 1 }], principalPositions: 1, deputyPositions: 0, internalHeadPositions: 0 }) { id } }',
    (id) => ({ id }),
    () => institutions.outside.id,
  ],
  [
    'createQuota(institutionId) of an institution',
    'mutation ($id: ID!) { createQuota(input: { institutionId: $id, category: LOGISTICS, approvedHeadcount: 1, documentNumber: "探编〔2021〕1号", effectiveOn: "2021-06-01" }) { id } }',
    (id) => ({ id }),
    () => institutions.outside.id,
  ],
  ['createStaff(institutionId) in a leadership tier', 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', (id) => ({ input: { ...person(id, 7), quotaCategory: 'ADMINISTRATIVE', leadershipTier: 'DEPUTY' } }), () => institutions.outside.id],
  [
    'updateStaff(institutionId): a move',
    'mutation ($staff: ID!, $version: Int!, $id: ID!) { updateStaff(input: { id: $staff, version: $version, institutionId: $id }) { id } }',
    (id) => ({ staff: institutions.ownStaff.id, version: institutions.ownStaff.version, id }),
    () => institutions.outside.id,
  ],
];

describe('a county administrator probing outside its jurisdiction', () => {
  it.each(probes)('%s answers exactly as for an id that does not exist', async (_name, query, variables, target, missingId = unknownId) => {
    const outside = await askGraphql(server.bianzhi.url, nanming, query, variables(target()));
    const missing = await askGraphql(server.bianzhi.url, nanming, query, variables(missingId));
    expect(seen(outside, target())).toEqual(seen(missing, missingId));
    expect(JSON.stringify(outside)).not.toMatch(/520302|红花岗|探查/);
  });

  it('changes nothing by probing', async () => {
    const staff = (await asAdmin('query ($id: ID!) { staffMember(id: $id) { name version } }', { id: ids.staff })).staffMember;
    expect(staff).toEqual({ name: '探查1', version: versions.staff });
    expect((await asAdmin('query ($id: ID!) { website(id: $id) { version } }', { id: ids.website })).website).toEqual({ version: versions.website });
    expect((await asAdmin('query ($id: ID!) { egovUnit(id: $id) { version bureau { code } } }', { id: ids.ownUnit })).egovUnit).toEqual({ version: versions.ownUnit, bureau: { code: '520102' } });
    for (const [name, { id, version }] of Object.entries(institutions).filter(([name]) => name !== 'ownStaff')) {
      const institution = (await asAdmin('query ($id: ID!) { institution(id: $id) { version status } }', { id })).institution;
      expect([name, institution]).toEqual([name, { version, status: 'ACTIVE' }]);
    }
    const moved = (await asAdmin('query ($id: ID!) { staffMember(id: $id) { version institutionId } }', { id: institutions.ownStaff.id })).staffMember;
    expect(moved).toEqual({ version: institutions.ownStaff.version, institutionId: institutions.ownWithStaff.id });
  });

  it('is refused a credit code held outside exactly as one held inside: CREDIT_CODE_TAKEN, the accepted exception', async () => {
    // The one answer that differs from "no such record": a credit code held by an institution outside is refused as taken, where a
    // code no one holds would be registered. Accepted on purpose: unified social credit codes are unique nationwide and public (anyone
    // can look one up in the national registry), so the refusal tells nothing the code does not; it must still not say who holds it, or where.
    const establishWith = (creditCode: string) =>
      askGraphql(server.bianzhi.url, nanming, 'mutation ($bureau: ID!, $code: String!) { establishInstitution(input: { bureauId: $bureau, creditCode: $code, name: "信用代码核查局", kind: GOVERNMENT_DEPARTMENT, nature: ADMINISTRATIVE_ORGAN, rank: SECTION, documentNumber: "核设〔2021〕1号", decidedOn: "2021-06-01" }) { id } }', {
        bureau: ownBureauId,
        code: creditCode,
      });
    const correctTo = (creditCode: string) =>
      askGraphql(server.bianzhi.url, nanming, 'mutation ($id: ID!, $version: Int!, $code: String!) { updateInstitution(input: { id: $id, version: $version, creditCode: $code }) { id } }', {
        id: institutions.ownWithStaff.id,
        version: institutions.ownWithStaff.version,
        code: creditCode,
      });
    for (const attempt of [establishWith, correctTo]) {
      const outside = await attempt(creditCodes.outside);
      const inside = await attempt(creditCodes.own);
      expect(outside.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode', reason: 'CREDIT_CODE_TAKEN' });
      expect(seen(outside, creditCodes.outside)).toEqual(seen(inside, creditCodes.own));
      expect(JSON.stringify(outside)).not.toMatch(new RegExp(`520302|红花岗|探查|${institutions.outside.id}`));
    }
    // The lookup by the code itself reads as no institution at all.
    expect((await askGraphql(server.bianzhi.url, nanming, 'query ($code: String!) { institutionByCreditCode(creditCode: $code) { id } }', { code: creditCodes.outside })).data).toEqual({ institutionByCreditCode: null });
  });

  it('is refused a national ID active outside exactly as one active inside, without being told where', async () => {
    const ownUnit = ids.ownUnit;
    const activeInside = (await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { nationalId } }', {
      input: { ...person(ownUnit, 3), nationalId: makeNationalId('520102', '1981-04-04', 71, 'FEMALE') },
    })).createStaff.nationalId;
    const activeOutside = person(ids.unit, 1).nationalId;
    const reuse = (nationalId: string) =>
      askGraphql(server.bianzhi.url, nanming, 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', { input: { ...person(ownUnit, 4), nationalId } });
    const outside = await reuse(activeOutside);
    const inside = await reuse(activeInside);
    expect(seen(outside, activeOutside)).toEqual(seen(inside, activeInside));
    expect(outside.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalId', reason: 'NATIONAL_ID_ACTIVE_ELSEWHERE' });
    expect(JSON.stringify(outside)).not.toMatch(/520302|红花岗|探查中心/);
  });

  it('reads no parent above the root of its jurisdiction, by parent or by parentId', async () => {
    const own = await askGraphql(server.bianzhi.url, nanming, '{ bureauByCode(code: "520102") { parentId parent { id } ancestors { id } } }');
    expect(own.data).toEqual({ bureauByCode: { parentId: null, parent: null, ancestors: [] } });
    const fromAbove = await askGraphql(server.bianzhi.url, server.adminToken, '{ bureauByCode(code: "520102") { parentId parent { id } } }');
    expect(fromAbove.data!.bureauByCode.parentId).toBe(fromAbove.data!.bureauByCode.parent.id);
  });

  it('subscribes under a bureau, or narrowed to a unit or an institution, outside exactly as under one that does not exist', async () => {
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${nanming}` } });
    const refusal = (query: string, variables: Record<string, unknown>) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query, variables }, { next: (message) => resolve(message.errors), error: (error) => resolve(error), complete: () => resolve('complete') });
      });
    const withoutRequestIds = (errors: unknown, id: string) =>
      JSON.parse(JSON.stringify(errors, (key, value) => (key === 'requestId' ? undefined : typeof value === 'string' ? value.split(id).join('<id>') : value)));
    try {
      const under = 'subscription ($id: ID!) { quotaAlerts(under: $id) { cursor } }';
      expect(withoutRequestIds(await refusal(under, { id: ids.bureau }), ids.bureau)).toEqual(withoutRequestIds(await refusal(under, { id: unknownId }), unknownId));
      const ownBureau = (await asAdmin('{ bureauByCode(code: "520102") { id } }')).bureauByCode.id;
      const narrowed = 'subscription ($under: ID!, $id: ID!) { quotaAlerts(under: $under, institutionId: $id) { cursor } }';
      const outside = await refusal(narrowed, { under: ownBureau, id: ids.unit });
      expect(withoutRequestIds(outside, ids.unit)).toEqual(withoutRequestIds(await refusal(narrowed, { under: ownBureau, id: unknownId }), unknownId));
      expect(JSON.stringify(outside)).toMatch(/BAD_USER_INPUT/);
      // Narrowed to an institution (not an e-gov unit) outside, and to over-positions alerts of one tier.
      const narrowedToTier = 'subscription ($under: ID!, $id: ID!) { quotaAlerts(under: $under, institutionId: $id, kind: OVER_POSITIONS, tier: PRINCIPAL) { cursor } }';
      const institutionOutside = await refusal(narrowedToTier, { under: ownBureau, id: institutions.outside.id });
      expect(withoutRequestIds(institutionOutside, institutions.outside.id)).toEqual(withoutRequestIds(await refusal(narrowedToTier, { under: ownBureau, id: unknownId }), unknownId));
      expect(JSON.stringify(institutionOutside)).toMatch(/BAD_USER_INPUT/);
    } finally {
      await client.dispose();
    }
  });
});
