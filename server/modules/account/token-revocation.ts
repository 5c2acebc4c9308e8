import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import type { Account } from './account.entity';

/** Ends an account's sessions (API tokens stay: systems are not logged in), keeping the one in use when asked. */
export async function endSessions(em: EntityManager, account: Account, except: number | null): Promise<void> {
  await em.nativeUpdate(
    AccessToken,
    { account, kind: AccessTokenKind.SESSION, revokedAt: null, ...(except === null ? {} : { id: { $ne: except } }) },
    { revokedAt: new Date() },
  );
}

/** Revokes every token of an account being disabled, so that enabling it again brings none of them back. */
export async function revokeAllTokens(em: EntityManager, account: Account): Promise<void> {
  await em.nativeUpdate(AccessToken, { account, revokedAt: null }, { revokedAt: new Date() });
}
