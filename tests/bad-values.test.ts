import fs from 'node:fs';
import path from 'node:path';
import {
  astFromValue,
  buildSchema,
  getNamedType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  print,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { sampleValue } from './support/sample-variables';
import { useTestServer } from './support/test-server';

/**
 * Values that parse as their type but that PostgreSQL cannot store or compare
 * (years outside 1 to 9999, NUL, unpaired surrogates), sent to every argument
 * of every query and mutation that takes text or a date, at any depth of its
 * input: each is bad input or a validation error, never an internal error, and
 * nothing is written.
 */

const server = useTestServer();
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8'));

const badText = ['\ud800', 'a\udfffb', 'a\u0000b'];
const badValues: Record<string, string[]> = {
  String: badText,
  ID: badText,
  DateTimeISO: ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00+01:00', '9999-12-31T23:00:00-05:00', ...badText],
  LocalDate: ['0000-01-01', ...badText],
};
const refusedAs = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** Where a text or date can go in an argument: its path inside the argument's value (list elements as 0), and its scalar. */
function slotsOf(type: GraphQLInputType, at: (string | number)[] = [], seen = new Set<string>()): { at: (string | number)[]; scalar: string }[] {
  if (isNonNullType(type)) return slotsOf(type.ofType, at, seen);
  if (isListType(type)) return slotsOf(type.ofType, [...at, 0], seen);
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return [];
    return Object.values(type.getFields()).flatMap((field) => slotsOf(field.type, [...at, field.name], new Set([...seen, type.name])));
  }
  const scalar = getNamedType(type).name;
  return badValues[scalar] ? [{ at, scalar }] : [];
}

/** A valid value of the argument with `bad` put at `at`. */
function withBadValue(type: GraphQLInputType, at: (string | number)[], bad: string): unknown {
  if (!at.length) return bad;
  const value = (sampleValue(schema, type) ?? {}) as Record<string | number, unknown>;
  const inner = isNonNullType(type) ? type.ofType : type;
  const member = isListType(inner) ? inner.ofType : isInputObjectType(inner) ? inner.getFields()[at[0] as string].type : inner;
  value[at[0]] = withBadValue(member as GraphQLInputType, at.slice(1), bad);
  return value;
}

interface Case {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The argument path the refusal should name (or, for a literal, the value and its location). */
  naming: string;
  bad: string;
}

function casesFor(keyword: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Case[] {
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return field.args.flatMap((argument) =>
    slotsOf(argument.type).flatMap(({ at, scalar }) =>
      badValues[scalar].flatMap((bad): Case[] => {
        const others = field.args.filter((other) => other !== argument && isNonNullType(other.type) && other.defaultValue === undefined);
        const values = { [argument.name]: withBadValue(argument.type, at, bad), ...Object.fromEntries(others.map((other) => [other.name, sampleValue(schema, other.type)])) };
        const used = [argument, ...others];
        const naming = [argument.name, ...at.filter((step) => typeof step === 'string')].at(-1) as string;
        const label = `${field.name}(${[argument.name, ...at].join('.')}: ${JSON.stringify(bad)})`;
        const asVariables: Case = {
          label: `${label} as a variable`,
          query: `${keyword} (${used.map((one) => `$${one.name}: ${one.type}`).join(', ')}) { ${field.name}(${used.map((one) => `${one.name}: $${one.name}`).join(', ')})${selection} }`,
          variables: values,
          naming,
          bad,
        };
        const literals = used.map((one) => astFromValue(values[one.name], one.type));
        if (literals.some((literal) => !literal)) return [asVariables];
        const asLiteral: Case = { label: `${label} as a literal`, query: `${keyword} { ${field.name}(${used.map((one, index) => `${one.name}: ${print(literals[index]!)}`).join(', ')})${selection} }`, naming, bad };
        return [asVariables, asLiteral];
      }),
    ),
  );
}

/** Rows in every table of the registry's database. */
async function rowCounts(): Promise<Record<string, number>> {
  const connection = server.bianzhi.orm.em.getConnection();
  const tables = await connection.execute<{ table_name: string }[]>(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
  const counts: Record<string, number> = {};
  for (const { table_name: table } of tables) {
    const [{ count }] = await connection.execute<{ count: string }[]>(`select count(*) as count from "${table}"`);
    counts[table] = Number(count);
  }
  return counts;
}

describe('dates outside the common years, NUL and unpaired surrogates, in every text and date argument', () => {
  const cases = [
    ...Object.values(schema.getQueryType()!.getFields()).flatMap((field) => casesFor('query', field)),
    ...Object.values(schema.getMutationType()!.getFields()).flatMap((field) => casesFor('mutation', field)),
  ];

  it('covers the arguments the issue found, and many more', () => {
    expect(cases.some((one) => one.label.startsWith('auditEntries(filter.from: "0000-01-01T00:00:00Z")'))).toBe(true);
    expect(cases.some((one) => one.label.startsWith('quotaAlerts(filter.raisedBefore:'))).toBe(true);
    expect(cases.filter((one) => one.label.endsWith('as a literal')).length).toBeGreaterThan(100);
    expect(cases.length).toBeGreaterThan(400);
  });

  it('refuses each as bad input or a validation error naming the argument, never an internal error, and writes nothing', async () => {
    const before = await rowCounts();
    const failures: string[] = [];
    for (const one of cases) {
      const response = await fetch(`${server.bianzhi.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
        body: JSON.stringify({ query: one.query, variables: one.variables }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      const named = (body.errors ?? []).some((error) => error.message.includes(one.naming) || error.message.includes(one.bad) || error.message.startsWith('query:') || error.message.startsWith('Syntax Error'));
      if (!codes.length || codes.some((code) => !refusedAs.has(code!)) || !named) failures.push(`${one.label}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    expect(failures.slice(0, 15)).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  }, 300_000);
});
