import { AccountRole } from '../server/modules/account/account-role';
import { Account } from '../server/modules/account/account.entity';
import { hashPassword } from '../server/modules/account/password';
import { demoIntegratorToken, demoPassword } from '../server/seed/demo-accounts';
import { tokenFor } from './support/credentials';
import { askGraphql, logInAsDemo, type Answer } from './support/http-client';
import { useTestServer } from './support/test-server';

const server = useTestServer();

function ask(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return askGraphql(server.bianzhi.url, token, query, variables);
}

async function accountId(username: string): Promise<string> {
  const answer = await ask(server.adminToken, 'query ($text: String!) { accounts(filter: { textContains: $text }) { items { id username } } }', { text: username });
  return answer.data!.accounts.items.find((account: { username: string }) => account.username === username).id;
}

async function createAccount(username: string, bureauCode: string, role = 'COUNTY_ADMIN'): Promise<string> {
  const bureau = await server.bureauByCode(bureauCode);
  const answer = await ask(server.adminToken, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
    input: { username, displayName: username, role, bureauId: bureau.id, password: 'a long enough password' },
  });
  expect(answer.errors).toEqual([]);
  return answer.data!.createAccount.id;
}

async function logIn(username: string, password: string): Promise<Answer> {
  return ask(null, 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', { username, password });
}

describe('listing accounts', () => {
  it('lists the accounts of the jurisdiction only, with filters', async () => {
    const all = await ask(await logInAsDemo(server.bianzhi.url, 'province'), '{ accounts(limit: 1000) { totalCount items { username role bureau { code } } } }');
    expect(all.data!.accounts.items.map((account: { username: string }) => account.username)).toEqual(expect.arrayContaining(['auditor', 'guiyang', 'nanming', 'province', 'statistics']));
    const guiyang = await ask(await logInAsDemo(server.bianzhi.url, 'guiyang'), '{ accounts(limit: 1000) { items { username bureau { path } } } }');
    const usernames = guiyang.data!.accounts.items.map((account: { username: string }) => account.username);
    expect(usernames).toEqual(expect.arrayContaining(['guiyang', 'nanming']));
    expect(usernames).not.toContain('province');
    expect(usernames).not.toContain('auditor');
    for (const account of guiyang.data!.accounts.items) expect(account.bureau.path.startsWith('520000/520100/')).toBe(true);
    const integrators = await ask(server.adminToken, '{ accounts(filter: { role: INTEGRATOR }) { items { username role } } }');
    expect(integrators.data!.accounts.items.every((account: { role: string }) => account.role === 'INTEGRATOR')).toBe(true);
  });

  it('sorts by role, name or creation, as asked, by username otherwise', async () => {
    const token = await logInAsDemo(server.bianzhi.url, 'province');
    const list = async (sort: string) => (await ask(token, `{ accounts(limit: 1000${sort}) { items { username displayName role createdAt } } }`)).data!.accounts.items as Record<string, string>[];
    const byDefault = await list('');
    expect(byDefault.map((account) => account.username)).toEqual([...byDefault.map((account) => account.username)].sort());
    const byRole = await list(', sort: { field: ROLE, direction: DESC }');
    expect(byRole.map((account) => account.role)).toEqual([...byRole.map((account) => account.role)].sort().reverse());
    const byCreation = await list(', sort: { field: CREATED_AT }');
    expect(byCreation.map((account) => account.createdAt)).toEqual([...byCreation.map((account) => account.createdAt)].sort());
  });

  it('refuses the list to integrators', async () => {
    const answer = await ask(demoIntegratorToken, '{ accounts { totalCount } }');
    expect([answer.status, answer.errors[0].extensions?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it("shows an account's tokens to itself and to administrators, never their secrets", async () => {
    const own = await ask(demoIntegratorToken, '{ me { accessTokens { id kind label revokedAt } } }');
    expect(own.data!.me.accessTokens).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'API', label: 'demo', revokedAt: null })]));
    const byAdmin = await ask(server.adminToken, 'query ($text: String!) { accounts(filter: { textContains: $text }) { items { accessTokens { kind } } } }', { text: 'statistics' });
    expect(byAdmin.data!.accounts.items[0].accessTokens.length).toBeGreaterThan(0);
    expect(JSON.stringify(byAdmin.data)).not.toContain('bz_');
  });
});

describe('updateAccount', () => {
  it('disables an account, which revokes its tokens for good, and enables it again', async () => {
    await createAccount('to-disable', '520103');
    const token = (await logIn('to-disable', 'a long enough password')).data!.login.token;
    const id = await accountId('to-disable');
    const guiyang = await logInAsDemo(server.bianzhi.url, 'guiyang');
    const disabled = await ask(guiyang, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input, reason: "调离") { disabled } }', { input: { id, disabled: true } });
    expect(disabled.data!.updateAccount.disabled).toBe(true);
    expect((await ask(token, '{ me { username } }')).status).toBe(401);
    expect((await logIn('to-disable', 'a long enough password')).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    await ask(guiyang, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { disabled } }', { input: { id, disabled: false } });
    expect((await ask(token, '{ me { username } }')).status).toBe(401);
    expect((await logIn('to-disable', 'a long enough password')).data!.login.token).toMatch(/^bz_/);
    const audit = await ask(server.adminToken, 'query ($id: ID!) { auditEntries(filter: { recordType: "Account", recordId: $id, operation: "updateAccount" }) { items { reason before after } } }', { id });
    expect(audit.data!.auditEntries.items).toHaveLength(2);
    expect(audit.data!.auditEntries.items[1]).toMatchObject({ reason: '调离', before: { disabled: false }, after: { disabled: true } });
    expect(JSON.stringify(audit.data)).not.toContain('scrypt');
  });

  it("revokes an integrator's API tokens when it is disabled; enabling it again brings none back", async () => {
    const created = await ask(server.adminToken, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: 'system-to-disable', displayName: '对接系统', role: 'INTEGRATOR', bureauId: null },
    });
    const id = created.data!.createAccount.id;
    const issued = await ask(server.adminToken, 'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }', { input: { accountId: id, label: '报表' } });
    const token = issued.data!.issueApiToken.token;
    expect((await ask(token, '{ me { username } }')).data!.me.username).toBe('system-to-disable');
    for (const disabled of [true, false]) await ask(server.adminToken, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id, disabled } });
    expect((await ask(token, '{ me { username } }')).status).toBe(401);
    const tokens = await ask(server.adminToken, 'query ($id: ID!) { account(id: $id) { disabled accessTokens { revokedAt } } }', { id });
    expect(tokens.data!.account).toEqual({ disabled: false, accessTokens: [{ revokedAt: expect.any(String) }] });
  });

  it('refuses accounts outside the jurisdiction, and disabling oneself', async () => {
    const nanming = await logInAsDemo(server.bianzhi.url, 'nanming');
    const outside = await ask(nanming, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id: await accountId('guiyang'), displayName: '篡改' } });
    expect(outside.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const self = await ask(nanming, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id: await accountId('nanming'), disabled: true } });
    expect(self.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'disabled' });
    const auditor = await ask(await logInAsDemo(server.bianzhi.url, 'auditor'), 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id: await accountId('nanming'), displayName: 'x' } });
    expect([auditor.status, auditor.errors[0].extensions?.code]).toEqual([403, 'FORBIDDEN']);
  });

  it("resets a password, ending the account's sessions", async () => {
    await createAccount('to-reset', '520102');
    const session = (await logIn('to-reset', 'a long enough password')).data!.login.token;
    const id = await accountId('to-reset');
    const short = await ask(server.adminToken, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id, password: 'short' } });
    expect(short.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await ask(server.adminToken, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id, password: 'a brand new password' } });
    expect((await ask(session, '{ me { username } }')).status).toBe(401);
    expect((await logIn('to-reset', 'a long enough password')).errors[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await logIn('to-reset', 'a brand new password')).data!.login.token).toMatch(/^bz_/);
  });
});

describe('integrators and passwords', () => {
  it('refuses to give an INTEGRATOR a password, at creation or later, naming password', async () => {
    const creation = await ask(server.adminToken, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: 'system-with-password', displayName: '对接系统', role: 'INTEGRATOR', bureauId: null, password: 'a long enough password' },
    });
    expect(creation.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await ask(server.adminToken, '{ accounts(filter: { textContains: "system-with-password" }) { totalCount } }')).toMatchObject({ data: { accounts: { totalCount: 0 } } });
    const reset = await ask(server.adminToken, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id: await accountId('statistics'), password: 'a long enough password' } });
    expect(reset.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('answers an INTEGRATOR that has a password anyway as a wrong password', async () => {
    const id = Number(await accountId('statistics'));
    await server.bianzhi.orm.em.fork().nativeUpdate(Account, { id }, { passwordHash: await hashPassword('a long enough password') });
    const integrator = await logIn('statistics', 'a long enough password');
    const wrongPassword = await logIn('province', 'not the password at all');
    expect(integrator).toMatchObject({ status: 401, data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(integrator.errors[0].message).toBe(wrongPassword.errors[0].message);
  });
});

describe('changePassword', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    await createAccount('changes-own', '520102');
    const first = (await logIn('changes-own', 'a long enough password')).data!.login.token;
    const second = (await logIn('changes-own', 'a long enough password')).data!.login.token;
    const change = (token: string, currentPassword: string, newPassword: string) =>
      ask(token, 'mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { username } }', { current: currentPassword, next: newPassword });
    expect((await change(first, 'wrong password here', 'another long password')).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect((await change(first, 'a long enough password', 'short')).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await change(first, 'a long enough password', 'another long password')).data!.changePassword.username).toBe('changes-own');
    expect((await ask(first, '{ me { username } }')).data!.me.username).toBe('changes-own');
    expect((await ask(second, '{ me { username } }')).status).toBe(401);
    expect((await logIn('changes-own', 'another long password')).data!.login.token).toMatch(/^bz_/);
  });

  it('is open to read-only roles too, and refused to accounts without a password', async () => {
    const auditor = await logInAsDemo(server.bianzhi.url, 'auditor');
    const wrong = await ask(auditor, 'mutation { changePassword(currentPassword: "not the password", newPassword: "a new long password") { id } }');
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const integrator = await tokenFor(server.bianzhi, AccountRole.INTEGRATOR, '520100');
    const answer = await ask(integrator, `mutation { changePassword(currentPassword: "${demoPassword}", newPassword: "a new long password") { id } }`);
    expect(answer.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' }, message: expect.stringContaining('API tokens') });
  });
});
