import { makeNationalId } from '../server/modules/staff/national-id';
import { askGraphql, logInAsDemo } from './support/http-client';
import { useTestServer } from './support/test-server';

// `Account.permissions` is what the admin client offers; these tests hold it to
// what the server enforces, account by account, so the two cannot drift apart.

const server = useTestServer();

interface Permissions {
  mayWrite: boolean;
  readsAuditTrail: boolean;
  seesPersonalData: boolean;
  createsChildBureaus: boolean;
}

beforeAll(async () => {
  // Someone every demo account's jurisdiction holds: a person in Nanming.
  const ask = async (query: string, variables: Record<string, unknown>) => (await askGraphql(server.bianzhi.url, server.adminToken, query, variables)).data!;
  const nanming = (await ask('{ bureauByCode(code: "520102") { id } }', {})).bureauByCode;
  const unit = (await ask('mutation ($id: ID!) { createEGovUnit(input: { bureauId: $id, name: "权限测试中心", rank: SECTION }) { id } }', { id: nanming.id })).createEGovUnit;
  await ask('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', {
    input: { institutionId: unit.id, quotaCategory: 'ADMINISTRATIVE', name: '权限', nationalId: makeNationalId('520102', '1985-05-05', 81, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2010-01-01' },
  });
});

async function integratorToken(): Promise<string> {
  const accounts = await askGraphql(server.bianzhi.url, server.adminToken, '{ accounts(filter: { role: INTEGRATOR }) { items { id username } } }');
  const statistics = accounts.data!.accounts.items.find((account: { username: string }) => account.username === 'statistics');
  const issued = await askGraphql(server.bianzhi.url, server.adminToken, 'mutation ($id: ID!) { issueApiToken(input: { accountId: $id, label: "权限测试" }) { token } }', { id: statistics.id });
  return issued.data!.issueApiToken.token;
}

describe("an account's permissions", () => {
  it.each(['province', 'guiyang', 'nanming', 'auditor', 'statistics'])('are what the server lets %s do', async (username) => {
    const token = username === 'statistics' ? await integratorToken() : await logInAsDemo(server.bianzhi.url, username);
    const me = (await askGraphql(server.bianzhi.url, token, '{ me { role bureau { id code level } permissions { mayWrite readsAuditTrail seesPersonalData createsChildBureaus } } }')).data!.me;
    const permissions: Permissions = me.permissions;

    // A change that changes nothing: refused before it runs unless the role writes.
    const write = await askGraphql(server.bianzhi.url, token, 'mutation ($id: ID!) { updateBureau(input: { id: $id, version: 0 }) { id } }', { id: me.bureau.id });
    expect(write.errors[0]?.extensions?.code !== 'FORBIDDEN').toBe(permissions.mayWrite);

    const audit = await askGraphql(server.bianzhi.url, token, '{ auditEntries(limit: 1) { totalCount } }');
    expect(audit.errors.length === 0).toBe(permissions.readsAuditTrail);

    const staff = await askGraphql(server.bianzhi.url, token, '{ staff(limit: 1, filter: { nameContains: "权限" }) { items { nationalId birthDate } } }');
    const [person] = staff.data!.staff.items;
    expect(/^\d{17}[\dX]$/.test(person.nationalId) && person.birthDate !== null).toBe(permissions.seesPersonalData);

    // A bureau one level down, with a code the division-code rules accept there: created exactly when the role creates bureaus.
    const { code, level } = me.bureau;
    const [childLevel, childCode] = level === 'PROVINCE' ? ['PREFECTURE', `${code.slice(0, 2)}9900`] : level === 'PREFECTURE' ? ['COUNTY', `${code.slice(0, 4)}99`] : ['COUNTY', `${code.slice(0, 4)}98`];
    const child = await askGraphql(server.bianzhi.url, token, `mutation ($id: ID!) { createBureau(input: { parentId: $id, code: "${childCode}", name: "测试", divisionName: "测试", level: ${childLevel} }) { id } }`, { id: me.bureau.id });
    expect([child.errors.length === 0, child.errors]).toEqual([permissions.createsChildBureaus, expect.anything()]);
  });
});
