import { Entity, Enum, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { QuotaCategory } from '../quota/quota-category';
import { EGovUnit } from './unit.entity';

/**
 * Active staff and leaders of a unit in one quota category, kept by a trigger
 * on `staff` in the same transaction as every staff write (see the migration),
 * so that statistics and over-staffing checks read a few counters instead of
 * counting people.
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
}
