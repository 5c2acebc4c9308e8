import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { Institution } from './institution.entity';
import { InstitutionChangeKind } from './institution-change-kind';

/** Appended by each change of an institution in the same transaction; never changed afterwards. */
@ObjectType({ simpleResolvers: true, description: 'One change of an institution (机构沿革) by an approval document: what changed, from what to what.' })
@Entity({ tableName: 'institution_change' })
export class InstitutionChange {
  @Field(() => ID, { description: 'Identifier of the change.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @PlacedBy({ called: 'institution change' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'cascade', index: 'institution_change_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => InstitutionChangeKind, { description: 'What changed (变更类型).' })
  @Enum({ items: () => InstitutionChangeKind, type: 'string' })
  kind!: InstitutionChangeKind;

  @Field(() => String, { description: 'Number of the approval document (批文号), e.g. 南编〔2015〕3号.' })
  @Property({ type: 'string', length: 100 })
  documentNumber!: string;

  @Field(() => DateScalar, { description: 'Date of the decision (批复日期).' })
  @Property({ type: 'date' })
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: 'The value before the change, in words (变更前), e.g. the old name.' })
  @Property({ type: 'text', nullable: true })
  before: string | null = null;

  @Field(() => String, { nullable: true, description: 'The value after the change, in words (变更后).' })
  @Property({ type: 'text', nullable: true })
  after: string | null = null;

  @ManyToOne(() => Institution, { ref: true, nullable: true, deleteRule: 'set null', index: 'institution_change_other_institution_id_index' })
  otherInstitution: Ref<Institution> | null = null;

  @Field(() => DateTimeScalar, { description: 'When the change was recorded (登记时间).' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  recordedAt: Date & Opt = new Date();
}
