import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { DateTimeScalar } from './common/scalars';
import { AccountManagementResolver } from './modules/account/account-management.resolver';
import { AccountResolver } from './modules/account/account.resolver';
import { QuotaAlertResolver } from './modules/alert/alert.resolver';
import { AuditEntryResolver } from './modules/audit/audit.resolver';
import { BureauResolver } from './modules/bureau/bureau.resolver';
import { QuotaResolver } from './modules/quota/quota.resolver';
import { StaffResolver } from './modules/staff/staff.resolver';
import { BureauEstablishmentStatisticsResolver } from './modules/statistics/establishment-statistics.resolver';
import { BureauStatisticsResolver } from './modules/statistics/statistics.resolver';
import { SurveyResolver } from './modules/statistics/survey.resolver';
import { EGovUnitResolver } from './modules/unit/unit.resolver';
import { EstablishmentResolver } from './modules/establishment/establishment.resolver';
import { InstitutionChangeResolver } from './modules/institution/institution-change.resolver';
import { InstitutionResolver } from './modules/institution/institution.resolver';
import { InstitutionVacancyResolver, StaffingUseResolver } from './modules/staffing-use/staffing-use.resolver';
import { EstablishmentEventResolver, StaffEstablishmentResolver } from './modules/staffing-use/staff-establishment.resolver';
import { TransferResolver } from './modules/staffing-use/transfer.resolver';
import { QuotaAlertApprovalResolver } from './modules/staffing-use/approval-alert.resolver';
import { BureauVacancyResolver } from './modules/staffing-use/bureau-vacancy.resolver';
import { ApprovalApplicationResolver, StaffingUseApplicationResolver } from './modules/staffing-use/application.resolver';
import { InstitutionHistoryResolver } from './modules/institution/institution-history.resolver';
import { WebsiteResolver } from './modules/website/website.resolver';
import { AnnualReturnResolver } from './modules/annual-report/annual-return.resolver';
import { ReportingPeriodResolver } from './modules/annual-report/reporting-period.resolver';
import { AnnualReturnEventResolver } from './modules/annual-report/annual-return-event.resolver';

export const resolvers = [
  AccountManagementResolver,
  AccountResolver,
  AuditEntryResolver,
  BureauResolver,
  BureauEstablishmentStatisticsResolver,
  BureauStatisticsResolver,
  EGovUnitResolver,
  EstablishmentResolver,
  InstitutionChangeResolver,
  InstitutionHistoryResolver,
  InstitutionResolver,
  InstitutionVacancyResolver,
  QuotaAlertResolver,
  QuotaResolver,
  StaffResolver,
  StaffingUseResolver,
  StaffEstablishmentResolver,
  EstablishmentEventResolver,
  TransferResolver,
  QuotaAlertApprovalResolver,
  BureauVacancyResolver,
  StaffingUseApplicationResolver,
  ApprovalApplicationResolver,
  SurveyResolver,
  WebsiteResolver,
  ReportingPeriodResolver,
  AnnualReturnResolver,
  AnnualReturnEventResolver,
] as const;

/**
 * type-graphql insists on a PubSub once any subscription exists, but every
 * subscription here brings its own `subscribe` (the alert bus and outbox), so
 * topic-based publishing is a programming error.
 */
const topicsNotUsed: PubSub = {
  publish() {
    throw new Error('subscriptions are fed by their own subscribe functions, not by type-graphql topics');
  },
  subscribe() {
    throw new Error('subscriptions are fed by their own subscribe functions, not by type-graphql topics');
  },
};

export async function buildBianzhiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: [...resolvers], validate: false, pubSub: topicsNotUsed, scalarsMap: [{ type: Date, scalar: DateTimeScalar }] });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description = "Reads of Guizhou's institutional-establishment registry (编制登记查询).";
  schema.getMutationType()!.description = 'Changes to the registry, each in one transaction, refused whole on bad input or a stale version (编制登记变更).';
  schema.getSubscriptionType()!.description = 'Live events over graphql-ws on the same /graphql path (实时推送).';
  return schema;
}

/** The schema as committed in `schema/schema.graphql`: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
