import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listOf } from '../../common/list-cost';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';
import { StatisticsScope } from '../statistics/statistics.types';
import { InstitutionVacancy, vacancyOf, type VacancyRow } from './vacancy.types';

/** Which institutions' bureaus a scope covers, as a condition on `bureau` (path $1, id $2). */
const scopeCondition: Record<StatisticsScope, string> = {
  [StatisticsScope.SELF]: 'bureau.id = $2::int',
  [StatisticsScope.SUBTREE]: "bureau.path like $1::text || '%' and $2::int is not null",
  [StatisticsScope.DESCENDANTS]: "bureau.path like $1::text || '%' and bureau.id <> $2::int",
};

/** A bureau is reached only through root fields that keep to the caller's jurisdiction, so its vacancies need no check of their own. */
@Resolver(() => Bureau)
export class BureauVacancyResolver {
  @FieldResolver(() => [InstitutionVacancy], {
    description:
      "Vacancies summed over the existing institutions of a scope, the whole subtree by default (空编汇总): per quota category and leadership tier, approved, active, held by open approvals to use posts, and free, each summed institution by institution (an over-staffed one adds no free post). Drill down through `children`, and to the institutions through `institutions(filter: {hasVacancy: true})`.",
    complexity: listOf(Object.keys(QuotaCategory).length + Object.keys(LeadershipTier).length),
  })
  async vacancies(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('scope', () => StatisticsScope, { defaultValue: StatisticsScope.SUBTREE, description: 'Bureaus whose institutions are counted; SUBTREE includes this bureau.' })
    scope: StatisticsScope,
  ): Promise<InstitutionVacancy[]> {
    const rows = await context.reads.rows<VacancyRow>(
      `select vacancy.dimension, vacancy.key, sum(vacancy.approved)::int as approved, sum(vacancy.active)::int as active,
              sum(vacancy.reserved)::int as reserved, sum(vacancy.free)::int as free
         from staffing_vacancy vacancy
         join institution on institution.id = vacancy.institution_id
         join bureau on bureau.id = institution.bureau_id
        where institution.status = 'ACTIVE' and $1::text is not null and ${scopeCondition[scope]}
        group by vacancy.dimension, vacancy.key
       having sum(vacancy.approved) > 0 or sum(vacancy.active) > 0 or sum(vacancy.reserved) > 0
        order by vacancy.dimension, vacancy.key`,
      [bureau.path, bureau.id],
    );
    return rows.map(vacancyOf);
  }
}
