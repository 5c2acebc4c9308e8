import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { Institution } from '../institution/institution.entity';
import { EstablishmentApproval } from '../establishment/establishment-approval.entity';
import { QuotaCategory } from './quota-category';
import { PlacedBy } from '../access/placement';

@ObjectType({ simpleResolvers: true, description: 'A staffing quota (编制) of an institution in one category, set by an approval document (批文): a 三定 or a later adjustment. A new quota for the same institution and category supersedes the current one; the history is kept.' })
@Entity({ tableName: 'quota' })
@Check({ name: 'quota_headcount_not_negative', expression: '"approved_headcount" >= 0' })
@Index({
  name: 'quota_current_unique',
  expression: 'create unique index "quota_current_unique" on "quota" ("institution_id", "category") where "superseded_on" is null',
})
export class Quota extends VersionedRecord {
  @PlacedBy({ called: 'quota' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'quota_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => QuotaCategory, { description: 'Category of the quota (编制类别).' })
  @Enum({ items: () => QuotaCategory, type: 'string' })
  category!: QuotaCategory;

  @Field(() => Int, { description: 'Approved headcount (编制数).' })
  @Property({ type: 'integer' })
  approvedHeadcount!: number;

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

  /** The 三定 that set this quota; null for an adjustment of one category by its own document. */
  @ManyToOne(() => EstablishmentApproval, { ref: true, nullable: true, deleteRule: 'set null', index: 'quota_approval_id_index' })
  approval: Ref<EstablishmentApproval> | null = null;
}
