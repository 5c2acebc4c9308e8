import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { QuotaCategory } from '../quota/quota-category';
import type { UnitRank } from '../unit/unit-rank';
import {
  type CategoryStaffing,
  coverage,
  type IndicatorStatistics,
  type StaffingStatistics,
  StatisticsScope,
} from './statistics.types';
import { scopeCondition } from './subtree-sql';

interface IndicatorRow {
  root_id: number;
  bureaus: number;
  intranet_site: number;
  extranet_site: number;
  local_area_network: number;
  paperless_office: number;
  document_exchange: number;
  party_intranet: number;
  with_unit: number;
}

export function indicatorStatisticsFromCounts(row: Omit<IndicatorRow, 'root_id'>): IndicatorStatistics {
  const total = row.bureaus;
  return {
    bureauCount: total,
    intranetSite: coverage(row.intranet_site, total),
    extranetSite: coverage(row.extranet_site, total),
    localAreaNetwork: coverage(row.local_area_network, total),
    paperlessOffice: coverage(row.paperless_office, total),
    documentExchange: coverage(row.document_exchange, total),
    partyIntranet: coverage(row.party_intranet, total),
    withUnit: coverage(row.with_unit, total),
  };
}

/** One statement for any number of bureaus: the indicators of each one's scope. */
function indicatorLoader(em: EntityManager, scope: StatisticsScope) {
  return new DataLoader<number, IndicatorStatistics>(async (rootIds) => {
    const hasSite = (network: string) =>
      `count(member.id) filter (where exists (select 1 from website where website.bureau_id = member.id and website.network = '${network}'))::int`;
    const rows: IndicatorRow[] = await em.getConnection().execute(
      `select root.id as root_id,
              count(member.id)::int as bureaus,
              ${hasSite('INTRANET')} as intranet_site,
              ${hasSite('EXTRANET')} as extranet_site,
              count(member.local_area_network_built_on)::int as local_area_network,
              count(member.paperless_office_built_on)::int as paperless_office,
              count(member.document_exchange_built_on)::int as document_exchange,
              count(member.party_intranet_connected_on)::int as party_intranet,
              count(member.id) filter (where exists (select 1 from egov_unit where egov_unit.bureau_id = member.id))::int as with_unit
         from bureau root
         left join bureau member on ${scopeCondition(scope, 'member', 'root')} and member.level <> 'PROVINCE'
        where root.id in (?)
        group by root.id`,
      [rootIds as number[]],
    );
    const byRoot = new Map(rows.map((row) => [row.root_id, row]));
    return rootIds.map((id) => indicatorStatisticsFromCounts(byRoot.get(id) ?? { ...emptyCounts }));
  });
}

const emptyCounts = {
  bureaus: 0,
  intranet_site: 0,
  extranet_site: 0,
  local_area_network: 0,
  paperless_office: 0,
  document_exchange: 0,
  party_intranet: 0,
  with_unit: 0,
};

interface StaffingRow {
  root_id: number;
  category: QuotaCategory | null;
  headcount: number;
  positions: number;
  staff: number;
  leaders: number;
  vacancies: number;
  over_quota: number;
  over_positions: number;
}

/**
 * Two statements for any number of bureaus: quota and staff per category (and
 * in all, through a grouping set), read from the current quotas and the staffing
 * counters; then units by rank.
 */
function staffingLoader(em: EntityManager, scope: StatisticsScope, includeInternalDivisions: boolean) {
  return new DataLoader<number, StaffingStatistics>(async (rootIds) => {
    const scopedUnits = `
      select root.id as root_id, unit.id as unit_id, unit.rank
        from bureau root
        join bureau member on ${scopeCondition(scope, 'member', 'root')}
        join egov_unit unit on unit.bureau_id = member.id
       where root.id in (?) ${includeInternalDivisions ? '' : `and unit.rank <> 'INTERNAL_DIVISION'`}`;
    const connection = em.getConnection();
    const staffingRows: StaffingRow[] = await connection.execute(
      `with scoped_units as (${scopedUnits}),
            cells as (
              select coalesce(quota.unit_id, counters.unit_id) as unit_id,
                     coalesce(quota.category, counters.category) as category,
                     coalesce(quota.approved_headcount, 0) as headcount,
                     coalesce(quota.approved_leadership_positions, 0) as positions,
                     coalesce(counters.active_staff, 0) as staff,
                     coalesce(counters.active_leaders, 0) as leaders
                from (select * from quota where superseded_on is null and unit_id in (select unit_id from scoped_units)) quota
                full join (select * from unit_staffing where active_staff > 0 and unit_id in (select unit_id from scoped_units)) counters
                  on counters.unit_id = quota.unit_id and counters.category = quota.category
            )
       select scoped_units.root_id, cells.category,
              sum(cells.headcount)::int as headcount,
              sum(cells.positions)::int as positions,
              sum(cells.staff)::int as staff,
              sum(cells.leaders)::int as leaders,
              sum(greatest(cells.headcount - cells.staff, 0))::int as vacancies,
              count(distinct scoped_units.unit_id) filter (where cells.staff > cells.headcount)::int as over_quota,
              count(distinct scoped_units.unit_id) filter (where cells.leaders > cells.positions)::int as over_positions
         from scoped_units join cells on cells.unit_id = scoped_units.unit_id
        group by grouping sets ((scoped_units.root_id, cells.category), (scoped_units.root_id))
        order by cells.category`,
      [rootIds as number[]],
    );
    const rankRows: { root_id: number; rank: UnitRank; units: number }[] = await connection.execute(
      `with scoped_units as (${scopedUnits})
       select root_id, rank, count(*)::int as units from scoped_units group by root_id, rank order by rank`,
      [rootIds as number[]],
    );
    return rootIds.map((rootId) => {
      const ranks = rankRows.filter((row) => row.root_id === rootId);
      const categories = staffingRows.filter((row) => row.root_id === rootId && row.category !== null);
      const total = staffingRows.find((row) => row.root_id === rootId && row.category === null);
      const byCategory: CategoryStaffing[] = categories.map((row) => ({
        category: row.category!,
        approvedHeadcount: row.headcount,
        approvedLeadershipPositions: row.positions,
        activeStaff: row.staff,
        activeLeaders: row.leaders,
        vacancies: row.vacancies,
      }));
      return {
        units: ranks.reduce((sum, row) => sum + row.units, 0),
        unitsByRank: ranks.map(({ rank, units }) => ({ rank, units })),
        byCategory,
        approvedHeadcount: total?.headcount ?? 0,
        approvedLeadershipPositions: total?.positions ?? 0,
        activeStaff: total?.staff ?? 0,
        activeLeaders: total?.leaders ?? 0,
        vacancies: total?.vacancies ?? 0,
        unitsOverQuota: total?.over_quota ?? 0,
        unitsOverPositions: total?.over_positions ?? 0,
      };
    });
  });
}

/** Loaders per scope and option, made on first use within the request. */
export function createStatisticsLoaders(em: EntityManager) {
  const indicators = new Map<StatisticsScope, ReturnType<typeof indicatorLoader>>();
  const staffing = new Map<string, ReturnType<typeof staffingLoader>>();
  return {
    indicatorStatistics(scope: StatisticsScope) {
      if (!indicators.has(scope)) indicators.set(scope, indicatorLoader(em, scope));
      return indicators.get(scope)!;
    },
    staffingStatistics(scope: StatisticsScope, includeInternalDivisions: boolean) {
      const key = `${scope}:${includeInternalDivisions}`;
      if (!staffing.has(key)) staffing.set(key, staffingLoader(em, scope, includeInternalDivisions));
      return staffing.get(key)!;
    },
  };
}
