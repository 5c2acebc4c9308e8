import type { EntityName, MetadataStorage } from '@mikro-orm/postgresql';
import { Pool, TypeOverrides, type PoolConfig } from 'pg';
import { recordReader } from '../common/read-records';

/** How long opening a connection may take before the request fails instead of hanging on a database that is gone. */
export const connectTimeoutMillis = 3000;

/**
 * A `pg` pool that survives the database going away and coming back: a pooled
 * connection the server drops (restart, failover, network cut) is logged and
 * discarded instead of crashing the process (an idle client's error is emitted
 * on the pool, and an EventEmitter 'error' nobody listens to throws), opening a
 * connection gives up after `connectTimeoutMillis`, and every checkout after the
 * database is back opens a fresh connection. TCP keep-alive lets the kernel
 * notice a peer that vanished without a word.
 */
export function createResilientPool(name: string, config: PoolConfig): Pool {
  const pool = new Pool({ connectionTimeoutMillis: connectTimeoutMillis, keepAlive: true, ...config });
  pool.on('error', (error) => console.warn(`${name}: an idle database connection failed and was discarded: ${error.message}`));
  return pool;
}

/**
 * The connections GraphQL reads go through: plain `pg` with named prepared
 * statements (planned once per connection, arrays bound as one parameter), and
 * the rows turned into records shaped like the entities. Writes stay with
 * MikroORM's EntityManager and its transactions.
 */
export class ReadPool {
  private readonly pool: Pool;
  private readonly statementNames = new Map<string, string>();
  private readonly readers = new Map<EntityName<object>, ReturnType<typeof recordReader>>();

  constructor(
    databaseUrl: string,
    size: number,
    private readonly metadata: MetadataStorage,
    private readonly onStatement: () => void = () => undefined,
    /** Longest wait for a connection, busy ones included (pg-pool counts both): longer where there is one connection only. */
    waitMillis = connectTimeoutMillis,
  ) {
    // Dates and timestamps as text, as MikroORM reads them, so records and entities agree.
    const parsers = new TypeOverrides();
    for (const oid of [1082, 1114, 1184]) parsers.setTypeParser(oid, (text: string) => text);
    this.pool = createResilientPool('read pool', { connectionString: databaseUrl, max: size, types: parsers, connectionTimeoutMillis: waitMillis });
    // The embedded engine is one PostgreSQL session behind every socket: statements a closed connection prepared are still there.
    this.pool.on('connect', (client) => void client.query('DEALLOCATE ALL').catch(() => undefined));
  }

  async rows<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
    let name = this.statementNames.get(text);
    if (!name) this.statementNames.set(text, (name = `bianzhi_read_${this.statementNames.size + 1}`));
    this.onStatement();
    return (await this.pool.query({ name, text, values })).rows as Row[];
  }

  /** One round trip on a pooled connection (readiness checks); not counted as a statement of a request. */
  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }

  /** Built once per entity and server: every request's loaders share them. */
  reader<Entity extends object>(entity: EntityName<Entity>): ReturnType<typeof recordReader<Entity>> {
    let reader = this.readers.get(entity as EntityName<object>);
    if (!reader) this.readers.set(entity as EntityName<object>, (reader = recordReader(this.metadata, entity as EntityName<object>)));
    return reader as unknown as ReturnType<typeof recordReader<Entity>>;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
