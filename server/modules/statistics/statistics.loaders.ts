import type { ReadPool } from '../../database/read-pool';
import { LeadershipTier } from '../establishment/leadership-tier';
import { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import { InstitutionRank } from '../institution/institution-rank';
import { QuotaCategory } from '../quota/quota-category';
import { addStaffing, emptyStaffing, type IndicatorCounts, type StaffingTotals } from './bureau-figures';
import type { EstablishmentCache } from './establishment-cache';
import type { EstablishmentFigures } from './establishment-figures';
import { EstablishmentRollups } from './establishment-rollups';
import type { EstablishmentStatistics } from './establishment-statistics.types';
import { RegistryFigures } from './registry-figures';
import { whenRead } from '../establishment/staffing.reads';
import type { StaffingCache } from './staffing-cache';
import { coverage, type IndicatorStatistics, type StaffingStatistics, type StatisticsScope } from './statistics.types';

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

function staffingStatisticsFrom(totals: StaffingTotals, alsoCounted?: StaffingTotals): StaffingStatistics {
  let merged = totals;
  if (alsoCounted) {
    merged = emptyStaffing();
    addStaffing(merged, totals);
    addStaffing(merged, alsoCounted);
  }
  const { byCategory, unitsByRank, unitsOverQuota, unitsOverPositions, approvedLeadershipPositions, activeLeaders } = merged;
  const categories = [...byCategory.entries()].sort(([first], [second]) => first.localeCompare(second));
  const sum = (pick: (figures: (typeof categories)[number][1]) => number) => categories.reduce((total, [, figures]) => total + pick(figures), 0);
  const ranks = Object.values(InstitutionRank).filter((rank) => unitsByRank.has(rank)).sort();
  return {
    units: [...unitsByRank.values()].reduce((total, units) => total + units, 0),
    unitsByRank: ranks.map((rank) => ({ rank, units: unitsByRank.get(rank)! })),
    byCategory: categories.map(([category, figures]) => ({ category, ...figures })),
    approvedHeadcount: sum((figures) => figures.approvedHeadcount),
    approvedLeadershipPositions,
    activeStaff: sum((figures) => figures.activeStaff),
    activeLeaders,
    vacancies: sum((figures) => figures.vacancies),
    unitsOverQuota,
    unitsOverPositions,
  };
}

/** The values of `values` (an enum's, in its order) that `counts` holds, each with its count. */
function listed<Key extends string, Count>(values: Record<string, Key>, counts: Map<Key, Count>): [Key, Count][] {
  return Object.values(values)
    .filter((value) => counts.has(value))
    .map((value) => [value, counts.get(value)!]);
}

export function establishmentStatisticsFrom(figures: EstablishmentFigures): EstablishmentStatistics {
  const byCategory = listed(QuotaCategory, figures.byCategory).filter(([, cells]) => cells.cells > 0);
  const byTier = listed(LeadershipTier, figures.byTier).filter(([, cells]) => cells.cells > 0);
  const total = <Key>(cells: [Key, { approved: number; active: number; vacancies: number; excess: number }][], pick: 'approved' | 'active' | 'vacancies' | 'excess') =>
    cells.reduce((sum, [, figures]) => sum + figures[pick], 0);
  return {
    institutions: figures.institutions,
    byKind: listed(InstitutionKind, figures.byKind).filter(([, count]) => count > 0).map(([kind, institutions]) => ({ kind, institutions })),
    byNature: listed(InstitutionNature, figures.byNature).filter(([, count]) => count > 0).map(([nature, institutions]) => ({ nature, institutions })),
    byRank: listed(InstitutionRank, figures.byRank).filter(([, count]) => count > 0).map(([rank, institutions]) => ({ rank, institutions })),
    byFunding: listed(FundingForm, figures.byFunding).filter(([, count]) => count > 0).map(([funding, institutions]) => ({ funding, institutions })),
    byCategory: byCategory.map(([category, cells]) => ({
      category,
      approvedHeadcount: cells.approved,
      activeStaff: cells.active,
      vacancies: cells.vacancies,
      excess: cells.excess,
      overStaffedInstitutions: cells.over,
    })),
    byTier: byTier.map(([tier, cells]) => ({
      tier,
      approvedPositions: cells.approved,
      holders: cells.active,
      vacantPositions: cells.vacancies,
      excess: cells.excess,
      overInstitutions: cells.over,
    })),
    approvedHeadcount: total(byCategory, 'approved'),
    activeStaff: total(byCategory, 'active'),
    vacancies: total(byCategory, 'vacancies'),
    excess: total(byCategory, 'excess'),
    approvedPositions: total(byTier, 'approved'),
    leaders: total(byTier, 'active'),
    overStaffedInstitutions: figures.overStaffedInstitutions,
    overPositionsInstitutions: figures.overPositionsInstitutions,
    overInstitutions: figures.overInstitutions,
  };
}

/** Rollups for one request; only the versioned staffing and establishment caches outlive it. */
export function createStatisticsLoaders(reads: ReadPool, cache: StaffingCache, establishmentCache: EstablishmentCache) {
  const registry = new RegistryFigures(reads, cache);
  const establishment = new EstablishmentRollups(reads, establishmentCache);
  return {
    /** Every bureau, read with the indicator figures (one statement per request, shared). */
    bureaus: () => registry.bureaus(),
    /** The bureaus when a statistic has started reading them in this request, else undefined. */
    bureausUnderway: () => registry.bureausUnderway(),
    indicatorStatistics(id: number, scope: StatisticsScope): IndicatorStatistics | Promise<IndicatorStatistics> {
      return whenRead(registry.indicators(id, scope), indicatorStatisticsFromCounts);
    },
    staffingStatistics(id: number, scope: StatisticsScope, includeInternalDivisions: boolean): StaffingStatistics | Promise<StaffingStatistics> {
      return whenRead(registry.staffing(id, scope), (parts) => staffingStatisticsFrom(parts.regularUnits, includeInternalDivisions ? parts.internalDivisions : undefined));
    },
    /** Every existing institution of every kind in the scope (各级各类机构编制数据统计). */
    async establishmentStatistics(id: number, scope: StatisticsScope): Promise<EstablishmentStatistics> {
      return establishmentStatisticsFrom(await establishment.figures(id, scope));
    },
  };
}

