import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { EGovUnit } from '../unit/unit.entity';
import { QuotaCategory } from './quota-category';
import { PlacedBy } from '../access/placement';

@ObjectType({ simpleResolvers: true, description: 'A staffing quota (编制) of a unit in one category, set by an approval document (批文). A new quota for the same unit and category supersedes the current one; the history is kept.' })
@Entity({ tableName: 'quota' })
@Check({ name: 'quota_headcount_not_negative', expression: '"approved_headcount" >= 0' })
@Check({ name: 'quota_leadership_positions_not_negative', expression: '"approved_leadership_positions" >= 0' })
@Index({
  name: 'quota_current_unique',
  expression: 'create unique index "quota_current_unique" on "quota" ("unit_id", "category") where "superseded_on" is null',
})
export class Quota extends VersionedRecord {
  @PlacedBy({ called: 'quota' })
  @ManyToOne(() => EGovUnit, { ref: true, deleteRule: 'restrict', index: 'quota_unit_id_index' })
  unit!: Ref<EGovUnit>;

  @Field(() => QuotaCategory, { description: 'Category of the quota (编制类别).' })
  @Enum({ items: () => QuotaCategory, type: 'string' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount (编制数).' })
  @Property({ type: 'integer' })
  approvedHeadcount!: number;

  @Field(() => Int, { description: 'Approved leadership positions (领导职数).' })
  @Property({ type: 'integer' })
  approvedLeadershipPositions!: number;

  @Field(() => String, { description: 'Number of the approval document (批文号), e.g. 遵编〔2011〕21号.' })
  @Property({ type: 'string', length: 100 })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date the quota takes effect (生效日期).' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date a later quota superseded this one (被替代日期); null while it is current.' })
  @Property({ type: 'date', nullable: true })
  supersededOn: string | null = null;

  @ManyToOne(() => Quota, { ref: true, nullable: true, deleteRule: 'set null', index: 'quota_replaces_id_index' })
  replaces: Ref<Quota> | null = null;
}
