import { Client } from 'pg';
import { AccountRole } from '../server/modules/account/account-role';
import { hashTokenSecret } from '../server/modules/account/token-secret';
import { eventually } from './support/admin-session';
import { tokenFor } from './support/credentials';
import { askGraphql, logInAsDemo } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * A token verified lately is believed without asking the database, with the
 * response cache off (with it on, the token's statement also brings the write
 * counts, and is sent anyway). What ends or changes a token, an account or a
 * bureau's path is announced by the database at commit and forgets them all.
 */
const server = useTestServer({ responseCache: false });
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const describeOnPostgres = onPostgres ? describe : describe.skip;
const describeEmbedded = onPostgres ? describe.skip : describe;

/** Long enough for a notification to cross a local connection many times over, far shorter than the 30 s a token is otherwise believed. */
const promptly = 2000;

async function statementsFor(token: string, query = '{ __typename }'): Promise<{ statements: number; answer: Awaited<ReturnType<typeof askGraphql>> }> {
  const before = server.bianzhi.statementCount();
  const answer = await askGraphql(server.bianzhi.url, token, query);
  return { statements: server.bianzhi.statementCount() - before, answer };
}

const databaseUrl = () => server.bianzhi.orm.config.get('clientUrl') as string;

/** A connection of its own to the server's database: what another process or an operator's SQL would do. */
async function straightToTheDatabase<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function expectRefused(token: string): Promise<void> {
  await eventually(async () => {
    const { answer } = await statementsFor(token);
    expect(answer.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  }, promptly);
}

describeOnPostgres('a verified token, believed while the database announces changes', () => {
  it('costs its statement once, then none while nothing changes', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    expect((await statementsFor(token)).statements).toBe(1);
    expect((await statementsFor(token)).statements).toBe(0);
    expect((await statementsFor(token)).statements).toBe(0);
  });

  it('is refused once revoked straight in the database, without this process writing anything', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    await statementsFor(token);
    expect((await statementsFor(token)).statements).toBe(0);
    await straightToTheDatabase((client) => client.query('update access_token set revoked_at = now() where token_hash = $1', [hashTokenSecret(token)]));
    await expectRefused(token);
  });

  it("is refused once its account is disabled straight in the database", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    await statementsFor(token);
    await straightToTheDatabase((client) =>
      client.query('update account set disabled = true where id = (select account_id from access_token where token_hash = $1)', [hashTokenSecret(token)]),
    );
    await expectRefused(token);
  });

  it("reads the new jurisdiction once its account is moved to another bureau straight in the database", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const bureaus = '{ bureaus(limit: 1) { totalCount } }';
    const inCounty = (await statementsFor(token, bureaus)).answer.data!.bureaus.totalCount as number;
    await straightToTheDatabase((client) =>
      client.query("update account set bureau_id = (select id from bureau where code = '520300') where id = (select account_id from access_token where token_hash = $1)", [
        hashTokenSecret(token),
      ]),
    );
    await eventually(async () => {
      const { answer } = await statementsFor(token, bureaus);
      expect(answer.data!.bureaus.totalCount).toBeGreaterThan(inCounty);
    }, promptly);
  });

  it('is refused at the very next request after a logout through this server', async () => {
    const token = await logInAsDemo(server.bianzhi.url, 'nanming');
    await statementsFor(token);
    expect((await statementsFor(token)).statements).toBe(0);
    const loggedOut = await askGraphql(server.bianzhi.url, token, 'mutation { logout { id } }');
    expect(loggedOut.errors).toEqual([]);
    const { answer } = await statementsFor(token);
    expect(answer.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('is refused once it expires, with nothing announced', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302', 1500);
    await statementsFor(token);
    expect((await statementsFor(token)).statements).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const { answer } = await statementsFor(token);
    expect(answer.errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('is checked against the database on every request while the announcements cannot be heard, and believed again once they can', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    await statementsFor(token);
    expect((await statementsFor(token)).statements).toBe(0);
    const databaseName = new URL(databaseUrl()).pathname.slice(1);
    const ended = await straightToTheDatabase(async (client) => {
      const { rows } = await client.query(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and query = 'listen bianzhi_principals_changed'",
        [databaseName],
      );
      return rows.length;
    });
    expect(ended).toBe(1);
    // Until the connection is back, each request asks the database; once it is, the token is verified once more and then believed.
    await eventually(async () => expect((await statementsFor(token)).statements).toBe(1), promptly);
    await eventually(async () => expect((await statementsFor(token)).statements).toBe(0), 5000);
  });
});

describeEmbedded('a token on the embedded engine', () => {
  it('is checked against the database on every request: no other process could announce a change, but nothing listens either', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    expect((await statementsFor(token)).statements).toBe(1);
    expect((await statementsFor(token)).statements).toBe(1);
  });
});
