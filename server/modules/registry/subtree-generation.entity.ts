import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many transactions have written under one bureau path, one row a path:
 * the token statement reads them all on every request, so fewer rows is less
 * to read (8 shards a path cost about 1 ms more a request), and a writer holds
 * its row only while it commits (the raise waits for commit). Triggers
 * on every table note the paths a transaction touches (before and after a
 * change: a move touches both places), and at commit raise each path's count
 * in path order, so that no two writers can deadlock on them. A sum over a
 * subtree's paths only ever grows: an unchanged sum means nothing under that
 * subtree was committed in between, which is what lets the response cache
 * keep Zunyi's answers when Nanming writes.
 */
@Entity({ tableName: 'subtree_generation' })
export class SubtreeGeneration {
  /** A bureau's tree path; '' for records of no bureau (registry-wide accounts). */
  @PrimaryKey({ type: 'text' })
  path!: string;

  @Property({ type: 'bigint', default: 0 })
  generation!: string;
}
