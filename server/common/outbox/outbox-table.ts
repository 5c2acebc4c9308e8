import type { Pool } from 'pg';
import { createResilientPool } from '../../database/read-pool';
import type { OutboxReader, RoutedEvent } from './event-bus';

/** The outboxes' readers' own small pool, apart from the requests' and surviving database outages (see createResilientPool). */
export function createOutboxPool(databaseUrl: string, size = 2): Pool {
  return createResilientPool('outbox events pool', { connectionString: databaseUrl, max: size });
}

/** The columns every outbox table has: a bigint id drawn under the outbox lock, and the tree path where the event happened. */
export interface OutboxRow {
  cursor: string;
  bureau_path: string;
}

/**
 * Reads one outbox table on the outboxes' own connections: the dispatcher and
 * the subscribers' replays read it continually. `columns` are the table's
 * other columns an event is made of, `toEvent` makes it.
 */
export class OutboxTable<E extends RoutedEvent, Row extends OutboxRow> implements OutboxReader<E> {
  constructor(
    private readonly pool: Pool,
    private readonly table: string,
    private readonly columns: string,
    private readonly toEvent: (row: Row) => E,
  ) {}

  async after(cursor: string, limit: number, underPath?: string): Promise<E[]> {
    const { rows } = await this.pool.query<Row>(
      `select id::text as cursor, bureau_path, ${this.columns}
         from ${this.table}
        where id > $1::bigint and ($3::text is null or bureau_path like $3::text || '%')
        order by id limit $2`,
      [cursor, limit, underPath ?? null],
    );
    return rows.map(this.toEvent);
  }

  async lastCursor(pathPattern?: string): Promise<string> {
    const { rows } = await this.pool.query<{ last: string }>(
      `select coalesce(max(id), 0)::text as last from ${this.table} where $1::text is null or bureau_path like $1::text`,
      [pathPattern ?? null],
    );
    return rows[0].last;
  }
}
