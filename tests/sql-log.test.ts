import { jest } from '@jest/globals';
import { BureauByCodeDocument } from './generated/graphql';
import { useTestServer } from './support/test-server';

// LOG_SQL=true logs every statement a request sends, the read pool's and the token lookup's too, so that anyone can count.
const server = useTestServer({ logSql: true });

it('logs every statement a request sends, as many as the server counts, the token lookup among them', async () => {
  const logged: string[] = [];
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    const line = String(chunk);
    if (line.includes('"message":"sql"')) logged.push(JSON.parse(line).sql);
    return true;
  });
  const before = server.bianzhi.statementCount();
  try {
    await server.data(BureauByCodeDocument, { code: '520302' });
  } finally {
    write.mockRestore();
  }
  const counted = server.bianzhi.statementCount() - before;
  expect(counted).toBeGreaterThan(1);
  expect(logged).toHaveLength(counted);
  expect(logged.some((sql) => sql.includes('access_token'))).toBe(true);
});
