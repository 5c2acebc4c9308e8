import { Field, ObjectType } from 'type-graphql';
import { AlertEventType } from './alert-enums';
import { QuotaAlert } from './quota-alert.entity';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType({ simpleResolvers: true, description: 'A raise or resolution of a quota alert, as the subscription delivers it (预警事件).' })
export class QuotaAlertEventMessage {
  @Field(() => String, { description: 'Position in the event stream (游标); pass the last one received as `since` to resume without missing or repeating any.' })
  cursor!: string;

  @Field(() => AlertEventType, { description: 'Raised or resolved.' })
  type!: AlertEventType;

  @Field(() => DateTimeScalar, { description: 'When it happened, in the writing transaction (发生时间).' })
  occurredAt!: Date;

  @Field(() => QuotaAlert, { description: 'The alert as this event left it (事件时的预警): where it was, its figures and state then, never a later move or resolution. Only its `unit` and `bureau` links are the records as they stand now, and only within your jurisdiction.' })
  alert!: QuotaAlert;

  /** Tree path of the unit's bureau when the event happened: routes it to that bureau and its ancestors. */
  bureauPath!: string;
}
