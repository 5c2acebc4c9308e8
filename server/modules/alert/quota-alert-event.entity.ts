import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { AlertEventType } from './alert-enums';
import { QuotaAlert } from './quota-alert.entity';

/**
 * The outbox: every raise and resolution, written by the same trigger in the
 * same transaction. Event ids are drawn under a transaction-scoped advisory
 * lock held until commit, so they are committed in id order: a reader that has
 * seen id N has seen every committed id below N, and the id is a cursor.
 */
@Entity({ tableName: 'quota_alert_event' })
@Index({
  name: 'quota_alert_event_bureau_path_index',
  expression: 'create index "quota_alert_event_bureau_path_index" on "quota_alert_event" ("bureau_path" text_pattern_ops, "id")',
})
export class QuotaAlertEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => QuotaAlert, { ref: true, deleteRule: 'cascade', index: 'quota_alert_event_alert_id_index' })
  alert!: Ref<QuotaAlert>;

  @Enum({ items: () => AlertEventType, type: 'string' })
  type!: AlertEventType;

  @Property({ type: 'text' })
  bureauPath!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** The alert's row as this event left it (column names as keys), written by a trigger: what delivery and replay send. */
  @Property({ type: 'json' })
  alertSnapshot!: Record<string, unknown>;
}
