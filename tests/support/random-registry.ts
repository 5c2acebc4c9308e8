import type { EntityManager } from '@mikro-orm/postgresql';
import { BureauLevel } from '../../server/modules/bureau/bureau-level';
import { Bureau } from '../../server/modules/bureau/bureau.entity';
import { QuotaCategory } from '../../server/modules/quota/quota-category';
import { Quota } from '../../server/modules/quota/quota.entity';
import { makeNationalId } from '../../server/modules/staff/national-id';
import { Education, Gender, StaffStatus } from '../../server/modules/staff/staff-enums';
import { Staff } from '../../server/modules/staff/staff.entity';
import { InstitutionRank } from '../../server/modules/institution/institution-rank';
import { Institution } from '../../server/modules/institution/institution.entity';
import { FundingForm, InstitutionKind, InstitutionNature } from '../../server/modules/institution/institution-enums';
import { EstablishmentApproval } from '../../server/modules/establishment/establishment-approval.entity';
import { LeadershipTier } from '../../server/modules/establishment/leadership-tier';
import { WebsiteNetwork } from '../../server/modules/website/website-network';
import { Website } from '../../server/modules/website/website.entity';
import { seededRandom } from '../../server/seed/synthetic-people';

/**
 * A random province (code `<provinceDigits>0000`) with prefectures, counties,
 * indicators, sites, e-government units of every rank, current and superseded
 * quotas and 三定, and staff of every status and leadership tier, written
 * straight through the ORM.
 */
export async function createRandomProvince(em: EntityManager, provinceDigits: string, seed: number): Promise<Bureau> {
  const random = seededRandom(seed);
  const chance = (probability: number) => random() < probability;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const maybeDate = (probability: number) => (chance(probability) ? `201${between(0, 2)}-0${between(1, 9)}-1${between(0, 9)}` : null);

  const province = em.create(Bureau, { code: `${provinceDigits}0000`, name: `随机省${seed}`, divisionName: `随机省${seed}`, level: BureauLevel.PROVINCE, path: `${provinceDigits}0000/` });
  const bureaus: Bureau[] = [province];
  for (let prefectureIndex = 1; prefectureIndex <= between(2, 6); prefectureIndex += 1) {
    const code = `${provinceDigits}${String(prefectureIndex).padStart(2, '0')}00`;
    const prefecture = em.create(Bureau, { code, name: `随机市${code}`, divisionName: `随机市${code}`, level: BureauLevel.PREFECTURE, parent: province, path: `${province.path}${code}/` });
    bureaus.push(prefecture);
    for (let countyIndex = 1; countyIndex <= between(0, 9); countyIndex += 1) {
      const countyCode = `${code.slice(0, 4)}${String(countyIndex).padStart(2, '0')}`;
      bureaus.push(em.create(Bureau, { code: countyCode, name: `随机县${countyCode}`, divisionName: `随机县${countyCode}`, level: BureauLevel.COUNTY, parent: prefecture, path: `${prefecture.path}${countyCode}/` }));
    }
  }
  let person = 0;
  for (const bureau of bureaus) {
    bureau.partyIntranetConnectedOn = maybeDate(0.8);
    bureau.localAreaNetworkBuiltOn = maybeDate(0.4);
    bureau.paperlessOfficeBuiltOn = maybeDate(0.2);
    bureau.documentExchangeBuiltOn = maybeDate(0.3);
    for (const network of Object.values(WebsiteNetwork)) {
      for (let site = 0; site < between(0, 2) * (chance(0.6) ? 1 : 0); site += 1) {
        em.create(Website, { bureau, network, address: `http://site${site}.${bureau.code}.gov.cn`, title: '随机网站', launchedOn: '2011-01-01', lastUpdatedOn: '2012-01-01' });
      }
    }
    for (let unitIndex = 0; unitIndex < (chance(0.7) ? between(1, 2) : 0); unitIndex += 1) {
      const unit = em.create(Institution, {
        bureau,
        name: `随机中心${bureau.code}-${unitIndex}`,
        rank: pick(Object.values(InstitutionRank)),
        kind: InstitutionKind.PUBLIC_INSTITUTION,
        nature: InstitutionNature.PUBLIC_WELFARE_ONE,
        funding: FundingForm.FULL,
        isEgovBody: true,
      });
      let previousApproval: EstablishmentApproval | null = null;
      for (let approval = 0; approval < (chance(0.7) ? between(1, 2) : 0); approval += 1) {
        const approvedOn = `201${approval}-06-01`;
        if (previousApproval) previousApproval.supersededOn = approvedOn;
        previousApproval = em.create(EstablishmentApproval, {
          institution: unit,
          documentNumber: `随三定〔201${approval}〕号`,
          approvedOn,
          internalBodyNames: [],
          principalPositions: between(0, 1),
          deputyPositions: between(0, 3),
          internalHeadPositions: between(0, 2),
          replaces: previousApproval,
        });
      }
      for (const category of Object.values(QuotaCategory)) {
        if (!chance(0.5)) continue;
        let previous: Quota | null = null;
        for (let approval = 0; approval < between(1, 3); approval += 1) {
          const headcount = between(0, 6);
          const effectiveOn = `201${approval}-01-01`;
          if (previous) previous.supersededOn = effectiveOn;
          previous = em.create(Quota, { institution: unit, category, approvedHeadcount: headcount, documentNumber: `随编〔201${approval}〕号`, effectiveOn, replaces: previous });
        }
      }
      for (let staffIndex = 0; staffIndex < between(0, 8); staffIndex += 1) {
        person += 1;
        const gender = pick([Gender.MALE, Gender.FEMALE]);
        em.create(Staff, {
          institution: unit,
          quotaCategory: pick(Object.values(QuotaCategory)),
          name: `随机${person}`,
          gender,
          nationalId: makeNationalId(bureau.code, '1985-03-03', person, gender),
          birthDate: '1985-03-03',
          education: Education.BACHELOR,
          position: '科员',
          leadershipTier: chance(0.3) ? pick(Object.values(LeadershipTier)) : null,
          hiredOn: '2011-01-01',
          status: chance(0.75) ? StaffStatus.ACTIVE : pick([StaffStatus.LEFT, StaffStatus.RETIRED, StaffStatus.TRANSFERRED_OUT]),
        });
      }
    }
  }
  await em.flush();
  return province;
}
