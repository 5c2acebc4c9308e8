import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { BureauResolver } from './modules/bureau/bureau.resolver';

export const resolvers = [BureauResolver] as const;

export async function buildBianzhiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...resolvers], validate: false });
}

/** The schema as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
