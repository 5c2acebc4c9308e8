import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { containing, listPage } from '../../common/list';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { EGovUnit } from '../unit/unit.entity';
import { Website } from '../website/website.entity';
import { BureauLevel } from './bureau-level';
import { Bureau } from './bureau.entity';
import { BureauFilter, BureauSort, CreateBureauInput, UpdateBureauInput } from './bureau.inputs';
import { createBureau, deleteBureau, updateBureau } from './bureau.service';
import { BureauIndicators, PartyIntranetConnection, indicatorsOf } from './indicators';
import { subtreePattern } from './subtree';
import { visibleRecord, withinJurisdiction } from '../access/record-access';
import { registryWrite } from '../audit/audited-write';
import { ReasonArgument } from '../audit/reason-argument';

@ObjectType({ simpleResolvers: true, description: 'A page of bureaus.' })
class BureauPage extends Page(Bureau, 'The bureaus on this page.') {}

async function bureauWhere(context: Context, filter: BureauFilter | undefined): Promise<FilterQuery<Bureau>> {
  const where: FilterQuery<Bureau>[] = [];
  if (!context.jurisdiction.isRegistryWide) where.push({ path: { $like: context.jurisdiction.pattern } });
  if (!filter) return where.length === 0 ? {} : { $and: where };
  if (filter.code != null) where.push({ code: filter.code });
  if (filter.level != null) where.push({ level: filter.level });
  if (filter.nameContains) {
    const pattern = containing(filter.nameContains);
    where.push({ $or: [{ name: { $like: pattern } }, { divisionName: { $like: pattern } }] });
  }
  if (filter.parentId != null) where.push({ parent: parseId('filter.parentId', filter.parentId) });
  if (filter.underBureauId != null) {
    where.push({ path: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } });
  }
  if (filter.partyIntranetConnected != null) {
    where.push({ partyIntranetConnectedOn: filter.partyIntranetConnected ? { $ne: null } : null });
  }
  return where.length === 0 ? {} : { $and: where };
}

@Resolver(() => Bureau)
export class BureauResolver {
  @Query(() => Bureau, { nullable: true, description: 'One bureau by id (编办).' })
  async bureau(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Bureau | null> {
    return visibleRecord(context, await context.loaders.bureauById.load(parseId('id', id)), (bureau) => bureau.path, { entity: 'bureau', id });
  }

  @Query(() => Bureau, { nullable: true, description: 'One bureau by its 6-digit division code (按行政区划代码查询).' })
  async bureauByCode(@Arg('code') code: string, @Ctx() context: Context): Promise<Bureau | null> {
    return visibleRecord(context, await context.loaders.bureauByCode.load(code), (bureau) => bureau.path, { entity: 'bureau', id: code });
  }

  @Query(() => BureauPage, { description: 'Bureaus matching a filter, sorted and paginated (编办列表).' })
  async bureaus(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => BureauFilter, { nullable: true }) filter?: BureauFilter,
    @Arg('sort', () => BureauSort, { nullable: true }) sort?: InstanceType<typeof BureauSort>,
  ): Promise<BureauPage> {
    const order = sort ?? new BureauSort();
    return listPage(context.em, Bureau, {
      where: await bureauWhere(context, filter),
      sortBy: order.field,
      direction: order.direction,
      page,
    });
  }

  @Mutation(() => Bureau, { description: 'Creates a bureau under its parent (新建编办).' })
  createBureau(@Arg('input', () => CreateBureauInput) input: CreateBureauInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Bureau> {
    return registryWrite(context, {
      operation: 'createBureau',
      entity: Bureau,
      placedUnder: input.parentId,
      reason,
      work: (em) => createBureau(em, input),
    });
  }

  @Mutation(() => Bureau, { description: 'Changes a bureau; a new parent moves its whole subtree (修改编办).' })
  updateBureau(@Arg('input', () => UpdateBureauInput) input: UpdateBureauInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Bureau> {
    return registryWrite(context, {
      operation: 'updateBureau',
      entity: Bureau,
      recordId: input.id,
      placedUnder: input.parentId,
      reason,
      work: (em) => updateBureau(em, input),
    });
  }

  @Mutation(() => ID, { description: 'Deletes a bureau that has no child bureaus, units or websites left (删除编办); returns its id.' })
  deleteBureau(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @ReasonArgument() reason: string | null,
    @Ctx() context: Context,
  ): Promise<string> {
    return registryWrite(context, { operation: 'deleteBureau', entity: Bureau, recordId: id, reason, work: (em) => deleteBureau(em, id, version) });
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the parent bureau (上级编办); null for the province.' })
  parentId(@Root() bureau: Bureau): string | null {
    return bureau.parent ? String(bureau.parent.id) : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'Parent bureau (上级编办); null for the province, and above the root of your jurisdiction.' })
  async parent(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Bureau | null> {
    if (!bureau.parent) return null;
    return withinJurisdiction(context, await context.loaders.bureauById.load(bureau.parent.id), (parent) => parent.path);
  }

  @FieldResolver(() => [Bureau], { description: 'Child bureaus one level down, by code (下级编办).' })
  children(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Bureau[]> {
    return context.loaders.childrenByParentId.load(bureau.id);
  }

  @FieldResolver(() => [Bureau], { description: 'Bureaus above this one within your jurisdiction, the highest first (上级编办链), not including this one.' })
  async ancestors(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Bureau[]> {
    const codes = bureau.path.split('/').filter(Boolean).slice(0, -1);
    const found = await context.loaders.bureauByCode.loadMany(codes);
    return found.filter(
      (ancestor): ancestor is Bureau => ancestor !== null && !(ancestor instanceof Error) && context.jurisdiction.includes(ancestor.path),
    );
  }

  @FieldResolver(() => [Bureau], { description: 'Every bureau under this one, not including it, in tree order (所辖编办); optionally of one level only.' })
  descendants(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('level', () => BureauLevel, { nullable: true, description: 'Only bureaus of this level (级别).' }) level?: BureauLevel | null,
  ): Promise<Bureau[]> {
    return context.loaders.descendantsOf(level ?? null).load(bureau.id);
  }

  @FieldResolver(() => [EGovUnit], { description: "The bureau's e-government units (电子政务机构)." })
  units(@Root() bureau: Bureau, @Ctx() context: Context): Promise<EGovUnit[]> {
    return context.loaders.unitsByBureauId.load(bureau.id);
  }

  @FieldResolver(() => [Website], { description: "The bureau's websites (网站)." })
  websites(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Website[]> {
    return context.loaders.websitesByBureauId.load(bureau.id);
  }

  @FieldResolver(() => BureauIndicators, { description: 'The five main e-government indicators (五项主要指标).' })
  async indicators(@Root() bureau: Bureau, @Ctx() context: Context): Promise<BureauIndicators> {
    return indicatorsOf(bureau, await context.loaders.websitesByBureauId.load(bureau.id));
  }

  @FieldResolver(() => PartyIntranetConnection, { description: 'Connection to the party-government intranet (党政内网连通情况).' })
  partyIntranet(@Root() bureau: Bureau): PartyIntranetConnection {
    return { connected: bureau.partyIntranetConnectedOn !== null, connectedOn: bureau.partyIntranetConnectedOn };
  }
}
