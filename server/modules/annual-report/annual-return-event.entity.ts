import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Bureau } from '../bureau/bureau.entity';
import { AnnualReturnEventType } from './annual-return-event-type';
import { AnnualReturn } from './annual-return.entity';
import { ReportingPeriod } from './reporting-period.entity';

/**
 * The annual report's outbox: a submission, return or acceptance, written by a
 * trigger on the return as its transaction commits, and an overdue return,
 * written by the sweep once the due date has passed. Ids are drawn under the
 * same advisory lock as the quota alerts' (take_alert_event_lock), so they are
 * committed in id order and the id is a cursor.
 */
@Entity({ tableName: 'annual_return_event' })
@Index({
  name: 'annual_return_event_bureau_path_index',
  expression: 'create index "annual_return_event_bureau_path_index" on "annual_return_event" ("bureau_path" text_pattern_ops, "id")',
})
@Index({
  name: 'annual_return_event_overdue_once',
  expression: `create unique index "annual_return_event_overdue_once" on "annual_return_event" ("period_id", "bureau_id") where "type" = 'OVERDUE'`,
})
export class AnnualReturnEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Enum({ items: () => AnnualReturnEventType, type: 'string' })
  type!: AnnualReturnEventType;

  @ManyToOne(() => ReportingPeriod, { ref: true, deleteRule: 'cascade', index: 'annual_return_event_period_id_index' })
  period!: Ref<ReportingPeriod>;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'date' })
  dueOn!: string;

  @ManyToOne(() => AnnualReturn, { ref: true, nullable: true, deleteRule: 'set null', index: 'annual_return_event_annual_return_id_index' })
  annualReturn!: Ref<AnnualReturn> | null;

  @ManyToOne(() => Bureau, { ref: true, nullable: true, deleteRule: 'set null', index: 'annual_return_event_bureau_id_index' })
  bureau!: Ref<Bureau> | null;

  @Property({ type: 'text' })
  bureauCode!: string;

  @Property({ type: 'text' })
  bureauName!: string;

  @Property({ type: 'text' })
  bureauPath!: string;

  @Property({ type: 'boolean' })
  late!: boolean;

  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'datetime' })
  occurredAt!: Date;
}
