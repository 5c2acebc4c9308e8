import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedRecord } from '../../common/record';
import { PlacedBy } from '../access/placement';
import { BureauLevel } from './bureau-level';

@ObjectType({ simpleResolvers: true, description: 'An institutional-establishment office (编办, 机构编制委员会办公室): one per administrative division, in a province → prefecture → county tree.' })
@Entity({ tableName: 'bureau' })
@Index({
  name: 'bureau_path_prefix_index',
  expression: 'create index "bureau_path_prefix_index" on "bureau" ("path" text_pattern_ops)',
})
export class Bureau extends VersionedRecord {
  @Field(() => String, { description: '6-digit administrative division code (行政区划代码, GB/T 2260), e.g. 520300.' })
  @Property({ type: 'string', length: 6, unique: 'bureau_code_unique' })
  code!: string;

  @Field(() => String, { description: 'Chinese name of the bureau (编办名称), e.g. 遵义市机构编制委员会办公室.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'Name of the administrative division the bureau serves (行政区划名称), e.g. 遵义市.' })
  @Property({ type: 'string', length: 60 })
  divisionName!: string;

  @Field(() => BureauLevel, { description: 'Level of the bureau in the tree (级别).' })
  @Enum({ items: () => BureauLevel, type: 'string' })
  level!: BureauLevel;

  @ManyToOne(() => Bureau, { nullable: true, ref: true, deleteRule: 'restrict', index: 'bureau_parent_id_index' })
  parent: Ref<Bureau> | null = null;

  /**
   * Materialized path of division codes from the root, e.g. `520000/520300/520302/`:
   * a whole subtree is one indexed prefix match.
   */
  @Field(() => String, { description: 'Materialized path of division codes from the province down to this bureau (树路径), e.g. 520000/520300/520302/; the subtree of a bureau is every bureau whose path starts with its path.' })
  @PlacedBy({ called: 'bureau', inputField: 'parentId', inputEntity: () => Bureau })
  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'date', nullable: true })
  partyIntranetConnectedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  localAreaNetworkBuiltOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  paperlessOfficeBuiltOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  documentExchangeBuiltOn: string | null = null;
}
