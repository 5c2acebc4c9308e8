import 'reflect-metadata';
import { getNamedType, getNullableType, isListType, isObjectType, parse, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { benchQueries } from '../scripts/bench/queries';
import { costRefusal, maximumOperationCost, operationCost } from '../server/http/operation-cost';
import { buildBianzhiSchema } from '../server/schema';
import { graphqlFilesUnder, operationsOf } from './support/operation-documents';
import { largestVariables } from './support/sample-variables';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBianzhiSchema();
});

describe('the operation cost', () => {
  const documents = [
    ...operationsOf(graphqlFilesUnder('admin/src')).map((entry) => ({ ...entry, source: 'admin client' })),
    ...operationsOf(graphqlFilesUnder('tests/operations')).map((entry) => ({ ...entry, source: 'tests' })),
    ...benchQueries.map((query) => ({ source: 'benchmarks', name: query.name, document: parse(query.graphql), operation: parse(query.graphql).definitions[0] as OperationDefinitionNode })),
  ];

  it('keeps every operation of the admin client, the tests and the benchmarks, with their largest variables, under the limit', () => {
    expect(documents.filter((entry) => entry.source === 'admin client').length).toBeGreaterThan(20);
    const costs = documents.map((entry) => ({ operation: `${entry.source}: ${entry.name}`, cost: operationCost(schema, entry.document, largestVariables(schema, entry.operation), entry.name === '(anonymous)' ? undefined : entry.operation.name?.value) }));
    for (const { cost } of costs) expect(typeof cost).toBe('number');
    expect(costs.filter(({ cost }) => cost! > maximumOperationCost)).toEqual([]);
    const largest = costs.reduce((most, entry) => (entry.cost! > most.cost! ? entry : most));
    console.log(`largest cost: ${largest.cost} (${largest.operation}), limit ${maximumOperationCost}`);
  });

  it('grows with the rows a page asks for, and multiplies through nested lists', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables)!;
    expect(cost('{ bureaus(limit: 1000) { items { code } } }')).toBeGreaterThanOrEqual(1000 * cost('{ bureaus(limit: 1) { items { code } } }') - 1000);
    expect(cost('query($n: Int!) { bureaus(limit: $n) { items { code } } }', { n: 500 })).toBe(cost('{ bureaus(limit: 500) { items { code } } }'));
    // The default page (50) when the argument is left out.
    expect(cost('{ bureaus { items { code } } }')).toBe(cost('{ bureaus(limit: 50) { items { code } } }'));
    const nested = cost('{ bureaus(limit: 10) { items { children { code } } } }');
    expect(nested).toBeGreaterThanOrEqual(10 * cost('{ bureauByCode(code: "520000") { children { code } } }') - 10);
    expect(cost('{ a: __typename b: __typename c: __typename }')).toBe(3);
  });

  it('is refused by the limit the request itself asks for, whatever an earlier request of the same document asked', () => {
    // One parsed document, as Apollo keeps it per query text: the remembered costs must follow each request's own limit.
    const document = parse('query ($n: Int!, $code: String) { bureaus(limit: $n, filter: { code: $code }) { items { children { units { staff { name } } } } } }');
    const refused = (variables: Record<string, unknown>) => costRefusal(schema, document, variables)?.extensions.reason;
    expect(refused({ n: 1, code: '520000' })).toBeUndefined();
    expect(refused({ n: 1000, code: '520000' })).toBe('QUERY_TOO_COSTLY');
    expect(refused({ n: 1, code: '520300' })).toBeUndefined();

    // Variables that do not fit give no cost (execution refuses them): that must not stand for the next request with the same limit.
    const another = parse('query ($n: Int!, $code: String) { bureaus(limit: $n, filter: { code: $code }) { items { children { units { quotas { category } } } } } }');
    expect(costRefusal(schema, another, { n: 1000, code: 520300 })).toBeUndefined();
    expect(costRefusal(schema, another, { n: 1000, code: '520300' })?.extensions.reason).toBe('QUERY_TOO_COSTLY');
  });

  it('has a declared size for every list that no limit argument bounds', () => {
    const pageTypes = new Set(
      Object.values(schema.getQueryType()!.getFields())
        .filter((field) => field.args.some((argument) => argument.name === 'limit'))
        .map((field) => getNamedType(field.type).name),
    );
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || pageTypes.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        const isList = isListType(getNullableType(field.type));
        if (isList && !field.args.some((argument) => argument.name === 'limit') && field.extensions.complexity === undefined) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
