import { randomUUID } from 'node:crypto';
import type { Bianzhi } from '../../server/app';
import { AccessTokenKind } from '../../server/modules/account/access-token.entity';
import { AccountRole } from '../../server/modules/account/account-role';
import { Account } from '../../server/modules/account/account.entity';
import { issueToken } from '../../server/modules/account/account.service';
import { Bureau } from '../../server/modules/bureau/bureau.entity';

/**
 * A bearer token of a new account with this role over the subtree of the
 * bureau with this code (null: the whole registry), made straight in the
 * database, as `npm run user:create` would.
 */
export async function tokenFor(bianzhi: Bianzhi, role: AccountRole, bureauCode: string | null, validForMillis = 3_600_000): Promise<string> {
  return bianzhi.orm.em.fork().transactional(async (em) => {
    const bureau = bureauCode === null ? null : await em.findOneOrFail(Bureau, { code: bureauCode });
    const account = em.create(Account, {
      username: `test-${role.toLowerCase()}-${bureauCode ?? 'registry'}-${randomUUID().slice(0, 8)}`,
      displayName: `test ${role}`,
      role,
      bureau,
      passwordHash: null,
    });
    const kind = role === AccountRole.INTEGRATOR ? AccessTokenKind.API : AccessTokenKind.SESSION;
    const { secret } = await issueToken(em, account, kind, 'test', new Date(Date.now() + validForMillis));
    return secret;
  });
}

/** A bearer token of a registry-wide PROVINCE_ADMIN on this server. */
export function adminTokenFor(bianzhi: Bianzhi): Promise<string> {
  return tokenFor(bianzhi, AccountRole.PROVINCE_ADMIN, null);
}
