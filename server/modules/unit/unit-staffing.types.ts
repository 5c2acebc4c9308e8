import { Field, ObjectType } from 'type-graphql';
import { CategoryStaffing } from '../statistics/statistics.types';

/** Figures and flags come as the view `unit_category_staffing` states them: the staffing rule is written there only. */
@ObjectType({ simpleResolvers: true, description: "A unit's quota and staff in one quota category, with its over-staffing state (编制使用情况)." })
export class UnitCategoryStaffing extends CategoryStaffing {
  @Field(() => Boolean, { description: 'Active staff exceed the approved headcount (超编); a category with no quota has a headcount of zero.' })
  overStaffed!: boolean;

  @Field(() => Boolean, { description: 'Active leaders exceed the approved leadership positions (超职数).' })
  overPositions!: boolean;
}
