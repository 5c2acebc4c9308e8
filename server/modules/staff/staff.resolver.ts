import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { Institution } from '../institution/institution.entity';
import { EGovUnit } from '../unit/egov-unit.type';
import { Staff } from './staff.entity';
import { CreateStaffInput, StaffFilter, StaffSort, UpdateStaffInput } from './staff.inputs';
import { createStaff, updateStaff } from './staff.service';
import { DateScalar } from '../../common/scalars';
import { forbidden } from '../../errors';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, type RegistryWriter } from '../access/write-pipeline';
import { maskNationalId } from './national-id';
import { AllowedFor, Audience } from '../access/operation-access';
import { listStaff } from './staff.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of staff records.' })
class StaffPage extends Page(Staff, 'The staff records on this page.') {}

@Resolver(() => Staff)
export class StaffResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => Staff, { nullable: true, description: 'One staff record by id (实名制人员).' })
  async staffMember(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Staff | null> {
    return withinJurisdiction(context, Staff, await context.loaders.staffById.load(parseId('id', id)));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @ReportsReadScope()
  @Query(() => StaffPage, { description: 'Staff records matching a filter, sorted and paginated (实名制人员列表).' })
  async staff(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => StaffFilter, { nullable: true }) filter?: StaffFilter,
    @Arg('sort', () => StaffSort, { nullable: true }) sort?: InstanceType<typeof StaffSort>,
  ): Promise<StaffPage> {
    const order = sort ?? new StaffSort();
    if (order.field === 'birthDate' && !context.jurisdiction.seesPersonalData) throw forbidden('sort.field', 'BIRTH_DATE_SORT_FORBIDDEN');
    return listStaff(context, page, filter, order);
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Staff, { description: 'Records a person already in post as history of the existing register (存量登记), e.g. from the survey or a bulk import: audited as such, with entryKind RECORDED. A new entry goes through an approval to use posts (enterEstablishment, 入编).' })
  createStaff(@Arg('input', () => CreateStaffInput) input: CreateStaffInput, @RegistryWrite() write: RegistryWriter): Promise<Staff> {
    return write.create(Staff, input, (em) => createStaff(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Staff, { description: 'Corrects a staff record where it is (修改实名制人员): name, identity, education, position, tier, category, or a status ending the post. A person in post moves only by transferStaff (调动), and one who left comes back only by enterEstablishment (入编).' })
  updateStaff(@Arg('input', () => UpdateStaffInput) input: UpdateStaffInput, @RegistryWrite() write: RegistryWriter): Promise<Staff> {
    return write.update(Staff, input, input, (staff, em) => updateStaff(em, staff, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => ID, { description: 'Deletes a staff record entered by mistake (删除实名制人员); people who leave get a status instead. Returns its id.' })
  deleteStaff(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'Version as last read.' }) version: number,
    @RegistryWrite() write: RegistryWriter,
  ): Promise<string> {
    return write.delete(Staff, { id, version });
  }

  @FieldResolver(() => String, {
    description: 'National ID number (公民身份号码, GB 11643), 18 characters. Personal data: masked as 520102********1234 for roles other than auditors and administrators.',
  })
  nationalId(@Root() staff: Staff, @Ctx() context: Context): string {
    return context.jurisdiction.seesPersonalData ? staff.nationalId : maskNationalId(staff.nationalId);
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Birth date (出生日期), as the national ID number records it. Personal data: null for roles other than auditors and administrators.',
  })
  birthDate(@Root() staff: Staff, @Ctx() context: Context): string | null {
    return context.jurisdiction.seesPersonalData ? staff.birthDate : null;
  }

  @FieldResolver(() => ID, { description: 'Id of the institution the person works in (所在机构).' })
  institutionId(@Root() staff: Staff): string {
    return String(staff.institution.id);
  }

  @FieldResolver(() => Institution, { description: 'Institution the person works in (所在机构).' })
  async institution(@Root() staff: Staff, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(staff.institution.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the person holds a leadership tier (是否领导职务).' })
  isLeader(@Root() staff: Staff): boolean {
    return staff.leadershipTier !== null;
  }

  @FieldResolver(() => ID, { description: 'Id of the institution the person works in.', deprecationReason: 'Use institutionId: staff belong to institutions.' })
  unitId(@Root() staff: Staff): string {
    return String(staff.institution.id);
  }

  @FieldResolver(() => EGovUnit, { description: 'The institution the person works in, as an e-government unit.', deprecationReason: 'Use institution: staff belong to institutions.' })
  async unit(@Root() staff: Staff, @Ctx() context: Context): Promise<Institution> {
    return (await context.loaders.institutionById.load(staff.institution.id))!;
  }
}
