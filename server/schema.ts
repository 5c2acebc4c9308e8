import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { BureauResolver } from './modules/bureau/bureau.resolver';
import { QuotaResolver } from './modules/quota/quota.resolver';
import { StaffResolver } from './modules/staff/staff.resolver';
import { EGovUnitResolver } from './modules/unit/unit.resolver';
import { WebsiteResolver } from './modules/website/website.resolver';

export const resolvers = [BureauResolver, EGovUnitResolver, QuotaResolver, StaffResolver, WebsiteResolver] as const;

export async function buildBianzhiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...resolvers], validate: false });
}

/** The schema as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
