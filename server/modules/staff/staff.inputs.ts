import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { SortInput } from '../../common/sort-input';
import { QuotaCategory } from '../quota/quota-category';
import { Education, Gender, StaffStatus } from './staff-enums';
import { LeadershipTier } from '../establishment/leadership-tier';
import { PersonInput } from './person.inputs';

@InputType({ description: 'A new real-name staff record (新增实名制人员).' })
export class CreateStaffInput extends PersonInput {
  @Field(() => ID, { description: 'Institution the person works in (所在机构).' })
  institutionId!: string;

  @Field(() => QuotaCategory, { description: 'Quota category the person fills (占用编制类别).' })
  quotaCategory!: QuotaCategory;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier held (领导职务层级); left out for non-leading staff.' })
  leadershipTier?: LeadershipTier | null;

  @Field(() => DateScalar, { description: 'Date the person joined the institution (入职日期).' })
  hiredOn!: string;

  @Field(() => StaffStatus, { defaultValue: StaffStatus.ACTIVE, description: 'Employment status (人员状态).' })
  status: StaffStatus = StaffStatus.ACTIVE;
}

@InputType({ description: 'Changes to a staff record (修改实名制人员); fields left out stay as they are.' })
export class UpdateStaffInput {
  @Field(() => ID, { description: 'Staff record to change.' })
  id!: string;

  @Field(() => Int, { description: 'Version of the record as last read; a stale version is refused (CONFLICT).' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'Institution the person works in (所在机构).' })
  institutionId?: string;

  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category the person fills (占用编制类别).' })
  quotaCategory?: QuotaCategory;

  @Field(() => String, { nullable: true, description: 'Full name (姓名).' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'National ID number (公民身份号码).' })
  nationalId?: string;

  @Field(() => Gender, { nullable: true, description: 'Gender (性别); must agree with the ID number.' })
  gender?: Gender;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date (出生日期); must agree with the ID number.' })
  birthDate?: string;

  @Field(() => Education, { nullable: true, description: 'Highest education (学历).' })
  education?: Education;

  @Field(() => String, { nullable: true, description: 'Position held (职务).' })
  position?: string;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier held (领导职务层级); null: no longer a leader.' })
  leadershipTier?: LeadershipTier | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the person joined the institution (入职日期).' })
  hiredOn?: string;

  @Field(() => StaffStatus, { nullable: true, description: 'Employment status (人员状态).' })
  status?: StaffStatus;
}

@InputType({ description: 'Which staff to list (人员筛选条件); all conditions must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true, description: 'Staff of this institution (所在机构).' })
  institutionId?: string;

  @Field(() => ID, { nullable: true, description: 'Staff of institutions of this bureau and every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => StaffStatus, { nullable: true, description: 'Employment status (人员状态).' })
  status?: StaffStatus;

  @Field(() => QuotaCategory, { nullable: true, description: 'Quota category filled (编制类别).' })
  quotaCategory?: QuotaCategory;

  @Field(() => Boolean, { nullable: true, description: 'Leaders of any tier only, or non-leaders only (领导职务).' })
  isLeader?: boolean;

  @Field(() => LeadershipTier, { nullable: true, description: 'Holders of this leadership tier only (领导职务层级).' })
  leadershipTier?: LeadershipTier;

  @Field(() => String, { nullable: true, description: 'Part of the name (姓名包含).' })
  nameContains?: string;

  @Field(() => String, { nullable: true, description: 'Exact national ID number (公民身份号码).' })
  nationalId?: string;
}

export const StaffSort = SortInput(
  'Staff',
  { NAME: 'name', HIRED_ON: 'hiredOn', BIRTH_DATE: 'birthDate', STATUS: 'status', UPDATED_AT: 'updatedAt' },
  { NAME: 'Name.', HIRED_ON: 'Date joined.', BIRTH_DATE: 'Birth date.', STATUS: 'Status.', UPDATED_AT: 'Time of the last change.' },
  'name',
);
