import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { streamHead, subscribeUnder, type StreamPosition } from '../../common/outbox/subscription';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { withinJurisdiction } from '../access/record-access';
import { Bureau } from '../bureau/bureau.entity';
import { AnnualReturnEventType } from './annual-return-event-type';
import { AnnualReturnEventMessage } from './annual-return-event.types';
import { AnnualReturn } from './annual-return.entity';

interface ReturnEventArguments extends StreamPosition {
  type?: AnnualReturnEventType | null;
}

@Resolver(() => AnnualReturnEventMessage)
export class AnnualReturnEventResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => String, {
    description:
      'Newest cursor of the annual return events in your jurisdiction (最新游标), or "0" before any. Read it before the progress page, then subscribe with it as `since`: nothing falls between the two.',
  })
  annualReturnEventStreamHead(@Ctx() context: Context): Promise<string> {
    return streamHead(context, context.returnEvents);
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Subscription(() => AnnualReturnEventMessage, {
    name: 'annualReturnEvents',
    description:
      'Annual returns submitted, returned, accepted and gone overdue under a bureau (the bureau included), live (年报报送提醒): a prefecture watching itself hears each county submit and go overdue, a county hears its return sent back or accepted. With `since`, first replays every event after that cursor, exactly as delivered live, then goes live; nothing is missed or repeated across a reconnect that passes the last cursor received.',
    subscribe: ({ args, context }) => {
      const { under, since, type } = args as ReturnEventArguments;
      return subscribeUnder(context as Context, (context as Context).returnEvents, { under, since }, async () => (event) => type == null || event.type === type);
    },
  })
  annualReturnEvents(
    @Root() event: AnnualReturnEventMessage,
    @Ctx() context: Context,
    @Arg('under', () => ID, { description: 'Bureau whose subtree to watch (所辖范围).' }) _under: string,
    @Arg('since', () => String, { nullable: true, description: 'Cursor of the last event received, or annualReturnEventStreamHead (游标); omitted, only new events are sent. Beyond the newest cursor: BAD_USER_INPUT.' }) _since?: string,
    @Arg('type', () => AnnualReturnEventType, { nullable: true, description: 'Only events of this type (事件类型).' }) _type?: AnnualReturnEventType,
  ): AnnualReturnEventMessage {
    context.forgetLoadedRecords();
    return event;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'The bureau (编办) as it stands now; null once deleted.' })
  async bureau(@Root() event: AnnualReturnEventMessage, @Ctx() context: Context): Promise<Bureau | null> {
    if (event.bureauId === null) return null;
    return withinJurisdiction(context, Bureau, await context.loaders.bureauById.load(event.bureauId));
  }

  @FieldResolver(() => AnnualReturn, { nullable: true, description: 'The return (年报) as it stands now; null for a bureau overdue without one.' })
  async annualReturn(@Root() event: AnnualReturnEventMessage, @Ctx() context: Context): Promise<AnnualReturn | null> {
    if (event.annualReturnId === null) return null;
    return withinJurisdiction(context, AnnualReturn, await context.loaders.recordById(AnnualReturn).load(event.annualReturnId));
  }
}
