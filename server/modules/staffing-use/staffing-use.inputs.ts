import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';
import { StaffingUsePurpose } from './staffing-use-enums';

@InputType({ description: 'An approval to use vacant posts (用编核准): refused unless the institution has as many posts free after its active staff and the posts its open approvals hold.' })
export class ApproveStaffingUseInput {
  @Field(() => ID, { description: 'Institution whose posts are to be used (用编机构).' })
  institutionId!: string;

  @Field(() => QuotaCategory, { description: 'Quota category of the posts (编制类别).' })
  category!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier, for leaders (领导职数层级): a position of the tier must be free too.' })
  tier?: LeadershipTier | null;

  @Field(() => Int, { description: 'Posts to approve (核准用编数), 1 or more.' })
  count!: number;

  @Field(() => StaffingUsePurpose, { description: 'Purpose (用编事由).' })
  purpose!: StaffingUsePurpose;

  @Field(() => String, { description: 'Number of the notice (核准通知单编号), unique among the institution\'s approvals.' })
  noticeNumber!: string;

  @Field(() => DateScalar, { description: 'Date issued (核准日期); not in the future.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'Last day it may be used (有效期至); not before the issue date, nor already past.' })
  validUntil!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "National ID number of the one person a transfer in is approved for (调入人员身份号码), when that person is in another jurisdiction: the sending jurisdiction's administrator may then transfer that person, and no one else, against it. Requires `count` 1.",
  })
  transfereeNationalId?: string | null;
}

@InputType({ description: 'Which approvals to use posts to list (用编核准筛选条件); all conditions must hold.' })
export class StaffingUseApprovalFilter {
  @Field(() => ID, { nullable: true, description: 'Approvals of institutions under this bureau, the bureau included (所辖范围).' })
  underBureauId?: string;

  @Field(() => ID, { nullable: true, description: 'Approvals of this institution (用编机构).' })
  institutionId?: string;

  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category (编制类别).' })
  category?: QuotaCategory;

  @Field(() => String, { nullable: true, description: 'Exact notice number (核准通知单编号).' })
  noticeNumber?: string;
}

export const StaffingUseApprovalSort = SortInput(
  'StaffingUseApproval',
  { ISSUED_ON: 'issuedOn', VALID_UNTIL: 'validUntil', NOTICE_NUMBER: 'noticeNumber' },
  { ISSUED_ON: 'Date issued.', VALID_UNTIL: 'Last valid day.', NOTICE_NUMBER: 'Notice number.' },
  'issuedOn',
);
