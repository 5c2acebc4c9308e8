import { registerEnumType } from 'type-graphql';
import { BureauLevel } from '../bureau/bureau-level';

export enum AccountRole {
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  PREFECTURE_ADMIN = 'PREFECTURE_ADMIN',
  COUNTY_ADMIN = 'COUNTY_ADMIN',
  AUDITOR = 'AUDITOR',
  INTEGRATOR = 'INTEGRATOR',
}

registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'What an account may do, always within the subtree of its bureau (账号角色).',
  valuesConfig: {
    PROVINCE_ADMIN: { description: 'Administrator of a provincial establishment office (省级编办管理员): reads and writes its subtree.' },
    PREFECTURE_ADMIN: { description: 'Administrator of a prefecture office (市级编办管理员): reads and writes its subtree.' },
    COUNTY_ADMIN: { description: 'Administrator of a county office (县级编办管理员): reads and writes its subtree.' },
    AUDITOR: { description: 'Auditor (审计员): reads its subtree, the audit trail and unmasked personal data; writes nothing.' },
    INTEGRATOR: { description: 'Another system (系统对接): reads its subtree through an API token, with personal data masked; writes nothing.' },
  },
});

export const administratorRoles: ReadonlySet<AccountRole> = new Set([AccountRole.PROVINCE_ADMIN, AccountRole.PREFECTURE_ADMIN, AccountRole.COUNTY_ADMIN]);

/** The bureau level an administrator's bureau must have; null means any bureau, or none for the whole registry. */
export const bureauLevelOfRole: Record<AccountRole, BureauLevel | null> = {
  [AccountRole.PROVINCE_ADMIN]: BureauLevel.PROVINCE,
  [AccountRole.PREFECTURE_ADMIN]: BureauLevel.PREFECTURE,
  [AccountRole.COUNTY_ADMIN]: BureauLevel.COUNTY,
  [AccountRole.AUDITOR]: null,
  [AccountRole.INTEGRATOR]: null,
};
