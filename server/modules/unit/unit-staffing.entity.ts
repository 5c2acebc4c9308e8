import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { QuotaCategory } from '../quota/quota-category';
import { EGovUnit } from './unit.entity';

/**
 * One cell of a unit's staffing: its current quota in one category beside its
 * active staff and leaders. Triggers on `staff` and `quota` keep it in the same
 * transaction as every write (see the migration), so that statistics and
 * over-staffing checks read one row instead of counting people.
 */
@Entity({ tableName: 'unit_staffing' })
export class UnitStaffing {
  [PrimaryKeyProp]?: ['unit', 'category'];

  @ManyToOne(() => EGovUnit, { primary: true, ref: true, deleteRule: 'cascade' })
  unit!: Ref<EGovUnit>;

  @Enum({ items: () => QuotaCategory, type: 'string', primary: true })
  category!: QuotaCategory;

  @Property({ type: 'integer', default: 0 })
  activeStaff!: number;

  @Property({ type: 'integer', default: 0 })
  activeLeaders!: number;

  @Property({ type: 'boolean', default: false })
  hasQuota!: boolean;

  @Property({ type: 'integer', default: 0 })
  approvedHeadcount!: number;

  @Property({ type: 'integer', default: 0 })
  approvedLeadershipPositions!: number;
}
