import { Field, Int, ObjectType } from 'type-graphql';
import type { RoutedEvent } from '../../common/outbox/event-bus';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { AnnualReturnEventType } from './annual-return-event-type';

@ObjectType({
  simpleResolvers: true,
  description:
    "A step of a bureau's annual return that the bureau above is told of (年报事件), as the subscription delivers it: submitted, returned, accepted, or overdue. It goes to the bureau itself and every bureau above it.",
})
export class AnnualReturnEventMessage implements RoutedEvent {
  @Field(() => String, { description: 'Position in the event stream (游标); pass the last one received as `since` to resume without missing or repeating any.' })
  cursor!: string;

  @Field(() => AnnualReturnEventType, { description: 'What happened (事件类型).' })
  type!: AnnualReturnEventType;

  @Field(() => DateTimeScalar, { description: 'When it happened (发生时间): the commit of the step, or the sweep that found the return overdue.' })
  occurredAt!: Date;

  @Field(() => Int, { description: 'Reporting year (报告年度).' })
  year!: number;

  @Field(() => DateScalar, { description: "The year's due date (报送截止日期)." })
  dueOn!: string;

  @Field(() => String, { description: "The bureau's division code (编办代码) when it happened." })
  bureauCode!: string;

  @Field(() => String, { description: "The bureau's name (编办名称) when it happened." })
  bureauName!: string;

  @Field(() => Boolean, { description: 'A submission after the due date (逾期报送); false for every other step.' })
  late!: boolean;

  @Field(() => String, { nullable: true, description: "Why (原因): the return's reason for sending it back, or a late submission's reason; null otherwise." })
  reason!: string | null;

  bureauPath!: string;

  /** Read through the `bureau` and `annualReturn` links, as they stand now and only within the caller's jurisdiction. */
  bureauId!: number | null;
  annualReturnId!: number | null;
}
