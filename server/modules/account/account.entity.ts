import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Bureau } from '../bureau/bureau.entity';
import { AccountRole } from './account-role';
import { PlacedBy } from '../access/placement';
import { DateTimeScalar } from '../../common/scalars';

@ObjectType({ simpleResolvers: true, description: 'A person or system that may use Bianzhi (账号), with a role within the subtree of its bureau.' })
@Entity({ tableName: 'account' })
export class Account {
  @Field(() => ID, { description: 'Identifier of the account.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Login name (用户名), unique.' })
  @Property({ type: 'string', length: 60, unique: 'account_username_unique' })
  username!: string;

  @Field(() => String, { description: 'Name shown to people (显示名称), e.g. 南明区编办 张三.' })
  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Field(() => AccountRole, { description: 'What the account may do (角色).' })
  @Enum({ items: () => AccountRole, type: 'string' })
  role!: AccountRole;

  /** Null: the whole registry (registry-wide administrators, auditors and integrators). */
  @PlacedBy({ called: 'account' })
  @ManyToOne(() => Bureau, { ref: true, nullable: true, deleteRule: 'restrict', index: 'account_bureau_id_index' })
  bureau!: Ref<Bureau> | null;

  /** scrypt, as `scrypt$N$r$p$salt$hash`; null for accounts that only use API tokens. */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash!: string | null;

  @Field(() => Boolean, { description: 'A disabled account can neither log in nor use its tokens (已停用).' })
  @Property({ type: 'boolean', default: false })
  disabled: boolean & Opt = false;

  @Field(() => DateTimeScalar, { description: 'When the account was created (创建时间).' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
