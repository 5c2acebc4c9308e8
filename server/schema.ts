import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { BureauResolver } from './modules/bureau/bureau.resolver';
import { QuotaResolver } from './modules/quota/quota.resolver';
import { StaffResolver } from './modules/staff/staff.resolver';
import { BureauStatisticsResolver } from './modules/statistics/statistics.resolver';
import { SurveyResolver } from './modules/statistics/survey.resolver';
import { EGovUnitResolver } from './modules/unit/unit.resolver';
import { WebsiteResolver } from './modules/website/website.resolver';

export const resolvers = [
  BureauResolver,
  BureauStatisticsResolver,
  EGovUnitResolver,
  QuotaResolver,
  StaffResolver,
  SurveyResolver,
  WebsiteResolver,
] as const;

export async function buildBianzhiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description = "Reads of Guizhou's institutional-establishment registry (编制登记查询).";
  schema.getMutationType()!.description = 'Changes to the registry, each in one transaction, refused whole on bad input or a stale version (编制登记变更).';
  return schema;
}

/** The schema as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
