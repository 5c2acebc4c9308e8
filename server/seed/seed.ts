import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { BureauLevel } from '../modules/bureau/bureau-level';
import { Bureau } from '../modules/bureau/bureau.entity';
import { QuotaCategory } from '../modules/quota/quota-category';
import { Quota } from '../modules/quota/quota.entity';
import { Staff } from '../modules/staff/staff.entity';
import { InstitutionRank } from '../modules/institution/institution-rank';
import { Institution } from '../modules/institution/institution.entity';
import { FundingForm, InstitutionKind, InstitutionNature } from '../modules/institution/institution-enums';
import { makeCreditCode } from '../modules/institution/credit-code';
import { EstablishmentApproval } from '../modules/establishment/establishment-approval.entity';
import { LeadershipTier } from '../modules/establishment/leadership-tier';
import { WebsiteNetwork } from '../modules/website/website-network';
import { Website } from '../modules/website/website.entity';
import { seedDemoAccounts } from './demo-accounts';
import { GUIZHOU_2012, type SeedBureau, type SeedWebsite } from './guizhou-2012.data';
import { seededRandom, syntheticPerson } from './synthetic-people';
import { addSeedInstitutions } from './institutions-seed';

function addWebsite(em: EntityManager, bureau: Bureau, network: WebsiteNetwork, site: SeedWebsite | null): void {
  if (site) em.create(Website, { bureau, network, ...site });
}

/** A bureau's e-government unit: a fully funded public institution, its quotas set by one 三定 holding its leadership positions. */
function addUnit(em: EntityManager, bureau: Bureau, seed: SeedBureau, usedNationalIds: Set<string>): void {
  if (!seed.unit) return;
  const { quotas, staff, leaders, rank, ...fields } = seed.unit;
  const unit = em.create(Institution, {
    bureau,
    rank: rank as InstitutionRank,
    kind: InstitutionKind.PUBLIC_INSTITUTION,
    nature: InstitutionNature.PUBLIC_WELFARE_ONE,
    funding: FundingForm.FULL,
    isEgovBody: true,
    creditCode: makeCreditCode('12', seed.code, 1),
    ...fields,
  });
  const positions = quotas.reduce((sum, quota) => sum + quota.approvedLeadershipPositions, 0);
  const approval = em.create(EstablishmentApproval, {
    institution: unit,
    documentNumber: quotas[0].documentNumber,
    approvedOn: quotas[0].effectiveOn,
    mainFunctions: fields.duties,
    internalBodyNames: [],
    principalPositions: Math.min(positions, 1),
    deputyPositions: Math.max(positions - 1, 0),
    internalHeadPositions: 0,
  });
  for (const { approvedLeadershipPositions: _positions, ...quota } of quotas) {
    em.create(Quota, { institution: unit, ...quota, category: quota.category as QuotaCategory, approval });
  }
  const random = seededRandom(Number(seed.code));
  const category = quotas[0].category as QuotaCategory;
  for (let index = 0; index < staff; index += 1) {
    const isLeader = index < leaders;
    const person = syntheticPerson(random, seed.code, index + 1);
    usedNationalIds.add(person.nationalId);
    em.create(Staff, {
      institution: unit,
      quotaCategory: category,
      ...person,
      position: isLeader ? (index === 0 ? '主任' : '副主任') : '科员',
      leadershipTier: isLeader ? (index === 0 ? LeadershipTier.PRINCIPAL : LeadershipTier.DEPUTY) : null,
      hiredOn: seed.unit.establishedOn,
    });
  }
}

/**
 * Seeds Guizhou's registry of 2012 (`guizhou-2012.data.ts`) in one transaction.
 * Idempotent: a bureau whose code is already present is left as it is, with
 * its websites, unit, institutions, quotas and staff. The bureaus of
 * institutions.data.ts also get their institutions (机构) with 三定 and staff.
 */
export async function seedGuizhou2012(orm: MikroORM): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const existing = new Map((await em.find(Bureau, {})).map((bureau) => [bureau.code, bureau]));
    const created = new Map<string, Bureau>();
    const usedNationalIds = new Set<string>();
    for (const seed of GUIZHOU_2012) {
      if (existing.has(seed.code)) continue;
      const parent = seed.parentCode ? existing.get(seed.parentCode) ?? null : null;
      const bureau = em.create(Bureau, {
        code: seed.code,
        name: seed.name,
        divisionName: seed.divisionName,
        level: seed.level as BureauLevel,
        parent,
        path: `${parent?.path ?? ''}${seed.code}/`,
        partyIntranetConnectedOn: seed.partyIntranetConnectedOn,
        localAreaNetworkBuiltOn: seed.localAreaNetworkBuiltOn,
        paperlessOfficeBuiltOn: seed.paperlessOfficeBuiltOn,
        documentExchangeBuiltOn: seed.documentExchangeBuiltOn,
      });
      existing.set(seed.code, bureau);
      addWebsite(em, bureau, WebsiteNetwork.INTRANET, seed.intranetSite);
      addWebsite(em, bureau, WebsiteNetwork.EXTRANET, seed.extranetSite);
      addUnit(em, bureau, seed, usedNationalIds);
      created.set(seed.code, bureau);
    }
    addSeedInstitutions(em, created, usedNationalIds);
    await em.flush();
    return created.size;
  });
}

/** On first start of an empty database, the registry of 2012 and the demo accounts. */
export async function seedIfEmpty(orm: MikroORM): Promise<void> {
  const bureaus = await orm.em.fork().count(Bureau, {});
  if (bureaus > 0) return;
  const created = await seedGuizhou2012(orm);
  const accounts = await seedDemoAccounts(orm);
  console.log(`Seeded the Guizhou registry of 2012: ${created} bureaus, ${accounts} demo accounts`);
}
