import fs from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { serverErrorMessages } from '../admin/src/i18n/server-error-messages';
import { translateServerError } from '../admin/src/i18n/server-errors';
import { errorReasons, type Reason } from '../server/error-reasons';
import { useTestServer } from './support/test-server';

/**
 * The error contract: every reason the server can produce (its catalogue) has
 * words in both of the client's languages, the client knows no reason the
 * server lacks, the README documents each, and errors from every layer of the
 * server (resolvers, graphql-js, graphql-armor, Apollo, Express, graphql-ws)
 * arrive with a reason of the catalogue and its code.
 */
const serverReasons = Object.keys(errorReasons).sort();
const languages = ['zh', 'en'] as const;

/** Parameters the client derives from the reason's own (server-errors.ts). */
function derivedFrom(parameters: string[]): string[] {
  return [...(parameters.includes('entity') && parameters.includes('id') ? ['record'] : []), ...(parameters.includes('variable') ? ['place', 'expected'] : [])];
}

function sampleParameters(reason: Reason): Record<string, unknown> {
  return Object.fromEntries(Object.entries(errorReasons[reason].parameters).map(([name, kind]) => [name, kind === Number ? 7 : 'x']));
}

describe('the client speaks every reason of the server', () => {
  it.each(languages)('has every reason of the server in %s, and none the server lacks', (language) => {
    expect(Object.keys(serverErrorMessages[language]).sort()).toEqual(serverReasons);
  });

  it.each(languages)('uses in %s only the parameters the server sends, and puts them all in', (language) => {
    const problems: string[] = [];
    for (const reason of serverReasons as Reason[]) {
      const own = Object.keys(errorReasons[reason].parameters);
      const known = [...own, ...derivedFrom(own)];
      const template = serverErrorMessages[language][reason];
      for (const [, name] of template.matchAll(/%\{(\w+)\}/g)) if (!known.includes(name)) problems.push(`${reason}: %{${name}}`);
      const text = translateServerError({ message: 'x', extensions: { code: errorReasons[reason].code, reason, ...sampleParameters(reason) } }, language);
      if (text.trim() === '' || text.includes('%{')) problems.push(`${reason}: "${text}"`);
    }
    expect(problems).toEqual([]);
  });

  it('names the field a date must not precede in words of the language, not as the API spells it', () => {
    const error = { message: 'x', extensions: { code: 'BAD_USER_INPUT', reason: 'DATE_BEFORE', field: 'input.lastUpdatedOn', earlierField: 'launchedOn', earlier: '2020-05-01' } };
    expect(translateServerError(error, 'zh')).toBe('不得早于开通日期（2020-05-01）');
    expect(translateServerError(error, 'en')).toBe('must not be before Launched On (2020-05-01)');
  });

  it('documents every reason, with its code, in the README', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
    const rows = new Map([...readme.matchAll(/^\| `([A-Z_]+)` \| `([A-Z_]+)` \|/gm)].map(([, reason, code]) => [reason, code]));
    expect(serverReasons.filter((reason) => rows.get(reason) !== errorReasons[reason as Reason].code)).toEqual([]);
    expect([...rows.keys()].filter((reason) => !(reason in errorReasons))).toEqual([]);
  });
});

describe('every error arrives with a reason of the catalogue', () => {
  const server = useTestServer();

  async function errorsOf(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, route = '/graphql'): Promise<Record<string, unknown>[]> {
    const response = await fetch(`${server.bianzhi.url}${route}`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, ...headers }, body });
    return ((await response.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors.map((error) => error.extensions);
  }

  const query = (text: string, variables?: unknown) => JSON.stringify({ query: text, variables });

  it.each([
    ['a syntax error', query('{ bureaus {'), 'SYNTAX_ERROR'],
    ['an unknown field', query('{ noSuchField }'), 'OPERATION_INVALID'],
    ['a query nested too deep', query(`{ bureauByCode(code: "520302") { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } }`), 'QUERY_TOO_DEEP'],
    ['too many aliases', query(`{ ${Array.from({ length: 40 }, (_, index) => `a${index}: bureauByCode(code: "520302") { code }`).join(' ')} }`), 'TOO_MANY_ALIASES'],
    ['a variable of the wrong type', query('query ($limit: Int!) { egovUnits(limit: $limit) { totalCount } }', { limit: 'many' }), 'VARIABLE_INVALID'],
    ['a missing variable', query('query ($limit: Int!) { egovUnits(limit: $limit) { totalCount } }'), 'VARIABLE_INVALID'],
    ['a page size out of range', query('{ egovUnits(limit: -1) { totalCount } }'), 'LIMIT_OUT_OF_RANGE'],
    ['an unknown record', query('{ egovUnits(filter: { underBureauId: "424242" }) { totalCount } }'), 'UNKNOWN_REFERENCE'],
    ['a subscription over HTTP', query('subscription { quotaAlerts(under: "1") { cursor } }'), 'SUBSCRIPTION_OVER_HTTP'],
    ['a body that is not JSON', '{"query": ', 'BODY_NOT_JSON'],
    ['a NUL character', query('{ bureaus(filter: { nameContains: "\\u0000" }) { totalCount } }'), 'NUL_CHARACTER'],
  ])('%s', async (_case, body, reason) => {
    const [extensions] = await errorsOf(body);
    expect(extensions).toMatchObject({ reason, code: errorReasons[reason as Reason].code });
  });

  it('for a path no route serves, credentials that are malformed, and a request that may be forged', async () => {
    expect((await errorsOf('{}', { 'content-type': 'application/json' }, '/nowhere'))[0]).toMatchObject({ reason: 'ROUTE_NOT_FOUND', code: 'NOT_FOUND' });
    expect((await errorsOf(query('{ bureaus { totalCount } }'), { 'content-type': 'application/json', authorization: 'Basic abc' }))[0]).toMatchObject({ reason: 'AUTHORIZATION_MALFORMED', code: 'UNAUTHENTICATED' });
    expect((await errorsOf(query('{ __typename }'), { 'content-type': 'text/plain' }))[0]).toMatchObject({ reason: 'CSRF_SUSPECTED', code: 'BAD_REQUEST' });
  });

  it('over graphql-ws, for the same query nested too deep', async () => {
    const province = await server.bureauByCode('520000');
    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: `subscription { quotaAlerts(under: "${province.id}") { alert { bureau { ${'parent { '.repeat(20)}code${' }'.repeat(20)} } } } }` }, { next: resolve, error: resolve, complete: () => resolve(null) });
      });
      expect((errors as { extensions: unknown }[])[0].extensions).toMatchObject({ reason: 'QUERY_TOO_DEEP', code: 'GRAPHQL_VALIDATION_FAILED' });
    } finally {
      await client.dispose();
    }
  });
});
