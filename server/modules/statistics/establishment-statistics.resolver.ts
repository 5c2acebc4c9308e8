import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listOf, registrySizes } from '../../common/list-cost';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { EstablishmentStatistics, EstablishmentTableRow } from './establishment-statistics.types';
import { StatisticsScope } from './statistics.types';

/**
 * Statistics of the whole establishment on a bureau. A bureau is reached only
 * through root fields that keep to the caller's jurisdiction (and its children
 * lie in it too), so these fields need no check of their own.
 */
@Resolver(() => Bureau)
export class BureauEstablishmentStatisticsResolver {
  @FieldResolver(() => EstablishmentStatistics, {
    description:
      'Institutions, quotas, staff and leadership positions of every existing institution of every kind in a scope, the whole subtree by default (各级各类机构编制数据统计); drill down through `children` and, to the institutions, `institutions(filter: {bureauId, overStaffed})`.',
  })
  establishmentStatistics(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('scope', () => StatisticsScope, { defaultValue: StatisticsScope.SUBTREE, description: 'Bureaus whose institutions are counted; SUBTREE includes this bureau.' })
    scope: StatisticsScope,
  ): Promise<EstablishmentStatistics> {
    return context.loaders.statistics.establishmentStatistics(bureau.id, scope);
  }

  @FieldResolver(() => [EstablishmentTableRow], {
    description:
      "The bureau's establishment table (机构编制统计表): a row for the bureau's own institutions (本级, scope SELF), then a row per child bureau with its whole subtree (scope SUBTREE), by code. The rows add up to the bureau's SUBTREE figures.",
    complexity: listOf(registrySizes.childrenPerBureau + 1),
  })
  async establishmentTable(@Root() bureau: Bureau, @Ctx() context: Context): Promise<EstablishmentTableRow[]> {
    const children = await context.loaders.childrenByParentId.load(bureau.id);
    const rows = [{ bureau, scope: StatisticsScope.SELF }, ...children.map((child) => ({ bureau: child, scope: StatisticsScope.SUBTREE }))];
    return Promise.all(rows.map(async (row) => ({ ...row, statistics: await context.loaders.statistics.establishmentStatistics(row.bureau.id, row.scope) })));
  }
}
