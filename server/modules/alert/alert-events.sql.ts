import type { MetadataStorage } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { RecordRow } from '../../common/read-records';
import { OutboxTable, type OutboxRow } from '../../common/outbox/outbox-table';
import type { AlertEventType } from './alert-enums';
import type { QuotaAlertEventMessage } from './alert-event.types';
import { alertSnapshotReader } from './alert-snapshot';

interface AlertEventRow extends OutboxRow {
  type: AlertEventType;
  occurred_at: Date;
  alert_snapshot: RecordRow;
}

/** The quota alerts' outbox: each event the alert as it left it, routed by where the event happened. */
export function alertEventReader(pool: Pool, metadata: MetadataStorage): OutboxTable<QuotaAlertEventMessage, AlertEventRow> {
  const readSnapshot = alertSnapshotReader(metadata);
  return new OutboxTable(pool, 'quota_alert_event', 'type, occurred_at, alert_snapshot', (row: AlertEventRow) => ({
    cursor: row.cursor,
    type: row.type,
    occurredAt: row.occurred_at,
    bureauPath: row.bureau_path,
    alert: readSnapshot(row.alert_snapshot, row.cursor),
  }));
}
