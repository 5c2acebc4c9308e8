import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Institution } from '../institution/institution.entity';
import { StaffingDimension } from './staffing-dimension';

/**
 * One cell of an institution's staffing: in a quota category, the current
 * approved headcount beside the active staff; in a leadership tier, the
 * approved positions beside the active holders. Triggers on `staff`, `quota`
 * and `establishment_approval` keep it in the same transaction as every write
 * (see the migrations), so that statistics and the staffing rule
 * (`staffing_cell_status`) read one row instead of counting people.
 */
@Entity({ tableName: 'staffing_cell' })
@Index({
  name: 'staffing_cell_over_index',
  expression: 'create index "staffing_cell_over_index" on "staffing_cell" ("institution_id") where "active" > "approved"',
})
export class StaffingCell {
  [PrimaryKeyProp]?: ['institution', 'dimension', 'key'];

  @ManyToOne(() => Institution, { primary: true, ref: true, deleteRule: 'cascade' })
  institution!: Ref<Institution>;

  @Enum({ items: () => StaffingDimension, type: 'string', primary: true })
  dimension!: StaffingDimension;

  /** The quota category or the leadership tier. */
  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: 'boolean', default: false })
  hasApproval!: boolean;

  @Property({ type: 'integer', default: 0 })
  approved!: number;

  @Property({ type: 'integer', default: 0 })
  active!: number;
}
