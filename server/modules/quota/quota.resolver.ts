import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { containing, listPage } from '../../common/list';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { subtreePattern } from '../bureau/subtree';
import { EGovUnit } from '../unit/unit.entity';
import { Quota } from './quota.entity';
import { CreateQuotaInput, QuotaFilter, QuotaSort, UpdateQuotaInput } from './quota.inputs';
import { createQuota, deleteQuota, updateQuota } from './quota.service';
import { pathOfUnit, visibleRecord } from '../access/record-access';
import { registryWrite } from '../audit/audited-write';
import { ReasonArgument } from '../audit/reason-argument';

@ObjectType({ simpleResolvers: true, description: 'A page of quotas.' })
class QuotaPage extends Page(Quota, 'The quotas on this page.') {}

async function quotaWhere(context: Context, filter: QuotaFilter | undefined): Promise<FilterQuery<Quota>> {
  const where: FilterQuery<Quota>[] = [];
  if (!context.jurisdiction.isRegistryWide) where.push({ unit: { bureau: { path: { $like: context.jurisdiction.pattern } } } });
  if (filter?.unitId != null) where.push({ unit: parseId('filter.unitId', filter.unitId) });
  if (filter?.underBureauId != null) {
    where.push({ unit: { bureau: { path: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } } } });
  }
  if (filter?.category != null) where.push({ category: filter.category });
  if (filter?.current != null) where.push({ supersededOn: filter.current ? null : { $ne: null } });
  if (filter?.documentNumberContains) where.push({ documentNumber: { $like: containing(filter.documentNumberContains) } });
  return where.length === 0 ? {} : { $and: where };
}

@Resolver(() => Quota)
export class QuotaResolver {
  @Query(() => Quota, { nullable: true, description: 'One quota by id (编制).' })
  async quota(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Quota | null> {
    return visibleRecord(context, await context.loaders.quotaById.load(parseId('id', id)), (quota) => pathOfUnit(context, quota.unit.id), { entity: 'quota', id });
  }

  @Query(() => QuotaPage, { description: 'Quotas matching a filter, sorted and paginated (编制列表).' })
  async quotas(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => QuotaFilter, { nullable: true }) filter?: QuotaFilter,
    @Arg('sort', () => QuotaSort, { nullable: true }) sort?: InstanceType<typeof QuotaSort>,
  ): Promise<QuotaPage> {
    const order = sort ?? new QuotaSort();
    return listPage(context.em, Quota, { where: await quotaWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @Mutation(() => Quota, { description: 'Records a quota approval; it supersedes the current quota of the same unit and category (核定编制).' })
  createQuota(@Arg('input', () => CreateQuotaInput) input: CreateQuotaInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Quota> {
    return registryWrite(context, {
      operation: 'createQuota',
      entity: Quota,
      placedUnder: input.unitId,
      reason,
      work: (em) => createQuota(em, input),
    });
  }

  @Mutation(() => Quota, { description: 'Corrects a quota record (更正编制记录).' })
  updateQuota(@Arg('input', () => UpdateQuotaInput) input: UpdateQuotaInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Quota> {
    return registryWrite(context, { operation: 'updateQuota', entity: Quota, recordId: input.id, reason, work: (em) => updateQuota(em, input) });
  }

  @Mutation(() => ID, { description: 'Deletes a quota record; deleting the current one makes the quota it superseded current again (删除编制记录). Returns its id.' })
  deleteQuota(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @ReasonArgument() reason: string | null,
    @Ctx() context: Context,
  ): Promise<string> {
    return registryWrite(context, { operation: 'deleteQuota', entity: Quota, recordId: id, reason, work: (em) => deleteQuota(em, id, version) });
  }

  @FieldResolver(() => ID, { description: 'Id of the unit the quota is for (所属机构).' })
  unitId(@Root() quota: Quota): string {
    return String(quota.unit.id);
  }

  @FieldResolver(() => EGovUnit, { description: 'Unit the quota is for (所属机构).' })
  async unit(@Root() quota: Quota, @Ctx() context: Context): Promise<EGovUnit> {
    return (await context.loaders.unitById.load(quota.unit.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the quota in force (现行编制): not superseded by a later approval.' })
  current(@Root() quota: Quota): boolean {
    return quota.supersededOn === null;
  }

  @FieldResolver(() => Quota, { nullable: true, description: 'The earlier quota this approval superseded (被替代的原编制).' })
  replaces(@Root() quota: Quota, @Ctx() context: Context): Promise<Quota | null> | null {
    return quota.replaces ? context.loaders.quotaById.load(quota.replaces.id) : null;
  }
}
