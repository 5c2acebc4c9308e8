import { Check, type Opt, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { LeadershipTier } from '../establishment/leadership-tier';
import { Institution } from '../institution/institution.entity';
import { QuotaCategory } from '../quota/quota-category';
import { StaffingUseApplicationStatus } from './application-status';
import { StaffingUseApproval } from './staffing-use-approval.entity';
import { StaffingUsePurpose } from './staffing-use-enums';

@ObjectType({
  simpleResolvers: true,
  description:
    "An institution's application to use vacant posts (用编申请), recorded by the office: it holds no post; the office approves it by a numbered notice (an approval to use posts, perhaps for fewer posts), rejects it with a reason, or the applicant withdraws it.",
})
@Entity({ tableName: 'staffing_use_application' })
@Check({ name: 'staffing_use_application_count_positive', expression: '"requested_count" > 0' })
export class StaffingUseApplication extends VersionedRecord {
  @PlacedBy({ called: 'staffing-use application' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'staffing_use_application_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => QuotaCategory, { description: 'Quota category of the posts applied for (编制类别).' })
  @Enum({ items: () => QuotaCategory, type: 'string' })
  category!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier, for leaders (领导职数层级); null for other posts.' })
  @Enum({ items: () => LeadershipTier, type: 'string', nullable: true })
  tier: LeadershipTier | null = null;

  @Field(() => Int, { description: 'Posts applied for (申请用编数).' })
  @Property({ type: 'integer' })
  requestedCount!: number;

  @Field(() => StaffingUsePurpose, { description: 'Purpose (用编事由).' })
  @Enum({ items: () => StaffingUsePurpose, type: 'string' })
  purpose!: StaffingUsePurpose;

  @Field(() => DateScalar, { description: 'Date of the application (申请日期).' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Field(() => String, { description: 'Why the posts are needed (申请理由).' })
  @Property({ type: 'text' })
  justification!: string;

  @Field(() => StaffingUseApplicationStatus, { description: 'Where it stands (申请状态).' })
  @Enum({ items: () => StaffingUseApplicationStatus, type: 'string', default: StaffingUseApplicationStatus.PENDING })
  status: StaffingUseApplicationStatus & Opt = StaffingUseApplicationStatus.PENDING;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the decision or withdrawal (办理日期); null while pending.' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected (不予核准理由); null otherwise.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** The approval issued for it; exposed through StaffingUseApplicationResolver. */
  @ManyToOne(() => StaffingUseApproval, { ref: true, nullable: true, deleteRule: 'restrict', unique: 'staffing_use_application_approval_id_unique' })
  approval: Ref<StaffingUseApproval> | null = null;
}
