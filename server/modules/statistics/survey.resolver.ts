import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { referencedInJurisdiction } from '../access/record-access';
import { badUserInput } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { InstitutionRank } from '../institution/institution-rank';
import { indicatorStatisticsFromCounts } from './statistics.loaders';
import type { BureauTree } from './registry-figures';
import { coveragePercent, type IndicatorStatistics, type RankCount, StatisticsScope } from './statistics.types';
import { IndicatorKind, IndicatorShares, IndicatorTable, UnitTable, type UnitTableRow } from './survey.types';
import { AllowedFor, Audience } from '../access/operation-access';

/**
 * The bureau named, or by default the root of the caller's jurisdiction (the
 * province, for registry-wide accounts), with every bureau as the figures read
 * them: the table's rows are the root's children there, no statement of their own.
 */
async function tableRoot(context: Context, underBureauId: string | undefined | null): Promise<{ root: Bureau; tree: BureauTree }> {
  const ownBureauId = context.jurisdiction.principal?.bureauId;
  const named =
    underBureauId != null
      ? referencedInJurisdiction(context, Bureau, 'underBureauId', underBureauId)
      : ownBureauId != null
        ? context.loaders.bureauById.load(ownBureauId).then((bureau) => bureau!)
        : null;
  const [root, tree] = await Promise.all([named, context.loaders.statistics.bureaus()]);
  if (root) return { root, tree };
  const roots = tree.roots();
  if (roots.length !== 1) throw badUserInput('underBureauId', 'SURVEY_ROOT_AMBIGUOUS');
  return { root: roots[0], tree };
}

function sumIndicatorStatistics(list: IndicatorStatistics[]): IndicatorStatistics {
  const add = (pick: (statistics: IndicatorStatistics) => number) => list.reduce((sum, statistics) => sum + pick(statistics), 0);
  return indicatorStatisticsFromCounts({
    bureaus: add((statistics) => statistics.bureauCount),
    intranet_site: add((statistics) => statistics.intranetSite.built),
    extranet_site: add((statistics) => statistics.extranetSite.built),
    local_area_network: add((statistics) => statistics.localAreaNetwork.built),
    paperless_office: add((statistics) => statistics.paperlessOffice.built),
    document_exchange: add((statistics) => statistics.documentExchange.built),
    party_intranet: add((statistics) => statistics.partyIntranet.built),
    with_unit: add((statistics) => statistics.withUnit.built),
  });
}

function sumRanks(lists: RankCount[][]): RankCount[] {
  return Object.values(InstitutionRank)
    .map((rank) => ({ rank, units: lists.flat().filter((count) => count.rank === rank).reduce((sum, count) => sum + count.units, 0) }))
    .filter((count) => count.units > 0);
}

@Resolver()
export class SurveyResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => IndicatorTable, {
    description: "The survey's Table 1 (表一: each prefecture over all its bureaus) or, with bureausAlone, Table 2 (表二: the prefecture bureaus alone).",
  })
  async indicatorTable(
    @Ctx() context: Context,
    @Arg('underBureauId', () => ID, { nullable: true, description: 'Bureau whose children make the rows; by default the root of your jurisdiction, the province for registry-wide accounts.' }) underBureauId?: string,
    @Arg('bureausAlone', () => Boolean, { defaultValue: false, description: 'Count each row\'s bureau alone instead of its whole subtree (本级).' })
    bureausAlone?: boolean,
  ): Promise<IndicatorTable> {
    const { root, tree } = await tableRoot(context, underBureauId);
    const children = tree.childrenOf(root.id);
    const scope = bureausAlone ? StatisticsScope.SELF : StatisticsScope.SUBTREE;
    const rows = await Promise.all(children.map(async (bureau) => ({ bureau, statistics: await context.loaders.statistics.indicatorStatistics(bureau.id, scope) })));
    return { rows, total: sumIndicatorStatistics(rows.map((row) => row.statistics)) };
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => UnitTable, { description: "The survey's Table 3 (表三): e-government units, their ranks, quota and staff, per prefecture." })
  async unitTable(
    @Ctx() context: Context,
    @Arg('underBureauId', () => ID, { nullable: true, description: 'Bureau whose children make the rows; by default the root of your jurisdiction, the province for registry-wide accounts.' }) underBureauId?: string,
  ): Promise<UnitTable> {
    const { root, tree } = await tableRoot(context, underBureauId);
    const children = tree.childrenOf(root.id);
    const { statistics } = context.loaders;
    const rows: UnitTableRow[] = await Promise.all(
      children.map(async (bureau) => {
        const [indicators, allUnits, counted, units] = await Promise.all([
          statistics.indicatorStatistics(bureau.id, StatisticsScope.SUBTREE),
          statistics.staffingStatistics(bureau.id, StatisticsScope.SUBTREE, true),
          statistics.staffingStatistics(bureau.id, StatisticsScope.SUBTREE, false),
          context.loaders.unitsInSubtree.load(bureau.id),
        ]);
        return {
          bureau,
          bureauCount: indicators.bureauCount,
          bureausWithUnit: indicators.withUnit.built,
          coverage: indicators.withUnit.coverage,
          unitsByRank: allUnits.unitsByRank,
          units,
          approvedHeadcount: counted.approvedHeadcount,
          activeStaff: counted.activeStaff,
        };
      }),
    );
    const add = (pick: (row: UnitTableRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
    const bureauCount = add((row) => row.bureauCount);
    const bureausWithUnit = add((row) => row.bureausWithUnit);
    return {
      rows,
      total: {
        bureau: null,
        bureauCount,
        bureausWithUnit,
        coverage: coveragePercent(bureausWithUnit, bureauCount),
        unitsByRank: sumRanks(rows.map((row) => row.unitsByRank)),
        units: rows.flatMap((row) => row.units),
        approvedHeadcount: add((row) => row.approvedHeadcount),
        activeStaff: add((row) => row.activeStaff),
      },
    };
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => IndicatorShares, { description: "The survey's Figure 1 (图一): each indicator's share of all built items among the city and county bureaus under a bureau." })
  async indicatorShares(
    @Ctx() context: Context,
    @Arg('underBureauId', () => ID, { nullable: true, description: 'The bureau whose subtree is counted; by default the root of your jurisdiction, the province for registry-wide accounts.' }) underBureauId?: string,
  ): Promise<IndicatorShares> {
    const { root } = await tableRoot(context, underBureauId);
    const statistics = await context.loaders.statistics.indicatorStatistics(root.id, StatisticsScope.SUBTREE);
    const built: [IndicatorKind, number][] = [
      [IndicatorKind.EXTRANET_SITE, statistics.extranetSite.built],
      [IndicatorKind.INTRANET_SITE, statistics.intranetSite.built],
      [IndicatorKind.DOCUMENT_EXCHANGE, statistics.documentExchange.built],
      [IndicatorKind.LOCAL_AREA_NETWORK, statistics.localAreaNetwork.built],
      [IndicatorKind.PAPERLESS_OFFICE, statistics.paperlessOffice.built],
    ];
    const totalBuilt = built.reduce((sum, [, count]) => sum + count, 0);
    const shares = built
      .map(([indicator, count]) => ({ indicator, built: count, share: totalBuilt === 0 ? 0 : Math.round((count * 10000) / totalBuilt) / 100 }))
      .sort((first, second) => second.built - first.built);
    return { totalBuilt, shares };
  }
}
