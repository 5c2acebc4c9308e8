import { SortInput } from '../../common/sort-input';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AccessToken } from './access-token.entity';
import { AccountRole } from './account-role';
import { Account } from './account.entity';
import { DateTimeScalar } from '../../common/scalars';

@InputType({ description: 'A new account (新建账号).' })
export class CreateAccountInput {
  @Field(() => String, { description: 'Login name (用户名): 3 to 60 letters, digits, dots, dashes or underscores.' })
  username!: string;

  @Field(() => String, { description: 'Name shown to people (显示名称).' })
  displayName!: string;

  @Field(() => AccountRole, { description: 'Role (角色); an administrator role must match the level of the bureau.' })
  role!: AccountRole;

  @Field(() => ID, { nullable: true, description: "The account's bureau (所属编办): its subtree is the jurisdiction. Left out, the whole registry, which only a registry-wide administrator may grant." })
  bureauId?: string | null;

  @Field(() => String, { nullable: true, description: 'Initial password (初始密码), at least 12 characters; required for people, refused for integrators, which use API tokens.' })
  password?: string | null;
}

@ObjectType({ description: 'A newly issued bearer token (新签发的令牌): the secret is shown this once only.' })
export class IssuedToken {
  @Field(() => String, { description: 'The secret to send as `Authorization: Bearer <token>` (令牌).' })
  token!: string;

  @Field(() => AccessToken, { description: 'The stored token, for its expiry and for revoking it.' })
  accessToken!: AccessToken;

  @Field(() => Account, { description: 'The account the token acts for.' })
  account!: Account;
}

@InputType({ description: 'An API token for a system (签发接口令牌).' })
export class IssueApiTokenInput {
  @Field(() => ID, { description: 'The INTEGRATOR account the token acts for.' })
  accountId!: string;

  @Field(() => String, { description: 'What the token is for (用途), e.g. 统计报表系统.' })
  label!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token stops working (到期时间); left out, it works until revoked.' })
  expiresAt?: Date | null;
}

@InputType({ description: 'Which accounts to list (账号筛选条件); all conditions must hold.' })
export class AccountFilter {
  @Field(() => AccountRole, { nullable: true, description: 'Role (角色).' })
  role?: AccountRole;

  @Field(() => ID, { nullable: true, description: 'Accounts of this bureau and every bureau under it (所辖范围).' })
  underBureauId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the username or display name (用户名或名称包含).' })
  textContains?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: disabled accounts only; false: active ones only (已停用).' })
  disabled?: boolean;
}

@InputType({ description: 'Changes to an account (修改账号); fields left out stay as they are.' })
export class UpdateAccountInput {
  @Field(() => ID, { description: 'Account to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Name shown to people (显示名称).' })
  displayName?: string;

  @Field(() => Boolean, { nullable: true, description: 'Disable (停用) or enable the account; disabling revokes all its tokens at once, and enabling it again does not bring them back.' })
  disabled?: boolean;

  @Field(() => String, { nullable: true, description: 'A new password (重置密码), at least 12 characters; ends every session of the account. Refused for INTEGRATOR accounts, which use API tokens.' })
  password?: string;
}

export const AccountSort = SortInput(
  'Account',
  { USERNAME: 'username', DISPLAY_NAME: 'displayName', ROLE: 'role', CREATED_AT: 'createdAt' },
  { USERNAME: 'Username (用户名).', DISPLAY_NAME: 'Display name (姓名).', ROLE: 'Role (角色).', CREATED_AT: 'When created (创建时间).' },
  'username',
);
