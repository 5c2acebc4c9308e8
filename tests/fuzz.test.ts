import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
} from 'graphql';
import { useTestServer } from './support/test-server';

/**
 * Property-based fuzzing of the live HTTP server with malformed requests. The
 * property, for every answer: the status is below 500, and a 4xx answer is a
 * JSON body (application/json or application/graphql-response+json), never an
 * HTML page. Each property below sends `numRuns` requests (more while
 * fast-check shrinks a failure); together at least 2,000.
 */

const server = useTestServer();
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../schema/schema.graphql'), 'utf8'));

// ---------------------------------------------------------------- sending

interface Probe {
  /** What kind of malformation, for the failure message. */
  label: string;
  method?: string;
  /** Path and query string, e.g. `/graphql?query=…`; `/graphql` when absent. */
  target?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body as a stream (chunked, without content-length). */
  streamed?: boolean;
  /** Replace the admin's Authorization header (undefined: send the admin's token). */
  authorization?: string | null;
}

interface Answer {
  status: number;
  type: string;
  body: string;
}

let sent = 0;
const internalErrors: string[] = [];

function summary(probe: Probe): string {
  const body = probe.body === undefined ? '' : typeof probe.body === 'string' ? probe.body : `<${probe.body.length} bytes>`;
  return `${probe.label}: ${probe.method ?? 'POST'} ${(probe.target ?? '/graphql').slice(0, 300)} ${JSON.stringify(probe.headers ?? {})} ${body.slice(0, 300)}${body.length > 300 ? `… (${body.length} chars)` : ''}`;
}

async function send(probe: Probe): Promise<Answer> {
  const headers: Record<string, string> = {};
  const authorization = probe.authorization === undefined ? (server.adminToken ? `Bearer ${server.adminToken}` : null) : probe.authorization;
  if (authorization !== null) headers.authorization = authorization;
  Object.assign(headers, probe.headers);
  const init: RequestInit & { duplex?: 'half' } = { method: probe.method ?? 'POST', headers, redirect: 'manual' };
  if (probe.body !== undefined) {
    if (probe.streamed) {
      const bytes = typeof probe.body === 'string' ? new TextEncoder().encode(probe.body) : probe.body;
      init.body = new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
          controller.close();
        },
      });
      init.duplex = 'half';
    } else {
      init.body = probe.body;
    }
  }
  sent += 1;
  const response = await fetch(`${server.bianzhi.url}${probe.target ?? '/graphql'}`, init);
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
}

function isJsonType(type: string): boolean {
  return /^application\/(graphql-response\+)?json\b/i.test(type);
}

/** The property itself; throws with the request and the answer when it does not hold. */
function check(probe: Probe, answer: Answer): void {
  const fail = (why: string) => {
    throw new Error(`${why}\n  request: ${summary(probe)}\n  answer:  ${answer.status} ${answer.type} ${answer.body.slice(0, 500)}`);
  };
  if (answer.status >= 500) fail(`status ${answer.status}`);
  const hasBody = (probe.method ?? 'POST') !== 'HEAD' && answer.body.length > 0;
  if (answer.status >= 400 || (answer.status >= 200 && answer.status < 300 && hasBody)) {
    if (!isJsonType(answer.type)) fail(`a ${answer.status} answer of type "${answer.type}", not JSON`);
    if (hasBody) {
      if (/^\s*</.test(answer.body)) fail('an HTML body');
      let parsed: { errors?: { extensions?: { code?: string } }[] };
      try {
        parsed = JSON.parse(answer.body);
      } catch {
        return fail('a body that is not JSON');
      }
      if (answer.status >= 400 && !Array.isArray(parsed.errors)) fail('a 4xx answer without an errors list');
      // Not part of the property (an execution error is a 200), but bad input should never be an internal error: kept and reported.
      if (parsed.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
        internalErrors.push(`${summary(probe)}\n    → ${answer.body.slice(0, 300)}`);
      }
    }
  }
}

async function probeServer(probe: Probe): Promise<void> {
  check(probe, await send(probe));
}

function fuzz(arbitrary: fc.Arbitrary<Probe>, numRuns: number) {
  return fc.assert(fc.asyncProperty(arbitrary, probeServer), { numRuns });
}

const generous = 180_000;

// ---------------------------------------------------------------- building blocks

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });
const jsonContentType = { 'content-type': 'application/json' };

const operationFiles = fs
  .readdirSync(path.join(__dirname, 'operations'))
  .filter((name) => name.endsWith('.graphql'))
  .map((name) => {
    const text = fs.readFileSync(path.join(__dirname, 'operations', name), 'utf8');
    const operations = parse(text).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && !!definition.name);
    return { name, text, operations };
  });
const operationNames = operationFiles.flatMap((file) => file.operations.map((operation) => operation.name!.value));

const simpleQueries = [
  '{ __typename }',
  '{ bureauByCode(code: "520000") { id name level children { code name } } }',
  'query Q($code: String!) { bureauByCode(code: $code) { name } }',
  'mutation { __typename }',
  '{ bureaus(limit: 5) { totalCount items { code name } } }',
];
const someQuery = fc.constantFrom(...simpleQueries, ...operationFiles.map((file) => file.text));

/** Request bodies that are well-formed (the raw material of the garbled ones). */
const wellFormedBody = fc
  .record({ query: someQuery, variables: fc.option(fc.dictionary(fc.constantFrom('code', 'id', 'input', 'filter'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }), { nil: undefined }), operationName: fc.option(fc.constantFrom(...operationNames), { nil: undefined }) })
  .map((body) => JSON.stringify(body));

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '520000',
  '520302',
  '5203',
  '99999999999999999999',
  "' OR '1'='1",
  "'; drop table bureau; --",
  '%',
  '_',
  '\\',
  '"',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\uffff',
  '\u202e',
  '\ufeff',
  '𝕏𝕏',
  '贵州省',
  '<script>alert(1)</script>',
  'null',
  'NaN',
  '1e309',
  '2012-02-30',
  '2012-13-01',
  '0000-00-00',
  '9999-12-31',
  '-infinity',
  'infinity',
  'epoch',
  '2012-02-29T25:61:61Z',
  'x'.repeat(256),
  'x'.repeat(10_000),
  '贵'.repeat(70_000),
);
const anyString = fc.oneof(
  { weight: 4, arbitrary: nastyStrings },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const ids = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map(String),
  fc.integer({ min: 1, max: 400 }),
  fc.integer().map(String),
  fc.constantFrom('1.0', '1e2', '0x10', ' 1', '1 ', '+1', '٣', '9223372036854775807', '9223372036854775808', '-9223372036854775808', '2147483648'),
  nastyStrings,
);
const ints = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2147483648, max: 2147483647 }) },
  { weight: 3, arbitrary: fc.constantFrom(0, -1, 1, 2, 50, 1000, 1001, 2147483647, -2147483648) },
  { weight: 1, arbitrary: fc.constantFrom(2147483648, -2147483649, 1.5, 1e21, Number.MAX_SAFE_INTEGER) },
);
const dates = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2012-02-29', '2012-02-30', '1900-02-29', '2012-13-01', '2012-1-1', '20120101', '0000-01-01', '-000001-01-01', '+275760-09-13', '2012-06-01T00:00:00Z', ''),
  anyString,
);
const dateTimes = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('2012-06-01T00:00:00Z', '2012-06-01T24:00:00Z', '2012-06-01', '+275760-09-13T00:00:00.000Z', '1970-01-01T00:00:00+25:00'),
  anyString,
);
/** Any JSON value at all: what a variable of the wrong type gets. */
const wrongValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyString, ints, fc.constant(null), fc.array(anyString, { maxLength: 3 }));

/** A variable value for a GraphQL input type: mostly of the right shape with hostile contents, sometimes of the wrong type. */
function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: shapedValueFor(type, depth) }, { weight: 1, arbitrary: wrongValue });
}

function shapedValueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return fc.oneof({ weight: 4, arbitrary: fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 }) }, { weight: 1, arbitrary: valueFor(type.ofType, depth + 1) });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, depth + 1)]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return fc.tuple(fc.record(model, { requiredKeys }), fc.option(fc.tuple(printable, wrongValue), { freq: 8 })).map(([record, extra]) => (extra ? { ...record, [extra[0]]: extra[1] } : record));
  }
  if (isEnumType(type)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: anyString });
  switch (type.name) {
    case 'ID':
      return ids;
    case 'Int':
      return ints;
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), ints);
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return dates;
    case 'DateTimeISO':
      return dateTimes;
    default:
      return anyString;
  }
}

/** A GraphQL literal for an input type, as text (for queries written out in full). */
function literalFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<string> {
  const printed = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : value === null || value === undefined ? 'null' : Array.isArray(value) ? `[${value.map(printed).join(', ')}]` : typeof value === 'object' ? `{${Object.entries(value).map(([key, member]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(key) ? key : 'bad'}: ${printed(member)}`).join(', ')}}` : String(value));
  if (isNonNullType(type)) return literalFor(type.ofType, depth);
  if (isListType(type)) return fc.array(literalFor(type.ofType, depth + 1), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`);
  if (isEnumType(type)) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z_]\w{0,10}$/) });
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant('{}');
    const fields = Object.values(type.getFields());
    return fc.subarray(fields).chain((chosen) => fc.tuple(...chosen.map((field) => literalFor(field.type, depth + 1).map((literal) => `${field.name}: ${literal}`))).map((parts) => `{${parts.join(', ')}}`));
  }
  return shapedValueFor(type, depth).map(printed);
}

/** Mutations the fuzzer leaves alone: it must not log its own admin out or lock the account. */
const spared = /account|token|password|login|logout|revoke|session/i;

/** A selection set on an object type, with real field names (and a few unknown ones) and hostile literal arguments. */
function selectionFor(type: GraphQLObjectType | GraphQLInterfaceType, depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields() as Record<string, GraphQLField<unknown, unknown>>).filter((field) => !spared.test(field.name));
  const field = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...fields) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
  const selection = field.chain((chosen) => {
    if (!chosen) return fc.constantFrom('nonsense', '__typename', '__schema { types { name } }', '... on Nothing { id }');
    const argumentList = chosen.args.length
      ? fc.subarray([...chosen.args]).chain((args) => fc.tuple(...args.map((argument) => literalFor(argument.type).map((literal) => `${argument.name}: ${literal}`))))
      : fc.constant<string[]>([]);
    const named = getNamedType(chosen.type);
    const sub = isObjectType(named) || isInterfaceType(named) ? (depth < 3 ? selectionFor(named, depth + 1) : fc.constant('{ __typename }')) : fc.constant('');
    return fc.tuple(argumentList, sub, fc.option(fc.stringMatching(/^[a-z]\w{0,6}$/), { freq: 4 })).map(([args, subSelection, alias]) => `${alias ? `${alias}: ` : ''}${chosen.name}${args.length ? `(${args.join(', ')})` : ''} ${subSelection}`);
  });
  return fc.array(selection, { minLength: 1, maxLength: 3 }).map((selections) => `{ ${selections.join(' ')} }`);
}

const graphqlTokens = fc.oneof(
  fc.constantFrom('{', '}', '{', '}', '(', ')', '[', ']', ':', '!', '$', '@', '...', '=', '|', '&', ',', '"', '#'),
  fc.constantFrom('query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null', 'schema', 'extend', 'type', 'directive', '@include(if: true)', '@skip(if: $x)', '@defer', '@stream'),
  fc.constantFrom('__typename', '__schema', '__type', ...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields()).filter((name) => !spared.test(name))),
  fc.constantFrom('id', 'code', 'name', 'children', 'parent', 'items', 'totalCount', 'input', 'filter', 'limit', 'offset', 'Query', 'Mutation', 'Bureau', 'ID', 'String', 'Int'),
  fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,8}$/),
  fc.constantFrom('0', '-1', '1.5', '1e400', '-0', '01', '1.', '.5', '0x1F', '9999999999999999999999', '1_000', 'NaN'),
  fc.constantFrom('"x"', '"\\u0000"', '"\\u{0}"', '"\\uD800"', '"unterminated', '"""block"""', '"""\\u0000"""', '"\\"', '"\\x"', '"贵州"', '""'),
  fc.constantFrom('# comment\n', '\u00a0', '\ufeff', '\t', '\n', '\r', '\u2028', '\u0000'),
  fc.constantFrom('$code', '$id', '$input', '$x'),
);

// ---------------------------------------------------------------- the properties

/** Sends one request and checks the property; the parsed answer, for the assertions of the pinned cases. */
async function answerTo(probe: Probe): Promise<{ status: number; type: string; body: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown } }> {
  const answer = await send(probe);
  check(probe, answer);
  return { status: answer.status, type: answer.type, body: JSON.parse(answer.body) };
}
const post = (body: unknown, label = 'pinned'): Probe => ({ label, headers: jsonContentType, body: JSON.stringify(body) });
const firstError = (answer: Awaited<ReturnType<typeof answerTo>>) => answer.body.errors?.[0];

/** What the fuzzing found once, each as a fixed request, so none comes back unnoticed. */
describe('malformed requests the fuzzing found answered with a 5xx, HTML or an internal error', () => {
  it('refuses a NUL character in a variable as bad input before it reaches the database (the embedded engine dropped its connection on it)', async () => {
    const answer = await answerTo(post({ query: 'query ($text: String!) { bureaus(filter: { nameContains: $text }) { totalCount } }', variables: { text: 'a\u0000b' } }));
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatchObject({ message: expect.stringMatching(/^variables\.text: .*NUL/), extensions: { code: 'BAD_USER_INPUT', field: 'variables.text' } });
  });

  it('refuses a NUL character in a string literal of the query, however it is spelled', async () => {
    for (const literal of ['"a\\u0000b"', '"\\u{0}"', '"\\u{000}"']) {
      const answer = await answerTo(post({ query: `{ bureaus(filter: { nameContains: ${literal} }) { totalCount } }` }));
      expect(answer.status).toBe(400);
      expect(firstError(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    }
    // An escaped backslash followed by "u0000" is no NUL character, and a comment is no string.
    const harmless = await answerTo(post({ query: '# \\u0000\n{ bureaus(filter: { nameContains: "\\\\u0000" }) { totalCount } }' }));
    expect(harmless).toMatchObject({ status: 200, body: { data: { bureaus: { totalCount: 0 } } } });
  });

  it('refuses JSON nested thousands deep in the variables of a query with a 400 (the response cache overflowed the stack on it)', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const probe: Probe = { label: 'pinned', headers: jsonContentType, body: `{"query":"{ __typename }","variables":{"x":${deep}}}` };
    const answer = await answerTo(probe);
    expect(answer.status).toBe(400);
    expect(firstError(answer)?.message).toMatch(/nested deeper than/);
    // Ordinary nesting passes.
    expect((await answerTo(post({ query: '{ __typename }', variables: { x: [[[{ a: [1] }]]] } }))).status).toBe(200);
  });

  it('answers an unknown or missing operation name with a 400 (the response cache read the operation of none)', async () => {
    const document = 'query A { __typename } query B { __typename }';
    for (const operationName of ['Nope', '', undefined]) {
      const answer = await answerTo(post({ query: document, operationName }));
      expect(answer.status).toBe(400);
      expect(firstError(answer)?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect((await answerTo(post({ query: '{ __typename }', operationName: 'Nope' }))).status).toBe(400);
  });

  it('refuses a subscription sent over HTTP with a 400 that points to WebSocket (it ran as a query and failed internally)', async () => {
    const province = (await answerTo(post({ query: '{ bureauByCode(code: "520000") { id } }' }))).body.data as { bureauByCode: { id: string } };
    const answer = await answerTo(post({ query: 'subscription ($under: ID!) { quotaAlerts(under: $under) { alert { id } } }', variables: { under: province.bureauByCode.id } }));
    expect(answer.status).toBe(400);
    expect(firstError(answer)).toMatchObject({ message: expect.stringMatching(/WebSocket/), extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers a persisted-query extension without an internal error (Apollo gave "provided sha does not match query" the code INTERNAL_SERVER_ERROR)', async () => {
    for (const body of [{ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }]) {
      const answer = await answerTo(post(body));
      expect(answer.status).toBeLessThan(500);
      expect(firstError(answer)?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers an explicit null for an argument that has a default but may not be null as bad input, not an internal error', async () => {
    const answer = await answerTo(post({ query: 'query ($limit: Int) { bureaus(limit: $limit) { totalCount } }', variables: { limit: null } }));
    expect(answer.status).toBeLessThan(500);
    expect(firstError(answer)?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a path nothing serves with a JSON 404, not an HTML page', async () => {
    for (const target of ['/nope', '/graphiql/assets/nothing.js', '/%E0%A4%A']) {
      const answer = await answerTo({ label: 'pinned', method: 'GET', target });
      expect(answer.status).toBe(404);
      expect(answer.type).toMatch(/^application\/json/);
    }
  });
});

describe('fuzzing the HTTP server with malformed requests', () => {
  it('garbled JSON bodies (well-formed ones cut, spliced and overwritten)', async () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('delete', 'insert', 'replace', 'truncate'), text: fc.string({ maxLength: 6 }), length: fc.integer({ min: 1, max: 8 }) });
    const probe = fc.tuple(wellFormedBody, fc.array(edit, { minLength: 1, maxLength: 5 })).map(([body, edits]): Probe => {
      let text = body;
      for (const { at, kind, text: inserted, length } of edits) {
        const where = at % (text.length + 1);
        if (kind === 'delete') text = text.slice(0, where) + text.slice(where + length);
        else if (kind === 'insert') text = text.slice(0, where) + inserted + text.slice(where);
        else if (kind === 'replace') text = text.slice(0, where) + inserted + text.slice(where + inserted.length);
        else text = text.slice(0, where);
      }
      return { label: 'garbled JSON', headers: jsonContentType, body: text };
    });
    await fuzz(probe, 220);
  }, generous);

  it('JSON bodies of any shape: scalars, arrays, and the request fields with values of every type', async () => {
    const fieldValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyString, someQuery);
    const requestLike = fc
      .tuple(
        fc.record(
          { query: fieldValue, operationName: fieldValue, variables: fieldValue, extensions: fc.oneof(fieldValue, fc.constant({ persistedQuery: { version: 1, sha256Hash: 'abc' } })) },
          { requiredKeys: [] },
        ),
        fc.option(fc.tuple(printable, fieldValue), { nil: undefined }),
      )
      .map(([fields, extra]) => (extra ? { ...fields, [extra[0]]: extra[1] } : fields));
    const probe = fc.oneof(fc.jsonValue({ maxDepth: 4 }), requestLike).map((body): Probe => ({ label: 'JSON of any shape', headers: jsonContentType, body: JSON.stringify(body) ?? 'null' }));
    await fuzz(probe, 200);
  }, generous);

  it('wrong, odd and missing content types, charsets, encodings and accept headers', async () => {
    const contentType = fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/json; charset=UTF-16',
        'application/json; charset=latin1',
        'application/json; charset=nonsense',
        'application/json; charset',
        'application/json;;;',
        'APPLICATION/JSON',
        'application/graphql',
        'application/graphql-response+json',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=xyz',
        'multipart/form-data',
        'text/plain',
        'text/html',
        'application/xml',
        'application/octet-stream',
        '*/*',
        '',
        ';',
      ),
      printable,
    );
    const accept = fc.option(
      fc.oneof(
        fc.constantFrom('application/json', 'application/graphql-response+json', 'text/html', 'text/html, */*;q=0.1', 'image/png', '*/*', 'application/json;q=0', 'multipart/mixed', 'application/graphql-response+json;q=0.9, application/json;q=1', ''),
        printable,
      ),
      { nil: undefined },
    );
    const encoding = fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-nonsense', 'gzip, gzip', 'GZIP', ''), { freq: 3, nil: undefined });
    const body = fc.oneof(wellFormedBody, fc.string({ maxLength: 200 }), fc.constant('query=%7B__typename%7D'), fc.constant('--xyz\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--xyz--'));
    const probe = fc.record({ contentType, accept, encoding, body, preflight: fc.boolean() }).map(({ contentType, accept, encoding, body, preflight }): Probe => {
      const headers: Record<string, string> = { 'content-type': contentType };
      if (accept !== undefined) headers.accept = accept;
      if (encoding !== undefined) headers['content-encoding'] = encoding;
      if (preflight) headers['apollo-require-preflight'] = 'true';
      return { label: 'content types', headers, body };
    });
    await fuzz(probe, 200);
  }, generous);

  it('random bytes as the body', async () => {
    const probe = fc
      .record({ bytes: fc.uint8Array({ maxLength: 4096 }), contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/graphql-response+json', 'application/octet-stream') })
      .map(({ bytes, contentType }): Probe => ({ label: 'random bytes', headers: { 'content-type': contentType }, body: bytes }));
    await fuzz(probe, 150);
  }, generous);

  it('deeply nested JSON and GraphQL, in the body, the variables, the extensions and the query', async () => {
    const probe = fc
      .record({
        depth: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: 30_000 })),
        where: fc.constantFrom('body', 'variables', 'declared variable', 'extensions', 'list literal', 'object literal', 'selection', 'two selections', 'inline fragments', 'fragment chain'),
      })
      .map(({ depth, where }): Probe => {
        const arrays = '['.repeat(depth) + ']'.repeat(depth);
        const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
        const nested = depth % 2 ? arrays : objects;
        const selection = 'parent { '.repeat(depth) + 'code' + ' }'.repeat(depth);
        const body = {
          body: () => nested,
          variables: () => `{"query":"query($code: String!) { bureauByCode(code: $code) { name } }","variables":{"code":"520000","x":${nested}}}`,
          'declared variable': () => `{"query":"query($x: [[[String]]]) { __typename }","variables":{"x":${arrays}}}`,
          extensions: () => `{"query":"{ __typename }","extensions":{"x":${nested}}}`,
          'list literal': () => JSON.stringify({ query: `{ bureauByCode(code: ${'['.repeat(depth)}"520000"${']'.repeat(depth)}) { name } }` }),
          'object literal': () => JSON.stringify({ query: `{ bureaus(filter: ${'{code: '.repeat(depth)}"520000"${'}'.repeat(depth)}) { totalCount } }` }),
          selection: () => JSON.stringify({ query: `{ bureauByCode(code: "520302") { ${selection} } }` }),
          'two selections': () => JSON.stringify({ query: `{ bureauByCode(code: "520302") { ${selection} ${selection} } }` }),
          'inline fragments': () => JSON.stringify({ query: `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }` }),
          'fragment chain': () =>
            JSON.stringify({ query: `{ ...F0 } ${Array.from({ length: depth }, (_, index) => `fragment F${index} on Query { ...F${index + 1} }`).join(' ')} fragment F${depth} on Query { __typename }` }),
        }[where]();
        return { label: `nested ${depth} deep: ${where}`, headers: jsonContentType, body };
      });
    await fuzz(probe, 120);
  }, generous);

  it('bodies over the 1 MB limit, with and without a content-length', async () => {
    const probe = fc
      .record({ size: fc.integer({ min: 1024 * 1024 + 1, max: 3 * 1024 * 1024 }), shape: fc.constantFrom('long query', 'long variable', 'many keys', 'garbage'), streamed: fc.boolean() })
      .map(({ size, shape, streamed }): Probe => {
        const body = {
          'long query': () => JSON.stringify({ query: `{ ${'__typename '.repeat(Math.ceil(size / 11))}}` }),
          'long variable': () => JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(size) } }),
          'many keys': () => JSON.stringify({ query: '{ __typename }', variables: Object.fromEntries(Array.from({ length: Math.ceil(size / 12) }, (_, index) => [`k${index}`, index])) }),
          garbage: () => '{'.repeat(size),
        }[shape]();
        return { label: `${body.length} bytes: ${shape}${streamed ? ', streamed' : ''}`, headers: jsonContentType, body, streamed };
      });
    await fuzz(probe, 16);
  }, generous);

  it('batched arrays of operations', async () => {
    const element = fc.oneof(wellFormedBody.map((body) => JSON.parse(body) as unknown), fc.jsonValue({ maxDepth: 2 }));
    const probe = fc.array(element, { maxLength: 20 }).map((batch): Probe => ({ label: 'batch', headers: jsonContentType, body: JSON.stringify(batch) }));
    await fuzz(probe, 80);
  }, generous);

  it('real operations with variables of wrong types and hostile values, and unknown operation names', async () => {
    const probe = fc
      .constantFrom(...operationFiles.flatMap((file) => file.operations.map((operation) => ({ file, operation }))))
      .chain(({ file, operation }) => {
        const variables = fc.record(
          Object.fromEntries(operation.variableDefinitions!.map((definition) => [definition.variable.name.value, valueFor(typeFromAST(schema, definition.type as never) as GraphQLInputType)])),
          { requiredKeys: [] },
        );
        const operationName = fc.oneof(
          { weight: 8, arbitrary: fc.constant<string | null | undefined>(operation.name!.value) },
          { weight: 1, arbitrary: fc.constantFrom(...operationNames) },
          { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null), fc.constant(undefined)) },
        );
        const wholeVariables = fc.oneof({ weight: 10, arbitrary: variables }, { weight: 1, arbitrary: wrongValue });
        return fc.tuple(wholeVariables, operationName).map(([variables, name]): Probe => ({
          label: `${file.name} ${operation.name!.value}`,
          headers: jsonContentType,
          body: JSON.stringify({ query: file.text, operationName: name, variables }),
        }));
      });
    await fuzz(probe, 400);
  }, generous);

  it('GraphQL-ish documents: real fields with hostile literal arguments, and soups of tokens', async () => {
    const structured = fc
      .constantFrom<[string, GraphQLObjectType]>(['query', schema.getQueryType()!], ['query', schema.getQueryType()!], ['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!])
      .chain(([keyword, root]) => selectionFor(root, 0).map((selection) => `${keyword} ${selection}`));
    const soup = fc.array(fc.tuple(graphqlTokens, fc.constantFrom(' ', '', '\n', ',')), { maxLength: 80 }).map((tokens) => tokens.map(([token, space]) => token + space).join(''));
    const probe = fc
      .record({ query: fc.oneof(structured, soup), accept: fc.constantFrom(undefined, 'application/json', 'application/graphql-response+json') })
      .map(({ query, accept }): Probe => ({ label: 'GraphQL-ish document', headers: { ...jsonContentType, ...(accept ? { accept } : {}) }, body: JSON.stringify({ query }) }));
    await fuzz(probe, 350);
  }, generous);

  it('GET requests with odd query strings', async () => {
    const encoded = (text: string) => encodeURIComponent(text);
    const value = fc.oneof(
      someQuery.map(encoded),
      fc.string({ maxLength: 40 }).map(encoded),
      printable,
      fc.constantFrom('%', '%%', '%E0%A4%A', '%00', '%FF%FE', '%7B', '%7B__typename%7D', '+', '&&', '==', '%u0041', '\u00e9', '贵州'),
      fc.jsonValue({ maxDepth: 3 }).map((json) => encoded(JSON.stringify(json))),
      fc.constant(encoded('{"code":"520000"}')),
      fc.constant(encoded('mutation { __typename }')),
    );
    const parameter = fc.tuple(fc.oneof(fc.constantFrom('query', 'query', 'variables', 'operationName', 'extensions', 'query[]', 'variables[code]', ''), printable.map(encoded)), value, fc.boolean());
    const probe = fc
      .record({
        parameters: fc.array(parameter, { maxLength: 6 }),
        preflight: fc.boolean(),
        accept: fc.option(fc.constantFrom('application/json', 'application/graphql-response+json', 'text/html', 'text/html,application/xhtml+xml,*/*;q=0.8', '*/*'), { nil: undefined }),
        contentType: fc.option(fc.constantFrom('application/json', 'text/plain'), { nil: undefined }),
      })
      .map(({ parameters, preflight, accept, contentType }): Probe => {
        const search = parameters.map(([name, text, bare]) => (bare && !text ? name : `${name}=${text}`)).join('&');
        const headers: Record<string, string> = {};
        if (preflight) headers['apollo-require-preflight'] = 'true';
        if (accept) headers.accept = accept;
        if (contentType) headers['content-type'] = contentType;
        return { label: 'GET', method: 'GET', target: `/graphql?${search}`, headers };
      });
    await fuzz(probe, 220);
  }, generous);

  it('other methods and paths', async () => {
    const probe = fc
      .record({
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND'),
        target: fc.oneof(
          fc.constantFrom('/graphql', '/graphql/', '/graphql/x', '/GRAPHQL', '/graphql;x', '/graphql%00', '/graphql/..%2f..%2f', '/graphql?', '/graphql#x', '/nope', '/graphiql/assets/%', '/%E0%A4%A', '/health/x', '//graphql', '/graphql%2F'),
          fc.array(fc.stringMatching(/^[\w.%~-]{0,12}$/), { minLength: 1, maxLength: 4 }).map((segments) => `/${segments.join('/')}`),
        ),
        body: fc.option(wellFormedBody, { nil: undefined }),
        preflight: fc.boolean(),
      })
      .map(({ method, target, body, preflight }): Probe => ({
        label: 'methods and paths',
        method,
        target,
        headers: { ...(body ? jsonContentType : {}), ...(preflight ? { 'apollo-require-preflight': 'true' } : {}) },
        body: method === 'GET' || method === 'HEAD' ? undefined : body,
      }));
    await fuzz(probe, 100);
  }, generous);

  it('odd Authorization headers', async () => {
    const probe = fc
      .record({
        authorization: fc.oneof(
          fc.constantFrom('Bearer', 'Bearer ', 'bearer x', 'Bearer  x', 'Basic dXNlcjpwYXNz', 'Bearer ' + 'x'.repeat(5000), 'Bearer a b', 'Token x', 'Bearer null', 'Bearer \u00e9'),
          printable,
          printable.map((token) => `Bearer ${token}`),
        ),
        body: wellFormedBody,
      })
      .map(({ authorization, body }): Probe => ({ label: 'Authorization', headers: jsonContentType, body, authorization }));
    await fuzz(probe, 60);
  }, generous);

  it('still answers an ordinary query afterwards', async () => {
    const answer = await send({ label: 'after the fuzz', headers: jsonContentType, body: JSON.stringify({ query: '{ bureauByCode(code: "520000") { name } }' }) });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { bureauByCode: { name: '贵州省机构编制委员会办公室' } } });
  });

  it('sent at least 2,000 requests, and bad input never became an internal error', () => {
    console.log(`fuzz: ${sent} requests sent, ${internalErrors.length} answered with INTERNAL_SERVER_ERROR`);
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(internalErrors.slice(0, 20)).toEqual([]);
  });
});
