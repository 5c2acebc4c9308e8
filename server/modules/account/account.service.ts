import type { EntityManager } from '@mikro-orm/postgresql';
import { parseId, requireText } from '../../common/validation';
import { badUserInput, unknownReference } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { AccountRole, bureauLevelOfRole } from './account-role';
import { Account } from './account.entity';
import { hashPassword } from './password';
import { hashTokenSecret, newTokenSecret } from './token-secret';

export interface NewAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  bureauId?: string | null;
  password?: string | null;
}

export const minimumPasswordLength = 12;

export function checkNewPassword(field: string, password: string): string {
  if (password.length < minimumPasswordLength) throw badUserInput(field, 'PASSWORD_TOO_SHORT', { minimum: minimumPasswordLength });
  return password;
}

export async function createAccount(em: EntityManager, input: NewAccount): Promise<Account> {
  const username = requireText('username', input.username, 60);
  if (!/^[A-Za-z0-9._-]{3,60}$/.test(username)) throw badUserInput('username', 'USERNAME_INVALID');
  if (await em.findOne(Account, { username })) throw badUserInput('username', 'USERNAME_TAKEN', { username });
  const bureau = input.bureauId == null ? null : await em.findOne(Bureau, { id: parseId('bureauId', input.bureauId) });
  if (input.bureauId != null && !bureau) throw unknownReference('bureauId', 'bureau', input.bureauId);
  const level = bureauLevelOfRole[input.role];
  if (bureau && level && bureau.level !== level) throw badUserInput('role', 'ROLE_BUREAU_LEVEL_MISMATCH', { role: input.role, level, bureauName: bureau.name, bureauLevel: bureau.level });
  if (!bureau && level && input.role !== AccountRole.PROVINCE_ADMIN) throw badUserInput('bureauId', 'ROLE_NEEDS_BUREAU', { role: input.role, level });
  if (input.password != null && input.role === AccountRole.INTEGRATOR) throw badUserInput('password', 'INTEGRATOR_HAS_NO_PASSWORD');
  if (input.password != null) checkNewPassword('password', input.password);
  if (input.password == null && input.role !== AccountRole.INTEGRATOR) throw badUserInput('password', 'ROLE_NEEDS_PASSWORD', { role: input.role });
  const account = em.create(Account, {
    username,
    displayName: requireText('displayName', input.displayName, 100),
    role: input.role,
    bureau,
    passwordHash: input.password == null ? null : await hashPassword(input.password),
  });
  await em.flush();
  return account;
}

/** Stores only the secret's hash; the secret goes back to the caller once. */
export async function issueToken(
  em: EntityManager,
  account: Account,
  kind: AccessTokenKind,
  label: string,
  expiresAt: Date | null,
): Promise<{ secret: string; accessToken: AccessToken }> {
  const secret = newTokenSecret();
  const accessToken = em.create(AccessToken, { account, kind, label: requireText('label', label, 100), tokenHash: hashTokenSecret(secret), expiresAt });
  await em.flush();
  return { secret, accessToken };
}
