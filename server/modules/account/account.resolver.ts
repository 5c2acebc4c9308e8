import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { badUserInput, forbidden, unauthenticated } from '../../errors';
import type { Principal } from '../access/principal';
import { recordAudit } from '../audit/audit-record';
import { RegistryWrite, RegistryWriter } from '../access/write-pipeline';
import { snapshotOf } from '../audit/snapshot';
import { Bureau } from '../bureau/bureau.entity';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { AccountRole } from './account-role';
import { Account } from './account.entity';
import { CreateAccountInput, IssueApiTokenInput, IssuedToken } from './account.inputs';
import { createAccount, issueToken } from './account.service';
import { AccountPermissions } from './account-permissions.type';
import { permissionsOf } from '../access/role-permissions';
import { pathOfRecord } from '../access/placement';
import { unknownAccountHash, verifyPassword } from './password';
import { AllowedFor, Audience } from '../access/operation-access';

function actorOf(account: Account, jurisdictionPath: string, token: AccessToken): Principal {
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    bureauId: account.bureau?.id ?? null,
    jurisdictionPath,
    tokenId: token.id,
    expiresAt: token.expiresAt,
  };
}

@Resolver(() => Account)
export class AccountResolver {
  @AllowedFor(Audience.ACCOUNTS)
  @Query(() => Account, { description: 'The account the bearer token acts for (当前账号).' })
  async me(@Ctx() context: Context): Promise<Account> {
    return context.em.findOneOrFail(Account, context.jurisdiction.actor.accountId);
  }

  @AllowedFor(Audience.EVERYONE)
  @Mutation(() => IssuedToken, { description: 'Logs in with a password and returns a session token that expires (登录). Integrators cannot: they use API tokens.' })
  async login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() context: Context): Promise<IssuedToken> {
    const name = username.trim();
    await context.loginThrottle.check(name, context.clientAddress);
    const account = await context.em.findOne(Account, { username: name });
    const matches = await verifyPassword(password, account?.passwordHash ?? unknownAccountHash);
    // An integrator that somehow has a password is answered as a wrong password: a refusal of its own would confirm the username and the password to a guesser.
    if (!account || !account.passwordHash || !matches || account.disabled || account.role === AccountRole.INTEGRATOR) {
      await context.loginThrottle.failed(name, context.clientAddress);
      throw unauthenticated('WRONG_CREDENTIALS');
    }
    await context.loginThrottle.succeeded(name, context.clientAddress);
    return context.em.transactional(async (em) => {
      const expiresAt = new Date(Date.now() + context.config.sessionHours * 3_600_000);
      const { secret, accessToken } = await issueToken(em, account, AccessTokenKind.SESSION, 'login', expiresAt);
      const path = await pathOfRecord(em, account);
      await recordAudit(em, actorOf(account, path, accessToken), context, {
        operation: 'login',
        recordType: AccessToken.name,
        recordId: accessToken.id,
        bureauPath: path,
        before: null,
        after: snapshotOf(em, accessToken),
      });
      return { token: secret, accessToken, account };
    });
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Mutation(() => AccessToken, { description: 'Revokes the bearer token of this request (退出登录).' })
  async logout(@Ctx() context: Context, @Info() info: GraphQLResolveInfo): Promise<AccessToken> {
    return this.revoke(context, new RegistryWriter(context, info.fieldName, null), String(context.jurisdiction.actor.tokenId));
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Mutation(() => AccessToken, { description: "Revokes a token (吊销令牌): one's own, or any token of an account in one's jurisdiction for an administrator. It stops working at once." })
  async revokeAccessToken(@Arg('id', () => ID) id: string, @RegistryWrite() write: RegistryWriter, @Ctx() context: Context): Promise<AccessToken> {
    return this.revoke(context, write, id);
  }

  private async revoke(context: Context, write: RegistryWriter, id: string): Promise<AccessToken> {
    const actor = context.jurisdiction.actor;
    const revoked = await write.update(AccessToken, { id }, {}, (token) => {
      if (token.account.id !== actor.accountId && !context.jurisdiction.canWrite) throw forbidden('id', 'OTHERS_TOKENS_REVOKED_BY_ADMINISTRATORS');
      token.revokedAt ??= new Date();
    });
    context.tokenEndings.announce();
    return revoked;
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Account, { description: 'Creates an account in the jurisdiction of the administrator calling (新建账号).' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @RegistryWrite() write: RegistryWriter): Promise<Account> {
    return write.create(Account, input, (em) => createAccount(em, input));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => IssuedToken, { description: 'Issues an API token to an INTEGRATOR account in the jurisdiction of the administrator calling (签发接口令牌).' })
  async issueApiToken(@Arg('input', () => IssueApiTokenInput) input: IssueApiTokenInput, @RegistryWrite() write: RegistryWriter): Promise<IssuedToken> {
    if (input.expiresAt != null && input.expiresAt.getTime() <= Date.now()) throw badUserInput('expiresAt', 'EXPIRY_NOT_IN_FUTURE');
    let secret = '';
    let account: Account | null = null;
    const accessToken = await write.create(AccessToken, input, async (em) => {
      account = await write.referenced(em, Account, 'accountId', input.accountId);
      if (account.role !== AccountRole.INTEGRATOR) throw badUserInput('accountId', 'API_TOKEN_FOR_INTEGRATORS_ONLY');
      const issued = await issueToken(em, account, AccessTokenKind.API, input.label, input.expiresAt ?? null);
      secret = issued.secret;
      return issued.accessToken;
    });
    return { token: secret, accessToken, account: account! };
  }

  @FieldResolver(() => AccountPermissions, { description: "What the account's role allows within its jurisdiction (账号权限)." })
  permissions(@Root() account: Account): AccountPermissions {
    return permissionsOf(account.role);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Id of the account's bureau (所属编办); null for a registry-wide account." })
  bureauId(@Root() account: Account): string | null {
    return account.bureau ? String(account.bureau.id) : null;
  }

  @FieldResolver(() => Bureau, { nullable: true, description: "The account's bureau (所属编办), whose subtree is its jurisdiction; null for the whole registry." })
  bureau(@Root() account: Account, @Ctx() context: Context): Promise<Bureau | null> | null {
    return account.bureau ? context.loaders.bureauById.load(account.bureau.id) : null;
  }
}
