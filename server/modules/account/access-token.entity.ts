import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from './account.entity';
import { PlacedBy } from '../access/placement';
import { DateTimeScalar } from '../../common/scalars';

export enum AccessTokenKind {
  SESSION = 'SESSION',
  API = 'API',
}

registerEnumType(AccessTokenKind, {
  name: 'AccessTokenKind',
  description: 'How a bearer token was issued (令牌类型).',
  valuesConfig: {
    SESSION: { description: 'Issued by logging in with a password; expires after the session lifetime (登录令牌).' },
    API: { description: 'Issued to a system for machine access (接口令牌); expires only if given an expiry.' },
  },
});

/** Only the SHA-256 of a token is kept: the token itself is shown once, when issued. */
@ObjectType({ simpleResolvers: true, description: 'A bearer token of an account (访问令牌); the secret itself is never shown again after it is issued.' })
@Entity({ tableName: 'access_token' })
export class AccessToken {
  @Field(() => ID, { description: 'Identifier of the token, for revoking it.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @PlacedBy({ called: 'access token', inputField: null })
  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade', index: 'access_token_account_id_index' })
  account!: Ref<Account>;

  @Field(() => AccessTokenKind, { description: 'Session or API token (令牌类型).' })
  @Enum({ items: () => AccessTokenKind, type: 'string' })
  kind!: AccessTokenKind;

  @Field(() => String, { description: 'What the token is for (用途), e.g. 统计报表系统.' })
  @Property({ type: 'string', length: 100 })
  label!: string;

  @Property({ type: 'string', length: 64, unique: 'access_token_hash_unique', hidden: true })
  tokenHash!: string;

  @Field(() => DateTimeScalar, { description: 'When the token was issued (签发时间).' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops working (到期时间); null for an API token without expiry.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token was revoked (吊销时间); null while it is valid.' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: (Date & Opt) | null = null;
}
