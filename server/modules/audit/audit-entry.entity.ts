import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AccountRole } from '../account/account-role';
import { PlacedBy } from '../access/placement';
import { DateTimeScalar } from '../../common/scalars';

/**
 * Written in the transaction of the change it records, so it exists exactly
 * when the change does; a trigger refuses every UPDATE, DELETE and TRUNCATE.
 */
@ObjectType({ simpleResolvers: true, description: 'One change to the registry, as it was made (审计记录): who, when, which operation, which record, the values before and after, and why.' })
@Entity({ tableName: 'audit_entry' })
@Index({ name: 'audit_entry_record_index', properties: ['recordType', 'recordId'] })
@Index({
  name: 'audit_entry_bureau_path_index',
  expression: 'create index "audit_entry_bureau_path_index" on "audit_entry" ("bureau_path" text_pattern_ops)',
})
export class AuditEntry {
  @Field(() => ID, { description: 'Identifier of the entry; entries are numbered in the order they were written.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was made: the start of its transaction (时间).' })
  @Property({ type: 'datetime', defaultRaw: 'now()', index: 'audit_entry_occurred_at_index' })
  occurredAt!: Date & Opt;

  @Field(() => Int, { description: 'Account that made the change (操作人账号).' })
  @Property({ type: 'integer', index: 'audit_entry_actor_account_id_index' })
  actorAccountId!: number;

  @Field(() => String, { description: 'Username of that account at the time (操作人).' })
  @Property({ type: 'string', length: 60 })
  actorUsername!: string;

  @Field(() => AccountRole, { description: 'Role of that account at the time (操作人角色).' })
  @Property({ type: 'string', length: 20 })
  actorRole!: AccountRole;

  @Field(() => String, { description: 'The GraphQL mutation (操作), e.g. updateStaff.' })
  @Property({ type: 'string', length: 60 })
  operation!: string;

  @Field(() => String, { description: 'Type of the record changed (记录类型), e.g. Staff.' })
  @Property({ type: 'string', length: 30 })
  recordType!: string;

  @Field(() => ID, { description: 'Id of the record changed (记录编号).' })
  @Property({ type: 'string', length: 30 })
  recordId!: string;

  @Field(() => String, { description: "Tree path of the record's bureau after the change, or before a delete (所属编办树路径); '' for registry-wide accounts." })
  @PlacedBy({ called: 'audit entry' })
  @Property({ type: 'text' })
  bureauPath!: string;

  @Field(() => String, { nullable: true, description: "Tree path of the record's bureau before the change, when the change moved it (原所属编办树路径)." })
  @Property({ type: 'text', nullable: true })
  previousBureauPath!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change (变更前); null for a creation.' })
  @Property({ type: 'json', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change (变更后); null for a deletion.' })
  @Property({ type: 'json', nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Approval document number or reason given with the change (批准文号或变更原因).' })
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "The server's own id of the HTTP request or WebSocket operation that made the change, as in the server log and the answer's x-request-id (请求编号)." })
  @Property({ type: 'string', length: 64, nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true, description: "The x-request-id the caller sent with that request, when well-formed (调用方请求编号): the caller's claim, for tracing across systems, never proof of anything." })
  @Property({ type: 'string', length: 64, nullable: true })
  clientRequestId!: string | null;
}
