import { Entity, PrimaryKey } from '@mikro-orm/core';

/** The bureau paths an open transaction has written under, until its commit raises their SubtreeGeneration. */
@Entity({ tableName: 'subtree_write' })
export class SubtreeWrite {
  @PrimaryKey({ type: 'bigint', autoincrement: false, defaultRaw: 'txid_current()' })
  transactionId!: string;

  @PrimaryKey({ type: 'text' })
  path!: string;
}
