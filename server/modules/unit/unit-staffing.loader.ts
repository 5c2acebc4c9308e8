import DataLoader from 'dataloader';
import type { ReadPool } from '../../database/read-pool';
import type { UnitCategoryStaffing } from './unit-staffing.types';

/** Each unit's staffing, category by category (the categories in use: a current quota or active staff), one statement per batch. */
export function unitStaffingLoader(reads: ReadPool) {
  return new DataLoader<number, UnitCategoryStaffing[]>(async (unitIds) => {
    const rows = await reads.rows<UnitCategoryStaffing & { unitId: number }>(
      `select unit_id as "unitId", category, approved_headcount as "approvedHeadcount", approved_leadership_positions as "approvedLeadershipPositions",
              active_staff as "activeStaff", active_leaders as "activeLeaders", vacancies, over_staffed as "overStaffed", over_positions as "overPositions"
         from unit_category_staffing where unit_id = any($1::int[]) and in_use order by category`,
      [unitIds],
    );
    const groups = new Map<number, UnitCategoryStaffing[]>(unitIds.map((id) => [id, []]));
    for (const { unitId, ...staffing } of rows) groups.get(unitId)?.push(staffing);
    return unitIds.map((id) => groups.get(id) ?? []);
  });
}
