import type { EntityManager } from '@mikro-orm/postgresql';
import type { Bureau } from '../modules/bureau/bureau.entity';
import { EstablishmentApproval } from '../modules/establishment/establishment-approval.entity';
import { LeadershipTier } from '../modules/establishment/leadership-tier';
import { makeCreditCode } from '../modules/institution/credit-code';
import { InstitutionChangeKind } from '../modules/institution/institution-change-kind';
import { InstitutionChange } from '../modules/institution/institution-change.entity';
import { type FundingForm, InstitutionKind, type InstitutionNature } from '../modules/institution/institution-enums';
import type { InstitutionRank } from '../modules/institution/institution-rank';
import { Institution } from '../modules/institution/institution.entity';
import { InternalBody } from '../modules/institution/internal-body.entity';
import type { QuotaCategory } from '../modules/quota/quota-category';
import { Quota } from '../modules/quota/quota.entity';
import { Staff } from '../modules/staff/staff.entity';
import { SEED_INSTITUTIONS, type SeedInstitution } from './institutions.data';
import { seededRandom, syntheticPerson } from './synthetic-people';

/** Credit-code type digits (GB 32100): organs registered by establishment offices 11, public institutions 12, mass organisations 13. */
function creditCodePrefix(kind: InstitutionKind): '11' | '12' | '13' {
  if (kind === InstitutionKind.PUBLIC_INSTITUTION) return '12';
  if (kind === InstitutionKind.MASS_ORGANISATION) return '13';
  return '11';
}

/** Job titles by what the institution is called, as its staff list would print them. */
function titles(seed: SeedInstitution, level: 'high' | 'county'): Record<LeadershipTier | 'NONE', string> {
  const name = seed.name;
  const [head, deputy] = /(学|中学|小学)$/.test(name)
    ? ['校长', '副校长']
    : /(法院|医院|研究院|考试院)$/.test(name)
      ? ['院长', '副院长']
      : /(检察院)$/.test(name)
        ? ['检察长', '副检察长']
        : /镇人民政府$/.test(name)
          ? ['镇长', '副镇长']
          : /乡人民政府$/.test(name)
            ? ['乡长', '副乡长']
            : /(局|厅|分局)$/.test(name)
              ? [name.endsWith('厅') ? '厅长' : '局长', name.endsWith('厅') ? '副厅长' : '副局长']
              : /部$/.test(name)
                ? ['部长', '副部长']
                : ['主任', '副主任'];
  return {
    [LeadershipTier.PRINCIPAL]: head,
    [LeadershipTier.DEPUTY]: deputy,
    [LeadershipTier.INTERNAL_BODY_HEAD]: level === 'high' ? '处长' : '科长',
    NONE: seed.kind === InstitutionKind.PUBLIC_INSTITUTION ? '专业技术人员' : '科员',
  };
}

interface SeedingState {
  usedNationalIds: Set<string>;
  creditSequence: Map<string, number>;
}

function addInstitution(em: EntityManager, bureau: Bureau, seed: SeedInstitution, supervisor: Institution | null, state: SeedingState): void {
  const sequence = (state.creditSequence.get(bureau.code) ?? 100) + 1;
  state.creditSequence.set(bureau.code, sequence);
  const institution = em.create(Institution, {
    bureau,
    name: seed.name,
    shortName: seed.shortName,
    creditCode: makeCreditCode(creditCodePrefix(seed.kind as InstitutionKind), bureau.code, sequence),
    kind: seed.kind as InstitutionKind,
    nature: seed.nature as InstitutionNature,
    rank: seed.rank as InstitutionRank,
    funding: (seed.funding ?? null) as FundingForm | null,
    supervisingInstitution: supervisor,
    establishedOn: seed.establishedOn,
    duties: seed.establishment.mainFunctions,
  });
  const { establishment } = seed;
  const approval = em.create(EstablishmentApproval, {
    institution,
    documentNumber: establishment.documentNumber,
    approvedOn: establishment.approvedOn,
    mainFunctions: establishment.mainFunctions,
    internalBodyNames: seed.internalBodies,
    principalPositions: establishment.principalPositions,
    deputyPositions: establishment.deputyPositions,
    internalHeadPositions: establishment.internalHeadPositions,
  });
  for (const quota of establishment.quotas) {
    em.create(Quota, {
      institution,
      category: quota.category as QuotaCategory,
      approvedHeadcount: quota.headcount,
      documentNumber: establishment.documentNumber,
      effectiveOn: establishment.approvedOn,
      approval,
    });
  }
  for (const name of seed.internalBodies) em.create(InternalBody, { institution, name });
  em.create(InstitutionChange, { institution, kind: InstitutionChangeKind.ESTABLISHMENT_APPROVED, documentNumber: establishment.documentNumber, decidedOn: establishment.approvedOn });

  const level = bureau.code.endsWith('0000') || bureau.code.endsWith('00') ? 'high' : 'county';
  const title = titles(seed, level);
  const random = seededRandom(sequence * 7919 + Number(bureau.code));
  for (const staffing of seed.staffing) {
    const tiers = [
      ...Array<LeadershipTier>(staffing.principals).fill(LeadershipTier.PRINCIPAL),
      ...Array<LeadershipTier>(staffing.deputies).fill(LeadershipTier.DEPUTY),
      ...Array<LeadershipTier>(staffing.internalHeads).fill(LeadershipTier.INTERNAL_BODY_HEAD),
    ];
    for (let index = 0; index < staffing.count; index += 1) {
      let person = syntheticPerson(random, bureau.code, state.usedNationalIds.size + 1);
      while (state.usedNationalIds.has(person.nationalId)) person = syntheticPerson(random, bureau.code, state.usedNationalIds.size + Math.floor(random() * 997) + 1);
      state.usedNationalIds.add(person.nationalId);
      const tier = tiers[index] ?? null;
      em.create(Staff, {
        institution,
        quotaCategory: staffing.category as QuotaCategory,
        ...person,
        position: title[tier ?? 'NONE'],
        leadershipTier: tier,
        hiredOn: establishment.approvedOn,
      });
    }
  }
  for (const child of seed.supervised ?? []) addInstitution(em, bureau, child, institution, state);
}

/**
 * The institutions of the province, Guiyang, Nanming, Huaxi and Xifeng
 * (institutions.data.ts), each with its current 三定, quotas, internal bodies
 * and staff, for the bureaus created in this seeding. `usedNationalIds` holds
 * the numbers given out already, so that no one is active twice.
 */
export function addSeedInstitutions(em: EntityManager, createdBureaus: Map<string, Bureau>, usedNationalIds: Set<string>): number {
  const state: SeedingState = { usedNationalIds, creditSequence: new Map() };
  let added = 0;
  for (const jurisdiction of SEED_INSTITUTIONS) {
    const bureau = createdBureaus.get(jurisdiction.bureauCode);
    if (!bureau) continue;
    for (const seed of jurisdiction.institutions) addInstitution(em, bureau, seed, null, state);
    added += jurisdiction.institutions.length;
  }
  return added;
}
