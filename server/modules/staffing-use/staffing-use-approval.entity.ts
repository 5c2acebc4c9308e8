import { Check, type Opt, Entity, Enum, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { LeadershipTier } from '../establishment/leadership-tier';
import { Institution } from '../institution/institution.entity';
import { QuotaCategory } from '../quota/quota-category';
import { StaffingUsePurpose } from './staffing-use-enums';

@ObjectType({
  simpleResolvers: true,
  description:
    "An approval to use vacant posts (用编核准, 编制使用核准通知单): the office lets an institution fill `count` posts of a quota category (and a leadership tier, for leaders) for a purpose, by a numbered notice valid until a date. While valid and not withdrawn, its unused posts are reserved: the vacancy check counts them beside the active staff.",
})
@Entity({ tableName: 'staffing_use_approval' })
// Unique per institution, not nationwide: a number taken in another jurisdiction must not tell a caller that it exists.
@Unique({ name: 'staffing_use_approval_notice_number_unique', properties: ['institution', 'noticeNumber'] })
@Check({ name: 'staffing_use_approval_count_positive', expression: '"approved_count" > 0' })
@Check({ name: 'staffing_use_approval_used_within_count', expression: '"used_count" >= 0 and "used_count" <= "approved_count"' })
@Check({ name: 'staffing_use_approval_named_for_one', expression: '"transferee_national_id" is null or "approved_count" = 1' })
@Check({ name: 'staffing_use_approval_valid_after_issue', expression: '"valid_until" >= "issued_on"' })
export class StaffingUseApproval extends VersionedRecord {
  @PlacedBy({ called: 'staffing-use approval' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'staffing_use_approval_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => QuotaCategory, { description: 'Quota category of the posts (编制类别).' })
  @Enum({ items: () => QuotaCategory, type: 'string' })
  category!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier of the posts, for leaders (领导职数层级); null for other posts.' })
  @Enum({ items: () => LeadershipTier, type: 'string', nullable: true })
  tier: LeadershipTier | null = null;

  @Field(() => Int, { description: 'Posts approved for use (核准用编数).' })
  @Property({ type: 'integer' })
  approvedCount!: number;

  @Field(() => Int, { description: 'Posts filled against it so far (已使用数).' })
  @Property({ type: 'integer', default: 0 })
  usedCount: number & Opt = 0;

  @Field(() => StaffingUsePurpose, { description: 'Purpose (用编事由).' })
  @Enum({ items: () => StaffingUsePurpose, type: 'string' })
  purpose!: StaffingUsePurpose;

  @Field(() => String, { description: 'Number of the notice (核准通知单编号), unique among the institution\'s approvals, e.g. 南编用〔2024〕15号.' })
  @Property({ type: 'string', length: 100 })
  noticeNumber!: string;

  @Field(() => DateScalar, { description: 'Date the notice was issued (核准日期).' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'Last day the notice may be used (有效期至).' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date it was withdrawn (撤回日期); null unless withdrawn.' })
  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  /** Exposed through StaffingUseResolver.transfereeNationalId, which masks it by role. */
  @Property({ type: 'string', length: 18, nullable: true })
  transfereeNationalId: string | null = null;
}
