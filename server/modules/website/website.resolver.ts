import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { daysBetween, parseId, todayInChina } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { Website } from './website.entity';
import { CreateWebsiteInput, UpdateWebsiteInput, WebsiteFilter, WebsiteSort } from './website.inputs';
import { createWebsite, updateWebsite } from './website.service';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { AllowedFor, Audience } from '../access/operation-access';
import { listWebsites, staleBefore } from './website.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of websites.' })
class WebsitePage extends Page(Website, 'The websites on this page.') {}

@Resolver(() => Website)
export class WebsiteResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Website, { nullable: true, description: 'One website by id (网站).' })
  async website(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Website | null> {
    return withinJurisdiction(context, Website, await context.loaders.websiteById.load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => WebsitePage, { description: 'Websites matching a filter, sorted and paginated (网站列表).' })
  async websites(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => WebsiteFilter, { nullable: true }) filter?: WebsiteFilter,
    @Arg('sort', () => WebsiteSort, { nullable: true }) sort?: InstanceType<typeof WebsiteSort>,
  ): Promise<WebsitePage> {
    const order = sort ?? new WebsiteSort();
    return listWebsites(context, page, filter, order);
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Website, { description: 'Adds a website to a bureau (新增网站).' })
  createWebsite(@Arg('input', () => CreateWebsiteInput) input: CreateWebsiteInput, @RegistryWrite() write: RegistryWriter): Promise<Website> {
    return write.create(Website, input, (em) => createWebsite(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Website, { description: 'Changes a website, e.g. records a content update (修改网站).' })
  updateWebsite(@Arg('input', () => UpdateWebsiteInput) input: UpdateWebsiteInput, @RegistryWrite() write: RegistryWriter): Promise<Website> {
    return write.update(Website, input, input, (website, em) => updateWebsite(em, website, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes a website (删除网站); returns its id.' })
  deleteWebsite(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(Website, { id, version });
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
