import type { MetadataStorage } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import { recordReader } from '../../common/read-records';
import { createResilientPool } from '../../database/read-pool';
import type { AlertEventType } from './alert-enums';
import type { QuotaAlertEventMessage } from './alert-event.types';
import { QuotaAlert } from './quota-alert.entity';

/** The outbox reader's own small pool, surviving database outages (see createResilientPool). */
export function createAlertEventsPool(databaseUrl: string, size = 2): Pool {
  return createResilientPool('alert events pool', { connectionString: databaseUrl, max: size });
}

/**
 * Reads the outbox on connections of its own, apart from the requests' pool:
 * the dispatcher and the subscribers' replays read it continually.
 */
export class AlertEventReader {
  private readonly alerts;

  constructor(
    private readonly pool: Pool,
    metadata: MetadataStorage,
  ) {
    this.alerts = recordReader(metadata, QuotaAlert);
  }

  /** Events after `cursor`, in cursor order, optionally only those under a tree path, with their alerts. */
  async after(cursor: string, limit: number, underPath?: string): Promise<QuotaAlertEventMessage[]> {
    const { rows } = await this.pool.query<{ event_id: string; event_type: AlertEventType; occurred_at: Date; event_path: string } & Record<string, unknown>>(
      `select event.id::text as event_id, event.type as event_type, event.occurred_at, event.bureau_path as event_path, alert.*
         from quota_alert_event event join quota_alert alert on alert.id = event.alert_id
        where event.id > $1::bigint and ($3::text is null or event.bureau_path like $3::text || '%')
        order by event.id limit $2`,
      [cursor, limit, underPath ?? null],
    );
    return rows.map((row) => ({
      cursor: row.event_id,
      type: row.event_type,
      occurredAt: row.occurred_at,
      bureauPath: row.event_path,
      alert: this.alerts.read(row),
    }));
  }

  async lastCursor(): Promise<string> {
    const { rows } = await this.pool.query<{ last: string }>('select coalesce(max(id), 0)::text as last from quota_alert_event');
    return rows[0].last;
  }
}
