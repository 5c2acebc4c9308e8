import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import { print } from 'graphql';
import { Client } from 'pg';
import WebSocket from 'ws';
import { QuotaAlertStreamDocument } from './generated/graphql';
import { logInAsDemo } from './support/http-client';
import { freePort } from './support/server-process';
import { seededTestDatabase } from './support/test-server';

const root = path.resolve(__dirname, '..');

interface Spawned {
  child: ChildProcess;
  url: string;
  port: number;
  /** The PostgreSQL database it runs on; none on the embedded engine. */
  databaseUrl?: string;
  /** A session token of the demo province administrator on it. */
  token: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/**
 * `node dist/server/main.js` as `npm start` runs it (built by `npm run build`):
 * on a copy of the seeded registry on TEST_DATABASE_URL's server, or else on the
 * embedded engine in memory, seeded on start.
 */
async function startServer(): Promise<Spawned> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  const databaseUrl = process.env.TEST_DATABASE_URL ? await seededTestDatabase() : undefined;
  if (databaseUrl) {
    Object.assign(env, { DATABASE_URL: databaseUrl, SEED: 'false' });
  } else {
    delete env.DATABASE_URL;
    Object.assign(env, { DATA_DIR: 'memory://', SEED: 'true' });
  }
  const child = spawn(process.execPath, [path.join(root, 'dist/server/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  await Promise.race([
    waitFor(() => output.includes('GraphQL API'), 60000, () => `the server did not start:\n${output}`),
    exited.then(({ code }) => {
      throw new Error(`the server exited with ${code} on start:\n${output}`);
    }),
  ]);
  const url = `http://127.0.0.1:${port}`;
  return { child, port, databaseUrl, url, token: await logInAsDemo(url, 'province'), output: () => output, exited };
}

async function waitFor(condition: () => boolean, timeoutMillis: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function within<T>(promise: Promise<T>, millis: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(describe())), millis)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** A POST whose body goes out in two parts, the second when the test says so. */
function slowPost(server: Spawned, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const request = http.request({
    host: '127.0.0.1',
    port: server.port,
    method: 'POST',
    path: '/graphql',
    agent: false,
    headers: { 'content-type': 'application/json', 'content-length': bytes.length, authorization: `Bearer ${server.token}` },
  });
  const answered = new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    request.once('error', reject);
    request.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      response.once('error', reject);
    });
  });
  request.flushHeaders();
  request.write(bytes.subarray(0, half));
  return {
    answered,
    finish: () => request.end(bytes.subarray(half)),
    abort: () => request.destroy(),
  };
}

/** A graphql-ws connection with one live subscription, and how it ended. */
async function openSubscription(server: Spawned, provinceId: string) {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString(), at: Date.now() })),
  );
  socket.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${server.token}` } })));
    socket.on('message', (data) => {
      if (JSON.parse(data.toString()).type === 'connection_ack') resolve();
    });
    socket.once('close', (code) => reject(new Error(`the WebSocket closed with ${code} before connection_ack`)));
  });
  socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: print(QuotaAlertStreamDocument), variables: { under: provinceId } } }));
  return { socket, closed };
}

function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function provinceId(server: Spawned): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query: '{ bureauByCode(code: "520000") { id } }' }),
  });
  return ((await response.json()) as { data: { bureauByCode: { id: string } } }).data.bureauByCode.id;
}

const query = JSON.stringify({ query: '{ bureauByCode(code: "520000") { name children { code name } } }' });

describe('graceful shutdown of the built server on SIGTERM', () => {
  const started: Spawned[] = [];
  beforeAll(() => {
    if (!fs.existsSync(path.join(root, 'dist/server/main.js'))) throw new Error('run `npm run build` first: this test starts dist/server/main.js');
  });
  afterAll(() => {
    for (const server of started) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  });

  it('finishes the request in flight, closes the WebSocket with 1001, refuses new connections and exits 0', async () => {
    const server = await startServer();
    started.push(server);
    const subscription = await openSubscription(server, await provinceId(server));
    const inFlight = slowPost(server, query);
    // The request's headers and half its body have reached the server.
    await new Promise((resolve) => setTimeout(resolve, 200));

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    await waitFor(() => server.output().includes('SIGTERM: stopping'), 5000, () => `no stop logged:\n${server.output()}`);
    const webSocketClosed = await subscription.closed;
    // The listening socket is closed: a newcomer is refused while the request in flight is still open.
    const refusedWhileDraining = await connectionRefused(server.port);
    // The server waits for the rest of the body rather than exiting under it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.child.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.answered;
    const exit = await within(server.exited, 10000, () => `no exit within 10 s:\n${server.output()}`);
    console.log(
      `SIGTERM → WebSocket closed ${webSocketClosed.at - signalledAt} ms (${webSocketClosed.code} ${webSocketClosed.reason}), ` +
        `process exited ${exit.at - signalledAt} ms (code ${exit.code}); server log:\n${server.output()}`,
    );

    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body.errors).toBeUndefined();
    expect(body.data.bureauByCode.name).toBe('贵州省机构编制委员会办公室');
    expect(body.data.bureauByCode.children).toHaveLength(9);
    expect(webSocketClosed.code).toBe(1001);
    expect(refusedWhileDraining).toBe(true);
    expect(await connectionRefused(server.port)).toBe(true);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - signalledAt).toBeLessThan(5000);
    expect(server.output()).toMatch(/SIGTERM: stopping[\s\S]*Bianzhi stopped in \d+ ms/);
    expect(server.output()).not.toMatch(/Internal server error|did not stop cleanly|unhandled/i);
  });

  it('exits at once with 1 on a second SIGTERM, without waiting for the request in flight', async () => {
    const server = await startServer();
    started.push(server);
    const inFlight = slowPost(server, query);
    const failed = inFlight.answered.then(
      () => 'answered',
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await waitFor(() => server.output().includes('SIGTERM: stopping'), 5000, () => `no stop logged:\n${server.output()}`);
    const secondAt = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(exit.at - secondAt).toBeLessThan(2000);
    expect(server.output()).toContain('SIGTERM again: exiting now');
    expect(await failed).toBe('cut');
  });
});

// Whether the database outlives the requests: with a PostgreSQL server, its sessions of the stopped server are gone after the exit.
const describeOnPostgres = process.env.TEST_DATABASE_URL ? describe : describe.skip;

describeOnPostgres('graceful shutdown on PostgreSQL', () => {
  it('keeps its database sessions while a request is in flight and leaves none behind once stopped', async () => {
    const server = await startServer();
    const client = new Client({ connectionString: server.databaseUrl });
    await client.connect();
    try {
      const sessions = async () =>
        (await client.query<{ sessions: number }>('select count(*)::int as sessions from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')).rows[0].sessions;
      // A request and the alert dispatcher have opened the pools.
      await provinceId(server);
      const before = await sessions();
      expect(before).toBeGreaterThan(0);
      const inFlight = slowPost(server, query);
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.child.kill('SIGTERM');
      await waitFor(() => server.output().includes('SIGTERM: stopping'), 5000, () => `no stop logged:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Draining: the listener is closed, the database is not.
      expect(await connectionRefused(server.port)).toBe(true);
      const whileDraining = await sessions();
      expect(whileDraining).toBeGreaterThan(0);
      inFlight.finish();
      expect((await inFlight.answered).status).toBe(200);
      expect((await within(server.exited, 10000, () => `no exit:\n${server.output()}`)).code).toBe(0);
      // The backends go as the server's Terminate messages arrive; nothing may linger.
      let left = await sessions();
      for (let tries = 0; left > 0 && tries < 50; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        left = await sessions();
      }
      console.log(`database sessions of the server: ${before} before SIGTERM, ${whileDraining} while draining, ${left} after the exit`);
      expect(left).toBe(0);
    } finally {
      await client.end();
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
  });
});
