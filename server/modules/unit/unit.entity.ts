import { type Opt, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { DateScalar } from '../../common/scalars';
import { Bureau } from '../bureau/bureau.entity';
import { UnitRank } from './unit-rank';
import { PlacedBy } from '../access/placement';

@ObjectType({ simpleResolvers: true, description: 'An e-government unit (电子政务机构): the body a bureau created to run its e-government work.' })
@Entity({ tableName: 'egov_unit' })
export class EGovUnit extends VersionedRecord {
  @PlacedBy({ called: 'e-government unit' })
  @ManyToOne(() => Bureau, { ref: true, deleteRule: 'restrict', index: 'egov_unit_bureau_id_index' })
  bureau!: Ref<Bureau>;

  @Field(() => String, { description: 'Name of the unit (机构名称), e.g. 遵义市域名和信息管理中心.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => UnitRank, { description: 'Rank of the unit (机构规格).' })
  @Enum({ items: () => UnitRank, type: 'string' })
  rank!: UnitRank;

  @Field(() => DateScalar, { nullable: true, description: 'Date the unit was established (成立日期).' })
  @Property({ type: 'date', nullable: true })
  establishedOn: string | null = null;

  @Field(() => String, { description: 'Duties of the unit (主要职责).' })
  @Property({ type: 'text', default: '' })
  duties: string & Opt = '';
}
