import type { MetadataStorage } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { RecordRow } from '../../common/read-records';
import { createResilientPool } from '../../database/read-pool';
import type { AlertEventType } from './alert-enums';
import type { QuotaAlertEventMessage } from './alert-event.types';
import { alertSnapshotReader } from './alert-snapshot';

/** The outbox reader's own small pool, surviving database outages (see createResilientPool). */
export function createAlertEventsPool(databaseUrl: string, size = 2): Pool {
  return createResilientPool('alert events pool', { connectionString: databaseUrl, max: size });
}

interface EventRow {
  cursor: string;
  type: AlertEventType;
  occurred_at: Date;
  bureau_path: string;
  alert_snapshot: RecordRow;
}

/**
 * Reads the outbox on connections of its own, apart from the requests' pool:
 * the dispatcher and the subscribers' replays read it continually.
 */
export class AlertEventReader {
  private readonly readSnapshot;

  constructor(
    private readonly pool: Pool,
    metadata: MetadataStorage,
  ) {
    this.readSnapshot = alertSnapshotReader(metadata);
  }

  /**
   * Events after `cursor`, in cursor order, optionally only those that happened
   * under a tree path. Live delivery (the dispatcher) and replay both read
   * events here, so a replay sends exactly what was delivered live.
   */
  async after(cursor: string, limit: number, underPath?: string): Promise<QuotaAlertEventMessage[]> {
    const { rows } = await this.pool.query<EventRow>(
      `select id::text as cursor, type, occurred_at, bureau_path, alert_snapshot
         from quota_alert_event
        where id > $1::bigint and ($3::text is null or bureau_path like $3::text || '%')
        order by id limit $2`,
      [cursor, limit, underPath ?? null],
    );
    return rows.map((row) => this.message(row));
  }

  /** The event as delivered: the alert as this event left it, routed by where the event happened. */
  private message(row: EventRow): QuotaAlertEventMessage {
    return {
      cursor: row.cursor,
      type: row.type,
      occurredAt: row.occurred_at,
      bureauPath: row.bureau_path,
      alert: this.readSnapshot(row.alert_snapshot, row.cursor),
    };
  }

  /** The newest cursor of all, or of the events that happened under a LIKE pattern of tree paths; '0' before any. */
  async lastCursor(pathPattern?: string): Promise<string> {
    const { rows } = await this.pool.query<{ last: string }>(
      `select coalesce(max(id), 0)::text as last from quota_alert_event where $1::text is null or bureau_path like $1::text`,
      [pathPattern ?? null],
    );
    return rows[0].last;
  }
}
