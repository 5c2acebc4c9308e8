import type { EntityName, MetadataStorage } from '@mikro-orm/postgresql';
import { Pool, TypeOverrides, type PoolClient, type PoolConfig } from 'pg';
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

  /** Connections of a shared session not yet cleared of the statements an earlier connection prepared. */
  private readonly uncleared = new WeakSet<PoolClient>();

  constructor(
    databaseUrl: string,
    private readonly metadata: MetadataStorage,
    private readonly options: {
      size: number;
      onStatement?: (sql: string) => void;
      /** Longest wait for a connection, busy ones included (pg-pool counts both): longer where there is one connection only. */
      waitMillis?: number;
      /**
       * The embedded engine is one PostgreSQL session behind every socket: the
       * statements a closed connection prepared are still there, and a new
       * connection must clear them before preparing its own under the same names.
       */
      sharedSession?: boolean;
    },
  ) {
    // Dates and timestamps as text, as MikroORM reads them, so records and entities agree.
    const parsers = new TypeOverrides();
    for (const oid of [1082, 1114, 1184]) parsers.setTypeParser(oid, (text: string) => text);
    this.pool = createResilientPool('read pool', {
      connectionString: databaseUrl,
      max: options.size,
      types: parsers,
      connectionTimeoutMillis: options.waitMillis ?? connectTimeoutMillis,
    });
    if (options.sharedSession) this.pool.on('connect', (client) => this.uncleared.add(client));
  }

  async rows<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
    let name = this.statementNames.get(text);
    if (!name) this.statementNames.set(text, (name = `bianzhi_read_${this.statementNames.size + 1}`));
    this.options.onStatement?.(text);
    if (!this.options.sharedSession) return (await this.pool.query({ name, text, values })).rows as Row[];
    const client = await this.pool.connect();
    try {
      if (this.uncleared.has(client)) {
        await client.query('deallocate all');
        this.uncleared.delete(client);
      }
      const { rows } = await client.query({ name, text, values });
      client.release();
      return rows as Row[];
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
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

  /** The entities' metadata the records are read by. */
  get metadataStorage(): MetadataStorage {
    return this.metadata;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
