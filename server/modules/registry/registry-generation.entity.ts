import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many writes the registry has seen, kept in 64 shards so that concurrent
 * writers rarely wait on the same row: statement triggers on every table raise
 * the shard of the writing transaction, in that transaction. The sum only ever
 * grows, so an unchanged sum means nothing was committed in between.
 */
@Entity({ tableName: 'registry_generation' })
export class RegistryGeneration {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  shard!: number;

  @Property({ type: 'bigint', default: 0 })
  generation!: string;
}
