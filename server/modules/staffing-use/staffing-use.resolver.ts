import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { listOf } from '../../common/list-cost';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { LeadershipTier } from '../establishment/leadership-tier';
import { loadInstitutionReference } from '../institution/institution-reference';
import { Institution } from '../institution/institution.entity';
import { QuotaCategory } from '../quota/quota-category';
import { StaffingUseApproval } from './staffing-use-approval.entity';
import { StaffingUseStatus } from './staffing-use-enums';
import { ApproveStaffingUseInput, StaffingUseApprovalFilter, StaffingUseApprovalSort } from './staffing-use.inputs';
import { listStaffingUseApprovals } from './staffing-use.reads';
import { approveStaffingUse, withdrawStaffingUse } from './staffing-use.service';
import { InstitutionVacancy } from './vacancy.types';
import { Staff } from '../staff/staff.entity';
import { EnterEstablishmentInput } from './entry.inputs';
import { enterEstablishment } from './entry.service';
import { ExitEstablishmentInput } from './exit.inputs';
import { leaveEstablishment } from './exit.service';
import { maskNationalId } from '../staff/national-id';

@ObjectType({ simpleResolvers: true, description: 'A page of approvals to use posts.' })
class StaffingUseApprovalPage extends Page(StaffingUseApproval, 'The approvals on this page.') {}

@Resolver(() => StaffingUseApproval)
export class StaffingUseResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => StaffingUseApproval, { nullable: true, description: 'One approval to use posts by id (用编核准).' })
  async staffingUseApproval(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<StaffingUseApproval | null> {
    return withinJurisdiction(context, StaffingUseApproval, await context.loaders.recordById(StaffingUseApproval).load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => StaffingUseApprovalPage, { description: 'Approvals to use posts matching a filter, sorted and paginated (用编核准列表).' })
  async staffingUseApprovals(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => StaffingUseApprovalFilter, { nullable: true }) filter?: StaffingUseApprovalFilter,
    @Arg('sort', () => StaffingUseApprovalSort, { nullable: true }) sort?: InstanceType<typeof StaffingUseApprovalSort>,
  ): Promise<StaffingUseApprovalPage> {
    return listStaffingUseApprovals(context, page, filter, sort ?? new StaffingUseApprovalSort());
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApproval, { description: 'Approves the use of vacant posts by a numbered notice (用编核准); refused unless as many posts are free after the active staff and open approvals.' })
  approveStaffingUse(@Arg('input', () => ApproveStaffingUseInput) input: ApproveStaffingUseInput, @RegistryWrite() write: RegistryWriter): Promise<StaffingUseApproval> {
    write.cite(input.noticeNumber.trim());
    return write.create(StaffingUseApproval, input, async (em) => approveStaffingUse(em, await loadInstitutionReference(em, 'institutionId', input.institutionId), input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApproval, { description: 'Withdraws an approval to use posts (撤回用编核准): its unused posts are free again.' })
  withdrawStaffingUse(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<StaffingUseApproval> {
    return write.update(StaffingUseApproval, { id, version }, {}, (approval) => {
      write.cite(approval.noticeNumber);
      withdrawStaffingUse(approval);
    });
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Staff, { description: 'A person enters the establishment against an approval to use posts (入编), using one of its posts; refused when it is not open, when the institution would go over its quota, or when the person is active elsewhere.' })
  enterEstablishment(@Arg('input', () => EnterEstablishmentInput) input: EnterEstablishmentInput, @RegistryWrite() write: RegistryWriter): Promise<Staff> {
    return write.create(Staff, input, async (em) => {
      const approval = await write.referenced(em, StaffingUseApproval, 'approvalId', input.approvalId);
      write.cite(approval.noticeNumber);
      return enterEstablishment(em, approval, input);
    });
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Staff, { description: 'A person leaves the establishment (出编) for a reason, on a date, by a document; the post is free again and the record stays, inactive.' })
  exitEstablishment(@Arg('input', () => ExitEstablishmentInput) input: ExitEstablishmentInput, @RegistryWrite() write: RegistryWriter): Promise<Staff> {
    write.cite(input.documentNumber.trim());
    return write.update(Staff, input, {}, (staff) =>
      leaveEstablishment(staff, { reason: input.reason, on: input.exitedOn, documentNumber: input.documentNumber, fields: { on: 'exitedOn', documentNumber: 'documentNumber' } }),
    );
  }

  @FieldResolver(() => ID, { description: 'Id of the institution (用编机构).' })
  institutionId(@Root() approval: StaffingUseApproval): string {
    return String(approval.institution.id);
  }

  @FieldResolver(() => Institution, { description: 'Institution whose posts it approves (用编机构).' })
  async institution(@Root() approval: StaffingUseApproval, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(approval.institution.id))!;
  }

  @FieldResolver(() => StaffingUseStatus, { description: 'Where it stands today (核准状态).' })
  async status(@Root() approval: StaffingUseApproval, @Ctx() context: Context): Promise<StaffingUseStatus> {
    return (await context.loaders.approvalStanding.load(approval.id)).status;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'National ID number of the one person a transfer in is approved for (调入人员身份号码); null when it names no one. Personal data: masked for roles other than auditors and administrators.',
  })
  transfereeNationalId(@Root() approval: StaffingUseApproval, @Ctx() context: Context): string | null {
    if (approval.transfereeNationalId === null) return null;
    return context.jurisdiction.seesPersonalData ? approval.transfereeNationalId : maskNationalId(approval.transfereeNationalId);
  }

  @FieldResolver(() => Int, { description: 'Posts it still holds today (占用空编数): its unused posts while open, none once used up, expired or withdrawn.' })
  async postsHeld(@Root() approval: StaffingUseApproval, @Ctx() context: Context): Promise<number> {
    return (await context.loaders.approvalStanding.load(approval.id)).postsHeld;
  }
}

@Resolver(() => Institution)
export class InstitutionVacancyResolver {
  @FieldResolver(() => [InstitutionVacancy], {
    description: 'Vacancies per quota category and leadership tier (空编情况): approved, active, held by open approvals, free.',
    complexity: listOf(Object.keys(QuotaCategory).length + Object.keys(LeadershipTier).length),
  })
  vacancies(@Root() institution: Institution, @Ctx() context: Context): Promise<InstitutionVacancy[]> {
    return context.loaders.vacanciesByInstitutionId.load(institution.id);
  }
}
