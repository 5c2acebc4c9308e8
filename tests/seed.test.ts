import { EgovEstablishmentsDocument, InstitutionsOfBureauDocument, WholeRegistryDocument, type WholeRegistryQuery } from './generated/graphql';
import { SEED_INSTITUTIONS, type SeedInstitution } from '../server/seed/institutions.data';
import { creditCodeProblem } from '../server/modules/institution/credit-code';
import { readNationalId } from '../server/modules/staff/national-id';
import { seedGuizhou2012 } from '../server/seed/seed';
import { startTestServer, type TestServer } from './support/test-server';

type RegistryBureau = WholeRegistryQuery['bureaus']['items'][number];

let server: TestServer;
let bureaus: RegistryBureau[];

/** Every bureau, page after page, as an integrator reads the registry. */
async function wholeRegistry(): Promise<{ totalCount: number; items: RegistryBureau[] }> {
  const items: RegistryBureau[] = [];
  for (;;) {
    const page = (await server.data(WholeRegistryDocument, { offset: items.length })).bureaus;
    items.push(...page.items);
    if (!page.items.length || items.length >= page.totalCount) return { totalCount: page.totalCount, items };
  }
}

beforeAll(async () => {
  server = await startTestServer();
  bureaus = (await wholeRegistry()).items;
});
afterAll(() => server.stop());

const cityAndCounty = () => bureaus.filter((bureau) => bureau.level !== 'PROVINCE');
const prefectureNamed = (namePart: string) => bureaus.find((bureau) => bureau.level === 'PREFECTURE' && bureau.name.includes(namePart))!;
const under = (prefecture: RegistryBureau) => bureaus.filter((bureau) => bureau.path.startsWith(prefecture.path));
const count = (list: RegistryBureau[], built: (bureau: RegistryBureau) => boolean) => list.filter(built).length;
const countedUnits = () => bureaus.flatMap((bureau) => bureau.units).filter((unit) => unit.rank !== 'INTERNAL_DIVISION');

describe('the seeded registry of 2012 reproduces the survey', () => {
  it('has the province, 9 prefectures and 89 counties: 98 city and county bureaus', () => {
    expect(bureaus.filter((bureau) => bureau.level === 'PROVINCE').map((bureau) => bureau.code)).toEqual(['520000']);
    expect(bureaus.filter((bureau) => bureau.level === 'PREFECTURE')).toHaveLength(9);
    expect(bureaus.filter((bureau) => bureau.level === 'COUNTY')).toHaveLength(89);
    expect(cityAndCounty()).toHaveLength(98);
  });

  it('has the survey\'s county count per prefecture, Jinyang New District included in Guiyang', () => {
    const counties = Object.fromEntries(
      bureaus.filter((bureau) => bureau.level === 'PREFECTURE').map((prefecture) => [prefecture.code, under(prefecture).length - 1]),
    );
    expect(counties).toEqual({ '520100': 11, '520200': 4, '520300': 14, '520400': 6, '520500': 8, '520600': 10, '522300': 8, '522600': 16, '522700': 12 });
    expect(bureaus.find((bureau) => bureau.code === '520115')?.name).toContain('金阳新区');
  });

  it('has 82 extranet sites (83.67 %), 49 intranet sites (50 %) and 11 paperless offices (11.22 %)', () => {
    const list = cityAndCounty();
    expect(count(list, (bureau) => bureau.indicators.extranetSite.built)).toBe(82);
    expect(count(list, (bureau) => bureau.indicators.intranetSite.built)).toBe(49);
    expect(count(list, (bureau) => bureau.indicators.paperlessOffice.built)).toBe(11);
    expect(Math.floor((82 / list.length) * 10000) / 100).toBe(83.67);
  });

  it('gives Qiandongnan an intranet site coverage of 4 of 17 (23.52 %)', () => {
    const qiandongnan = under(prefectureNamed('黔东南'));
    expect(qiandongnan).toHaveLength(17);
    expect(count(qiandongnan, (bureau) => bureau.indicators.intranetSite.built)).toBe(4);
  });

  it('has full website coverage in Zunyi, Liupanshui and Bijie', () => {
    for (const name of ['遵义', '六盘水', '毕节']) {
      for (const bureau of under(prefectureNamed(name))) {
        expect(bureau.indicators.extranetSite.built && bureau.indicators.intranetSite.built).toBe(true);
      }
    }
  });

  it('has no LAN, paperless office or document exchange anywhere in Guiyang, Qiannan or Qianxinan', () => {
    for (const name of ['贵阳', '黔南', '黔西南']) {
      const built = under(prefectureNamed(name)).filter(
        ({ indicators }) => indicators.localAreaNetwork.built || indicators.paperlessOffice.built || indicators.documentExchange.built,
      );
      expect(built).toEqual([]);
    }
  });

  it('makes the extranet site 40 % of all built items (Figure 1)', () => {
    const items = cityAndCounty().flatMap((bureau) => Object.values(bureau.indicators).filter((indicator) => indicator.built));
    expect(Math.round((82 / items.length) * 100)).toBe(40);
  });

  it('has an e-gov unit in 80 bureaus: none in Guiyang, 7 in Qiannan, all bureaus of the other seven', () => {
    const withUnit = (list: RegistryBureau[]) => count(list, (bureau) => bureau.units.length > 0);
    expect(withUnit(cityAndCounty())).toBe(80);
    expect(withUnit(under(prefectureNamed('贵阳')))).toBe(0);
    expect(withUnit(under(prefectureNamed('黔南')))).toBe(7);
    for (const name of ['遵义', '六盘水', '安顺', '毕节', '铜仁', '黔西南', '黔东南']) {
      const list = under(prefectureNamed(name));
      expect(withUnit(list)).toBe(list.length);
    }
  });

  it('counts 290 quota and 130 staff outside the internal divisions of Liupanshui city and Zhongshan district', () => {
    const internal = bureaus.filter((bureau) => bureau.units.some((unit) => unit.rank === 'INTERNAL_DIVISION'));
    expect(internal.map((bureau) => bureau.code).sort()).toEqual(['520200', '520201']);
    const units = countedUnits();
    expect(units.flatMap((unit) => unit.quotas).reduce((sum, quota) => sum + quota.approvedHeadcount, 0)).toBe(290);
    expect(units.flatMap((unit) => unit.staff)).toHaveLength(130);
  });

  it('ranks Zunyi\'s and Qiandongnan\'s units one level higher', () => {
    for (const name of ['遵义', '黔东南']) {
      const prefecture = prefectureNamed(name);
      expect(prefecture.units[0].rank).toBe('DEPUTY_COUNTY');
      for (const county of under(prefecture).filter((bureau) => bureau.level === 'COUNTY')) {
        expect(county.units[0].rank).toBe('DEPUTY_SECTION');
      }
    }
  });

  it('connects all 98 bureaus to the party-government intranet', () => {
    expect(count(cityAndCounty(), (bureau) => bureau.partyIntranet.connected)).toBe(98);
  });

  it('gives every staff member a valid ID number that agrees with their birth date and gender, and one active post', () => {
    const staff = bureaus.flatMap((bureau) => bureau.units.flatMap((unit) => unit.staff));
    for (const person of staff) {
      expect(readNationalId(person.nationalId)).toEqual({ birthDate: person.birthDate, gender: person.gender });
    }
    expect(new Set(staff.map((person) => person.nationalId)).size).toBe(staff.length);
  });

  it('keeps every unit within its quota and leadership positions', async () => {
    const establishments = new Map((await server.data(EgovEstablishmentsDocument)).institutions.items.map((item) => [item.id, item.currentEstablishment]));
    for (const unit of bureaus.flatMap((bureau) => bureau.units)) {
      const headcount = unit.quotas.reduce((sum, quota) => sum + quota.approvedHeadcount, 0);
      const approval = establishments.get(unit.id);
      const positions = (approval?.principalPositions ?? 0) + (approval?.deputyPositions ?? 0) + (approval?.internalHeadPositions ?? 0);
      expect(unit.staff.length).toBeLessThanOrEqual(headcount);
      expect(unit.staff.filter((person) => person.isLeader).length).toBeLessThanOrEqual(positions);
    }
  });

  it('is idempotent: seeding again adds nothing', async () => {
    expect(await seedGuizhou2012(server.bianzhi.orm)).toBe(0);
    const again = await wholeRegistry();
    expect(again.totalCount).toBe(99);
    expect(again.items.flatMap((bureau) => bureau.units.flatMap((unit) => unit.staff))).toHaveLength(
      bureaus.flatMap((bureau) => bureau.units.flatMap((unit) => unit.staff)).length,
    );
  });
});

describe('the seeded institutions of the province, Guiyang, Nanming, Huaxi and Xifeng', () => {
  const flatten = (institutions: SeedInstitution[]): SeedInstitution[] => institutions.flatMap((institution) => [institution, ...flatten(institution.supervised ?? [])]);
  const bureauId = (code: string) => String(bureaus.find((bureau) => bureau.code === code)!.id);

  it.each(SEED_INSTITUTIONS.map((jurisdiction) => [jurisdiction.bureauCode, jurisdiction] as const))('%s: every institution with its 三定, internal bodies, supervisor and staff, and a valid credit code', async (code, jurisdiction) => {
    const expected = flatten(jurisdiction.institutions);
    const { institutions } = await server.data(InstitutionsOfBureauDocument, { bureauId: bureauId(code) });
    expect(institutions.totalCount).toBe(expected.length);
    const byName = new Map(institutions.items.map((item) => [item.name, item]));
    for (const seed of expected) {
      const stored = byName.get(seed.name)!;
      expect(stored.activeStaffCount).toBe(seed.staffing.reduce((sum, staffing) => sum + staffing.count, 0));
      expect(stored.internalBodies.map((body) => body.name).sort()).toEqual([...seed.internalBodies].sort());
      expect(stored.currentEstablishment?.documentNumber).toBe(seed.establishment.documentNumber);
      expect(creditCodeProblem(stored.creditCode!)).toBeNull();
    }
    const supervised = new Set(jurisdiction.institutions.flatMap((top) => flatten(top.supervised ?? [])).map((seed) => seed.name));
    expect(institutions.items.filter((item) => item.supervisingInstitution !== null).map((item) => item.name).sort()).toEqual([...supervised].sort());
  });

  it.each(SEED_INSTITUTIONS.map((jurisdiction) => [jurisdiction.bureauCode, jurisdiction] as const))('%s: exactly the institutions the data puts over their headcount or positions are over', async (code, jurisdiction) => {
    const over = (seed: SeedInstitution) =>
      seed.staffing.some((staffing) => staffing.count > (seed.establishment.quotas.find((quota) => quota.category === staffing.category)?.headcount ?? 0)) ||
      seed.staffing.reduce((sum, staffing) => sum + staffing.principals, 0) > seed.establishment.principalPositions ||
      seed.staffing.reduce((sum, staffing) => sum + staffing.deputies, 0) > seed.establishment.deputyPositions ||
      seed.staffing.reduce((sum, staffing) => sum + staffing.internalHeads, 0) > seed.establishment.internalHeadPositions;
    const { institutions } = await server.data(InstitutionsOfBureauDocument, { bureauId: bureauId(code), overStaffed: true });
    expect(institutions.items.map((item) => item.name).sort()).toEqual(flatten(jurisdiction.institutions).filter(over).map((seed) => seed.name).sort());
  });
});
