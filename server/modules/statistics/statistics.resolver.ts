import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { IndicatorStatistics, StaffingStatistics, StatisticsScope } from './statistics.types';

@Resolver(() => Bureau)
export class BureauStatisticsResolver {
  @FieldResolver(() => IndicatorStatistics, {
    description: "The survey's indicators counted over the city and county bureaus in a scope, the whole subtree by default (五项指标统计).",
  })
  indicatorStatistics(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('scope', () => StatisticsScope, { defaultValue: StatisticsScope.SUBTREE, description: 'Bureaus counted; SUBTREE includes this bureau.' })
    scope: StatisticsScope,
  ): IndicatorStatistics | Promise<IndicatorStatistics> {
    return context.loaders.statistics.indicatorStatistics(bureau.id, scope);
  }

  @FieldResolver(() => StaffingStatistics, {
    description: 'Units, quotas and staff of the e-government units in a scope, the whole subtree by default (机构编制统计).',
  })
  staffingStatistics(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('scope', () => StatisticsScope, { defaultValue: StatisticsScope.SUBTREE, description: 'Bureaus whose units are counted; SUBTREE includes this bureau.' })
    scope: StatisticsScope,
    @Arg('includeInternalDivisions', () => Boolean, {
      defaultValue: false,
      description: 'Count internal divisions (内设机构) too; the survey leaves them out of its quota and staff totals.',
    })
    includeInternalDivisions: boolean,
  ): StaffingStatistics | Promise<StaffingStatistics> {
    return context.loaders.statistics.staffingStatistics(bureau.id, scope, includeInternalDivisions);
  }
}
