import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { StaffStatus } from '../staff/staff-enums';
import { UnitCategoryStaffing } from './unit-staffing.types';
import { EGovUnit } from './unit.entity';
import { CreateEGovUnitInput, EGovUnitFilter, EGovUnitSort, UpdateEGovUnitInput } from './unit.inputs';
import { checkUnitDeletable, createUnit, updateUnit } from './unit.service';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { AllowedFor, Audience } from '../access/operation-access';
import { listOf, registrySizes } from '../../common/list-cost';
import { QuotaCategory } from '../quota/quota-category';
import { listUnits } from './unit.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of e-government units.' })
class EGovUnitPage extends Page(EGovUnit, 'The units on this page.') {}

@Resolver(() => EGovUnit)
export class EGovUnitResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => EGovUnit, { nullable: true, description: 'One e-government unit by id (电子政务机构).' })
  async egovUnit(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<EGovUnit | null> {
    return withinJurisdiction(context, EGovUnit, await context.loaders.unitById.load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => EGovUnitPage, { description: 'E-government units matching a filter, sorted and paginated (电子政务机构列表).' })
  async egovUnits(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => EGovUnitFilter, { nullable: true }) filter?: EGovUnitFilter,
    @Arg('sort', () => EGovUnitSort, { nullable: true }) sort?: InstanceType<typeof EGovUnitSort>,
  ): Promise<EGovUnitPage> {
    const order = sort ?? new EGovUnitSort();
    return listUnits(context, page, filter, order);
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => EGovUnit, { description: 'Creates an e-government unit (新建电子政务机构).' })
  createEGovUnit(@Arg('input', () => CreateEGovUnitInput) input: CreateEGovUnitInput, @RegistryWrite() write: RegistryWriter): Promise<EGovUnit> {
    return write.create(EGovUnit, input, (em) => createUnit(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => EGovUnit, { description: 'Changes an e-government unit (修改电子政务机构).' })
  updateEGovUnit(@Arg('input', () => UpdateEGovUnitInput) input: UpdateEGovUnitInput, @RegistryWrite() write: RegistryWriter): Promise<EGovUnit> {
    return write.update(EGovUnit, input, input, (unit, em) => updateUnit(em, unit, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes an e-government unit that has no staff or quotas left (删除电子政务机构); returns its id.' })
  deleteEGovUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(EGovUnit, { id, version }, { check: checkUnitDeletable });
  }

  @FieldResolver(() => ID, { description: 'Id of the bureau the unit belongs to (所属编办).' })
  bureauId(@Root() unit: EGovUnit): string {
    return String(unit.bureau.id);
  }

  @FieldResolver(() => Bureau, { description: 'Bureau the unit belongs to (所属编办).' })
  async bureau(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(unit.bureau.id))!;
  }

  @FieldResolver(() => [Quota], {
    description: "The unit's quotas (编制): the current one per category, or the whole history.",
    complexity: (options) => (options.args.includeSuperseded ? listOf(registrySizes.quotaApprovalsPerUnit) : listOf(Object.keys(QuotaCategory).length))(options),
  })
  async quotas(
    @Root() unit: EGovUnit,
    @Ctx() context: Context,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Include quotas superseded by later approvals (含历史).' })
    includeSuperseded: boolean,
  ): Promise<Quota[]> {
    const quotas = await context.loaders.quotasByUnitId.load(unit.id);
    return includeSuperseded ? quotas : quotas.filter((quota) => quota.supersededOn === null);
  }

  @FieldResolver(() => [UnitCategoryStaffing], { description: 'Quota and active staff per quota category, with over-staffing flags (编制使用情况).', complexity: listOf(Object.keys(QuotaCategory).length) })
  async staffing(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<UnitCategoryStaffing[]> {
    return context.loaders.staffingByUnitId.load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Active staff in all categories (在职人数).' })
  async activeStaffCount(@Root() unit: EGovUnit, @Ctx() context: Context): Promise<number> {
    const staffing = await context.loaders.staffingByUnitId.load(unit.id);
    return staffing.reduce((sum, category) => sum + category.activeStaff, 0);
  }

  @FieldResolver(() => [Staff], { description: "The unit's staff (实名制人员), by name.", complexity: listOf(registrySizes.staffPerUnit) })
  async staff(
    @Root() unit: EGovUnit,
    @Ctx() context: Context,
    @Arg('status', () => StaffStatus, { nullable: true, description: 'Only staff with this status (人员状态).' }) status?: StaffStatus,
  ): Promise<Staff[]> {
    const staff = await context.loaders.staffByUnitId.load(unit.id);
    return status ? staff.filter((person) => person.status === status) : staff;
  }
}
