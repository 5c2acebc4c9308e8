import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { listPage } from '../../common/list';
import { PageArguments, SortDirection } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { Institution } from '../institution/institution.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { QuotaCategory } from '../quota/quota-category';
import { AlertKind } from './alert-enums';
import { QuotaAlertEventMessage } from './alert-event.types';
import { alertNarrowing, type AlertNarrowingArguments } from './alert-narrowing';
import { snapshotCursor } from './alert-snapshot';
import { streamHead, subscribeUnder, type StreamPosition } from '../../common/outbox/subscription';
import { QuotaAlertFilter, QuotaAlertSort } from './alert.inputs';
import { QuotaAlert } from './quota-alert.entity';
import { withinJurisdiction } from '../access/record-access';
import { AllowedFor, Audience } from '../access/operation-access';
import { alertWhere } from './alert.reads';

@ObjectType({ description: 'A page of quota alerts.' })
class QuotaAlertPage extends Page(QuotaAlert, 'The alerts on this page.') {}

type SubscriptionArguments = AlertNarrowingArguments & StreamPosition;

@Resolver(() => QuotaAlert)
export class QuotaAlertResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => QuotaAlert, { nullable: true, description: 'One alert by id (预警).' })
  async quotaAlert(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QuotaAlert | null> {
    return withinJurisdiction(context, QuotaAlert, await context.loaders.recordById(QuotaAlert).load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => QuotaAlertPage, { description: 'Over-staffing and over-positions alerts matching a filter, newest first by default (超编超职数预警列表).' })
  async quotaAlerts(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => QuotaAlertFilter, { nullable: true }) filter?: QuotaAlertFilter,
    @Arg('sort', () => QuotaAlertSort, { nullable: true }) sort?: InstanceType<typeof QuotaAlertSort>,
  ): Promise<QuotaAlertPage> {
    const order = sort ?? Object.assign(new QuotaAlertSort(), { direction: SortDirection.DESC });
    return listPage(context, QuotaAlert, { where: await alertWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => String, {
    description:
      'Newest cursor of the alert events in your jurisdiction (最新游标), or "0" before any. Read it before listing open alerts, then subscribe with it as `since`: nothing falls between the list and the stream, and an event whose cursor is at or before the listed alert\'s `latestCursor` is already in the list.',
  })
  async quotaAlertStreamHead(@Ctx() context: Context): Promise<string> {
    return streamHead(context, context.alerts);
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Subscription(() => QuotaAlertEventMessage, {
    name: 'quotaAlerts',
    description:
      'Alerts raised and resolved in institutions under a bureau (the bureau included), live (超编超职数预警推送), optionally only of one kind, category, tier or institution. Each event carries the alert as that event left it, and goes where the event happened. With `since`, first replays every event after that cursor, exactly as it was delivered live, then goes live; nothing is missed or repeated across a reconnect that passes the last cursor received.',
    subscribe: ({ args, context }) => {
      const { under, since, ...narrowingArguments } = args as SubscriptionArguments;
      return subscribeUnder(context as Context, (context as Context).alerts, { under, since }, () => alertNarrowing(context as Context, narrowingArguments));
    },
  })
  quotaAlertEvents(
    @Root() event: QuotaAlertEventMessage,
    @Ctx() context: Context,
    @Arg('under', () => ID, { description: 'Bureau whose subtree to watch (所辖范围).' }) _under: string,
    @Arg('since', () => String, { nullable: true, description: 'Cursor of the last event received, or quotaAlertStreamHead (游标); omitted, only new events are sent. Beyond the newest cursor: BAD_USER_INPUT.' }) _since?: string,
    @Arg('kind', () => AlertKind, { nullable: true, description: 'Only alerts of this kind (预警类型).' }) _kind?: AlertKind,
    @Arg('category', () => QuotaCategory, { nullable: true, description: 'Only alerts in this quota category (编制类别).' }) _category?: QuotaCategory,
    @Arg('tier', () => LeadershipTier, { nullable: true, description: 'Only over-positions alerts in this leadership tier (领导职数层级).' }) _tier?: LeadershipTier,
    @Arg('institutionId', () => ID, { nullable: true, description: 'Only alerts of this institution (机构), which must be in your jurisdiction.' }) _institutionId?: string,
  ): QuotaAlertEventMessage {
    context.forgetLoadedRecords();
    return event;
  }

  @FieldResolver(() => String, {
    description: "Cursor of this alert's latest event (最新游标); on an alert delivered by the subscription, the cursor of the event it was delivered with.",
  })
  async latestCursor(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<string> {
    return snapshotCursor(alert) ?? context.loaders.latestCursorByAlertId.load(alert.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the institution (机构); null once it is deleted.' })
  institutionId(@Root() alert: QuotaAlert): string | null {
    return alert.institution ? String(alert.institution.id) : null;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'The institution (机构); null once deleted.' })
  async institution(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<Institution | null> {
    if (!alert.institution) return null;
    return withinJurisdiction(context, Institution, await context.loaders.institutionById.load(alert.institution.id));
  }

  @FieldResolver(() => String, { description: 'Name of the institution when the alert was raised.', deprecationReason: 'Use institutionName: alerts are about institutions.' })
  unitName(@Root() alert: QuotaAlert): string {
    return alert.institutionName;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the institution.', deprecationReason: 'Use institutionId: alerts are about institutions.' })
  unitId(@Root() alert: QuotaAlert): string | null {
    return alert.institution ? String(alert.institution.id) : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: "The institution's bureau (所属编办)." })
  async bureau(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<Bureau | null> {
    if (!alert.bureau) return null;
    return withinJurisdiction(context, Bureau, await context.loaders.bureauById.load(alert.bureau.id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the alert is still open (未解除).' })
  open(@Root() alert: QuotaAlert): boolean {
    return alert.resolvedAt === null;
  }
}
