import type { MikroORM } from '@mikro-orm/postgresql';
import { AccessToken, AccessTokenKind } from '../modules/account/access-token.entity';
import { AccountRole } from '../modules/account/account-role';
import { Account } from '../modules/account/account.entity';
import { hashTokenSecret } from '../modules/account/token-secret';
import { Bureau } from '../modules/bureau/bureau.entity';

/** The demo's published password (README); its scrypt hash is kept here so that seeding costs no hashing. */
export const demoPassword = 'bianzhi-demo-2012';
const demoPasswordHash = 'scrypt$32768$8$3$vnCeQm8OOMyC4XZPJjruew==$nDsY51nHAl6f3IG9/4Rv2fUTSfC1A+qwxQvwNzegDi4=';

/** The demo integrator's published API token (README). */
export const demoIntegratorToken = 'bz_demo_statistics_integrator_guizhou_2012';

interface DemoAccount {
  username: string;
  displayName: string;
  role: AccountRole;
  bureauCode: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'province', displayName: '贵州省编办 管理员', role: AccountRole.PROVINCE_ADMIN, bureauCode: '520000' },
  { username: 'guiyang', displayName: '贵阳市编办 管理员', role: AccountRole.PREFECTURE_ADMIN, bureauCode: '520100' },
  { username: 'nanming', displayName: '南明区编办 管理员', role: AccountRole.COUNTY_ADMIN, bureauCode: '520102' },
  { username: 'auditor', displayName: '贵州省编办 审计员', role: AccountRole.AUDITOR, bureauCode: '520000' },
  { username: 'statistics', displayName: '统计报表系统', role: AccountRole.INTEGRATOR, bureauCode: '520000' },
];

/** Demo accounts of the demo seed only; an account already present is left as it is. */
export async function seedDemoAccounts(orm: MikroORM): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    let created = 0;
    for (const demo of demoAccounts) {
      if (await em.findOne(Account, { username: demo.username })) continue;
      const bureau = await em.findOne(Bureau, { code: demo.bureauCode });
      if (!bureau) continue;
      const integrator = demo.role === AccountRole.INTEGRATOR;
      const account = em.create(Account, { ...demo, bureau, passwordHash: integrator ? null : demoPasswordHash });
      if (integrator) {
        em.create(AccessToken, { account, kind: AccessTokenKind.API, label: 'demo', tokenHash: hashTokenSecret(demoIntegratorToken), expiresAt: null });
      }
      created += 1;
    }
    await em.flush();
    return created;
  });
}
