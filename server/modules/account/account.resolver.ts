import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { badUserInput, forbidden, notFound, unauthenticated } from '../../errors';
import type { Principal } from '../access/principal';
import { recordAudit } from '../audit/audit-record';
import { ReasonArgument } from '../audit/reason-argument';
import { snapshotOf } from '../audit/snapshot';
import { Bureau } from '../bureau/bureau.entity';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { AccountRole } from './account-role';
import { Account } from './account.entity';
import { CreateAccountInput, IssueApiTokenInput, IssuedToken } from './account.inputs';
import { createAccount, issueToken, jurisdictionPathOf } from './account.service';
import { unknownAccountHash, verifyPassword } from './password';

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

/** An account outside the caller's jurisdiction cannot be managed, nor learned about. */
async function loadManagedAccount(em: EntityManager, context: Context, field: string, id: string): Promise<{ account: Account; path: string }> {
  const account = await em.findOne(Account, { id: parseId(field, id) });
  if (!account) throw notFound('account', id, field);
  const path = await jurisdictionPathOf(em, account);
  context.jurisdiction.require(field, path, 'OUTSIDE_JURISDICTION', { entity: 'account', id: String(id) });
  return { account, path };
}

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { description: 'The account the bearer token acts for (当前账号).' })
  async me(@Ctx() context: Context): Promise<Account> {
    return context.em.findOneOrFail(Account, context.jurisdiction.actor.accountId);
  }

  @Mutation(() => IssuedToken, { description: 'Logs in with a password and returns a session token that expires (登录). Integrators use API tokens instead.' })
  async login(@Arg('username', () => String) username: string, @Arg('password', () => String) password: string, @Ctx() context: Context): Promise<IssuedToken> {
    const name = username.trim();
    await context.loginThrottle.check(name, context.clientAddress);
    const account = await context.em.findOne(Account, { username: name });
    const matches = await verifyPassword(password, account?.passwordHash ?? unknownAccountHash);
    if (!account || !account.passwordHash || !matches || account.disabled) {
      await context.loginThrottle.failed(name, context.clientAddress);
      throw unauthenticated('WRONG_CREDENTIALS');
    }
    await context.loginThrottle.succeeded(name);
    return context.em.transactional(async (em) => {
      const expiresAt = new Date(Date.now() + context.config.sessionHours * 3_600_000);
      const { secret, accessToken } = await issueToken(em, account, AccessTokenKind.SESSION, 'login', expiresAt);
      const path = await jurisdictionPathOf(em, account);
      await recordAudit(em, actorOf(account, path, accessToken), context.requestId, {
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

  @Mutation(() => AccessToken, { description: 'Revokes the bearer token of this request (退出登录).' })
  async logout(@Ctx() context: Context): Promise<AccessToken> {
    return this.revoke(context, String(context.jurisdiction.actor.tokenId), 'logout', null);
  }

  @Mutation(() => AccessToken, { description: "Revokes a token (吊销令牌): one's own, or any token of an account in one's jurisdiction for an administrator. It stops working at once." })
  async revokeAccessToken(@Arg('id', () => ID) id: string, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<AccessToken> {
    return this.revoke(context, id, 'revokeAccessToken', reason);
  }

  private revoke(context: Context, id: string, operation: string, reason: string | null): Promise<AccessToken> {
    const actor = context.jurisdiction.actor;
    return context.em.transactional(async (em) => {
      const token = await em.findOne(AccessToken, { id: parseId('id', id) }, { populate: ['account'] });
      if (!token) throw notFound('access token', id);
      const account = token.account.getEntity();
      const path = await jurisdictionPathOf(em, account);
      if (account.id !== actor.accountId) {
        if (!context.jurisdiction.canWrite) throw forbidden('id', 'OTHERS_TOKENS_REVOKED_BY_ADMINISTRATORS');
        context.jurisdiction.require('id', path, 'OUTSIDE_JURISDICTION', { entity: 'access token', id: String(id) });
      }
      const before = snapshotOf(em, token);
      token.revokedAt ??= new Date();
      await em.flush();
      await recordAudit(em, actor, context.requestId, { operation, recordType: AccessToken.name, recordId: token.id, bureauPath: path, before, after: snapshotOf(em, token), reason });
      return token;
    });
  }

  @Mutation(() => Account, { description: 'Creates an account in the jurisdiction of the administrator calling (新建账号).' })
  async createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Account> {
    const actor = context.jurisdiction.actor;
    return context.em.transactional(async (em) => {
      const account = await createAccount(em, input);
      const path = await jurisdictionPathOf(em, account);
      if (input.bureauId == null) context.jurisdiction.require('bureauId', path, 'WHOLE_REGISTRY_OUTSIDE_JURISDICTION');
      else context.jurisdiction.require('bureauId', path, 'OUTSIDE_JURISDICTION', { entity: 'bureau', id: String(input.bureauId) });
      await recordAudit(em, actor, context.requestId, { operation: 'createAccount', recordType: Account.name, recordId: account.id, bureauPath: path, before: null, after: snapshotOf(em, account), reason });
      return account;
    });
  }

  @Mutation(() => IssuedToken, { description: 'Issues an API token to an INTEGRATOR account in the jurisdiction of the administrator calling (签发接口令牌).' })
  async issueApiToken(@Arg('input', () => IssueApiTokenInput) input: IssueApiTokenInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<IssuedToken> {
    const actor = context.jurisdiction.actor;
    if (input.expiresAt != null && input.expiresAt.getTime() <= Date.now()) throw badUserInput('expiresAt', 'EXPIRY_NOT_IN_FUTURE');
    return context.em.transactional(async (em) => {
      const { account, path } = await loadManagedAccount(em, context, 'accountId', input.accountId);
      if (account.role !== AccountRole.INTEGRATOR) throw badUserInput('accountId', 'API_TOKEN_FOR_INTEGRATORS_ONLY');
      const { secret, accessToken } = await issueToken(em, account, AccessTokenKind.API, input.label, input.expiresAt ?? null);
      await recordAudit(em, actor, context.requestId, { operation: 'issueApiToken', recordType: AccessToken.name, recordId: accessToken.id, bureauPath: path, before: null, after: snapshotOf(em, accessToken), reason });
      return { token: secret, accessToken, account };
    });
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
