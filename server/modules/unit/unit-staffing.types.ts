import { Field, ObjectType } from 'type-graphql';
import { CategoryStaffing } from '../statistics/statistics.types';
import type { QuotaCategory } from '../quota/quota-category';

@ObjectType({ simpleResolvers: true, description: "A unit's quota and staff in one quota category, with its over-staffing state (编制使用情况)." })
export class UnitCategoryStaffing extends CategoryStaffing {
  @Field(() => Boolean, { description: 'Active staff exceed the approved headcount (超编); a category with no quota has a headcount of zero.' })
  overStaffed!: boolean;

  @Field(() => Boolean, { description: 'Active leaders exceed the approved leadership positions (超职数).' })
  overPositions!: boolean;
}

/** One row of `unit_staffing`: a unit's current quota and active staff in one category. */
export interface StaffingCell {
  category: QuotaCategory;
  hasQuota: boolean;
  approvedHeadcount: number;
  approvedLeadershipPositions: number;
  activeStaff: number;
  activeLeaders: number;
}

/** A unit's staffing, category by category: the categories with a current quota or active staff. */
export function unitStaffing(cells: StaffingCell[]): UnitCategoryStaffing[] {
  return cells
    .filter((cell) => cell.hasQuota || cell.activeStaff > 0)
    .map(({ category, approvedHeadcount, approvedLeadershipPositions, activeStaff, activeLeaders }) => ({
      category,
      approvedHeadcount,
      approvedLeadershipPositions,
      activeStaff,
      activeLeaders,
      vacancies: Math.max(approvedHeadcount - activeStaff, 0),
      overStaffed: activeStaff > approvedHeadcount,
      overPositions: activeLeaders > approvedLeadershipPositions,
    }));
}
