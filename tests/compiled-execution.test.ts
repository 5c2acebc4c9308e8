import { ApolloServer } from '@apollo/server';
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { benchQueries } from '../scripts/bench/queries';
import { compiledExecution } from '../server/http/compiled-execution';
import { formatError } from '../server/http/format-error';
import { askGraphql } from './support/http-client';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Queries run compiled by graphql-jit answer exactly as graphql-js answers
 * them: two servers over copies of the same registry, one compiling and one
 * interpreting, are asked the same questions. The response cache is off on
 * both, so that every answer is executed.
 */
let compiled: TestServer;
let interpreted: TestServer;
beforeAll(async () => {
  [compiled, interpreted] = await Promise.all([startTestServer({ responseCache: false }), startTestServer({ responseCache: false, compiledExecution: false })]);
});
afterAll(() => Promise.all([compiled?.stop(), interpreted?.stop()]));

async function expectSameAnswers(query: string, variables: Record<string, unknown> = {}): Promise<Awaited<ReturnType<typeof askGraphql>>> {
  const [fromCompiled, fromInterpreted] = await Promise.all([
    askGraphql(compiled.bianzhi.url, compiled.adminToken, query, variables),
    askGraphql(interpreted.bianzhi.url, interpreted.adminToken, query, variables),
  ]);
  const withoutRequestIds = (answer: typeof fromCompiled) => ({
    ...answer,
    errors: answer.errors.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, requestId: undefined } })),
  });
  expect(withoutRequestIds(fromCompiled)).toEqual(withoutRequestIds(fromInterpreted));
  return fromCompiled;
}

/** The same answer, and an answer with data, not a shared refusal. */
async function expectSameData(query: string, variables: Record<string, unknown> = {}): Promise<void> {
  const answer = await expectSameAnswers(query, variables);
  expect(answer.errors).toEqual([]);
  expect(answer.data).not.toBeNull();
}

/** The benchmark's questions need arguments from the registry: a few of each, read through the API itself. */
async function someIds(query: string, pick: (data: Record<string, any>) => string[]): Promise<string[]> {
  const answer = await askGraphql(interpreted.bianzhi.url, interpreted.adminToken, query);
  return pick(answer.data!).slice(0, 3);
}

describe('queries compiled by graphql-jit', () => {
  it("answer the benchmark's questions as graphql-js does", async () => {
    const counties = await someIds('{ bureaus(filter: { level: COUNTY }, limit: 3) { items { id code } } }', (data) => data.bureaus.items.map((bureau: { id: string }) => bureau.id));
    const codes = await someIds('{ bureaus(filter: { level: PREFECTURE }, limit: 3) { items { code } } }', (data) => data.bureaus.items.map((bureau: { code: string }) => bureau.code));
    const institutions = await someIds('{ institutions(limit: 3) { items { id } } }', (data) => data.institutions.items.map((institution: { id: string }) => institution.id));
    const staff = await someIds('{ staff(limit: 3) { items { id } } }', (data) => data.staff.items.map((member: { id: string }) => member.id));
    const variantsFor: Record<string, Record<string, unknown>[]> = {
      Q1: codes.map((code) => ({ code })),
      Q2: codes.map((code) => ({ code })),
      Q5: counties.map((bureauId) => ({ bureauId })),
      Q6: [{ code: '520000' }],
      Q6b: codes.map((code) => ({ code })),
      Q7: institutions.map((id) => ({ id })),
      Q8: staff.map((id) => ({ id })),
      Q9: counties.map((bureauId) => ({ bureauId, offset: 0 })),
      Q10: institutions.map((institutionId) => ({ institutionId })),
      Q11: codes.map((code) => ({ code })),
    };
    for (const benchQuery of benchQueries) {
      for (const variables of variantsFor[benchQuery.name] ?? [{}]) await expectSameData(benchQuery.graphql, variables);
    }
  });

  it('fill in defaults the client left out, of variables and of input fields, and read enum names', async () => {
    await expectSameData('query ($limit: Int! = 3, $field: StaffSortField! = HIRED_ON) { staff(limit: $limit, sort: { field: $field, direction: DESC }) { totalCount items { name hiredOn } } }');
    await expectSameData('query ($filter: StaffFilter) { staff(filter: $filter, limit: 5) { totalCount items { name status } } }', { filter: { quotaCategory: 'ADMINISTRATIVE' } });
  });

  it('refuse bad variables and report errors in the same words, with the same codes', async () => {
    const refusals = [
      await expectSameAnswers('query ($id: ID!) { bureau(id: $id) { name } }', { id: { not: 'an id' } }),
      await expectSameAnswers('query ($id: ID!) { bureau(id: $id) { name } }'),
      await expectSameAnswers('{ staff(limit: -1) { totalCount } }'),
      await expectSameAnswers('{ institution(id: "not a number") { name } }'),
    ];
    for (const refusal of refusals) expect(refusal.errors.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('resolve fragments, aliases, type names and directives alike', async () => {
    await expectSameData(`query ($withUnits: Boolean!) {
      province: bureauByCode(code: "520000") { ...Named children { ...Named units @include(if: $withUnits) { __typename name } } }
      me { __typename role }
    }
    fragment Named on Bureau { __typename code name level }`, { withUnits: false });
  });
});

describe("a resolver's error under compiled execution", () => {
  it("reaches the error formatting as under graphql-js: a driver's error without extensions becomes DATABASE_UNAVAILABLE, not a failure of Apollo's", async () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { count: { type: new GraphQLNonNull(GraphQLInt), resolve: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })) } },
      }),
    });
    const apollo = new ApolloServer({ gateway: compiledExecution(schema), formatError: (formatted, error) => formatError(formatted, error) });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ count }' });
      const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
      expect(errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['DATABASE_UNAVAILABLE', ['count']]]);
    } finally {
      await apollo.stop();
    }
  });
});
