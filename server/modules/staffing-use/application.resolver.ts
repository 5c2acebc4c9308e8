import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { AllowedFor, Audience } from '../access/operation-access';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { loadInstitutionReference } from '../institution/institution-reference';
import { Institution } from '../institution/institution.entity';
import { ApplyForStaffingUseInput, ApproveStaffingUseApplicationInput, StaffingUseApplicationFilter, StaffingUseApplicationSort } from './application.inputs';
import { listStaffingUseApplications } from './application.reads';
import { applyForStaffingUse, approveApplication, rejectApplication, withdrawApplication } from './application.service';
import { StaffingUseApplication } from './staffing-use-application.entity';
import { StaffingUseApproval } from './staffing-use-approval.entity';

@ObjectType({ simpleResolvers: true, description: 'A page of applications to use posts.' })
class StaffingUseApplicationPage extends Page(StaffingUseApplication, 'The applications on this page.') {}

@Resolver(() => StaffingUseApplication)
export class StaffingUseApplicationResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => StaffingUseApplication, { nullable: true, description: 'One application to use posts by id (用编申请).' })
  async staffingUseApplication(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<StaffingUseApplication | null> {
    return withinJurisdiction(context, StaffingUseApplication, await context.loaders.recordById(StaffingUseApplication).load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => StaffingUseApplicationPage, { description: 'Applications to use posts matching a filter, sorted and paginated (用编申请列表).' })
  async staffingUseApplications(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => StaffingUseApplicationFilter, { nullable: true }) filter?: StaffingUseApplicationFilter,
    @Arg('sort', () => StaffingUseApplicationSort, { nullable: true }) sort?: InstanceType<typeof StaffingUseApplicationSort>,
  ): Promise<StaffingUseApplicationPage> {
    return listStaffingUseApplications(context, page, filter, sort ?? new StaffingUseApplicationSort());
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApplication, { description: "Records an institution's application to use vacant posts (用编申请); it holds no post until approved." })
  applyForStaffingUse(@Arg('input', () => ApplyForStaffingUseInput) input: ApplyForStaffingUseInput, @RegistryWrite() write: RegistryWriter): Promise<StaffingUseApplication> {
    return write.create(StaffingUseApplication, input, async (em) => applyForStaffingUse(em, await loadInstitutionReference(em, 'institutionId', input.institutionId), input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApproval, {
    description: 'Approves an application by a numbered notice (核准用编申请), for the posts applied for or fewer; refused, leaving it pending, unless as many posts are free. Returns the approval.',
  })
  async approveStaffingUseApplication(@Arg('input', () => ApproveStaffingUseApplicationInput) input: ApproveStaffingUseApplicationInput, @RegistryWrite() write: RegistryWriter): Promise<StaffingUseApproval> {
    let approval: StaffingUseApproval | undefined;
    write.cite(input.noticeNumber.trim());
    await write.update(StaffingUseApplication, input, {}, async (application, em) => {
      approval = await approveApplication(em, application, input);
      await write.auditAlsoCreated(em, approval, approval.noticeNumber);
    });
    return approval!;
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApplication, { description: 'Rejects a pending application with the reason (不予核准).' })
  rejectStaffingUseApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @Arg('rejectionReason', () => String, { description: 'Why (不予核准理由); at most 500 characters.' }) rejectionReason: string,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<StaffingUseApplication> {
    return write.update(StaffingUseApplication, { id, version }, {}, (application) => rejectApplication(application, rejectionReason));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => StaffingUseApplication, { description: 'Withdraws a pending application (撤回用编申请).' })
  withdrawStaffingUseApplication(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<StaffingUseApplication> {
    return write.update(StaffingUseApplication, { id, version }, {}, (application) => withdrawApplication(application));
  }

  @FieldResolver(() => ID, { description: 'Id of the institution applying (申请机构).' })
  institutionId(@Root() application: StaffingUseApplication): string {
    return String(application.institution.id);
  }

  @FieldResolver(() => Institution, { description: 'Institution applying (申请机构).' })
  async institution(@Root() application: StaffingUseApplication, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(application.institution.id))!;
  }

  @FieldResolver(() => StaffingUseApproval, { nullable: true, description: 'The approval issued for it (核准通知); null unless approved.' })
  async approval(@Root() application: StaffingUseApplication, @Ctx() context: Context): Promise<StaffingUseApproval | null> {
    if (!application.approval) return null;
    return withinJurisdiction(context, StaffingUseApproval, await context.loaders.recordById(StaffingUseApproval).load(application.approval.id));
  }
}

@Resolver(() => StaffingUseApproval)
export class ApprovalApplicationResolver {
  @FieldResolver(() => StaffingUseApplication, { nullable: true, description: 'The application it approved (用编申请); null for an approval made directly.' })
  application(@Root() approval: StaffingUseApproval, @Ctx() context: Context): Promise<StaffingUseApplication | null> {
    return context.loaders.applicationByApprovalId.load(approval.id);
  }
}
