import { makeNationalId } from '../server/modules/staff/national-id';
import {
  BureauStatisticsDocument,
  CreateEGovUnitDocument,
  CreateStaffDocument,
  DescendantsDocument,
  SurveyTablesDocument,
  UnitStaffingDocument,
  UpdateStaffDocument,
  ApproveEstablishmentDocument,
} from './generated/graphql';
import { simpleEstablishment } from './support/establishment';
import { useTestServer } from './support/test-server';

const server = useTestServer();

describe('rollups over the seeded registry reproduce the survey', () => {
  it('counts the province\'s 98 city and county bureaus and their indicators', async () => {
    const province = await server.bureauByCode('520000');
    const { indicatorStatistics: statistics, staffingStatistics: staffing } = (await server.data(BureauStatisticsDocument, { id: province.id, scope: 'SUBTREE' })).bureau!;
    expect(statistics.bureauCount).toBe(98);
    expect(statistics.extranetSite).toEqual({ built: 82, total: 98, coverage: 83.67 });
    expect(statistics.intranetSite).toEqual({ built: 49, total: 98, coverage: 50 });
    expect(statistics.paperlessOffice).toEqual({ built: 11, total: 98, coverage: 11.22 });
    expect(statistics.withUnit).toEqual({ built: 80, total: 98, coverage: 81.63 });
    expect(statistics.partyIntranet).toEqual({ built: 98, total: 98, coverage: 100 });
    expect(staffing).toMatchObject({ approvedHeadcount: 290, activeStaff: 130, units: 78, vacancies: 160, unitsOverQuota: 0, unitsOverPositions: 0 });
  });

  it('includes internal divisions only when asked', async () => {
    const province = await server.bureauByCode('520000');
    const all = (await server.data(BureauStatisticsDocument, { id: province.id, scope: 'SUBTREE', includeInternalDivisions: true })).bureau!.staffingStatistics;
    expect(all.units).toBe(80);
    expect(all.unitsByRank).toContainEqual({ rank: 'INTERNAL_DIVISION', units: 2 });
    expect(all.activeStaff).toBeGreaterThan(130);
  });

  it('gives Qiandongnan 4 of 17 intranet sites (23.52 %), itself included in SUBTREE and left out in DESCENDANTS', async () => {
    const qiandongnan = await server.bureauByCode('522600');
    const subtree = (await server.data(BureauStatisticsDocument, { id: qiandongnan.id, scope: 'SUBTREE' })).bureau!.indicatorStatistics;
    const descendants = (await server.data(BureauStatisticsDocument, { id: qiandongnan.id, scope: 'DESCENDANTS' })).bureau!.indicatorStatistics;
    const self = (await server.data(BureauStatisticsDocument, { id: qiandongnan.id, scope: 'SELF' })).bureau!.indicatorStatistics;
    expect(subtree.intranetSite).toEqual({ built: 4, total: 17, coverage: 23.52 });
    expect(descendants.bureauCount).toBe(16);
    expect(self.bureauCount).toBe(1);
    expect(descendants.intranetSite.built + self.intranetSite.built).toBe(4);
  });

  it('answers the survey\'s tables and figure with the same rows and totals', async () => {
    const { table1, table2, table3, figure1 } = await server.data(SurveyTablesDocument);
    expect(table1.rows.map((row) => row.bureau.code)).toEqual(['520100', '520200', '520300', '520400', '520500', '520600', '522300', '522600', '522700']);
    expect(table1.total.bureauCount).toBe(98);
    expect(table1.total.extranetSite.coverage).toBe(83.67);
    const rowOf = (code: string) => table1.rows.find((row) => row.bureau.code === code)!.statistics;
    for (const code of ['520300', '520200', '520500']) expect(rowOf(code).extranetSite.coverage).toBe(100);
    expect(rowOf('522600').intranetSite.coverage).toBe(23.52);

    expect(table2.total.bureauCount).toBe(9);
    expect(table2.rows.every((row) => row.statistics.bureauCount === 1)).toBe(true);
    const cityAlone = (code: string) => table2.rows.find((row) => row.bureau.code === code)!.statistics;
    const builtItems = (statistics: typeof table2.total) =>
      [statistics.intranetSite, statistics.extranetSite, statistics.localAreaNetwork, statistics.paperlessOffice, statistics.documentExchange].filter((item) => item.built > 0).length;
    for (const best of ['520300', '520400', '520200']) expect(builtItems(cityAlone(best))).toBe(5);
    for (const last of ['520100', '522700']) expect(builtItems(cityAlone(last))).toBeLessThanOrEqual(1);

    expect(table3.total).toMatchObject({ bureauCount: 98, bureausWithUnit: 80, coverage: 81.63, approvedHeadcount: 290, activeStaff: 130 });
    const guiyang = table3.rows.find((row) => row.bureau!.code === '520100')!;
    expect(guiyang).toMatchObject({ bureausWithUnit: 0, units: [] });
    const qiannan = table3.rows.find((row) => row.bureau!.code === '522700')!;
    expect(qiannan.bureausWithUnit).toBe(7);
    const liupanshui = table3.rows.find((row) => row.bureau!.code === '520200')!;
    expect(liupanshui.unitsByRank).toContainEqual({ rank: 'INTERNAL_DIVISION', units: 2 });
    expect(liupanshui.units.map((unit) => unit.name)).toContain('六盘水市机构编制信息域名管理中心');

    expect(figure1.totalBuilt).toBe(205);
    expect(figure1.shares[0]).toEqual({ indicator: 'EXTRANET_SITE', built: 82, share: 40 });
    expect(figure1.shares[4]).toMatchObject({ indicator: 'PAPERLESS_OFFICE', built: 11 });
  });

  it('lists descendants in tree order, optionally of one level', async () => {
    const province = await server.bureauByCode('520000');
    const all = (await server.data(DescendantsDocument, { id: province.id })).bureau!.descendants;
    expect(all).toHaveLength(98);
    expect(all.map((bureau) => bureau.path)).toEqual([...all.map((bureau) => bureau.path)].sort());
    const counties = (await server.data(DescendantsDocument, { id: province.id, level: 'COUNTY' })).bureau!.descendants;
    expect(counties).toHaveLength(89);
  });
});

describe('staffing moves with every write', () => {
  it('counts staff beyond the quota as over-staffed, and no longer once one of them leaves', async () => {
    const county = await server.bureauByCode('520381');
    const before = (await server.data(BureauStatisticsDocument, { id: county.id, scope: 'SUBTREE' })).bureau!.staffingStatistics;
    const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: county.id, name: '赤水市超编测试中心', rank: 'SUB_SECTION' } })).createEGovUnit;
    await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount: 2, deputies: 1, documentNumber: '赤编〔2013〕1号', approvedOn: '2013-01-01' }) });
    const hired = [];
    for (let index = 0; index < 3; index += 1) {
      const input = {
        institutionId: unit.id,
        quotaCategory: 'PUBLIC_INSTITUTION' as const,
        name: `超编${index}`,
        nationalId: makeNationalId('520381', '1990-05-05', 400 + index, 'MALE'),
        education: 'BACHELOR' as const,
        position: index < 2 ? '主任' : '科员',
        leadershipTier: index < 2 ? ('DEPUTY' as const) : null,
        hiredOn: '2013-02-01',
      };
      hired.push((await server.data(CreateStaffDocument, { input })).createStaff);
    }
    const unitStaffing = (await server.data(UnitStaffingDocument, { id: unit.id })).egovUnit!;
    expect(unitStaffing.activeStaffCount).toBe(3);
    expect(unitStaffing.staffing).toEqual([
      { category: 'PUBLIC_INSTITUTION', approvedHeadcount: 2, activeStaff: 3, vacancies: 0, overStaffed: true, excess: 1 },
    ]);
    expect(unitStaffing.institution.leadershipStaffing).toEqual(expect.arrayContaining([{ tier: 'DEPUTY', approvedPositions: 1, holders: 2, vacantPositions: 0, overPositions: true, excess: 1 }]));
    const over = (await server.data(BureauStatisticsDocument, { id: county.id, scope: 'SUBTREE' })).bureau!.staffingStatistics;
    expect(over).toMatchObject({
      unitsOverQuota: before.unitsOverQuota + 1,
      unitsOverPositions: before.unitsOverPositions + 1,
      activeStaff: before.activeStaff + 3,
      approvedHeadcount: before.approvedHeadcount + 2,
      vacancies: before.vacancies,
    });

    await server.data(UpdateStaffDocument, { input: { id: hired[0].id, version: hired[0].version, status: 'RETIRED' } });
    const after = (await server.data(UnitStaffingDocument, { id: unit.id })).egovUnit!;
    expect(after.staffing[0]).toMatchObject({ activeStaff: 2, overStaffed: false, vacancies: 0 });
    expect(after.institution.leadershipStaffing).toEqual(expect.arrayContaining([expect.objectContaining({ tier: 'DEPUTY', holders: 1, overPositions: false })]));
  });
});
