import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';
import { StaffingUseApplicationStatus } from './application-status';
import { StaffingUsePurpose } from './staffing-use-enums';

@InputType({ description: "An institution's application to use vacant posts (用编申请), as the office records it." })
export class ApplyForStaffingUseInput {
  @Field(() => ID, { description: 'Institution applying (申请机构).' })
  institutionId!: string;

  @Field(() => QuotaCategory, { description: 'Quota category of the posts (编制类别).' })
  category!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier, for leaders (领导职数层级).' })
  tier?: LeadershipTier | null;

  @Field(() => Int, { description: 'Posts applied for (申请用编数), 1 or more.' })
  count!: number;

  @Field(() => StaffingUsePurpose, { description: 'Purpose (用编事由).' })
  purpose!: StaffingUsePurpose;

  @Field(() => DateScalar, { description: 'Date of the application (申请日期); not in the future.' })
  appliedOn!: string;

  @Field(() => String, { description: 'Why the posts are needed (申请理由); at most 500 characters.' })
  justification!: string;
}

@InputType({ description: 'The notice approving an application (核准用编申请): the posts, category, tier and purpose are the application\'s.' })
export class ApproveStaffingUseApplicationInput {
  @Field(() => ID, { description: 'The application (用编申请).' })
  id!: string;

  @Field(() => Int, { description: 'Version of the application as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Posts approved (核准用编数): the posts applied for when left out; never more.' })
  count?: number | null;

  @Field(() => String, { description: 'Number of the notice (核准通知单编号), unique among the institution\'s approvals.' })
  noticeNumber!: string;

  @Field(() => DateScalar, { description: 'Date issued (核准日期); not in the future, nor before the application.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'Last day it may be used (有效期至); not before the issue date, nor already past.' })
  validUntil!: string;
}

@InputType({ description: 'Which applications to use posts to list (用编申请筛选条件); all conditions must hold.' })
export class StaffingUseApplicationFilter {
  @Field(() => ID, { nullable: true, description: 'Applications of institutions under this bureau, the bureau included (所辖范围).' })
  underBureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Applications of this institution (申请机构).' })
  institutionId?: string;

  @Field(() => StaffingUseApplicationStatus, { nullable: true, description: 'Where they stand (申请状态).' })
  status?: StaffingUseApplicationStatus;
}

export const StaffingUseApplicationSort = SortInput(
  'StaffingUseApplication',
  { APPLIED_ON: 'appliedOn', UPDATED_AT: 'updatedAt' },
  { APPLIED_ON: 'Date of the application.', UPDATED_AT: 'Last change.' },
  'appliedOn',
);
