import type { LeadershipTier } from '../establishment/leadership-tier';
import type { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import type { InstitutionRank } from '../institution/institution-rank';
import type { QuotaCategory } from '../quota/quota-category';

/** One quota category or leadership tier, summed over the cells in use (an approval or active people) of existing institutions. */
export interface CellFigures {
  /** Cells in use: institutions with this category or tier in use. */
  cells: number;
  approved: number;
  active: number;
  /** Summed cell by cell: an over cell adds none. */
  vacancies: number;
  excess: number;
  /** Cells over (超编 / 超职数), one per institution. */
  over: number;
}

/**
 * What the existing (ACTIVE) institutions of a group of bureaus add up to, all
 * kinds, not only e-government units (各级各类机构编制数据). Every figure is a
 * sum, so a subtree's figures are the sums of its bureaus' own.
 */
export interface EstablishmentFigures {
  institutions: number;
  byKind: Map<InstitutionKind, number>;
  byNature: Map<InstitutionNature, number>;
  byRank: Map<InstitutionRank, number>;
  byFunding: Map<FundingForm, number>;
  byCategory: Map<QuotaCategory, CellFigures>;
  byTier: Map<LeadershipTier, CellFigures>;
  overStaffedInstitutions: number;
  overPositionsInstitutions: number;
  overInstitutions: number;
}

export function emptyEstablishmentFigures(): EstablishmentFigures {
  return {
    institutions: 0,
    byKind: new Map(),
    byNature: new Map(),
    byRank: new Map(),
    byFunding: new Map(),
    byCategory: new Map(),
    byTier: new Map(),
    overStaffedInstitutions: 0,
    overPositionsInstitutions: 0,
    overInstitutions: 0,
  };
}

export function emptyCellFigures(): CellFigures {
  return { cells: 0, approved: 0, active: 0, vacancies: 0, excess: 0, over: 0 };
}

function addCounts<Key>(target: Map<Key, number>, source: Map<Key, number>): void {
  for (const [key, count] of source) target.set(key, (target.get(key) ?? 0) + count);
}

function addCells<Key>(target: Map<Key, CellFigures>, source: Map<Key, CellFigures>): void {
  for (const [key, figures] of source) {
    const sum = target.get(key) ?? emptyCellFigures();
    sum.cells += figures.cells;
    sum.approved += figures.approved;
    sum.active += figures.active;
    sum.vacancies += figures.vacancies;
    sum.excess += figures.excess;
    sum.over += figures.over;
    target.set(key, sum);
  }
}

/** Adds `source` into `target`, leaving `source` (perhaps a cached bureau's own figures) untouched. */
export function addEstablishmentFigures(target: EstablishmentFigures, source: EstablishmentFigures): void {
  target.institutions += source.institutions;
  addCounts(target.byKind, source.byKind);
  addCounts(target.byNature, source.byNature);
  addCounts(target.byRank, source.byRank);
  addCounts(target.byFunding, source.byFunding);
  addCells(target.byCategory, source.byCategory);
  addCells(target.byTier, source.byTier);
  target.overStaffedInstitutions += source.overStaffedInstitutions;
  target.overPositionsInstitutions += source.overPositionsInstitutions;
  target.overInstitutions += source.overInstitutions;
}
