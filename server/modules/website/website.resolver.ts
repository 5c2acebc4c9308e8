import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { containing, listPage } from '../../common/list';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { daysBetween, parseId, todayInChina } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { subtreePattern } from '../bureau/subtree';
import { Website } from './website.entity';
import { CreateWebsiteInput, UpdateWebsiteInput, WebsiteFilter, WebsiteSort } from './website.inputs';
import { createWebsite, deleteWebsite, updateWebsite } from './website.service';
import { pathOfBureau, visibleRecord } from '../access/record-access';
import { registryWrite } from '../audit/audited-write';
import { ReasonArgument } from '../audit/reason-argument';

@ObjectType({ simpleResolvers: true, description: 'A page of websites.' })
class WebsitePage extends Page(Website, 'The websites on this page.') {}

/** The last update date before which a site counts as stale today. */
function staleBefore(context: Context): string {
  const today = todayInChina();
  return new Date(Date.parse(today) - context.config.staleWebsiteDays * 86_400_000).toISOString().slice(0, 10);
}

async function websiteWhere(context: Context, filter: WebsiteFilter | undefined): Promise<FilterQuery<Website>> {
  const where: FilterQuery<Website>[] = [];
  if (!context.jurisdiction.isRegistryWide) where.push({ bureau: { path: { $like: context.jurisdiction.pattern } } });
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  if (filter?.underBureauId != null) {
    where.push({ bureau: { path: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } } });
  }
  if (filter?.network != null) where.push({ network: filter.network });
  if (filter?.stale != null) {
    where.push({ lastUpdatedOn: filter.stale ? { $lt: staleBefore(context) } : { $gte: staleBefore(context) } });
  }
  if (filter?.textContains) {
    const pattern = containing(filter.textContains);
    where.push({ $or: [{ address: { $like: pattern } }, { title: { $like: pattern } }] });
  }
  return where.length === 0 ? {} : { $and: where };
}

@Resolver(() => Website)
export class WebsiteResolver {
  @Query(() => Website, { nullable: true, description: 'One website by id (网站).' })
  async website(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Website | null> {
    return visibleRecord(context, await context.loaders.websiteById.load(parseId('id', id)), (website) => pathOfBureau(context, website.bureau.id), { entity: 'website', id });
  }

  @Query(() => WebsitePage, { description: 'Websites matching a filter, sorted and paginated (网站列表).' })
  async websites(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => WebsiteFilter, { nullable: true }) filter?: WebsiteFilter,
    @Arg('sort', () => WebsiteSort, { nullable: true }) sort?: InstanceType<typeof WebsiteSort>,
  ): Promise<WebsitePage> {
    const order = sort ?? new WebsiteSort();
    return listPage(context.em, Website, { where: await websiteWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @Mutation(() => Website, { description: 'Adds a website to a bureau (新增网站).' })
  createWebsite(@Arg('input', () => CreateWebsiteInput) input: CreateWebsiteInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Website> {
    return registryWrite(context, {
      operation: 'createWebsite',
      entity: Website,
      placedUnder: input.bureauId,
      reason,
      work: (em) => createWebsite(em, input),
    });
  }

  @Mutation(() => Website, { description: 'Changes a website, e.g. records a content update (修改网站).' })
  updateWebsite(@Arg('input', () => UpdateWebsiteInput) input: UpdateWebsiteInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Website> {
    return registryWrite(context, {
      operation: 'updateWebsite',
      entity: Website,
      recordId: input.id,
      placedUnder: input.bureauId,
      reason,
      work: (em) => updateWebsite(em, input),
    });
  }

  @Mutation(() => ID, { description: 'Deletes a website (删除网站); returns its id.' })
  deleteWebsite(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @ReasonArgument() reason: string | null,
    @Ctx() context: Context,
  ): Promise<string> {
    return registryWrite(context, { operation: 'deleteWebsite', entity: Website, recordId: id, reason, work: (em) => deleteWebsite(em, id, version) });
  }

  @FieldResolver(() => ID, { description: 'Id of the bureau the site belongs to (所属编办).' })
  bureauId(@Root() website: Website): string {
    return String(website.bureau.id);
  }

  @FieldResolver(() => Bureau, { description: 'Bureau the site belongs to (所属编办).' })
  async bureau(@Root() website: Website, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(website.bureau.id))!;
  }

  @FieldResolver(() => Int, { description: 'Days since the last content update, counted to today in China (距上次更新天数).' })
  daysSinceLastUpdate(@Root() website: Website): number {
    return daysBetween(website.lastUpdatedOn, todayInChina());
  }

  @FieldResolver(() => Boolean, { description: 'No content update for more than the configured number of days, 30 by default (长期未更新).' })
  stale(@Root() website: Website, @Ctx() context: Context): boolean {
    return website.lastUpdatedOn < staleBefore(context);
  }
}
