import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';
import { ExitReason } from './exit-reason';

export enum EstablishmentEventKind {
  ENTERED = 'ENTERED',
  TRANSFERRED_IN = 'TRANSFERRED_IN',
  RECORDED = 'RECORDED',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  EXITED = 'EXITED',
}

registerEnumType(EstablishmentEventKind, {
  name: 'EstablishmentEventKind',
  description: 'What happened in a person\'s establishment history (编制沿革事项).',
  valuesConfig: {
    ENTERED: { description: 'Entered against an approval to use posts (核准入编).' },
    TRANSFERRED_IN: { description: 'Transferred in (调入).' },
    RECORDED: { description: 'In post as recorded history of the existing register (存量登记).' },
    TRANSFERRED_OUT: { description: 'Transferred out (调出).' },
    EXITED: { description: 'Left the establishment: retirement, resignation, dismissal or death (出编).' },
  },
});

@ObjectType({ description: 'One entry, exit or transfer in a person\'s establishment history (编制沿革), with its document.' })
export class EstablishmentEvent {
  @Field(() => EstablishmentEventKind, { description: 'What happened (事项).' })
  kind!: EstablishmentEventKind;

  @Field(() => DateScalar, { description: 'When (日期).' })
  occurredOn!: string;

  @Field(() => ID, { description: 'The staff record it happened to (人员记录): one per post the person held.' })
  staffId!: string;

  /** Resolved to the institution by EstablishmentEventResolver. */
  institutionId!: number;

  @Field(() => QuotaCategory, { description: 'Quota category of the post (编制类别).' })
  quotaCategory!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier of the post (领导职务层级); null for other posts.' })
  leadershipTier!: LeadershipTier | null;

  @Field(() => String, { nullable: true, description: 'Notice number of the approval to use posts an entry was made against (用编核准通知单编号); null for exits and recorded history.' })
  noticeNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Document of an exit or transfer out (出编/调动文件号); null for entries.' })
  documentNumber!: string | null;

  @Field(() => ExitReason, { nullable: true, description: 'Why the person left (出编原因); null for entries.' })
  exitReason!: ExitReason | null;
}
