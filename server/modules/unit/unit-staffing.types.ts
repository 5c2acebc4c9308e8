import { Field, ObjectType } from 'type-graphql';
import { CategoryStaffing } from '../statistics/statistics.types';
import type { Quota } from '../quota/quota.entity';
import type { UnitStaffing } from './unit-staffing.entity';

@ObjectType({ description: "A unit's quota and staff in one quota category, with its over-staffing state (编制使用情况)." })
export class UnitCategoryStaffing extends CategoryStaffing {
  @Field(() => Boolean, { description: 'Active staff exceed the approved headcount (超编); a category with no quota has a headcount of zero.' })
  overStaffed!: boolean;

  @Field(() => Boolean, { description: 'Active leaders exceed the approved leadership positions (超职数).' })
  overPositions!: boolean;
}

/** Pairs the current quotas of a unit with its staffing counters, category by category. */
export function unitStaffing(currentQuotas: Quota[], allCounters: UnitStaffing[]): UnitCategoryStaffing[] {
  const counters = allCounters.filter((counter) => counter.activeStaff > 0);
  const categories = [...new Set([...currentQuotas.map((quota) => quota.category), ...counters.map((counter) => counter.category)])].sort();
  return categories.map((category) => {
    const quota = currentQuotas.find((candidate) => candidate.category === category);
    const counter = counters.find((candidate) => candidate.category === category);
    const approvedHeadcount = quota?.approvedHeadcount ?? 0;
    const approvedLeadershipPositions = quota?.approvedLeadershipPositions ?? 0;
    const activeStaff = counter?.activeStaff ?? 0;
    const activeLeaders = counter?.activeLeaders ?? 0;
    return {
      category,
      approvedHeadcount,
      approvedLeadershipPositions,
      activeStaff,
      activeLeaders,
      vacancies: Math.max(approvedHeadcount - activeStaff, 0),
      overStaffed: activeStaff > approvedHeadcount,
      overPositions: activeLeaders > approvedLeadershipPositions,
    };
  });
}
