import { serverAudits, type AuditResult } from 'graphql-http';
import { useTestServer } from './support/test-server';

/**
 * The GraphQL-over-HTTP conformance audits of `graphql-http` against the live
 * server. Every MUST audit passes. The SHOULD and MAY audits Bianzhi does not
 * pass are listed below with the reason; the set of failing ones must equal the
 * list exactly, so a new deviation fails this test, and so does one that got
 * fixed (remove it from the list then).
 */
const expectedWarnings: Record<string, { name: string; reason: string }> = {
  '572B': {
    name: 'SHOULD use 200 status code on document parsing failure when accepting application/json',
    reason:
      'Apollo Server answers a document that does not parse with 400, whatever the Accept header; the spec asks 200 only for legacy application/json clients. Bianzhi relies on the 400 (tests/http.test.ts, tests/validation-limits.test.ts).',
  },
  FDE2: {
    name: 'SHOULD use 200 status code on document validation failure when accepting application/json',
    reason: 'The same: Apollo answers a document that fails validation (and this audit\'s document, which already fails to parse) with 400 for every media type.',
  },
  '7B9B': {
    name: 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    reason:
      "The same: Apollo Server 5 answers variable coercion failures with 400 (status400ForVariableCoercionErrors is its default). The audit's document also declares a variable it never uses, which is a validation error, 400 too.",
  },
  '5A70': {
    name: 'MAY accept application/x-www-form-urlencoded formatted GET requests',
    reason:
      "Apollo's CSRF prevention (csrfPrevention: true) refuses, with a 400, a GET that carries neither a non-simple Content-Type nor an `apollo-require-preflight` / `x-apollo-operation-name` header, which the audit's GET does not send. With the header, GET queries work.",
  },
  D6D5: {
    name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
    reason: 'The same CSRF prevention: the audit sends its GET without a preflight header.',
  },
  '6A70': {
    name: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
    reason: 'The same CSRF prevention: the audit sends its GET without a preflight header.',
  },
};

const server = useTestServer();

/** The audits' requests, with the admin's bearer token once the server hands out real ones. */
const fetchWithToken: typeof fetch = (input, init = {}) => {
  const headers = new Headers(init.headers);
  if (server.adminToken) headers.set('authorization', `Bearer ${server.adminToken}`);
  return fetch(input, { ...init, headers });
};

const audits = serverAudits({ url: () => `${server.bianzhi.url}/graphql`, fetchFn: fetchWithToken });
const isMust = (audit: { id: string; name: string }) => audit.name.startsWith('MUST') || audit.id.startsWith('MUST');
const mustAudits = audits.filter(isMust);
const otherAudits = audits.filter((audit) => !isMust(audit));

async function explain(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return `${result.id} ${result.name}: ok`;
  const body = await result.response
    .clone()
    .text()
    .catch(() => '(body already read)');
  return `${result.id} ${result.name}: ${result.reason}; the server answered ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body.slice(0, 300)}`;
}

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  it('has MUST audits to run, and every expected warning names a SHOULD or MAY audit that exists', () => {
    expect(mustAudits.length).toBeGreaterThanOrEqual(13);
    const byId = new Map(audits.map((audit) => [audit.id, audit.name]));
    for (const [id, { name }] of Object.entries(expectedWarnings)) {
      expect({ id, name: byId.get(id) }).toEqual({ id, name });
      expect(isMust({ id, name })).toBe(false);
    }
  });

  it.each(mustAudits.map((audit) => [audit.id, audit.name, audit] as const))('%s %s', async (_id, _name, audit) => {
    const result = await audit.fn();
    if (result.status !== 'ok') throw new Error(await explain(result));
  });

  it(
    'fails exactly the SHOULD and MAY audits listed in expectedWarnings',
    async () => {
      const failing: Record<string, string> = {};
      const explanations: string[] = [];
      for (const audit of otherAudits) {
        const result = await audit.fn();
        if (result.status === 'ok') continue;
        failing[result.id] = result.name;
        explanations.push(await explain(result));
      }
      const expected = Object.fromEntries(Object.entries(expectedWarnings).map(([id, { name }]) => [id, name]));
      if (JSON.stringify(Object.keys(failing).sort()) !== JSON.stringify(Object.keys(expected).sort())) {
        console.log(`graphql-http audits failing:\n${explanations.join('\n')}`);
      }
      expect(failing).toEqual(expected);
    },
    120_000,
  );
});
