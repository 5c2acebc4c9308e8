import DataLoader from 'dataloader';
import type { ReadPool } from '../../database/read-pool';
import type { QuotaCategory } from '../quota/quota-category';
import type { LeadershipTier } from './leadership-tier';
import type { InstitutionStaffing } from './staffing.types';

interface CellRow {
  institution_id: number;
  dimension: 'CATEGORY' | 'TIER';
  key: string;
  approved: number;
  active: number;
  vacancies: number;
  over: boolean;
  excess: number;
}

/** Each institution's staffing cells in use (an approval or active people), one statement per batch. */
export function staffingLoader(reads: ReadPool): DataLoader<number, InstitutionStaffing> {
  return new DataLoader(async (institutionIds) => {
    const rows = await reads.rows<CellRow>(
      `select institution_id, dimension, key, approved, active, vacancies, over, excess
         from staffing_cell_status where institution_id = any($1::int[]) and in_use order by dimension, key`,
      [institutionIds],
    );
    const groups = new Map<number, InstitutionStaffing>(institutionIds.map((id) => [id, { categories: [], tiers: [] }]));
    for (const row of rows) {
      const staffing = groups.get(row.institution_id)!;
      if (row.dimension === 'CATEGORY') {
        staffing.categories.push({
          category: row.key as QuotaCategory,
          approvedHeadcount: row.approved,
          activeStaff: row.active,
          vacancies: row.vacancies,
          overStaffed: row.over,
          excess: row.excess,
        });
      } else {
        staffing.tiers.push({
          tier: row.key as LeadershipTier,
          approvedPositions: row.approved,
          holders: row.active,
          vacantPositions: row.vacancies,
          overPositions: row.over,
          excess: row.excess,
        });
      }
    }
    return institutionIds.map((id) => groups.get(id)!);
  });
}
