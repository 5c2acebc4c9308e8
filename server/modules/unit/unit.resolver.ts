import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { containing, listPage } from '../../common/list';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { subtreePattern } from '../bureau/subtree';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { StaffStatus } from '../staff/staff-enums';
import { UnitCategoryStaffing, unitStaffing } from './unit-staffing.types';
import { EGovUnit } from './unit.entity';
import { CreateEGovUnitInput, EGovUnitFilter, EGovUnitSort, UpdateEGovUnitInput } from './unit.inputs';
import { createUnit, deleteUnit, updateUnit } from './unit.service';
import { pathOfBureau, visibleRecord } from '../access/record-access';
import { registryWrite } from '../audit/audited-write';
import { ReasonArgument } from '../audit/reason-argument';

@ObjectType({ simpleResolvers: true, description: 'A page of e-government units.' })
class EGovUnitPage extends Page(EGovUnit, 'The units on this page.') {}

async function unitWhere(context: Context, filter: EGovUnitFilter | undefined): Promise<FilterQuery<EGovUnit>> {
  const where: FilterQuery<EGovUnit>[] = [];
  if (!context.jurisdiction.isRegistryWide) where.push({ bureau: { path: { $like: context.jurisdiction.pattern } } });
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  if (filter?.underBureauId != null) {
    where.push({ bureau: { path: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } } });
  }
  if (filter?.rank != null) where.push({ rank: filter.rank });
  if (filter?.nameContains) where.push({ name: { $like: containing(filter.nameContains) } });
  return where.length === 0 ? {} : { $and: where };
}

@Resolver(() => EGovUnit)
export class EGovUnitResolver {
  @Query(() => EGovUnit, { nullable: true, description: 'One e-government unit by id (电子政务机构).' })
  async egovUnit(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EGovUnit | null> {
    return visibleRecord(context, await context.loaders.unitById.load(parseId('id', id)), (unit) => pathOfBureau(context, unit.bureau.id), { entity: 'unit', id });
  }

  @Query(() => EGovUnitPage, { description: 'E-government units matching a filter, sorted and paginated (电子政务机构列表).' })
  async egovUnits(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => EGovUnitFilter, { nullable: true }) filter?: EGovUnitFilter,
    @Arg('sort', () => EGovUnitSort, { nullable: true }) sort?: InstanceType<typeof EGovUnitSort>,
  ): Promise<EGovUnitPage> {
    const order = sort ?? new EGovUnitSort();
    return listPage(context.em, EGovUnit, { where: await unitWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @Mutation(() => EGovUnit, { description: 'Creates an e-government unit (新建电子政务机构).' })
  createEGovUnit(@Arg('input', () => CreateEGovUnitInput) input: CreateEGovUnitInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<EGovUnit> {
    return registryWrite(context, {
      operation: 'createEGovUnit',
      entity: EGovUnit,
      placedUnder: input.bureauId,
      reason,
      work: (em) => createUnit(em, input),
    });
  }

  @Mutation(() => EGovUnit, { description: 'Changes an e-government unit (修改电子政务机构).' })
  updateEGovUnit(@Arg('input', () => UpdateEGovUnitInput) input: UpdateEGovUnitInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<EGovUnit> {
    return registryWrite(context, {
      operation: 'updateEGovUnit',
      entity: EGovUnit,
      recordId: input.id,
      placedUnder: input.bureauId,
      reason,
      work: (em) => updateUnit(em, input),
    });
  }

  @Mutation(() => ID, { description: 'Deletes an e-government unit that has no staff or quotas left (删除电子政务机构); returns its id.' })
  deleteEGovUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @ReasonArgument() reason: string | null,
    @Ctx() context: Context,
  ): Promise<string> {
    return registryWrite(context, { operation: 'deleteEGovUnit', entity: EGovUnit, recordId: id, reason, work: (em) => deleteUnit(em, id, version) });
  }

  @FieldResolver(() => ID, { description: 'Id of the bureau the unit belongs to (所属编办).' })
  bureauId(@Root() unit: EGovUnit): string {
    return String(unit.bureau.id);
  }

  @FieldResolver(() => Bureau, { description: 'Bureau the unit belongs to (所属编办).' })
  async bureau(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(unit.bureau.id))!;
  }

  @FieldResolver(() => [Quota], { description: "The unit's quotas (编制): the current one per category, or the whole history." })
  async quotas(
    @Root() unit: EGovUnit,
    @Ctx() context: Context,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Include quotas superseded by later approvals (含历史).' })
    includeSuperseded: boolean,
  ): Promise<Quota[]> {
    const quotas = await context.loaders.quotasByUnitId.load(unit.id);
    return includeSuperseded ? quotas : quotas.filter((quota) => quota.supersededOn === null);
  }

  @FieldResolver(() => [UnitCategoryStaffing], { description: 'Quota and active staff per quota category, with over-staffing flags (编制使用情况).' })
  async staffing(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<UnitCategoryStaffing[]> {
    return unitStaffing(await context.loaders.staffingCellsByUnitId.load(unit.id));
  }

  @FieldResolver(() => Int, { description: 'Active staff in all categories (在职人数).' })
  async activeStaffCount(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<number> {
    const cells = await context.loaders.staffingCellsByUnitId.load(unit.id);
    return cells.reduce((sum, cell) => sum + cell.activeStaff, 0);
  }

  @FieldResolver(() => [Staff], { description: "The unit's staff (实名制人员), by name." })
  async staff(
    @Root() unit: EGovUnit,
    @Ctx() context: Context,
    @Arg('status', () => StaffStatus, { nullable: true, description: 'Only staff with this status (人员状态).' }) status?: StaffStatus,
  ): Promise<Staff[]> {
    const staff = await context.loaders.staffByUnitId.load(unit.id);
    return status ? staff.filter((person) => person.status === status) : staff;
  }
}
