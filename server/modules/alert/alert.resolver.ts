import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { listPage } from '../../common/list';
import { PageArguments, SortDirection } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { badUserInput } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { bureauInJurisdiction, subtreePattern } from '../bureau/subtree';
import { EGovUnit } from '../unit/unit.entity';
import { QuotaAlertEventMessage } from './alert-event.types';
import { alertStream } from './alert-stream';
import { QuotaAlertFilter, QuotaAlertSort } from './alert.inputs';
import { QuotaAlert } from './quota-alert.entity';
import { pathOfBureau, visibleRecord, withinJurisdiction } from '../access/record-access';

@ObjectType({ description: 'A page of quota alerts.' })
class QuotaAlertPage extends Page(QuotaAlert, 'The alerts on this page.') {}

async function alertWhere(context: Context, filter: QuotaAlertFilter | undefined): Promise<FilterQuery<QuotaAlert>> {
  const where: FilterQuery<QuotaAlert>[] = [];
  if (!context.jurisdiction.isRegistryWide) where.push({ bureauPath: { $like: context.jurisdiction.pattern } });
  if (filter?.open != null) where.push({ resolvedAt: filter.open ? null : { $ne: null } });
  if (filter?.kind != null) where.push({ kind: filter.kind });
  if (filter?.category != null) where.push({ category: filter.category });
  if (filter?.unitId != null) where.push({ unit: parseId('filter.unitId', filter.unitId) });
  if (filter?.underBureauId != null) where.push({ bureauPath: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } });
  if (filter?.raisedFrom != null) where.push({ raisedAt: { $gte: filter.raisedFrom } });
  if (filter?.raisedBefore != null) where.push({ raisedAt: { $lt: filter.raisedBefore } });
  return where.length === 0 ? {} : { $and: where };
}

interface SubscriptionArguments {
  under: string;
  since?: string | null;
}

@Resolver(() => QuotaAlert)
export class QuotaAlertResolver {
  @Query(() => QuotaAlert, { nullable: true, description: 'One alert by id (预警).' })
  async quotaAlert(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<QuotaAlert | null> {
    return visibleRecord(context, await context.em.findOne(QuotaAlert, { id: parseId('id', id) }), (alert) => alert.bureauPath, { entity: 'alert', id });
  }

  @Query(() => QuotaAlertPage, { description: 'Over-staffing and over-positions alerts matching a filter, newest first by default (超编超职数预警列表).' })
  async quotaAlerts(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => QuotaAlertFilter, { nullable: true }) filter?: QuotaAlertFilter,
    @Arg('sort', () => QuotaAlertSort, { nullable: true }) sort?: InstanceType<typeof QuotaAlertSort>,
  ): Promise<QuotaAlertPage> {
    const order = sort ?? Object.assign(new QuotaAlertSort(), { direction: SortDirection.DESC });
    return listPage(context.em, QuotaAlert, { where: await alertWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @Subscription(() => QuotaAlertEventMessage, {
    name: 'quotaAlerts',
    description:
      'Alerts raised and resolved in units under a bureau (the bureau included), live (超编超职数预警推送). With `since`, first replays every event after that cursor, then goes live; nothing is missed or repeated across a reconnect that passes the last cursor received.',
    subscribe: async ({ args, context }) => {
      const { under, since } = args as SubscriptionArguments;
      const bureau = await bureauInJurisdiction(context as Context, 'under', under);
      if (since != null && !/^\d{1,18}$/.test(since)) throw badUserInput('since', 'CURSOR_INVALID');
      return alertStream((context as Context).alerts.events, (context as Context).alerts.bus, bureau, since ?? null);
    },
  })
  quotaAlertEvents(
    @Root() event: QuotaAlertEventMessage,
    @Arg('under', () => ID, { description: 'Bureau whose subtree to watch (所辖范围).' }) _under: string,
    @Arg('since', () => String, { nullable: true, description: 'Cursor of the last event received; omitted, only new events are sent.' }) _since?: string,
  ): QuotaAlertEventMessage {
    return event;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the unit (机构); null once the unit is deleted.' })
  unitId(@Root() alert: QuotaAlert): string | null {
    return alert.unit ? String(alert.unit.id) : null;
  }

  @FieldResolver(() => EGovUnit, { nullable: true, description: 'The unit (机构); null once deleted.' })
  async unit(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<EGovUnit | null> {
    if (!alert.unit) return null;
    return withinJurisdiction(context, await context.loaders.unitById.load(alert.unit.id), (unit) => pathOfBureau(context, unit.bureau.id));
  }

  @FieldResolver(() => Bureau, { nullable: true, description: "The unit's bureau (所属编办)." })
  async bureau(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<Bureau | null> {
    if (!alert.bureau) return null;
    return withinJurisdiction(context, await context.loaders.bureauById.load(alert.bureau.id), (bureau) => bureau.path);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the alert is still open (未解除).' })
  open(@Root() alert: QuotaAlert): boolean {
    return alert.resolvedAt === null;
  }
}
