import { type Opt, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { PlacedBy } from '../access/placement';
import { Institution } from './institution.entity';

@ObjectType({ simpleResolvers: true, description: 'An internal body of an institution (内设机构), e.g. 办公室, 干部科; its staff and quota are the institution\'s.' })
@Entity({ tableName: 'internal_body' })
@Index({
  name: 'internal_body_current_name_unique',
  expression: 'create unique index "internal_body_current_name_unique" on "internal_body" ("institution_id", "name") where "abolished_on" is null',
})
export class InternalBody extends VersionedRecord {
  @PlacedBy({ called: 'internal body' })
  @ManyToOne(() => Institution, { ref: true, deleteRule: 'restrict', index: 'internal_body_institution_id_index' })
  institution!: Ref<Institution>;

  @Field(() => String, { description: 'Name (内设机构名称), e.g. 办公室.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Duties (职责).' })
  @Property({ type: 'text', default: '' })
  duties: string & Opt = '';

  @Field(() => DateScalar, { nullable: true, description: 'Date abolished (撤销日期); null while it exists.' })
  @Property({ type: 'date', nullable: true })
  abolishedOn: string | null = null;
}
