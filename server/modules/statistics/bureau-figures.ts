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

export function emptyIndicators(): IndicatorCounts {
  return { bureaus: 0, intranet_site: 0, extranet_site: 0, local_area_network: 0, paperless_office: 0, document_exchange: 0, party_intranet: 0, with_unit: 0 };
}

export function addIndicators(target: IndicatorCounts, source: IndicatorCounts): void {
  for (const key of indicatorKeys) target[key] += source[key];
}

export function emptyFigures(): BureauFigures {
  return {
    indicators: emptyIndicators(),
    regularUnits: emptyStaffing(),
    internalDivisions: emptyStaffing(),
  };
}

/** Adds `source` into `target`, figure by figure. */
export function addStaffing(target: StaffingTotals, source: StaffingTotals): void {
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
  addIndicators(target.indicators, source.indicators);
  addStaffing(target.regularUnits, source.regularUnits);
  addStaffing(target.internalDivisions, source.internalDivisions);
}
