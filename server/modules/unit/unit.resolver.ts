import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { maximumPageSize, PageArguments } from '../../common/list-arguments';
import { staffPageOf } from '../staff/staff.reads';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Bureau } from '../bureau/bureau.entity';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { StaffStatus } from '../staff/staff-enums';
import { InstitutionCategoryStaffing } from '../establishment/staffing.types';
import { Institution } from '../institution/institution.entity';
import { EGovUnit } from './egov-unit.type';
import { CreateEGovUnitInput, EGovUnitFilter, EGovUnitSort, UpdateEGovUnitInput } from './unit.inputs';
import { checkUnitDeletable, createUnit, updateUnit } from './unit.service';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { AllowedFor, Audience } from '../access/operation-access';
import { listOf, pageOfLimit, registrySizes } from '../../common/list-cost';
import { QuotaCategory } from '../quota/quota-category';
import { asUnit, listUnits } from './unit.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of e-government units.' })
class EGovUnitPage extends Page(EGovUnit, 'The units on this page.') {}

const superseded = 'Establish and change institutions instead (establishInstitution, renameInstitution, ...): an e-government unit is an institution with isEgovBody.';

@Resolver(() => EGovUnit)
export class EGovUnitResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => EGovUnit, { nullable: true, description: 'One e-government unit by id (电子政务机构).' })
  async egovUnit(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Institution | null> {
    return withinJurisdiction(context, Institution, asUnit(await context.loaders.institutionById.load(parseId('id', id))));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => EGovUnitPage, { description: 'E-government units matching a filter, sorted and paginated (电子政务机构列表).' })
  async egovUnits(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => EGovUnitFilter, { nullable: true }) filter?: EGovUnitFilter,
    @Arg('sort', () => EGovUnitSort, { nullable: true }) sort?: InstanceType<typeof EGovUnitSort>,
  ): Promise<EGovUnitPage> {
    const order = sort ?? new EGovUnitSort();
    return listUnits(context, page, filter, order) as Promise<EGovUnitPage>;
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => EGovUnit, { description: 'Creates an e-government unit (新建电子政务机构): a fully funded public institution that is its bureau\'s e-government body.', deprecationReason: superseded })
  createEGovUnit(@Arg('input', () => CreateEGovUnitInput) input: CreateEGovUnitInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.create(Institution, input, (em) => createUnit(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => EGovUnit, { description: 'Changes an e-government unit (修改电子政务机构).', deprecationReason: superseded })
  updateEGovUnit(@Arg('input', () => UpdateEGovUnitInput) input: UpdateEGovUnitInput, @RegistryWrite() write: RegistryWriter): Promise<Institution> {
    return write.update(Institution, input, input, (unit, em) => updateUnit(em, unit, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes an e-government unit that has no staff or quotas left (删除电子政务机构); returns its id.', deprecationReason: 'Abolish the institution instead (abolishInstitution), which keeps its history.' })
  deleteEGovUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(Institution, { id, version }, { check: checkUnitDeletable });
  }

  @FieldResolver(() => ID, { description: 'Id of the bureau the unit belongs to (所属编办).' })
  bureauId(@Root() unit: Institution): string {
    return String(unit.bureau.id);
  }

  @FieldResolver(() => Bureau, { description: 'Bureau the unit belongs to (所属编办).' })
  async bureau(@Root() unit: Institution, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(unit.bureau.id))!;
  }

  @FieldResolver(() => [Quota], {
    description: "The unit's quotas (编制): the current one per category, or the whole history.",
    complexity: (options) => (options.args.includeSuperseded ? listOf(registrySizes.quotaApprovalsPerUnit) : listOf(Object.keys(QuotaCategory).length))(options),
  })
  async quotas(
    @Root() unit: Institution,
    @Ctx() context: Context,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Include quotas superseded by later approvals (含历史).' })
    includeSuperseded: boolean,
  ): Promise<Quota[]> {
    const quotas = await context.loaders.quotasByInstitutionId.load(unit.id);
    return includeSuperseded ? quotas : quotas.filter((quota) => quota.supersededOn === null);
  }

  @FieldResolver(() => [InstitutionCategoryStaffing], { description: 'Quota and active staff per quota category, with over-staffing flags (编制使用情况).', complexity: listOf(Object.keys(QuotaCategory).length) })
  async staffing(@Root() unit: Institution, @Ctx() context: Context): Promise<InstitutionCategoryStaffing[]> {
    return (await context.loaders.staffing.of(unit.id)).categories;
  }

  @FieldResolver(() => Int, { description: 'Active staff in all categories (在职人数).' })
  async activeStaffCount(@Root() unit: Institution, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.staffing.of(unit.id)).activeStaff;
  }

  @FieldResolver(() => Institution, { description: 'The same record as an institution (机构), with all its facts.' })
  institution(@Root() unit: Institution): Institution {
    return unit;
  }

  @FieldResolver(() => [Staff], { description: "The unit's staff (实名制人员), by name: a page of them.", complexity: pageOfLimit })
  staff(
    @Root() unit: Institution,
    @Ctx() context: Context,
    @Arg('status', () => StaffStatus, { nullable: true, description: 'Only staff with this status (人员状态).' }) status?: StaffStatus,
    @Arg('limit', () => Int, { defaultValue: registrySizes.staffPerUnit, description: `Largest number of staff to return (条数), 0 to ${maximumPageSize}; the operation's cost counts this many.` }) limit: number = registrySizes.staffPerUnit,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Number of staff to skip (偏移量).' }) offset: number = 0,
  ): Promise<Staff[]> {
    return staffPageOf(context, unit.id, status, limit, offset);
  }
}
