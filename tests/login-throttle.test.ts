import { demoPassword } from '../server/seed/demo-accounts';
import { useTestServer } from './support/test-server';

const server = useTestServer({ loginAttemptsPerUsername: 3 });

async function logIn(username: string, password: string) {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', variables: { username, password } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } } | null; errors?: { extensions: { code: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions.code ?? null, token: body.data?.login.token ?? null };
}

describe('failed logins are throttled', () => {
  it('refuses a username with 429 and Retry-After once its failures are used up, even with the right password', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
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
});
