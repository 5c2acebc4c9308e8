import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * A walk down the tree from one bureau (nested `children`, with units on the
 * way) is read ahead with its root: one statement whatever its depth, the same
 * answer as level by level, and nothing outside the caller's jurisdiction.
 */
const server = useTestServer({ responseCache: false });

const levels = 'code name units { name activeStaffCount } children { code name units { name activeStaffCount } children { code name units { name activeStaffCount } } }';
const walkByCode = `query ($code: String!) { bureauByCode(code: $code) { ${levels} } }`;
const walkById = `query ($id: ID!) { bureau(id: $id) { ${levels} } }`;
const walkThroughFragments = `query ($code: String!) { bureauByCode(code: $code) { ...Level children { ...Level children { ... on Bureau { ...Level } } } } }
  fragment Level on Bureau { code name units { name activeStaffCount } }`;
// The same tree reached through a list, level by level through the loaders.
const levelByLevel = `query ($code: String!) { bureaus(filter: { code: $code }, limit: 1) { items { ${levels} } } }`;

async function ask(token: string, query: string, variables: Record<string, unknown>) {
  const before = server.bianzhi.statementCount();
  const answer = await askGraphql(server.bianzhi.url, token, query, variables);
  expect(answer.errors).toEqual([]);
  return { data: answer.data as Record<string, unknown>, statements: server.bianzhi.statementCount() - before };
}

const treeOf = async (token: string, code: string) => ((await ask(token, levelByLevel, { code })).data.bureaus as { items: unknown[] }).items[0] ?? null;

it('answers as level by level, from the province and from a prefecture, by code, by id and through fragments', async () => {
  const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
  for (const code of ['520000', '520300']) {
    const expected = await treeOf(token, code);
    expect(expected).not.toBeNull();
    expect((await ask(token, walkByCode, { code })).data.bureauByCode).toEqual(expected);
    expect((await ask(token, walkThroughFragments, { code })).data.bureauByCode).toEqual(expected);
    const { id } = await server.bureauByCode(code);
    expect((await ask(token, walkById, { id })).data.bureau).toEqual(expected);
  }
});

it('costs one statement beside the token at any depth, where level by level costs one per level', async () => {
  const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
  // A statement runs alone the first time, which tells its columns (combined-statement.ts).
  await ask(token, walkByCode, { code: '520000' });
  await ask(token, walkThroughFragments, { code: '520000' });
  await ask(token, levelByLevel, { code: '520000' });
  const walked = await ask(token, walkByCode, { code: '520000' });
  expect(walked.statements).toBeLessThanOrEqual(2);
  expect((await ask(token, walkThroughFragments, { code: '520000' })).statements).toBe(walked.statements);
  expect((await ask(token, levelByLevel, { code: '520000' })).statements).toBeGreaterThan(walked.statements + 1);
});

it("shows a prefecture's administrator its own subtree only: nothing from the province's walk, its own walk whole", async () => {
  const token = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
  expect((await ask(token, walkByCode, { code: '520000' })).data.bureauByCode).toBeNull();
  const { id } = await server.bureauByCode('520000');
  expect((await ask(token, walkById, { id })).data.bureau).toBeNull();
  const own = (await ask(token, walkByCode, { code: '520300' })).data.bureauByCode as { children: { code: string }[] };
  expect(own).toEqual(await treeOf(token, '520300'));
  expect(own.children.length).toBeGreaterThan(0);
  expect(own.children.every((child) => child.code.startsWith('5203'))).toBe(true);
});

it("reads a bureau's own units with it when no children are asked for: the same answer, one statement beside the token", async () => {
  const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
  const fields = 'code units { name rank activeStaffCount quotas { category approvedHeadcount } }';
  const withUnits = `query ($code: String!) { bureauByCode(code: $code) { ${fields} } }`;
  const throughList = `query ($code: String!) { bureaus(filter: { code: $code }, limit: 1) { items { ${fields} } } }`;
  // A county of the seeded survey with e-government units.
  const { code } = (await server.bianzhi.orm.em.fork().getConnection().execute(
    `select bureau.code from bureau join institution on institution.bureau_id = bureau.id where institution.is_egov_body and bureau.level = 'COUNTY' order by bureau.code limit 1`,
  ))[0] as { code: string };
  await ask(token, withUnits, { code });
  await ask(token, throughList, { code });
  const read = await ask(token, withUnits, { code });
  const listed = await ask(token, throughList, { code });
  expect((read.data.bureauByCode as { units: unknown[] }).units.length).toBeGreaterThan(0);
  expect(read.data.bureauByCode).toEqual((listed.data.bureaus as { items: unknown[] }).items[0]);
  expect(read.statements).toBeLessThanOrEqual(2);
  expect(listed.statements).toBeGreaterThan(read.statements);
});
