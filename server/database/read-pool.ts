import type { EntityName, MetadataStorage } from '@mikro-orm/postgresql';
import { Pool, TypeOverrides, type PoolClient, type PoolConfig, type QueryResult } from 'pg';
import { combinableColumns, combinedStatement, rowsOfPart, type Columns, type PendingStatement } from './combined-statement';
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

/** What a server's read pool and every request's view of it share. */
interface ReadCore {
  pool: Pool;
  types: TypeOverrides;
  statementNames: Map<string, string>;
  readers: Map<EntityName<object>, ReturnType<typeof recordReader>>;
  /** Each statement's columns, from its first run alone (null: it always goes alone); until then it is not combined. */
  columns: Map<string, Columns | null>;
  /** Connections of a shared session not yet cleared of the statements an earlier connection prepared. */
  uncleared: WeakSet<PoolClient>;
  options: ReadPoolOptions;
  metadata: MetadataStorage;
}

interface ReadPoolOptions {
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
}

/** How a statement is to be run. */
export interface ReadOptions {
  /**
   * Planned for its values each time rather than prepared once: for statements
   * whose best plan depends on the values, as a subtree's size does (a
   * prepared statement falls back to one generic plan after five runs, which
   * for a prefecture read every staff member and sorted them, where a plan for
   * its path walks the name index: 100 ms against 28 ms, one run).
   */
  planEachTime?: boolean;
}

/** Combined statements are prepared until this many statements have names; past it they are planned each time. */
const mostNamedStatements = 5000;

/**
 * The connections GraphQL reads go through: plain `pg` with named prepared
 * statements (planned once per connection, arrays bound as one parameter), and
 * the rows turned into records shaped like the entities. Writes stay with
 * MikroORM's EntityManager and its transactions.
 *
 * A request reads through its own view (`forRequest`): the statements it asks
 * for in one turn of the event loop (the loaders of one level of the query, all
 * dispatched together) go to the database as one combined statement
 * (combined-statement.ts), a round trip and a statement's fixed cost instead of
 * one each. Only a request's own statements are combined, so that no request
 * waits behind another's slow one.
 */
export class ReadPool {
  private pending: PendingStatement[] = [];

  private constructor(
    private readonly core: ReadCore,
    private readonly combining: boolean,
  ) {}

  static open(databaseUrl: string, metadata: MetadataStorage, options: ReadPoolOptions): ReadPool {
    // Dates and timestamps as text, as MikroORM reads them, so records and entities agree.
    const types = new TypeOverrides();
    for (const oid of [1082, 1114, 1184]) types.setTypeParser(oid, (text: string) => text);
    const pool = createResilientPool('read pool', {
      connectionString: databaseUrl,
      max: options.size,
      types,
      connectionTimeoutMillis: options.waitMillis ?? connectTimeoutMillis,
    });
    const core: ReadCore = { pool, types, statementNames: new Map(), readers: new Map(), columns: new Map(), uncleared: new WeakSet(), options, metadata };
    if (options.sharedSession) pool.on('connect', (client) => core.uncleared.add(client));
    return new ReadPool(core, false);
  }

  /** A view of the same connections for one request, which combines the statements it asks for together. */
  forRequest(): ReadPool {
    return new ReadPool(this.core, true);
  }

  async rows<Row>(text: string, values: unknown[] = [], options: ReadOptions = {}): Promise<Row[]> {
    const planEachTime = options.planEachTime ?? false;
    if (!this.combining) return this.learned(text, await this.send(text, values, planEachTime ? 'never' : 'prepare')) as Row[];
    return new Promise<Row[]>((resolve, reject) => {
      this.pending.push({ text, values, planEachTime, resolve: resolve as (rows: unknown[]) => void, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  /** Sends what is pending: the statements whose columns are known together, the others alone. */
  private flush(): void {
    const pending = this.pending;
    this.pending = [];
    const together: (PendingStatement & { columns: Columns })[] = [];
    for (const statement of pending) {
      const columns = this.core.columns.get(statement.text);
      if (columns) together.push({ ...statement, columns });
      else this.sendAlone(statement);
    }
    if (together.length === 1) this.sendAlone(together[0]);
    else if (together.length > 1) void this.sendTogether(together);
  }

  private sendAlone(statement: PendingStatement): void {
    this.send(statement.text, statement.values, statement.planEachTime ? 'never' : 'prepare').then((result) => statement.resolve(this.learned(statement.text, result)), statement.reject);
  }

  /** The rows of a statement run alone; the first time, what it says of its columns tells whether it can be combined later. */
  private learned(text: string, result: QueryResult): unknown[] {
    const { columns, types } = this.core;
    if (!columns.has(text)) columns.set(text, combinableColumns(result.fields, types));
    return result.rows;
  }

  private async sendTogether(statements: (PendingStatement & { columns: Columns })[]): Promise<void> {
    // In one order whatever order they were asked in, so that one query shape prepares one combined statement.
    const parts = [...statements].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const combined = combinedStatement(parts);
    let row: Record<string, unknown>;
    try {
      [row] = (await this.send(combined.text, combined.values, parts.some((part) => part.planEachTime) ? 'never' : this.core.statementNames.size < mostNamedStatements ? 'prepare' : 'if-prepared')).rows as Record<string, unknown>[];
    } catch {
      // Each caller gets its own statement's answer or error, as if never combined.
      for (const part of parts) this.sendAlone(part);
      return;
    }
    parts.forEach((part, index) => part.resolve(rowsOfPart(row, index, part.columns)));
  }

  /** One statement on a pooled connection: prepared under a name, under the name it has if any, or never (planned for its values). */
  private async send(text: string, values: unknown[], preparing: 'prepare' | 'if-prepared' | 'never'): Promise<QueryResult> {
    const { core } = this;
    let name = preparing === 'never' ? undefined : core.statementNames.get(text);
    if (!name && preparing === 'prepare') core.statementNames.set(text, (name = `bianzhi_read_${core.statementNames.size + 1}`));
    core.options.onStatement?.(text);
    const query = name ? { name, text, values } : { text, values };
    let result: QueryResult;
    if (!core.options.sharedSession) result = await core.pool.query(query);
    else {
      const client = await core.pool.connect();
      try {
        if (core.uncleared.has(client)) {
          await client.query('deallocate all');
          core.uncleared.delete(client);
        }
        result = await client.query(query);
        client.release();
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
    }
    return result;
  }

  /** One round trip on a pooled connection (readiness checks); not counted as a statement of a request. */
  async ping(): Promise<void> {
    await this.core.pool.query('select 1');
  }

  /** Built once per entity and server: every request's loaders share them. */
  reader<Entity extends object>(entity: EntityName<Entity>): ReturnType<typeof recordReader<Entity>> {
    const { readers } = this.core;
    let reader = readers.get(entity as EntityName<object>);
    if (!reader) readers.set(entity as EntityName<object>, (reader = recordReader(this.core.metadata, entity as EntityName<object>)));
    return reader as unknown as ReturnType<typeof recordReader<Entity>>;
  }

  /** The entities' metadata the records are read by. */
  get metadataStorage(): MetadataStorage {
    return this.core.metadata;
  }

  end(): Promise<void> {
    return this.core.pool.end();
  }
}
