import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Bureau } from '../bureau/bureau.entity';
import { QuotaCategory } from '../quota/quota-category';
import { Institution } from '../institution/institution.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { PlacedBy } from '../access/placement';
import { AlertKind } from './alert-enums';
import { StaffingUseApproval } from '../staffing-use/staffing-use-approval.entity';
import { DateTimeScalar } from '../../common/scalars';

/** Written only by the database's triggers, in the transaction of the write that raised or resolved it. */
@ObjectType({
  simpleResolvers: true,
  description:
    'An alert of one institution (预警): over-staffing (超编) in one quota category, over-positions (超职数) in one leadership tier, or an approval to use posts about to expire unused or used up (用编核准提醒).',
})
@Entity({ tableName: 'quota_alert' })
@Index({
  name: 'quota_alert_bureau_path_index',
  expression: 'create index "quota_alert_bureau_path_index" on "quota_alert" ("bureau_path" text_pattern_ops)',
})
@Index({
  name: 'quota_alert_open_unique',
  expression: 'create unique index "quota_alert_open_unique" on "quota_alert" ("institution_id", "kind", coalesce("category", "tier"), coalesce("staffing_use_approval_id", 0)) where "resolved_at" is null',
})
export class QuotaAlert {
  @Field(() => ID, { description: 'Identifier of the alert.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'set null', index: 'quota_alert_institution_id_index' })
  institution!: Ref<Institution> | null;

  /** The approval an approval alert is about; exposed through QuotaAlertApprovalResolver. */
  @ManyToOne(() => StaffingUseApproval, { ref: true, nullable: true, deleteRule: 'set null', index: 'quota_alert_staffing_use_approval_id_index' })
  staffingUseApproval: Ref<StaffingUseApproval> | null = null;

  @Field(() => String, { description: 'Name of the institution when the alert was raised (机构名称).' })
  @Property({ type: 'string', length: 200 })
  institutionName!: string;

  @ManyToOne(() => Bureau, { ref: true, nullable: true, deleteRule: 'set null', index: 'quota_alert_bureau_id_index' })
  bureau!: Ref<Bureau> | null;

  @Field(() => String, { description: 'Tree path of the institution\'s bureau (树路径), e.g. 520000/520300/520302/.' })
  @PlacedBy({ called: 'alert' })
  @Property({ type: 'text' })
  bureauPath!: string;

  @Field(() => AlertKind, { description: 'What the alert warns of (预警类型).' })
  @Enum({ items: () => AlertKind, type: 'string' })
  kind!: AlertKind;

  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category of an over-staffing alert or of the approval an approval alert is about (编制类别); null for over-positions.' })
  @Enum({ items: () => QuotaCategory, type: 'string', nullable: true })
  category!: QuotaCategory | null;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier of an over-positions alert or of the approval an approval alert is about (领导职数层级); null for over-staffing.' })
  @Enum({ items: () => LeadershipTier, type: 'string', nullable: true })
  tier!: LeadershipTier | null;

  @Field(() => Int, { description: 'Approved headcount or leadership positions (核定数), or the posts an approval to use posts approved, at the last change while open.' })
  @Property({ type: 'integer' })
  approved!: number;

  @Field(() => Int, { description: 'Active staff or leaders (实有数), or the posts used of an approval to use posts, at the last change while open.' })
  @Property({ type: 'integer' })
  actual!: number;

  @Field(() => DateTimeScalar, { description: 'When the alert was raised (预警时间).' })
  @Property({ type: 'datetime', index: 'quota_alert_raised_at_index' })
  raisedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the alert was resolved (解除时间); null while open.' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt!: Date | null;
}
