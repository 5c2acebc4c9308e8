import { Check, type Opt, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { QuotaCategory } from '../quota/quota-category';
import { Institution } from '../institution/institution.entity';
import { LeadershipTier } from '../establishment/leadership-tier';
import { Education, Gender, StaffStatus } from './staff-enums';
import { PlacedBy } from '../access/placement';
import { ExitReason } from '../staffing-use/exit-reason';
import { StaffEntryKind } from '../staffing-use/entry-kind';
import { StaffingUseApproval } from '../staffing-use/staffing-use-approval.entity';

@ObjectType({ simpleResolvers: true, description: 'A real-name staff member (实名制人员) bound to an institution and a quota category, holding a leadership tier or none.' })
@Entity({ tableName: 'staff' })
@Check({ name: 'staff_national_id_length', expression: 'length("national_id") = 18' })
// Staff pages are sorted by name, then id: a prefecture's page need not sort its 150,000 people.
@Index({ name: 'staff_name_id_index', properties: ['name', 'id'] })
@Index({
  name: 'staff_active_national_id_unique',
  expression: 'create unique index "staff_active_national_id_unique" on "staff" ("national_id") where "status" = \'ACTIVE\'',
})
export class Staff extends VersionedRecord {
  @PlacedBy({ called: 'staff record' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'staff_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => QuotaCategory, { description: 'Quota category the person fills (占用编制类别).' })
  @Enum({ items: () => QuotaCategory, type: 'string' })
  quotaCategory!: QuotaCategory;

  @Field(() => String, { description: 'Full name (姓名).' })
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => Gender, { description: 'Gender (性别); agrees with the national ID number.' })
  @Enum({ items: () => Gender, type: 'string' })
  gender!: Gender;

  /** Exposed through StaffResolver.nationalId, which masks it by role. */
  @Property({ type: 'string', length: 18, index: 'staff_national_id_index' })
  nationalId!: string;

  /** Exposed through StaffResolver.birthDate, which hides it by role. */
  @Property({ type: 'date' })
  birthDate!: string;

  @Field(() => Education, { description: 'Highest education (学历).' })
  @Enum({ items: () => Education, type: 'string' })
  education!: Education;

  @Field(() => String, { description: 'Position held (职务), e.g. 主任, 科员.' })
  @Property({ type: 'string', length: 50 })
  position!: string;

  @Field(() => LeadershipTier, { nullable: true, description: 'Leadership tier the person holds (领导职务层级), counted against that tier\'s approved positions; null for non-leading staff.' })
  @Enum({ items: () => LeadershipTier, type: 'string', nullable: true })
  leadershipTier: LeadershipTier | null = null;

  @Field(() => DateScalar, { description: 'Date the person joined the institution (入职日期).' })
  @Property({ type: 'date' })
  hiredOn!: string;

  @Field(() => StaffStatus, { description: 'Employment status (人员状态); only ACTIVE staff fill a quota.' })
  @Enum({ items: () => StaffStatus, type: 'string', index: 'staff_status_index' })
  status: StaffStatus & Opt = StaffStatus.ACTIVE;

  @Field(() => ExitReason, { nullable: true, description: 'Why the person left the establishment (出编原因); null while in post, or for a status set directly.' })
  @Enum({ items: () => ExitReason, type: 'string', nullable: true })
  exitReason: ExitReason | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'Date the person left the establishment (出编日期).' })
  @Property({ type: 'date', nullable: true })
  exitedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Document of the exit (出编文件), e.g. the retirement approval.' })
  @Property({ type: 'string', length: 100, nullable: true })
  exitDocumentNumber: string | null = null;

  @Field(() => StaffEntryKind, { description: 'How the person came into this post (入编方式): against an approval, by transfer, or recorded as history of the existing register.' })
  @Enum({ items: () => StaffEntryKind, type: 'string', default: StaffEntryKind.RECORDED })
  entryKind: StaffEntryKind & Opt = StaffEntryKind.RECORDED;

  /** The approval the entry used; exposed through StaffEstablishmentResolver. */
  @ManyToOne(() => StaffingUseApproval, { ref: true, nullable: true, deleteRule: 'restrict', index: 'staff_entry_approval_id_index' })
  entryApproval: Ref<StaffingUseApproval> | null = null;

  /** The record the person left when transferred in; exposed through StaffEstablishmentResolver, within the caller's jurisdiction. */
  @ManyToOne(() => Staff, { ref: true, nullable: true, deleteRule: 'set null', index: 'staff_transferred_from_id_index' })
  transferredFrom: Ref<Staff> | null = null;
}
