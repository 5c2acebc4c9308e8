import type { EntityName, MetadataStorage } from '@mikro-orm/postgresql';
import { Pool, TypeOverrides } from 'pg';
import { recordReader } from '../common/read-records';

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
  ) {
    // Dates and timestamps as text, as MikroORM reads them, so records and entities agree.
    const parsers = new TypeOverrides();
    for (const oid of [1082, 1114, 1184]) parsers.setTypeParser(oid, (text: string) => text);
    this.pool = new Pool({ connectionString: databaseUrl, max: size, types: parsers });
  }

  async rows<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
    let name = this.statementNames.get(text);
    if (!name) this.statementNames.set(text, (name = `bianzhi_read_${this.statementNames.size + 1}`));
    this.onStatement();
    return (await this.pool.query({ name, text, values })).rows as Row[];
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
