import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { runTask } from '../server/database/configured-database';
import { buildBianzhiSchema, printSortedSchema } from '../server/schema';
import { returnDocumentSchema } from '../server/modules/annual-report/return-document.schema';

async function main(): Promise<void> {
  const target = path.resolve(__dirname, '../../schema/schema.graphql');
  const text = printSortedSchema(await buildBianzhiSchema());
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
  const documentSchema = path.resolve(__dirname, '../../schema/annual-return.schema.json');
  fs.writeFileSync(documentSchema, `${JSON.stringify(returnDocumentSchema, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), documentSchema)}`);
}

runTask(main);
