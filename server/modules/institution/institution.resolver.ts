import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsSelectedAt } from '../../common/selection';
import { ReportsReadScope } from '../access/read-scope';
import { maximumPageSize, PageArguments } from '../../common/list-arguments';
import { staffPageOf } from '../staff/staff.reads';
import { listOf, pageOfLimit, registrySizes } from '../../common/list-cost';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { withinJurisdiction } from '../access/record-access';
import { QuotaAlert } from '../alert/quota-alert.entity';
import { Bureau } from '../bureau/bureau.entity';
import { EstablishmentApproval } from '../establishment/establishment-approval.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { InstitutionCategoryStaffing, InstitutionTierStaffing } from '../establishment/staffing.types';
import { QuotaCategory } from '../quota/quota-category';
import { Quota } from '../quota/quota.entity';
import { StaffStatus } from '../staff/staff-enums';
import { Staff } from '../staff/staff.entity';
import { InstitutionChange } from './institution-change.entity';
import { InstitutionStatus } from './institution-enums';
import { Institution } from './institution.entity';
import { InstitutionFilter, InstitutionSort } from './institution.inputs';
import { listInstitutions } from './institution.reads';
import { InternalBody } from './internal-body.entity';
import { normalizedCreditCode } from './institution-facts';
import { whenRead } from '../establishment/staffing.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of institutions.' })
class InstitutionPage extends Page(Institution, 'The institutions on this page.') {}

const tierCount = Object.keys(LeadershipTier).length;

/** The fields that read an institution's staffing cells (context.loaders.staffing): a page asking for any reads them along. */
const staffingFields = new Set(['staffing', 'leadershipStaffing', 'activeStaffCount', 'overStaffed']);

@Resolver(() => Institution)
export class InstitutionResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Institution, { nullable: true, description: 'One institution by id (机构).' })
  async institution(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Institution | null> {
    return withinJurisdiction(context, Institution, await context.loaders.institutionById.load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Institution, { nullable: true, description: 'One institution by its unified social credit code (按统一社会信用代码查询); null when none in your jurisdiction has it.' })
  async institutionByCreditCode(@Arg('creditCode', () => String, { description: 'Unified social credit code, 18 characters (统一社会信用代码).' }) creditCode: string, @Ctx() context: Context): Promise<Institution | null> {
    const code = normalizedCreditCode('creditCode', creditCode);
    if (code === null) return null;
    const page = await listInstitutions(context, { limit: 1, offset: 0 }, Object.assign(new InstitutionFilter(), { creditCode: code, statuses: Object.values(InstitutionStatus) }), new InstitutionSort());
    return page.items[0] ?? null;
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => InstitutionPage, { description: 'Institutions matching a filter, sorted and paginated (机构列表); existing ones only unless the filter names other statuses.' })
  async institutions(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => InstitutionFilter, { nullable: true }) filter?: InstitutionFilter,
    @Arg('sort', () => InstitutionSort, { nullable: true }) sort?: InstanceType<typeof InstitutionSort>,
  ): Promise<InstitutionPage> {
    const asksStaffing = [...fieldsSelectedAt(info, ['items'])].some((name) => staffingFields.has(name));
    return listInstitutions(context, page, filter, sort ?? new InstitutionSort(), asksStaffing ? context.loaders.staffing.readAlong() : undefined);
  }

  @FieldResolver(() => ID, { description: 'Id of the bureau that manages its establishment (管理编办).' })
  bureauId(@Root() institution: Institution): string {
    return String(institution.bureau.id);
  }

  @FieldResolver(() => Bureau, { description: 'Bureau that manages its establishment (管理编办).' })
  async bureau(@Root() institution: Institution, @Ctx() context: Context): Promise<Bureau> {
    return (await context.loaders.bureauById.load(institution.bureau.id))!;
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'Supervising institution (主管部门); null for a top-level one.' })
  async supervisingInstitution(@Root() institution: Institution, @Ctx() context: Context): Promise<Institution | null> {
    if (!institution.supervisingInstitution) return null;
    return withinJurisdiction(context, Institution, await context.loaders.institutionById.load(institution.supervisingInstitution.id));
  }

  @FieldResolver(() => Institution, { nullable: true, description: 'Institution it was merged into (并入机构); null unless merged.' })
  async mergedInto(@Root() institution: Institution, @Ctx() context: Context): Promise<Institution | null> {
    if (!institution.mergedInto) return null;
    return withinJurisdiction(context, Institution, await context.loaders.institutionById.load(institution.mergedInto.id));
  }

  @FieldResolver(() => [Institution], { description: 'Institutions it supervises (下属机构), existing ones by name.', complexity: listOf(registrySizes.subordinatesPerInstitution) })
  async subordinates(
    @Root() institution: Institution,
    @Ctx() context: Context,
    @Arg('includeEnded', () => Boolean, { defaultValue: false, description: 'Include merged and abolished ones (含已撤并).' }) includeEnded: boolean,
  ): Promise<Institution[]> {
    const all = await context.loaders.subordinatesByInstitutionId.load(institution.id);
    const shown = includeEnded ? all : all.filter((subordinate) => subordinate.status === InstitutionStatus.ACTIVE);
    const visible = await Promise.all(shown.map((subordinate) => withinJurisdiction(context, Institution, subordinate)));
    return visible.filter((subordinate): subordinate is Institution => subordinate !== null);
  }

  @FieldResolver(() => [InternalBody], { description: 'Internal bodies (内设机构), existing ones first.', complexity: listOf(registrySizes.internalBodiesPerInstitution) })
  async internalBodies(
    @Root() institution: Institution,
    @Ctx() context: Context,
    @Arg('includeAbolished', () => Boolean, { defaultValue: false, description: 'Include abolished ones (含已撤销).' }) includeAbolished: boolean,
  ): Promise<InternalBody[]> {
    const bodies = await context.loaders.internalBodiesByInstitutionId.load(institution.id);
    return includeAbolished ? bodies : bodies.filter((body) => body.abolishedOn === null);
  }

  @FieldResolver(() => EstablishmentApproval, { nullable: true, description: 'The current 三定 (现行三定); null before the first.' })
  async currentEstablishment(@Root() institution: Institution, @Ctx() context: Context): Promise<EstablishmentApproval | null> {
    return (await context.loaders.approvalsByInstitutionId.load(institution.id)).find((approval) => approval.supersededOn === null) ?? null;
  }

  @FieldResolver(() => [EstablishmentApproval], { description: 'Every 三定, latest first (机构编制沿革).', complexity: listOf(registrySizes.quotaApprovalsPerUnit) })
  async establishmentHistory(@Root() institution: Institution, @Ctx() context: Context): Promise<EstablishmentApproval[]> {
    return context.loaders.approvalsByInstitutionId.load(institution.id);
  }

  @FieldResolver(() => [Quota], {
    description: 'Quotas (编制): the current one per category, or the whole history.',
    complexity: (options) => (options.args.includeSuperseded ? listOf(registrySizes.quotaApprovalsPerUnit) : listOf(Object.keys(QuotaCategory).length))(options),
  })
  async quotas(
    @Root() institution: Institution,
    @Ctx() context: Context,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false, description: 'Include quotas superseded by later approvals (含历史).' }) includeSuperseded: boolean,
  ): Promise<Quota[]> {
    const quotas = await context.loaders.quotasByInstitutionId.load(institution.id);
    return includeSuperseded ? quotas : quotas.filter((quota) => quota.supersededOn === null);
  }

  @FieldResolver(() => [InstitutionCategoryStaffing], { description: 'Quota and active staff per quota category, with over-staffing (编制使用情况).', complexity: listOf(Object.keys(QuotaCategory).length) })
  staffing(@Root() institution: Institution, @Ctx() context: Context): InstitutionCategoryStaffing[] | Promise<InstitutionCategoryStaffing[]> {
    return whenRead(context.loaders.staffing.of(institution.id), (staffing) => staffing.categories);
  }

  @FieldResolver(() => [InstitutionTierStaffing], { description: 'Leadership positions per tier against their holders, with over-positions (领导职数使用情况).', complexity: listOf(tierCount) })
  leadershipStaffing(@Root() institution: Institution, @Ctx() context: Context): InstitutionTierStaffing[] | Promise<InstitutionTierStaffing[]> {
    return whenRead(context.loaders.staffing.of(institution.id), (staffing) => staffing.tiers);
  }

  @FieldResolver(() => Int, { description: 'Active staff in all categories (在职人数).' })
  activeStaffCount(@Root() institution: Institution, @Ctx() context: Context): number | Promise<number> {
    return whenRead(context.loaders.staffing.of(institution.id), (staffing) => staffing.activeStaff);
  }

  @FieldResolver(() => Boolean, { description: 'Over its headcount in some category or its positions in some tier (超编或超职数).' })
  overStaffed(@Root() institution: Institution, @Ctx() context: Context): boolean | Promise<boolean> {
    return whenRead(context.loaders.staffing.of(institution.id), (staffing) => staffing.over);
  }

  @FieldResolver(() => [Staff], { description: 'Staff (实名制人员), by name: a page of them.', complexity: pageOfLimit })
  staff(
    @Root() institution: Institution,
    @Ctx() context: Context,
    @Arg('status', () => StaffStatus, { nullable: true, description: 'Only staff with this status (人员状态).' }) status?: StaffStatus,
    @Arg('limit', () => Int, { defaultValue: registrySizes.staffPerInstitution, description: `Largest number of staff to return (条数), 0 to ${maximumPageSize}; the operation's cost counts this many.` }) limit: number = registrySizes.staffPerInstitution,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Number of staff to skip (偏移量).' }) offset: number = 0,
  ): Promise<Staff[]> {
    return staffPageOf(context, institution.id, status, limit, offset);
  }

  @FieldResolver(() => [QuotaAlert], { description: 'Open over-staffing and over-positions alerts (未解除的预警).', complexity: listOf(Object.keys(QuotaCategory).length + tierCount) })
  async openAlerts(@Root() institution: Institution, @Ctx() context: Context): Promise<QuotaAlert[]> {
    return context.loaders.openAlertsByInstitutionId.load(institution.id);
  }

  @FieldResolver(() => [InstitutionChange], { description: 'Changes by decision, latest first (机构沿革).', complexity: listOf(registrySizes.quotaApprovalsPerUnit) })
  async changes(@Root() institution: Institution, @Ctx() context: Context): Promise<InstitutionChange[]> {
    return context.loaders.changesByInstitutionId.load(institution.id);
  }
}
