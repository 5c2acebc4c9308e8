import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { QuotaCategory } from '../quota/quota-category';
import { UnitRank } from '../unit/unit-rank';
import { addFigures, type BureauFigures, emptyFigures, type IndicatorCounts, indicatorKeys, type StaffingTotals } from './bureau-figures';
import { coverage, type IndicatorStatistics, type StaffingStatistics, StatisticsScope } from './statistics.types';

export function indicatorStatisticsFromCounts(counts: IndicatorCounts): IndicatorStatistics {
  const total = counts.bureaus;
  return {
    bureauCount: total,
    intranetSite: coverage(counts.intranet_site, total),
    extranetSite: coverage(counts.extranet_site, total),
    localAreaNetwork: coverage(counts.local_area_network, total),
    paperlessOffice: coverage(counts.paperless_office, total),
    documentExchange: coverage(counts.document_exchange, total),
    partyIntranet: coverage(counts.party_intranet, total),
    withUnit: coverage(counts.with_unit, total),
  };
}

function staffingStatisticsFrom(totals: StaffingTotals[]): StaffingStatistics {
  const merged = emptyFigures();
  for (const part of totals) addFigures(merged, { ...emptyFigures(), regularUnits: part });
  const { byCategory, unitsByRank, unitsOverQuota, unitsOverPositions } = merged.regularUnits;
  const categories = [...byCategory.entries()].sort(([first], [second]) => first.localeCompare(second));
  const sum = (pick: (figures: (typeof categories)[number][1]) => number) => categories.reduce((total, [, figures]) => total + pick(figures), 0);
  const ranks = Object.values(UnitRank).filter((rank) => unitsByRank.has(rank)).sort();
  return {
    units: [...unitsByRank.values()].reduce((total, units) => total + units, 0),
    unitsByRank: ranks.map((rank) => ({ rank, units: unitsByRank.get(rank)! })),
    byCategory: categories.map(([category, figures]) => ({ category, ...figures })),
    approvedHeadcount: sum((figures) => figures.approvedHeadcount),
    approvedLeadershipPositions: sum((figures) => figures.approvedLeadershipPositions),
    activeStaff: sum((figures) => figures.activeStaff),
    activeLeaders: sum((figures) => figures.activeLeaders),
    vacancies: sum((figures) => figures.vacancies),
    unitsOverQuota,
    unitsOverPositions,
  };
}

interface BureauNode {
  id: number;
  path: string;
  parentId: number | null;
  own: BureauFigures;
}

const subtreeMembers = `select distinct member.id, member.path, member.parent_id, member.level,
         member.local_area_network_built_on, member.paperless_office_built_on, member.document_exchange_built_on, member.party_intranet_connected_on
    from bureau root
    join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
   where root.id in (?)`;

interface StaffingRow {
  kind: 'cell' | 'rank';
  bureau_id: number;
  internal: boolean;
  category: QuotaCategory | null;
  rank: UnitRank | null;
  headcount: number;
  positions: number;
  staff: number;
  leaders: number;
  vacancies: number;
  over_quota: number;
  over_positions: number;
  units: number;
}

/**
 * Every figure of every bureau in the subtrees asked for, each bureau's own,
 * fetched once per request in two statements: the bureaus with their indicator
 * flags, then their units' current quotas and staffing counters grouped by
 * bureau. Rollups are then sums over the tree, done once, bottom-up, in memory:
 * a whole-tree query costs the same two statements as a single bureau's.
 */
class RegistryFigures {
  private readonly nodes = new Map<number, BureauNode>();
  private subtreeTotals = new Map<number, BureauFigures>();
  private descendantTotals = new Map<number, BureauFigures>();
  private fetchedRoots: string[] = [];

  constructor(private readonly em: EntityManager) {}

  private covered(id: number): boolean {
    const node = this.nodes.get(id);
    return node !== undefined && this.fetchedRoots.some((rootPath) => node.path.startsWith(rootPath));
  }

  readonly fetcher = new DataLoader<number, true>(async (rootIds) => {
    const missing = rootIds.filter((id) => !this.covered(id));
    if (missing.length > 0) await this.fetch(missing);
    return rootIds.map(() => true as const);
  });

  private async fetch(rootIds: number[]): Promise<void> {
    const connection = this.em.getConnection();
    const members: {
      id: number; path: string; parent_id: number | null; level: string; intranet_site: boolean; extranet_site: boolean; with_unit: boolean;
      local_area_network_built_on: string | null; paperless_office_built_on: string | null; document_exchange_built_on: string | null; party_intranet_connected_on: string | null;
    }[] = await connection.execute(
      `select members.*,
              exists (select 1 from website where website.bureau_id = members.id and website.network = 'INTRANET') as intranet_site,
              exists (select 1 from website where website.bureau_id = members.id and website.network = 'EXTRANET') as extranet_site,
              exists (select 1 from egov_unit where egov_unit.bureau_id = members.id) as with_unit
         from (${subtreeMembers}) members`,
      [rootIds],
    );
    const staffing: StaffingRow[] = await connection.execute(
      `with members as (select distinct member.id from bureau root join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~') where root.id in (?)),
            units as (select id, bureau_id, rank, rank = 'INTERNAL_DIVISION' as internal from egov_unit where bureau_id in (select id from members)),
            cells as (
              select coalesce(quota.unit_id, counters.unit_id) as unit_id,
                     coalesce(quota.category, counters.category) as category,
                     coalesce(quota.approved_headcount, 0) as headcount,
                     coalesce(quota.approved_leadership_positions, 0) as positions,
                     coalesce(counters.active_staff, 0) as staff,
                     coalesce(counters.active_leaders, 0) as leaders
                from (select unit_id, category, approved_headcount, approved_leadership_positions from quota
                       where superseded_on is null and unit_id in (select id from units)) quota
                full join (select unit_id, category, active_staff, active_leaders from unit_staffing
                            where active_staff > 0 and unit_id in (select id from units)) counters
                  on counters.unit_id = quota.unit_id and counters.category = quota.category
            )
       select 'cell' as kind, units.bureau_id, units.internal, cells.category, null as rank,
              sum(cells.headcount)::int as headcount, sum(cells.positions)::int as positions,
              sum(cells.staff)::int as staff, sum(cells.leaders)::int as leaders,
              sum(greatest(cells.headcount - cells.staff, 0))::int as vacancies,
              count(distinct units.id) filter (where cells.staff > cells.headcount)::int as over_quota,
              count(distinct units.id) filter (where cells.leaders > cells.positions)::int as over_positions,
              0 as units
         from units join cells on cells.unit_id = units.id
        group by grouping sets ((units.bureau_id, units.internal, cells.category), (units.bureau_id, units.internal))
       union all
       select 'rank', bureau_id, internal, null, rank, 0, 0, 0, 0, 0, 0, 0, count(*)::int from units group by bureau_id, internal, rank`,
      [rootIds],
    );
    for (const member of members) {
      if (this.nodes.has(member.id)) continue;
      const own = emptyFigures();
      const counted = member.level !== 'PROVINCE' ? 1 : 0;
      own.indicators.bureaus = counted;
      own.indicators.intranet_site = counted && Number(member.intranet_site);
      own.indicators.extranet_site = counted && Number(member.extranet_site);
      own.indicators.local_area_network = counted && Number(member.local_area_network_built_on !== null);
      own.indicators.paperless_office = counted && Number(member.paperless_office_built_on !== null);
      own.indicators.document_exchange = counted && Number(member.document_exchange_built_on !== null);
      own.indicators.party_intranet = counted && Number(member.party_intranet_connected_on !== null);
      own.indicators.with_unit = counted && Number(member.with_unit);
      this.nodes.set(member.id, { id: member.id, path: member.path, parentId: member.parent_id, own });
    }
    for (const row of staffing) {
      const node = this.nodes.get(row.bureau_id);
      if (!node) continue;
      const totals = row.internal ? node.own.internalDivisions : node.own.regularUnits;
      if (row.kind === 'rank') {
        totals.unitsByRank.set(row.rank!, row.units);
      } else if (row.category === null) {
        totals.unitsOverQuota = row.over_quota;
        totals.unitsOverPositions = row.over_positions;
      } else {
        totals.byCategory.set(row.category, {
          approvedHeadcount: row.headcount,
          approvedLeadershipPositions: row.positions,
          activeStaff: row.staff,
          activeLeaders: row.leaders,
          vacancies: row.vacancies,
        });
      }
    }
    const fetchedPaths = members.filter((member) => rootIds.includes(member.id)).map((member) => member.path);
    this.fetchedRoots.push(...fetchedPaths);
    this.sumSubtrees();
  }

  /** Deepest bureaus first, so that each subtree is complete before it is added to its parent's. */
  private sumSubtrees(): void {
    this.subtreeTotals = new Map();
    this.descendantTotals = new Map();
    const deepestFirst = [...this.nodes.values()].sort((first, second) => second.path.length - first.path.length);
    for (const node of deepestFirst) {
      const descendants = this.descendantTotals.get(node.id) ?? emptyFigures();
      this.descendantTotals.set(node.id, descendants);
      const subtree = emptyFigures();
      addFigures(subtree, node.own);
      addFigures(subtree, descendants);
      this.subtreeTotals.set(node.id, subtree);
      if (node.parentId !== null && this.nodes.has(node.parentId)) {
        const parentDescendants = this.descendantTotals.get(node.parentId) ?? emptyFigures();
        addFigures(parentDescendants, subtree);
        this.descendantTotals.set(node.parentId, parentDescendants);
      }
    }
  }

  async figures(id: number, scope: StatisticsScope): Promise<BureauFigures> {
    await this.fetcher.load(id);
    const found =
      scope === StatisticsScope.SELF ? this.nodes.get(id)?.own : scope === StatisticsScope.SUBTREE ? this.subtreeTotals.get(id) : this.descendantTotals.get(id);
    return found ?? emptyFigures();
  }
}

/** Rollups for one request; nothing is kept between requests. */
export function createStatisticsLoaders(em: EntityManager) {
  const registry = new RegistryFigures(em);
  return {
    async indicatorStatistics(id: number, scope: StatisticsScope): Promise<IndicatorStatistics> {
      return indicatorStatisticsFromCounts((await registry.figures(id, scope)).indicators);
    },
    async staffingStatistics(id: number, scope: StatisticsScope, includeInternalDivisions: boolean): Promise<StaffingStatistics> {
      const figures = await registry.figures(id, scope);
      return staffingStatisticsFrom(includeInternalDivisions ? [figures.regularUnits, figures.internalDivisions] : [figures.regularUnits]);
    },
  };
}

