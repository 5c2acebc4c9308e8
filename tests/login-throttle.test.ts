import http from 'node:http';
import { demoPassword } from '../server/seed/demo-accounts';
import { useTestServer } from './support/test-server';

const attempts = 3;
const server = useTestServer({ loginAttemptsPerUsername: attempts });

interface LoginAnswer {
  status: number;
  retryAfter: string | null;
  code: string | null;
  token: string | null;
}

/**
 * A login sent from this loopback address (Linux routes all of 127/8 to lo):
 * the server trusts no proxy, so the connection's own address is how it tells
 * clients apart.
 */
function logIn(username: string, password: string, from = '127.0.0.1'): Promise<LoginAnswer> {
  const body = JSON.stringify({ query: 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', variables: { username, password } });
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.bianzhi.url}/graphql`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        const answer = JSON.parse(text) as { data?: { login: { token: string } } | null; errors?: { extensions: { code: string } }[] };
        resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'] ?? null, code: answer.errors?.[0]?.extensions.code ?? null, token: answer.data?.login.token ?? null });
      });
    });
    request.once('error', reject);
    request.end(body);
  });
}

describe('failed logins are throttled', () => {
  it('refuses a username at an address with 429 and Retry-After once its failures there are used up, even with the right password', async () => {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      expect(await logIn('guiyang', 'not the password')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    const refused = await logIn('guiyang', demoPassword);
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS', token: null });
    expect(Number(refused.retryAfter)).toBeGreaterThan(800);
  });

  it('leaves other usernames alone, and a success clears the count', async () => {
    expect((await logIn('nanming', demoPassword)).token).toMatch(/^bz_/);
    for (let round = 0; round < 2; round += 1) {
      expect((await logIn('auditor', 'wrong')).status).toBe(401);
      expect((await logIn('auditor', 'wrong')).status).toBe(401);
      expect((await logIn('auditor', demoPassword)).token).toMatch(/^bz_/);
    }
  });

  it('does not let failures from one address lock the user out at another', async () => {
    for (let attempt = 0; attempt < attempts; attempt += 1) expect((await logIn('province', 'an attacker guessing', '127.0.0.2')).status).toBe(401);
    expect(await logIn('province', demoPassword, '127.0.0.2')).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS' });
    expect((await logIn('province', demoPassword, '127.0.0.3')).token).toMatch(/^bz_/);
  });

  it('still caps the failures of one address over every username', async () => {
    const cap = attempts * 10;
    for (let attempt = 0; attempt < cap; attempt += 1) expect((await logIn(`nobody-${attempt}`, 'wrong', '127.0.0.4')).status).toBe(401);
    const refused = await logIn('nanming', demoPassword, '127.0.0.4');
    expect(refused).toMatchObject({ status: 429, code: 'TOO_MANY_LOGIN_ATTEMPTS', token: null });
    expect(Number(refused.retryAfter)).toBeGreaterThan(800);
    expect((await logIn('nanming', demoPassword, '127.0.0.5')).token).toMatch(/^bz_/);
  });
});
