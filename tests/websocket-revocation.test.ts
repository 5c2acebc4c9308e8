import WebSocket from 'ws';
import { startBianzhi, type Bianzhi } from '../server/app';
import { loadConfig } from '../server/config';
import { askGraphql, logInAsDemo } from './support/http-client';
import { seededTestDatabase, useTestServer } from './support/test-server';

// Far longer than any test waits: a socket that closes in time was closed by this process's own revocation, not by the periodic recheck.
const server = useTestServer({ tokenRecheckSeconds: 600 });
const promptly = 2000;

/** A raw graphql-ws connection, acknowledged; `closed` resolves with its close code, `state` tells whether it has closed yet. */
async function openSocket(url: string, token: string): Promise<{ closed: Promise<number>; state(): Promise<string> }> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => (JSON.parse(String(data)).type === 'connection_ack' ? resolve() : undefined));
    socket.once('close', (code) => reject(new Error(`closed with ${code} before the acknowledgement`)));
  });
  const state = () => Promise.race([closed.then((code) => `closed ${code}`), new Promise<string>((resolve) => setTimeout(() => resolve('open'), 300))]);
  return { closed, state };
}

/** Resolves with the close code, or 'still open' if the socket outlives the deadline. */
function closedWithin(socket: { closed: Promise<number> }, millis: number): Promise<number | 'still open'> {
  return Promise.race([socket.closed, new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), millis))]);
}

async function succeeded(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const answer = await askGraphql(url, token, query, variables);
  expect(answer.errors).toEqual([]);
  return answer.data!;
}

async function newCountyAdministrator(username: string): Promise<{ id: string; password: string }> {
  const password = 'a long enough password';
  const bureau = await server.bureauByCode('520102');
  const created = await succeeded(server.bianzhi.url, server.adminToken, 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
    input: { username, displayName: username, role: 'COUNTY_ADMIN', bureauId: bureau.id, password },
  });
  return { id: created.createAccount.id, password };
}

async function logIn(url: string, username: string, password: string): Promise<{ token: string; tokenId: string }> {
  const data = await succeeded(url, '', 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token accessToken { id } } }', { username, password });
  return { token: data.login.token, tokenId: data.login.accessToken.id };
}

describe('a WebSocket stops answering as soon as this server ends its token', () => {
  it('closes at logout with 4401, and leaves the other sockets open', async () => {
    const revoked = await logInAsDemo(server.bianzhi.url, 'guiyang');
    const kept = await logInAsDemo(server.bianzhi.url, 'nanming');
    const first = await openSocket(server.bianzhi.url, revoked);
    const second = await openSocket(server.bianzhi.url, kept);
    await succeeded(server.bianzhi.url, revoked, 'mutation { logout { revokedAt } }');
    expect(await closedWithin(first, promptly)).toBe(4401);
    expect(await second.state()).toBe('open');
    await succeeded(server.bianzhi.url, kept, 'mutation { logout { revokedAt } }');
    expect(await closedWithin(second, promptly)).toBe(4401);
  });

  it('closes when an administrator revokes the token', async () => {
    await newCountyAdministrator('socket-revoked');
    const session = await logIn(server.bianzhi.url, 'socket-revoked', 'a long enough password');
    const socket = await openSocket(server.bianzhi.url, session.token);
    await succeeded(server.bianzhi.url, server.adminToken, 'mutation ($id: ID!) { revokeAccessToken(id: $id, reason: "离职") { revokedAt } }', { id: session.tokenId });
    expect(await closedWithin(socket, promptly)).toBe(4401);
  });

  it("closes the account's other sessions when it changes its password, and keeps the one that changed it", async () => {
    const { password } = await newCountyAdministrator('socket-changes-password');
    const changing = await logIn(server.bianzhi.url, 'socket-changes-password', password);
    const other = await logIn(server.bianzhi.url, 'socket-changes-password', password);
    const changingSocket = await openSocket(server.bianzhi.url, changing.token);
    const otherSocket = await openSocket(server.bianzhi.url, other.token);
    await succeeded(server.bianzhi.url, changing.token, 'mutation ($current: String!) { changePassword(currentPassword: $current, newPassword: "another long password") { id } }', { current: password });
    expect(await closedWithin(otherSocket, promptly)).toBe(4401);
    expect(await changingSocket.state()).toBe('open');
  });

  it.each([
    ['a password reset', { password: 'a reset long password' }],
    ['disabling the account', { disabled: true }],
  ])('closes every session of the account at %s', async (_name, change) => {
    const username = `socket-${Object.keys(change)[0]}`;
    const { id, password } = await newCountyAdministrator(username);
    const sockets = await Promise.all([1, 2].map(async () => openSocket(server.bianzhi.url, (await logIn(server.bianzhi.url, username, password)).token)));
    await succeeded(server.bianzhi.url, server.adminToken, 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id, ...change } });
    for (const socket of sockets) expect(await closedWithin(socket, promptly)).toBe(4401);
  });
});

// Two servers on one database need a PostgreSQL server; the embedded engine belongs to one process.
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgres('a WebSocket on another server process', () => {
  let first: Bianzhi;
  let second: Bianzhi;
  beforeAll(async () => {
    const databaseUrl = await seededTestDatabase();
    const config = (tokenRecheckSeconds: number) =>
      loadConfig({ port: 0, host: '127.0.0.1', databaseUrl, seedOnStart: false, logSql: false, staleWebsiteDays: 30, tokenRecheckSeconds });
    first = await startBianzhi(config(600));
    second = await startBianzhi(config(1));
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it('closes within TOKEN_RECHECK_SECONDS of a revocation through another process', async () => {
    const token = await logInAsDemo(first.url, 'guiyang');
    const socket = await openSocket(second.url, token);
    await succeeded(first.url, token, 'mutation { logout { revokedAt } }');
    expect(await closedWithin(socket, 1000 + promptly)).toBe(4401);
  });
});
