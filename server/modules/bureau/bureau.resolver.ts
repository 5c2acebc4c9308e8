import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { EGovUnit } from '../unit/egov-unit.type';
import type { Institution } from '../institution/institution.entity';
import { Website } from '../website/website.entity';
import { BureauLevel } from './bureau-level';
import { parentPathOf } from './bureau-path';
import { Bureau } from './bureau.entity';
import { BureauFilter, BureauSort, CreateBureauInput, UpdateBureauInput } from './bureau.inputs';
import { checkBureauDeletable, createBureau, updateBureau } from './bureau.service';
import { BureauIndicators, PartyIntranetConnection, indicatorsOf } from './indicators';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { AllowedFor, Audience } from '../access/operation-access';
import { listOf, registrySizes } from '../../common/list-cost';
import { listBureaus, readBureauByCode } from './bureau.reads';
import { unitsOfBureau } from '../unit/unit.reads';
import { readTreeWalk, treeWalkOf } from './tree-walk';
import { whenRead } from '../establishment/staffing.reads';
import { selectsField } from '../../common/selection';

/** Bureau fields summed over the tree by the statistics' read of every bureau. */
const rollupFields = new Set(['staffingStatistics', 'indicatorStatistics']);

@ObjectType({ simpleResolvers: true, description: 'A page of bureaus.' })
class BureauPage extends Page(Bureau, 'The bureaus on this page.') {}

@Resolver(() => Bureau)
export class BureauResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Bureau, { nullable: true, description: 'One bureau by id (编办).' })
  async bureau(@Arg('id', () => ID) id: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Bureau | null> {
    const bureauId = parseId('id', id);
    const walk = treeWalkOf(info, rollupFields);
    const [found] = await Promise.all([context.loaders.bureauById.load(bureauId), walk && readTreeWalk(context, { id: bureauId }, walk)]);
    return withinJurisdiction(context, Bureau, found);
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Bureau, { nullable: true, description: 'One bureau by its 6-digit division code (按行政区划代码查询).' })
  async bureauByCode(@Arg('code') code: string, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<Bureau | null> {
    // With its figures asked for, every bureau is read for them anyway: this one comes with them.
    if (selectsField(info, rollupFields)) return withinJurisdiction(context, Bureau, (await context.loaders.statistics.bureaus()).byCode(code));
    const walk = treeWalkOf(info, rollupFields);
    const [found] = await Promise.all([readBureauByCode(context, code), walk && readTreeWalk(context, { code }, walk)]);
    return withinJurisdiction(context, Bureau, found);
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => BureauPage, { description: 'Bureaus matching a filter, sorted and paginated (编办列表).' })
  async bureaus(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => BureauFilter, { nullable: true }) filter?: BureauFilter,
    @Arg('sort', () => BureauSort, { nullable: true }) sort?: InstanceType<typeof BureauSort>,
  ): Promise<BureauPage> {
    const order = sort ?? new BureauSort();
    return listBureaus(context, page, filter, order);
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Bureau, { description: 'Creates a bureau under its parent (新建编办).' })
  createBureau(@Arg('input', () => CreateBureauInput) input: CreateBureauInput, @RegistryWrite() write: RegistryWriter): Promise<Bureau> {
    return write.create(Bureau, input, (em) => createBureau(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Bureau, { description: 'Changes a bureau; a new parent moves its whole subtree (修改编办).' })
  updateBureau(@Arg('input', () => UpdateBureauInput) input: UpdateBureauInput, @RegistryWrite() write: RegistryWriter): Promise<Bureau> {
    return write.update(Bureau, input, input, (bureau, em) => updateBureau(em, bureau, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes a bureau that has no child bureaus, units or websites left (删除编办); returns its id.' })
  deleteBureau(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(Bureau, { id, version }, { check: checkBureauDeletable });
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Id of the parent bureau (上级编办); null for the province, and above the root of your jurisdiction, like `parent`.' })
  parentId(@Root() bureau: Bureau, @Ctx() context: Context): string | null {
    return bureau.parent && context.jurisdiction.includes(parentPathOf(bureau.path)) ? String(bureau.parent.id) : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: 'Parent bureau (上级编办); null for the province, and above the root of your jurisdiction.' })
  async parent(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Bureau | null> {
    if (!bureau.parent) return null;
    return withinJurisdiction(context, Bureau, await context.loaders.bureauById.load(bureau.parent.id));
  }

  @FieldResolver(() => [Bureau], { description: 'Child bureaus one level down, by code (下级编办).', complexity: listOf(registrySizes.childrenPerBureau) })
  children(@Root() bureau: Bureau, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Bureau[] | Promise<Bureau[]> {
    // Rollups read every bureau with their figures: children whose figures are asked for (or while that read is on) come with it.
    const { statistics } = context.loaders;
    const tree = selectsField(info, rollupFields) ? statistics.bureaus() : statistics.bureausUnderway();
    return tree ? whenRead(tree, (bureaus) => bureaus.childrenOf(bureau.id)) : context.loaders.childrenByParentId.load(bureau.id);
  }

  @FieldResolver(() => [Bureau], { description: 'Bureaus above this one within your jurisdiction, the highest first (上级编办链), not including this one.', complexity: listOf(registrySizes.ancestorsPerBureau) })
  async ancestors(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Bureau[]> {
    const codes = bureau.path.split('/').filter(Boolean).slice(0, -1);
    const found = await context.loaders.bureauByCode.loadMany(codes);
    const shown = found.filter(
      (ancestor): ancestor is Bureau => ancestor !== null && !(ancestor instanceof Error) && context.jurisdiction.includes(ancestor.path),
    );
    // Above the bureau's own place: the answer now reads from the highest shown.
    if (shown.length > 0) context.readScope?.cover(shown[0].path);
    return shown;
  }

  @FieldResolver(() => [Bureau], { description: 'Every bureau under this one, not including it, in tree order (所辖编办); optionally of one level only.', complexity: listOf(registrySizes.bureausUnderProvince) })
  descendants(
    @Root() bureau: Bureau,
    @Ctx() context: Context,
    @Arg('level', () => BureauLevel, { nullable: true, description: 'Only bureaus of this level (级别).' }) level?: BureauLevel | null,
  ): Promise<Bureau[]> {
    return context.loaders.descendantsOf(level ?? null).load(bureau.id);
  }

  @FieldResolver(() => [EGovUnit], { description: "The bureau's e-government units (电子政务机构).", complexity: listOf(registrySizes.unitsPerBureau) })
  units(@Root() bureau: Bureau, @Ctx() context: Context): Promise<Institution[]> {
    return unitsOfBureau(context, bureau.id);
  }

  @FieldResolver(() => [Website], { description: "The bureau's websites (网站).", complexity: listOf(registrySizes.websitesPerBureau) })
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
