import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isCompositeType } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AccessTokenKind } from '../server/modules/account/access-token.entity';
import { Account } from '../server/modules/account/account.entity';
import { issueToken } from '../server/modules/account/account.service';
import { demoIntegratorToken, demoPassword } from '../server/seed/demo-accounts';
import { useTestServer, type GraphQLResponse, type TestServer } from './support/test-server';

// Open sockets' tokens are checked every second here, so that an expiry shows within the test.
const server = useTestServer({ tokenRecheckSeconds: 1 });

/** Answers of plain query strings (there are no typed documents for accounts); their fields are checked one by one. */
type Data = Record<string, any>;

interface Answer {
  status: number;
  body: GraphQLResponse<Data>;
}

/** An operation over HTTP with the given bearer token (none: no Authorization header), answered as the client sees it. */
async function send(target: TestServer, token: string | null, query: string, variables?: Data, authorization = token === null ? null : `Bearer ${token}`): Promise<Answer> {
  const response = await fetch(`${target.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Data> };
}

async function ask(token: string | null, query: string, variables?: Data): Promise<Answer> {
  return send(server, token, query, variables);
}

/** The answer's data; fails the test on any error. */
async function dataOf(token: string | null, query: string, variables?: Data): Promise<Data> {
  const { body } = await ask(token, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** The answer's single error, with the HTTP status it came with. */
async function refusalOf(token: string | null, query: string, variables?: Data) {
  const { status, body } = await ask(token, query, variables);
  expect(body.errors).toHaveLength(1);
  const { code, field, reason } = body.errors![0].extensions ?? {};
  return { status, message: body.errors![0].message, code, field, reason };
}

const loginMutation = `mutation ($username: String!, $password: String!) {
  login(username: $username, password: $password) { token accessToken { id expiresAt kind } account { id username role } }
}`;
const meQuery = '{ me { id username role bureauId bureau { code } } }';
const createAccountMutation = 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id username role bureau { code } } }';
const revokeMutation = 'mutation ($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }';

interface Session {
  token: string;
  tokenId: string;
  accountId: string;
}

async function logIn(username: string, password = demoPassword): Promise<Session> {
  const { login } = await dataOf(null, loginMutation, { username, password });
  return { token: login.token, tokenId: login.accessToken.id, accountId: login.account.id };
}

const newAccountPassword = 'a-long-enough-password';
let accountNumber = 0;
/** A new account with a password, made by the registry-wide administrator; its username. */
async function newAccount(role: string, bureauCode: string | null, password = newAccountPassword): Promise<string> {
  accountNumber += 1;
  const username = `accounts-test-${accountNumber}`;
  const bureauId = bureauCode === null ? null : (await server.bureauByCode(bureauCode)).id;
  await dataOf(server.adminToken, createAccountMutation, { input: { username, displayName: `测试账号${accountNumber}`, role, bureauId, password } });
  return username;
}

async function sql<Row>(statement: string, parameters: unknown[] = []): Promise<Row[]> {
  return server.bianzhi.orm.em.fork().getConnection().execute<Row[]>(statement, parameters);
}

/** A token of a demo account made straight in the database, expiring at the given time. */
async function tokenExpiringAt(username: string, expiresAt: Date): Promise<string> {
  return server.bianzhi.orm.em.fork().transactional(async (em) => {
    const account = await em.findOneOrFail(Account, { username });
    return (await issueToken(em, account, AccessTokenKind.SESSION, 'expiry test', expiresAt)).secret;
  });
}

describe('logging in', () => {
  it.each([
    ['province', 'PROVINCE_ADMIN', '520000'],
    ['guiyang', 'PREFECTURE_ADMIN', '520100'],
    ['nanming', 'COUNTY_ADMIN', '520102'],
    ['auditor', 'AUDITOR', '520000'],
  ])('logs %s in with the demo password; the token acts for that account', async (username, role, bureauCode) => {
    const before = Date.now();
    const { login } = await dataOf(null, loginMutation, { username, password: demoPassword });
    expect(login.token).toMatch(/^bz_[A-Za-z0-9_-]{43}$/);
    expect(login.account).toMatchObject({ username, role });
    expect(login.accessToken.kind).toBe('SESSION');
    const lifetime = Date.parse(login.accessToken.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(12 * 3_600_000 - 60_000);
    expect(lifetime).toBeLessThanOrEqual(12 * 3_600_000 + 60_000);
    expect((await dataOf(login.token, meQuery)).me).toMatchObject({ id: login.account.id, username, role, bureau: { code: bureauCode } });
  });

  it('lets the demo integrator in with its published API token', async () => {
    expect((await dataOf(demoIntegratorToken, meQuery)).me).toMatchObject({ username: 'statistics', role: 'INTEGRATOR', bureau: { code: '520000' } });
  });

  it('answers a wrong password, an unknown user and an account without password alike: 401 UNAUTHENTICATED, one message', async () => {
    const attempts = [
      { username: 'province', password: 'not-the-password' },
      { username: 'nobody-of-that-name', password: demoPassword },
      { username: 'statistics', password: demoPassword },
    ];
    const refusals = await Promise.all(attempts.map((attempt) => refusalOf(null, loginMutation, attempt)));
    for (const refusal of refusals) expect(refusal).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(new Set(refusals.map((refusal) => refusal.message)).size).toBe(1);
  });
});

describe('requests without valid credentials', () => {
  it.each([
    ['me', meQuery],
    ['a list', '{ bureaus(limit: 1) { totalCount } }'],
    ['a bureau by code', '{ bureauByCode(code: "520000") { name } }'],
    ['a public field beside a closed one', '{ __typename me { id } }'],
    ['logout', 'mutation { logout { id } }'],
    ['a write', 'mutation { deleteStaff(id: "1", version: 1) }'],
  ])('refuses %s without a token with 401 UNAUTHENTICATED', async (_name, query) => {
    expect(await refusalOf(null, query)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('lets login through without a token', async () => {
    expect((await logIn('nanming')).token).toBeTruthy();
  });

  it.each([
    ['a header that is not Bearer', 'Basic cHJvdmluY2U6YmlhbnpoaQ=='],
    ['Bearer without a token', 'Bearer'],
    ['an unknown token', 'Bearer bz_this-token-was-never-issued'],
  ])('refuses %s with 401', async (_name, authorization) => {
    const { status, body } = await send(server, null, '{ __typename }', undefined, authorization);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token with 401, and a token that is still valid works', async () => {
    const expired = await tokenExpiringAt('nanming', new Date(Date.now() - 1000));
    const valid = await tokenExpiringAt('nanming', new Date(Date.now() + 60_000));
    expect(await refusalOf(expired, meQuery)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await dataOf(valid, meQuery)).me.username).toBe('nanming');
  });
});

describe('logout and revocation', () => {
  it('logout revokes the token at once; another session of the same account goes on', async () => {
    const first = await logIn('nanming');
    const second = await logIn('nanming');
    const { logout } = await dataOf(first.token, 'mutation { logout { id revokedAt } }');
    expect(logout.id).toBe(first.tokenId);
    expect(logout.revokedAt).not.toBeNull();
    expect(await refusalOf(first.token, meQuery)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await dataOf(second.token, meQuery)).me.username).toBe('nanming');
  });

  it('lets an administrator revoke the token of an account in its jurisdiction', async () => {
    const guiyang = await logIn('guiyang');
    const nanming = await logIn('nanming');
    const { revokeAccessToken } = await dataOf(guiyang.token, revokeMutation, { id: nanming.tokenId });
    expect(revokeAccessToken.revokedAt).not.toBeNull();
    expect(await refusalOf(nanming.token, meQuery)).toMatchObject({ status: 401 });
  });

  it('refuses an administrator the tokens of accounts outside its jurisdiction, and the token goes on working', async () => {
    const guiyang = await logIn('guiyang');
    const zunyi = await logIn(await newAccount('COUNTY_ADMIN', '520302'), newAccountPassword);
    // Outside reads as no such token at all.
    expect(await refusalOf(guiyang.token, revokeMutation, { id: zunyi.tokenId })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await refusalOf(guiyang.token, revokeMutation, { id: zunyi.tokenId }))!.message).toBe(((await refusalOf(guiyang.token, revokeMutation, { id: '2147483000' }))!.message as string).replace('2147483000', zunyi.tokenId));
    expect((await dataOf(zunyi.token, meQuery)).me.bureau.code).toBe('520302');
  });

  it('refuses a COUNTY_ADMIN the token of a PROVINCE account', async () => {
    const nanming = await logIn('nanming');
    const province = await logIn('province');
    expect(await refusalOf(nanming.token, revokeMutation, { id: province.tokenId })).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect((await dataOf(province.token, meQuery)).me.username).toBe('province');
  });

  it('lets auditors revoke their own tokens but no one else\'s', async () => {
    const first = await logIn('auditor');
    const second = await logIn('auditor');
    const nanming = await logIn('nanming');
    expect(await refusalOf(second.token, revokeMutation, { id: nanming.tokenId })).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect((await dataOf(second.token, revokeMutation, { id: first.tokenId })).revokeAccessToken.revokedAt).not.toBeNull();
    expect(await refusalOf(first.token, meQuery)).toMatchObject({ status: 401 });
    expect((await dataOf(nanming.token, meQuery)).me.username).toBe('nanming');
  });
});

describe('createAccount', () => {
  it('lets a PREFECTURE_ADMIN create a COUNTY_ADMIN for a county of its prefecture, who can then log in', async () => {
    const guiyang = await logIn('guiyang');
    const nanmingBureau = await server.bureauByCode('520102');
    const input = { username: 'nanming-clerk', displayName: '南明区编办 李四', role: 'COUNTY_ADMIN', bureauId: nanmingBureau.id, password: 'twelve-chars' };
    const { createAccount } = await dataOf(guiyang.token, createAccountMutation, { input });
    expect(createAccount).toMatchObject({ username: 'nanming-clerk', role: 'COUNTY_ADMIN', bureau: { code: '520102' } });
    expect((await dataOf((await logIn('nanming-clerk', 'twelve-chars')).token, meQuery)).me.id).toBe(createAccount.id);
  });

  it('refuses a bureau outside the jurisdiction as an unknown bureau, naming bureauId, and creates nothing', async () => {
    const guiyang = await logIn('guiyang');
    const zunyiCounty = await server.bureauByCode('520302');
    const input = { username: 'zunyi-clerk', displayName: '红花岗区编办', role: 'COUNTY_ADMIN', bureauId: zunyiCounty.id, password: 'a-long-enough-password' };
    expect(await refusalOf(guiyang.token, createAccountMutation, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bureauId', reason: 'UNKNOWN_REFERENCE' });
    expect(await sql('select id from account where username = ?', ['zunyi-clerk'])).toEqual([]);
  });

  it('refuses a registry-wide account to a PREFECTURE_ADMIN with FORBIDDEN', async () => {
    const guiyang = await logIn('guiyang');
    const input = { username: 'registry-auditor', displayName: '审计', role: 'AUDITOR', password: 'a-long-enough-password' };
    expect(await refusalOf(guiyang.token, createAccountMutation, { input })).toMatchObject({ code: 'FORBIDDEN', field: 'bureauId', reason: 'WHOLE_REGISTRY_OUTSIDE_JURISDICTION' });
  });

  it('refuses a role that does not match the level of the bureau with BAD_USER_INPUT naming role', async () => {
    const guiyang = await logIn('guiyang');
    const county = await server.bureauByCode('520102');
    const input = { username: 'wrong-level', displayName: '错级', role: 'PREFECTURE_ADMIN', bureauId: county.id, password: 'a-long-enough-password' };
    expect(await refusalOf(guiyang.token, createAccountMutation, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('refuses a password shorter than 12 characters, naming password', async () => {
    const county = await server.bureauByCode('520102');
    const input = { username: 'short-password', displayName: '短密码', role: 'COUNTY_ADMIN', bureauId: county.id, password: 'elevenchars' };
    expect(await refusalOf(server.adminToken, createAccountMutation, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });

  it('stores an scrypt hash of the password, never the password', async () => {
    const password = 'correct horse battery staple';
    const username = await newAccount('AUDITOR', '520100', password);
    const [row] = await sql<Record<string, unknown>>('select * from account where username = ?', [username]);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(JSON.stringify(row)).not.toContain(password);
    expect((await logIn(username, password)).token).toBeTruthy();
  });

  it('keeps tokens only as SHA-256 hashes, and shows neither hashes nor password hashes through the API', async () => {
    const session = await logIn('guiyang');
    const rows = await sql<Record<string, unknown>>('select * from access_token');
    expect(JSON.stringify(rows)).not.toContain(session.token);
    expect(JSON.stringify(rows)).not.toContain(session.token.slice(3));
    const stored = rows.find((row) => String(row.id) === session.tokenId);
    expect(stored?.token_hash).toBe(createHash('sha256').update(session.token).digest('hex'));

    const fieldsOf = async (type: string) => (await dataOf(null, `{ __type(name: "${type}") { fields { name } } }`)).__type.fields.map((field: { name: string }) => field.name);
    expect(await fieldsOf('AccessToken')).not.toEqual(expect.arrayContaining([expect.stringMatching(/hash|secret|token$/i)]));
    expect(await fieldsOf('Account')).not.toEqual(expect.arrayContaining([expect.stringMatching(/password|hash/i)]));
  });
});

describe('API tokens and personal data', () => {
  const issueMutation = 'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token accessToken { id kind label expiresAt } account { username } } }';
  const staffQuery = '{ staff(limit: 1) { items { nationalId birthDate } } }';

  it('issues an API token to an INTEGRATOR account; the token works and sees national IDs masked and no birth dates', async () => {
    const integrator = (await dataOf(server.adminToken, createAccountMutation, { input: { username: 'reporting-system', displayName: '报表系统', role: 'INTEGRATOR', bureauId: null } })).createAccount;
    const { issueApiToken } = await dataOf(server.adminToken, issueMutation, { input: { accountId: integrator.id, label: '报表系统' } });
    expect(issueApiToken.accessToken).toMatchObject({ kind: 'API', label: '报表系统', expiresAt: null });
    expect((await dataOf(issueApiToken.token, meQuery)).me).toMatchObject({ username: 'reporting-system', role: 'INTEGRATOR' });
    for (const token of [issueApiToken.token, demoIntegratorToken]) {
      const [person] = (await dataOf(token, staffQuery)).staff.items;
      expect(person.nationalId).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(person.birthDate).toBeNull();
    }
  });

  it('shows the auditor national IDs and birth dates whole', async () => {
    const [person] = (await dataOf((await logIn('auditor')).token, staffQuery)).staff.items;
    expect(person.nationalId).toMatch(/^\d{17}[\dX]$/);
    expect(person.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses API tokens for people, naming accountId', async () => {
    const nanming = (await dataOf((await logIn('nanming')).token, meQuery)).me;
    expect(await refusalOf(server.adminToken, issueMutation, { input: { accountId: nanming.id, label: 'x' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accountId' });
  });
});

describe('read-only roles', () => {
  const schema = buildSchema(readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8'));
  const selfService = new Set(['login', 'logout', 'revokeAccessToken', 'changePassword']);
  /** Every mutation of the schema, its arguments as variables: the refusal comes before variables are read. */
  const mutations = Object.values(schema.getMutationType()!.getFields())
    .filter((field) => !selfService.has(field.name))
    .map((field) => {
      const variables = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
      const argumentList = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      return [field.name, `mutation${variables ? ` (${variables})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`] as const;
    });

  // Logging in costs an scrypt hash: once for the whole block.
  let auditorToken: string;
  beforeAll(async () => {
    auditorToken = (await logIn('auditor')).token;
  });

  it('covers the schema\'s writes', () => {
    expect(mutations.map(([name]) => name)).toEqual(expect.arrayContaining(['createAccount', 'issueApiToken', 'createStaff', 'deleteBureau']));
  });

  it.each(mutations)('refuses %s to AUDITOR and INTEGRATOR with 403 FORBIDDEN', async (_name, document) => {
    for (const token of [auditorToken, demoIntegratorToken]) {
      expect(await refusalOf(token, document)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
  });

  it('lets them log out', async () => {
    const auditor = await logIn('auditor');
    expect((await dataOf(auditor.token, 'mutation { logout { id } }')).logout.id).toBe(auditor.tokenId);
  });
});

describe('graphql-ws credentials', () => {
  /** The close code of a socket that sent connection_init with this payload, or 'acknowledged' (then closed by us). */
  function connectionOutcome(payload: Data | undefined): Promise<number | 'acknowledged'> {
    const socket = new WebSocket(`${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    return new Promise((resolve, reject) => {
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', ...(payload ? { payload } : {}) })));
      socket.on('message', (data) => {
        if (JSON.parse(String(data)).type !== 'connection_ack') return;
        socket.close();
        resolve('acknowledged');
      });
      socket.on('close', (code) => resolve(code));
    });
  }

  it.each([
    ['without a payload', undefined],
    ['without a token', {}],
    ['with a header that is not Bearer', { authorization: 'Basic cHJvdmluY2U6YmlhbnpoaQ==' }],
    ['with an unknown token', { authorization: 'Bearer bz_this-token-was-never-issued' }],
  ])('closes a connection %s with 4403', async (_name, payload) => {
    expect(await connectionOutcome(payload)).toBe(4403);
  });

  it('refuses a revoked token with 4403', async () => {
    const session = await logIn('nanming');
    await dataOf(session.token, 'mutation { logout { id } }');
    expect(await connectionOutcome({ authorization: `Bearer ${session.token}` })).toBe(4403);
  });

  it('answers operations on a connection with a valid token', async () => {
    const session = await logIn('guiyang');
    expect(await connectionOutcome({ authorization: `Bearer ${session.token}` })).toBe('acknowledged');
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${session.token}` } });
    try {
      const answer = await new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: meQuery }, { next: resolve, error: reject, complete: () => undefined });
      });
      expect(answer).toMatchObject({ data: { me: { username: 'guiyang', bureau: { code: '520100' } } } });
    } finally {
      await client.dispose();
    }
  });

  it('closes the socket with 4401 when its session token expires', async () => {
    const token = await tokenExpiringAt('nanming', new Date(Date.now() + 1500));
    const socket = new WebSocket(`${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const acknowledged = new Promise<number>((resolve) => socket.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && resolve(Date.now())));
    const closed = new Promise<{ code: number; at: number }>((resolve) => socket.on('close', (code) => resolve({ code, at: Date.now() })));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    const acknowledgedAt = await Promise.race([acknowledged, closed.then(({ code }) => Promise.reject(new Error(`closed with ${code} before acknowledging`)))]);
    const { code, at } = await closed;
    expect(code).toBe(4401);
    expect(at - acknowledgedAt).toBeGreaterThan(500);
  });
});

describe('the cap on subscriptions per socket', () => {
  const capped = useTestServer({ maximumSubscriptionsPerSocket: 2 });

  interface ServerMessage {
    type: string;
    id?: string;
    payload?: unknown;
  }

  /** The code of the first error in an `error` message's payload. */
  const codeOf = (message: ServerMessage) => (message.payload as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;

  it('refuses a subscription beyond the cap with TOO_MANY_SUBSCRIPTIONS; completing one frees its slot; queries do not count', async () => {
    const guiyang = await capped.bureauByCode('520100');
    const socket = new WebSocket(`${capped.bianzhi.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const messages: ServerMessage[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as ServerMessage));
    const answerTo = async (id: string) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = messages.find((message) => message.id === id || (id === 'ack' && message.type === 'connection_ack'));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no answer to ${id} within 10 s; received ${JSON.stringify(messages)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const send = (message: object) => socket.send(JSON.stringify(message));
    const subscribe = (id: string) =>
      send({ type: 'subscribe', id, payload: { query: 'subscription ($under: ID!) { quotaAlerts(under: $under) { cursor } }', variables: { under: guiyang.id } } });
    // A live subscription sends nothing until an event comes, so "taken" shows as no error by the time a later one is refused.
    const errorOf = (id: string) => messages.find((message) => message.type === 'error' && message.id === id);

    await new Promise((resolve) => socket.on('open', resolve));
    try {
      send({ type: 'connection_init', payload: { authorization: `Bearer ${capped.adminToken}` } });
      await answerTo('ack');
      subscribe('first');
      subscribe('second');
      subscribe('third');
      expect(codeOf(await answerTo('third'))).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect([errorOf('first'), errorOf('second')]).toEqual([undefined, undefined]);

      send({ type: 'subscribe', id: 'query', payload: { query: '{ me { username } }' } });
      expect(await answerTo('query')).toMatchObject({ type: 'next', payload: { data: { me: { username: expect.any(String) } } } });

      // graphql-ws clients send the next subscribe right after a complete (switching bureaus, say): the slot must be free by then.
      send({ type: 'complete', id: 'first' });
      subscribe('fourth');
      subscribe('fifth');
      expect(codeOf(await answerTo('fifth'))).toBe('TOO_MANY_SUBSCRIPTIONS');
      expect(errorOf('fourth')).toBeUndefined();
    } finally {
      socket.close();
    }
  });
});
