import WebSocket from 'ws';
import { logInAsDemo } from './support/http-client';
import { useTestServer } from './support/test-server';

const server = useTestServer({ tokenRecheckSeconds: 1 });

/** A raw graphql-ws connection, acknowledged; resolves with its close code when it closes. */
async function openSocket(token: string): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(`${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => (JSON.parse(String(data)).type === 'connection_ack' ? resolve() : undefined));
    socket.once('close', (code) => reject(new Error(`closed with ${code} before the acknowledgement`)));
  });
  return { closed };
}

async function logout(token: string): Promise<void> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { logout { revokedAt } }' }),
  });
  expect(((await response.json()) as { data: { logout: { revokedAt: string } } }).data.logout.revokedAt).toBeTruthy();
}

describe('WebSockets follow their tokens', () => {
  it('closes a socket with 4401 soon after its token is revoked, and leaves other sockets open', async () => {
    const revoked = await logInAsDemo(server.bianzhi.url, 'guiyang');
    const kept = await logInAsDemo(server.bianzhi.url, 'nanming');
    const first = await openSocket(revoked);
    const second = await openSocket(kept);
    const secondClosed = second.closed.then((code) => `closed ${code}`);
    await logout(revoked);
    const startedAt = Date.now();
    expect(await first.closed).toBe(4401);
    console.info(`socket closed ${Date.now() - startedAt} ms after its token was revoked`);
    expect(Date.now() - startedAt).toBeLessThan(5000);
    expect(await Promise.race([secondClosed, new Promise((resolve) => setTimeout(() => resolve('open'), 1500))])).toBe('open');
    await logout(kept);
    expect(await second.closed).toBe(4401);
  });
});
