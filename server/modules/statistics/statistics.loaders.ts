import type { ReadPool } from '../../database/read-pool';
import { InstitutionRank } from '../institution/institution-rank';
import { addFigures, emptyFigures, type IndicatorCounts, type StaffingTotals } from './bureau-figures';
import { RegistryFigures } from './registry-figures';
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

function staffingStatisticsFrom(totals: StaffingTotals[]): StaffingStatistics {
  const merged = emptyFigures();
  for (const part of totals) addFigures(merged, { ...emptyFigures(), regularUnits: part });
  const { byCategory, unitsByRank, unitsOverQuota, unitsOverPositions, approvedLeadershipPositions, activeLeaders } = merged.regularUnits;
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

/** Rollups for one request; only the versioned staffing cache outlives it. */
export function createStatisticsLoaders(reads: ReadPool, cache: StaffingCache) {
  const registry = new RegistryFigures(reads, cache);
  return {
    async indicatorStatistics(id: number, scope: StatisticsScope): Promise<IndicatorStatistics> {
      return indicatorStatisticsFromCounts((await registry.figures(id, scope, false)).indicators);
    },
    async staffingStatistics(id: number, scope: StatisticsScope, includeInternalDivisions: boolean): Promise<StaffingStatistics> {
      const figures = await registry.figures(id, scope, true);
      return staffingStatisticsFrom(includeInternalDivisions ? [figures.regularUnits, figures.internalDivisions] : [figures.regularUnits]);
    },
  };
}

