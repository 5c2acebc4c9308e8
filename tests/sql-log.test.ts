import { jest } from '@jest/globals';
import { BureauByCodeDocument } from './generated/graphql';
import { useTestServer } from './support/test-server';

// LOG_SQL=true logs every statement a request sends, the read pool's and the token lookup's too, so that anyone can count.

// Installed before the server starts, so that its migrations and seed do not flood the test's output; other lines pass through.
const logged: string[] = [];
let capturing = false;
const passThrough = process.stderr.write.bind(process.stderr);
const write = jest.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const line = String(chunk);
  if (!line.includes('"message":"sql"')) return (passThrough as (...args: unknown[]) => boolean)(chunk, ...rest);
  if (capturing) logged.push(JSON.parse(line).sql);
  return true;
}) as typeof process.stderr.write);
afterAll(() => write.mockRestore());

const server = useTestServer({ logSql: true });

it('logs every statement a request sends, as many as the server counts, the token lookup among them', async () => {
  const before = server.bianzhi.statementCount();
  capturing = true;
  try {
    await server.data(BureauByCodeDocument, { code: '520302' });
  } finally {
    capturing = false;
  }
  const counted = server.bianzhi.statementCount() - before;
  expect(counted).toBeGreaterThan(1);
  expect(logged).toHaveLength(counted);
  expect(logged.some((sql) => sql.includes('access_token'))).toBe(true);
});
