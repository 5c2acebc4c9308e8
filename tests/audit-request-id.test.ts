import { useTestServer } from './support/test-server';

const server = useTestServer();

interface Sent {
  /** The answer's `x-request-id`. */
  requestId: string | null;
  entry: { requestId: string | null; clientRequestId: string | null };
}

function post(query: string, variables: Record<string, unknown>, clientRequestId: string | null = null): Promise<Response> {
  return fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}`, ...(clientRequestId === null ? {} : { 'x-request-id': clientRequestId }) },
    body: JSON.stringify({ query, variables }),
  });
}

/** Renames the caller's own account with this `x-request-id`; the answer's id and the audit entry the change left. */
async function renameWith(clientRequestId: string | null, displayName: string): Promise<Sent> {
  const id = ((await (await post('{ me { id } }', {})).json()) as { data: { me: { id: string } } }).data.me.id;
  const response = await post('mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }', { input: { id, displayName } }, clientRequestId);
  expect(((await response.json()) as { errors?: unknown[] }).errors).toBeUndefined();
  const audit = await post('query ($id: ID!) { auditEntries(filter: { recordType: "Account", recordId: $id, operation: "updateAccount" }, limit: 1) { items { requestId clientRequestId after } } }', { id });
  const [entry] = ((await audit.json()) as { data: { auditEntries: { items: (Sent['entry'] & { after: { displayName: string } })[] } } }).data.auditEntries.items;
  expect(entry.after.displayName).toBe(displayName);
  return { requestId: response.headers.get('x-request-id'), entry: { requestId: entry.requestId, clientRequestId: entry.clientRequestId } };
}

describe("the audit trail's request ids", () => {
  it("records the server's own id, which the answer names, whatever the caller sends", async () => {
    const earlier = await renameWith(null, '测试管理员（一）');
    expect(earlier.entry.requestId).toBe(earlier.requestId);
    // A caller passing its change off under an earlier request's id, or under any id of its choosing.
    for (const [index, forged] of [earlier.requestId!, 'forged-request-id-0001'].entries()) {
      const sent = await renameWith(forged, `测试管理员（${index + 2}）`);
      expect(sent.requestId).not.toBe(forged);
      expect(sent.entry.requestId).toBe(sent.requestId);
      expect(sent.entry.clientRequestId).toBe(forged);
    }
  });

  it("keeps no caller's id that is too long or not printable", async () => {
    for (const [index, malformed] of ['x'.repeat(65), 'has spaces in it', 'tab\there'].entries()) {
      const sent = await renameWith(malformed, `测试管理员（畸形${index}）`);
      expect(sent.entry).toEqual({ requestId: sent.requestId, clientRequestId: null });
    }
  });
});
