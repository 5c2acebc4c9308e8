import { Check, type Opt, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { listOf, registrySizes } from '../../common/list-cost';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { Institution } from '../institution/institution.entity';

@ObjectType({
  simpleResolvers: true,
  description:
    "An institution's 三定 (定职能、定机构、定编制): the approval of its main functions, internal bodies, quotas per category and leadership positions per tier, by a document. A later one supersedes it; the history (机构编制沿革) is kept.",
})
@Entity({ tableName: 'establishment_approval' })
@Check({ name: 'establishment_approval_positions_not_negative', expression: '"principal_positions" >= 0 and "deputy_positions" >= 0 and "internal_head_positions" >= 0' })
@Index({
  name: 'establishment_approval_current_unique',
  expression: 'create unique index "establishment_approval_current_unique" on "establishment_approval" ("institution_id") where "superseded_on" is null',
})
export class EstablishmentApproval extends VersionedRecord {
  @PlacedBy({ called: 'establishment approval' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'establishment_approval_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => String, { description: 'Number of the approval document (批文号), e.g. 南编〔2013〕8号.' })
  @Property({ type: 'string', length: 100 })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the approval, from which it applies (批复日期).' })
  @Property({ type: 'date' })
  approvedOn!: string;

  @Field(() => String, { description: 'Main functions as approved (主要职责).' })
  @Property({ type: 'text', default: '' })
  mainFunctions: string & Opt = '';

  @Field(() => [String], { description: 'Names of the internal bodies as approved (内设机构).', complexity: listOf(registrySizes.internalBodiesPerInstitution) })
  @Property({ type: 'json' })
  internalBodyNames!: string[];

  @Field(() => Int, { description: "Approved positions of the institution's head (正职领导职数)." })
  @Property({ type: 'integer' })
  principalPositions!: number;

  @Field(() => Int, { description: 'Approved deputy-head positions (副职领导职数).' })
  @Property({ type: 'integer' })
  deputyPositions!: number;

  @Field(() => Int, { description: "Approved positions of internal bodies' heads (内设机构领导职数)." })
  @Property({ type: 'integer' })
  internalHeadPositions!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Date a later approval superseded this one (被替代日期); null while it is current.' })
  @Property({ type: 'date', nullable: true })
  supersededOn: string | null = null;

  @ManyToOne(() => EstablishmentApproval, { ref: true, nullable: true, deleteRule: 'set null', index: 'establishment_approval_replaces_id_index' })
  replaces: Ref<EstablishmentApproval> | null = null;
}
