import type { GraphQLResolveInfo } from 'graphql';
import { ReportsReadScope } from '../access/read-scope';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { listPage } from '../../common/list';
import { PageArguments } from '../../common/list-arguments';
import { Page } from '../../common/page';
import { parseId, refuseNulls, requireText } from '../../common/validation';
import type { Context } from '../../context';
import { badUserInput, forbidden } from '../../errors';
import { withinJurisdiction } from '../access/record-access';
import { RegistryWrite, RegistryWriter } from '../access/write-pipeline';
import { AccessToken } from './access-token.entity';
import { AccountRole } from './account-role';
import { Account } from './account.entity';
import { AccountFilter, AccountSort, UpdateAccountInput } from './account.inputs';
import { checkNewPassword } from './account.service';
import { hashPassword, verifyPassword } from './password';
import { AllowedFor, Audience } from '../access/operation-access';
import { endSessions, revokeAllTokens } from './token-revocation';
import { listOf, registrySizes } from '../../common/list-cost';
import { accountWhere } from './account.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of accounts.' })
class AccountPage extends Page(Account, 'The accounts on this page, by username.') {}

@Resolver(() => Account)
export class AccountManagementResolver {
  @AllowedFor(Audience.AUDIT_READERS)
  @ReportsReadScope()
  @Query(() => AccountPage, { description: 'Accounts in your jurisdiction, by username (账号列表); for auditors and administrators.' })
  async accounts(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter,
    @Arg('sort', () => AccountSort, { nullable: true, description: 'Order; by username when left out.' }) sort?: InstanceType<typeof AccountSort>,
  ): Promise<AccountPage> {
    const order = sort ?? new AccountSort();
    return listPage(context, Account, { where: await accountWhere(context, filter), sortBy: order.field, direction: order.direction, page });
  }

  @AllowedFor(Audience.AUDIT_READERS)
  @ReportsReadScope()
  @Query(() => Account, { nullable: true, description: 'An account in your jurisdiction, by id (账号); for auditors and administrators.' })
  async account(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Account | null> {
    return withinJurisdiction(context, Account, await context.loaders.recordById(Account).load(parseId('id', id)));
  }

  @AllowedFor(Audience.ADMINISTRATORS)
  @Mutation(() => Account, { description: 'Changes an account in your jurisdiction (修改账号): its name, whether it is disabled (which revokes all its tokens), or a new password.' })
  async updateAccount(@Arg('input', () => UpdateAccountInput) input: UpdateAccountInput, @RegistryWrite() write: RegistryWriter, @Ctx() context: Context): Promise<Account> {
    const actor = context.jurisdiction.actor;
    refuseNulls(input);
    const updated = await write.update(Account, input, {}, async (account, em) => {
      if (account.id === actor.accountId && input.disabled === true) throw forbidden('disabled', 'OWN_ACCOUNT_NOT_DISABLED');
      if (input.displayName !== undefined) account.displayName = requireText('displayName', input.displayName, 100);
      if (input.disabled !== undefined) account.disabled = input.disabled;
      if (input.password !== undefined) {
        if (account.role === AccountRole.INTEGRATOR) throw badUserInput('password', 'INTEGRATOR_HAS_NO_PASSWORD');
        account.passwordHash = await hashPassword(checkNewPassword('password', input.password));
      }
      if (input.disabled === true) await revokeAllTokens(em, account);
      else if (input.password !== undefined) await endSessions(em, account, null);
    });
    if (input.disabled === true || input.password !== undefined) context.tokenEndings.announce();
    return updated;
  }

  @AllowedFor(Audience.ACCOUNTS)
  @Mutation(() => Account, { description: "Changes your own password (修改密码); your other sessions end, this one goes on." })
  async changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Account> {
    const actor = context.jurisdiction.actor;
    const account = await context.em.findOneOrFail(Account, actor.accountId);
    if (!account.passwordHash) throw badUserInput('currentPassword', 'ACCOUNT_HAS_NO_PASSWORD');
    if (!(await verifyPassword(currentPassword, account.passwordHash))) throw badUserInput('currentPassword', 'CURRENT_PASSWORD_WRONG');
    if (newPassword === currentPassword) throw badUserInput('newPassword', 'NEW_PASSWORD_UNCHANGED');
    const passwordHash = await hashPassword(checkNewPassword('newPassword', newPassword));
    const changed = await new RegistryWriter(context, info.fieldName, null).update(Account, { id: String(actor.accountId) }, {}, async (own, em) => {
      own.passwordHash = passwordHash;
      await endSessions(em, own, actor.tokenId);
    });
    context.tokenEndings.announce();
    return changed;
  }

  @FieldResolver(() => [AccessToken], {
    description: "The account's tokens, newest first (访问令牌): for the account itself, and for auditors and administrators of its jurisdiction.",
    complexity: listOf(registrySizes.tokensPerAccount),
  })
  async accessTokens(@Root() account: Account, @Ctx() context: Context): Promise<AccessToken[]> {
    const actor = context.jurisdiction.actor;
    if (account.id !== actor.accountId && !context.jurisdiction.readsAuditTrail) throw forbidden(null, 'OTHERS_TOKENS_HIDDEN');
    return context.em.find(AccessToken, { account: account.id }, { orderBy: { id: 'desc' } });
  }
}
