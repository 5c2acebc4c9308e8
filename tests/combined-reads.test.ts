import { parse, print } from 'graphql';
import { ReadPool } from '../server/database/read-pool';
import { Institution } from '../server/modules/institution/institution.entity';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * A request's reads asked for in one turn of the event loop go to the database
 * as one statement, and each caller gets back exactly the rows its own
 * statement would have given alone.
 */
const server = useTestServer({ responseCache: false });

/** Every kind of value the reads return, as `pg` parses them: counts as text, timestamps as text, arrays, JSON, nulls, quotes. */
const everyKind = `select $1::int as id, 12345678901::int8 as big, 1.50::numeric as amount, '2026-11-29 12:00:00.123+08'::timestamptz as at,
  '2026-11-29'::date as day, array[3, 1, 2] as numbers, array['a,b', 'c"d'] as texts, '{"a": [1, "x"]}'::json as document, true as yes,
  null::text as nothing, $2::text as quoted`;
const inOrder = `select code, name, level from bureau where code like $1 order by code desc`;

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
// A pool of the test's own beside the server's: on the embedded engine's single session their prepared statements' names would collide.
const describeOnPostgres = onPostgres ? describe : describe.skip;

let statements: string[] = [];
let pool: ReadPool;
beforeAll(() => {
  if (!onPostgres) return;
  pool = ReadPool.open(server.bianzhi.orm.config.get('clientUrl') as string, server.bianzhi.orm.getMetadata(), { size: 2, onStatement: (sql) => statements.push(sql) });
});
afterAll(() => pool?.end());

describeOnPostgres('the reads of one request, combined', () => {
  it('give each caller the rows its statement gives alone, value for value and in its order', async () => {
    const alone = await Promise.all([pool.rows(everyKind, [7, 'it\'s "quoted" \\ here']), pool.rows(inOrder, ['5203%'])]);
    const request = pool.forRequest();
    statements = [];
    const together = await Promise.all([request.rows(everyKind, [7, 'it\'s "quoted" \\ here']), request.rows(inOrder, ['5203%'])]);
    expect(statements).toHaveLength(1);
    expect(together).toEqual(alone);
    expect(alone[1].length).toBeGreaterThan(5);
  });

  it('send a statement never run before on its own first, to learn its columns', async () => {
    const request = pool.forRequest();
    statements = [];
    const firstSeen = `select code from bureau where code = $1`;
    await Promise.all([request.rows(firstSeen, ['520302']), request.rows(inOrder, ['5203%'])]);
    expect(statements).toHaveLength(2);
  });

  it("keep apart what fails: a statement's error reaches its own caller only", async () => {
    const dividing = `select 10 / $1::int as quotient`;
    await pool.rows(dividing, [5]);
    const request = pool.forRequest();
    const [divided, listed] = await Promise.allSettled([request.rows(dividing, [0]), request.rows(inOrder, ['5203%'])]);
    expect(divided.status).toBe('rejected');
    expect(String((divided as PromiseRejectedResult).reason)).toMatch(/division by zero/);
    expect(listed.status).toBe('fulfilled');
  });

  it("never combine two requests' statements, so that none waits behind another's", async () => {
    statements = [];
    await Promise.all([pool.forRequest().rows(inOrder, ['5201%']), pool.forRequest().rows(inOrder, ['5203%'])]);
    expect(statements).toHaveLength(2);
  });

});

describe("an institution's page", () => {
  it("is read in two statements: the institution, then one for everything under it", async () => {
    const [institution] = await server.bianzhi.orm.em.fork().find(Institution, { supervisingInstitution: { $ne: null } }, { limit: 1 });
    const query = print(parse(`query ($id: ID!) { institution(id: $id) { name bureau { name } supervisingInstitution { name } subordinates { name } internalBodies { name }
      currentEstablishment { documentNumber } establishmentHistory { documentNumber } quotas { category } staffing { category activeStaff } openAlerts { kind } changes { kind } } }`));
    const ask = () => askGraphql(server.bianzhi.url, server.adminToken, query, { id: String(institution.id) });
    const first = await ask();
    expect(first.errors).toEqual([]);
    const before = server.bianzhi.statementCount();
    const again = await ask();
    expect(again).toEqual(first);
    expect(again.data!.institution.supervisingInstitution).not.toBeNull();
    // On PostgreSQL the token was verified by the first request and is believed now (verified-tokens.test.ts); the embedded engine reads it each time.
    expect(server.bianzhi.statementCount() - before).toBe(onPostgres ? 2 : 3);
  });
});

describeOnPostgres('a statement planned for its values each time', () => {
  it('is never prepared, alone or combined, where the others are', async () => {
    const single = ReadPool.open(server.bianzhi.orm.config.get('clientUrl') as string, server.bianzhi.orm.getMetadata(), { size: 1 });
    try {
      const bySubtree = `select count(*)::int as bureaus from bureau where path like $1`;
      const byCode = `select name from bureau where code = $1`;
      for (const prefix of ['520000/%', '520000/520300/%']) await single.rows(bySubtree, [prefix], { planEachTime: true });
      await single.rows(byCode, ['520300']);
      const request = single.forRequest();
      const [[counted], [named]] = await Promise.all([request.rows<{ bureaus: number }>(bySubtree, ['520000/520300/%'], { planEachTime: true }), request.rows<{ name: string }>(byCode, ['520300'])]);
      expect(counted.bureaus).toBeGreaterThan(1);
      expect(named.name).toBeTruthy();
      const prepared = (await single.rows<{ statement: string }>(`select statement from pg_prepared_statements`)).map((row) => row.statement);
      expect(prepared).toContain(byCode);
      expect(prepared.filter((statement) => statement.includes('where path like $1'))).toEqual([]);
    } finally {
      await single.end();
    }
  });
});
