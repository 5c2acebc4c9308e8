import type { QuotaCategory } from '../quota/quota-category';
import type { InstitutionRank } from '../institution/institution-rank';

/** Quota and staff figures that add up across units and bureaus. */
export interface StaffingFigures {
  approvedHeadcount: number;
  activeStaff: number;
  vacancies: number;
}

/** What one group of units (a bureau's own, or a subtree's) adds up to. */
export interface StaffingTotals {
  byCategory: Map<QuotaCategory, StaffingFigures>;
  /** Leadership positions of the current 三定, all tiers, and their active holders. */
  approvedLeadershipPositions: number;
  activeLeaders: number;
  unitsByRank: Map<InstitutionRank, number>;
  unitsOverQuota: number;
  unitsOverPositions: number;
}

export const indicatorKeys = [
  'bureaus',
  'intranet_site',
  'extranet_site',
  'local_area_network',
  'paperless_office',
  'document_exchange',
  'party_intranet',
  'with_unit',
] as const;

export type IndicatorCounts = Record<(typeof indicatorKeys)[number], number>;

/** Figures of a bureau's own units or a subtree, kept apart for internal divisions so that either view can be summed. */
export interface BureauFigures {
  indicators: IndicatorCounts;
  regularUnits: StaffingTotals;
  internalDivisions: StaffingTotals;
}

export function emptyStaffing(): StaffingTotals {
  return { byCategory: new Map(), approvedLeadershipPositions: 0, activeLeaders: 0, unitsByRank: new Map(), unitsOverQuota: 0, unitsOverPositions: 0 };
}

export function emptyFigures(): BureauFigures {
  return {
    indicators: Object.fromEntries(indicatorKeys.map((key) => [key, 0])) as IndicatorCounts,
    regularUnits: emptyStaffing(),
    internalDivisions: emptyStaffing(),
  };
}

function addStaffing(target: StaffingTotals, source: StaffingTotals): void {
  for (const [category, figures] of source.byCategory) {
    const sum = target.byCategory.get(category);
    if (!sum) {
      target.byCategory.set(category, { ...figures });
      continue;
    }
    sum.approvedHeadcount += figures.approvedHeadcount;
    sum.activeStaff += figures.activeStaff;
    sum.vacancies += figures.vacancies;
  }
  target.approvedLeadershipPositions += source.approvedLeadershipPositions;
  target.activeLeaders += source.activeLeaders;
  for (const [rank, units] of source.unitsByRank) target.unitsByRank.set(rank, (target.unitsByRank.get(rank) ?? 0) + units);
  target.unitsOverQuota += source.unitsOverQuota;
  target.unitsOverPositions += source.unitsOverPositions;
}

/** Adds `source` into `target`: every figure here is a sum, so subtrees add up from their parts. */
export function addFigures(target: BureauFigures, source: BureauFigures): void {
  for (const key of indicatorKeys) target.indicators[key] += source.indicators[key];
  addStaffing(target.regularUnits, source.regularUnits);
  addStaffing(target.internalDivisions, source.internalDivisions);
}
