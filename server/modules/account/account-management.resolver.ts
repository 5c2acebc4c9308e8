import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { containing, listPage } from '../../common/list';
import { PageArguments, SortDirection } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId, refuseNulls, requireText } from '../../common/validation';
import type { Context } from '../../context';
import { badUserInput, forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit/audit-record';
import { ReasonArgument } from '../audit/reason-argument';
import { snapshotOf } from '../audit/snapshot';
import { subtreePattern } from '../bureau/subtree';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { Account } from './account.entity';
import { AccountFilter, UpdateAccountInput } from './account.inputs';
import { checkNewPassword, jurisdictionPathOf } from './account.service';
import { hashPassword, verifyPassword } from './password';

@ObjectType({ simpleResolvers: true, description: 'A page of accounts.' })
class AccountPage extends Page(Account, 'The accounts on this page, by username.') {}

/** Ends an account's sessions (API tokens stay: systems are not logged in), keeping the one in use when asked. */
async function endSessions(em: EntityManager, account: Account, except: number | null): Promise<void> {
  await em.nativeUpdate(
    AccessToken,
    { account, kind: AccessTokenKind.SESSION, revokedAt: null, ...(except === null ? {} : { id: { $ne: except } }) },
    { revokedAt: new Date() },
  );
}

async function accountWhere(context: Context, filter: AccountFilter | undefined): Promise<FilterQuery<Account>> {
  const { jurisdiction } = context;
  const where: FilterQuery<Account>[] = jurisdiction.isRegistryWide ? [] : [{ bureau: { path: { $like: jurisdiction.pattern } } }];
  if (filter?.role != null) where.push({ role: filter.role });
  if (filter?.disabled != null) where.push({ disabled: filter.disabled });
  if (filter?.underBureauId != null) where.push({ bureau: { path: { $like: await subtreePattern(context, 'filter.underBureauId', filter.underBureauId) } } });
  if (filter?.textContains) {
    const pattern = containing(filter.textContains);
    where.push({ $or: [{ username: { $like: pattern } }, { displayName: { $like: pattern } }] });
  }
  return where.length === 0 ? {} : { $and: where };
}

@Resolver(() => Account)
export class AccountManagementResolver {
  @Query(() => AccountPage, { description: 'Accounts in your jurisdiction, by username (账号列表); for auditors and administrators.' })
  async accounts(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter,
  ): Promise<AccountPage> {
    return listPage(context.em, Account, { where: await accountWhere(context, filter), sortBy: 'username', direction: SortDirection.ASC, page });
  }

  @Query(() => Account, { nullable: true, description: 'An account in your jurisdiction, by id (账号); for auditors and administrators.' })
  async account(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Account | null> {
    const account = await context.em.findOne(Account, { id: parseId('id', id) });
    if (!account) return null;
    context.jurisdiction.require('id', await jurisdictionPathOf(context.em, account), 'OUTSIDE_JURISDICTION', { entity: 'account', id: String(id) });
    return account;
  }

  @Mutation(() => Account, { description: 'Changes an account in your jurisdiction (修改账号): its name, whether it is disabled, or a new password.' })
  async updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @ReasonArgument() reason: string | null, @Ctx() context: Context): Promise<Account> {
    const actor = context.jurisdiction.actor;
    refuseNulls(input);
    return context.em.transactional(async (em) => {
      const account = await em.findOne(Account, { id: parseId('id', input.id) });
      if (!account) throw notFound('account', input.id);
      const path = await jurisdictionPathOf(em, account);
      context.jurisdiction.require('id', path, 'OUTSIDE_JURISDICTION', { entity: 'account', id: String(input.id) });
      if (account.id === actor.accountId && input.disabled === true) throw forbidden('disabled', 'OWN_ACCOUNT_NOT_DISABLED');
      const before = snapshotOf(em, account);
      if (input.displayName !== undefined) account.displayName = requireText('displayName', input.displayName, 100);
      if (input.disabled !== undefined) account.disabled = input.disabled;
      if (input.password !== undefined) account.passwordHash = await hashPassword(checkNewPassword('password', input.password));
      await em.flush();
      if (input.password !== undefined) await endSessions(em, account, null);
      await recordAudit(em, actor, context.requestId, { operation: 'updateAccount', recordType: Account.name, recordId: account.id, bureauPath: path, before, after: snapshotOf(em, account), reason });
      return account;
    });
  }

  @Mutation(() => Account, { description: "Changes your own password (修改密码); your other sessions end, this one goes on." })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: Context,
  ): Promise<Account> {
    const actor = context.jurisdiction.actor;
    const account = await context.em.findOneOrFail(Account, actor.accountId);
    if (!account.passwordHash) throw badUserInput('currentPassword', 'ACCOUNT_HAS_NO_PASSWORD');
    if (!(await verifyPassword(currentPassword, account.passwordHash))) throw badUserInput('currentPassword', 'CURRENT_PASSWORD_WRONG');
    if (newPassword === currentPassword) throw badUserInput('newPassword', 'NEW_PASSWORD_UNCHANGED');
    const passwordHash = await hashPassword(checkNewPassword('newPassword', newPassword));
    return context.em.transactional(async (em) => {
      const before = snapshotOf(em, account);
      account.passwordHash = passwordHash;
      await em.flush();
      await endSessions(em, account, actor.tokenId);
      await recordAudit(em, actor, context.requestId, {
        operation: 'changePassword',
        recordType: Account.name,
        recordId: account.id,
        bureauPath: actor.jurisdictionPath,
        before,
        after: snapshotOf(em, account),
      });
      return account;
    });
  }

  @FieldResolver(() => [AccessToken], {
    description: "The account's tokens, newest first (访问令牌): for the account itself, and for auditors and administrators of its jurisdiction.",
  })
  async accessTokens(@Root() account: Account, @Ctx() context: Context): Promise<AccessToken[]> {
    const actor = context.jurisdiction.actor;
    if (account.id !== actor.accountId && !context.jurisdiction.readsAuditTrail) throw forbidden(null, 'OTHERS_TOKENS_HIDDEN');
    return context.em.find(AccessToken, { account: account.id }, { orderBy: { id: 'desc' } });
  }
}
