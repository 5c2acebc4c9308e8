import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
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
let ids: Record<'bureau' | 'unit' | 'quota' | 'staff' | 'website' | 'account' | 'token' | 'integrator' | 'ownUnit', string>;
let versions: Record<'staff' | 'website' | 'ownUnit', number>;

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

type Probe = [name: string, query: string, variables: (id: string) => Record<string, unknown>, target: () => string];

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
];

describe('a county administrator probing outside its jurisdiction', () => {
  it.each(probes)('%s answers exactly as for an id that does not exist', async (_name, query, variables, target) => {
    const outside = await askGraphql(server.bianzhi.url, nanming, query, variables(target()));
    const missing = await askGraphql(server.bianzhi.url, nanming, query, variables(unknownId));
    expect(seen(outside, target())).toEqual(seen(missing, unknownId));
    expect(JSON.stringify(outside)).not.toMatch(/520302|红花岗|探查/);
  });

  it('changes nothing by probing', async () => {
    const staff = (await asAdmin('query ($id: ID!) { staffMember(id: $id) { name version } }', { id: ids.staff })).staffMember;
    expect(staff).toEqual({ name: '探查1', version: versions.staff });
    expect((await asAdmin('query ($id: ID!) { website(id: $id) { version } }', { id: ids.website })).website).toEqual({ version: versions.website });
    expect((await asAdmin('query ($id: ID!) { egovUnit(id: $id) { version bureau { code } } }', { id: ids.ownUnit })).egovUnit).toEqual({ version: versions.ownUnit, bureau: { code: '520102' } });
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

  it('subscribes under a bureau, or narrowed to a unit, outside exactly as under one that does not exist', async () => {
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
    } finally {
      await client.dispose();
    }
  });
});
