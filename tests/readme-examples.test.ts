import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

/** The README is the front door: every GraphQL example in it must run against the schema as committed. */
describe('the README’s GraphQL examples', () => {
  const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../schema/schema.graphql'), 'utf8'));
  const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => [index + 1, match[1]] as const);

  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples)('example %d parses and validates against schema/schema.graphql', (_index, source) => {
    expect(validate(schema, parse(source)).map((error) => error.message)).toEqual([]);
  });
});
