import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { buildBianzhiSchema, printSortedSchema } from '../server/schema';
import { startTestServer, type TestServer } from './support/test-server';
import { returnDocumentSchema } from '../server/modules/annual-report/return-document.schema';

const root = path.resolve(__dirname, '..');
const committed = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('committed artifacts are fresh', () => {
  it('schema/schema.graphql is what the server builds (run `npm run build` to refresh it)', async () => {
    expect(committed('schema/schema.graphql')).toBe(printSortedSchema(await buildBianzhiSchema()));
  });

  it('schema/annual-return.schema.json is the JSON Schema the server publishes for exported returns (run `npm run build` to refresh it)', () => {
    expect(JSON.parse(committed('schema/annual-return.schema.json'))).toEqual(returnDocumentSchema);
  });

  it('every type and field in the schema has a description', async () => {
    const schema = await buildBianzhiSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('the generated client code is what codegen makes of the committed schema (run `npm run codegen` to refresh it)', async () => {
    const codegen = path.join(root, 'node_modules/.bin/graphql-codegen');
    const check = await promisify(execFile)(codegen, ['--config', 'codegen.yml', '--check'], { cwd: root }).then(
      () => 'fresh',
      (failure: { stdout?: string; stderr?: string }) => `stale: ${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    );
    expect(check).toBe('fresh');
  });

  describe('migrations', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.stop());

    it('build exactly the schema the entities describe (run `npm run migration:create` after changing an entity)', async () => {
      const difference = await server.bianzhi.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(difference.trim()).toBe('');
    });
  });
});
