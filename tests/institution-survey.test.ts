import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { makeNationalId } from '../server/modules/staff/national-id';
import { useTestServer } from './support/test-server';

// The survey's figures count bureaus' e-government units only: establishing
// thirty other institutions under 南明区 with 三定s of thousands of quota, staff,
// leaders and over-staffing changes none of them.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = TypedDocumentNode<any, any>;
const doc = (source: string) => parse(source) as Loose;

const fragments = `
fragment CoverageFields on Coverage { built total coverage }
fragment IndicatorStatisticsFields on IndicatorStatistics {
  bureauCount
  intranetSite { ...CoverageFields } extranetSite { ...CoverageFields } localAreaNetwork { ...CoverageFields }
  paperlessOffice { ...CoverageFields } documentExchange { ...CoverageFields } partyIntranet { ...CoverageFields } withUnit { ...CoverageFields }
}
fragment StaffingStatisticsFields on StaffingStatistics {
  units unitsByRank { rank units } byCategory { category approvedHeadcount activeStaff vacancies }
  approvedHeadcount approvedLeadershipPositions activeStaff activeLeaders vacancies unitsOverQuota unitsOverPositions
}`;

const Survey = doc(`
query($province: ID!, $guiyang: ID!, $nanming: ID!) {
  table1: indicatorTable { rows { bureau { code name } statistics { ...IndicatorStatisticsFields } } total { ...IndicatorStatisticsFields } }
  table2: indicatorTable(bureausAlone: true) { rows { bureau { code } statistics { ...IndicatorStatisticsFields } } total { ...IndicatorStatisticsFields } }
  table3: unitTable {
    rows { bureau { code } bureauCount bureausWithUnit coverage unitsByRank { rank units } units { id name rank } approvedHeadcount activeStaff }
    total { bureauCount bureausWithUnit coverage unitsByRank { rank units } approvedHeadcount activeStaff }
  }
  guiyangTable3: unitTable(underBureauId: $guiyang) {
    rows { bureau { code } bureauCount bureausWithUnit coverage units { id name } approvedHeadcount activeStaff }
    total { bureauCount bureausWithUnit approvedHeadcount activeStaff }
  }
  figure1: indicatorShares { totalBuilt shares { indicator built share } }
  province: bureau(id: $province) {
    indicatorStatistics(scope: SUBTREE) { ...IndicatorStatisticsFields }
    staffingStatistics(scope: SUBTREE) { ...StaffingStatisticsFields }
    all: staffingStatistics(scope: SUBTREE, includeInternalDivisions: true) { ...StaffingStatisticsFields }
  }
  guiyang: bureau(id: $guiyang) {
    indicatorStatistics(scope: SUBTREE) { ...IndicatorStatisticsFields }
    staffingStatistics(scope: SUBTREE) { ...StaffingStatisticsFields }
  }
  nanming: bureau(id: $nanming) {
    indicators { extranetSite { built } paperlessOffice { built } }
    indicatorStatistics(scope: SELF) { ...IndicatorStatisticsFields }
    staffingStatistics(scope: SELF) { ...StaffingStatisticsFields }
    all: staffingStatistics(scope: SELF, includeInternalDivisions: true) { ...StaffingStatisticsFields }
    units { id name }
  }
}
${fragments}`);

const Establish = doc(`mutation($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id } }`);
const Approve = doc(`mutation($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }`);
const CreateStaff = doc(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`);
const Institutions = doc(`query($filter: InstitutionFilter) { institutions(filter: $filter, limit: 1000) { totalCount items { id isEgovBody bureauId } } }`);
const Alerts = doc(`query($filter: QuotaAlertFilter) { quotaAlerts(filter: $filter, limit: 0) { totalCount } }`);

const server = useTestServer();

describe('the survey over a registry with many more institutions', () => {
  it('gives the same tables, figure and statistics after thirty institutions with 三定s and staff are added under 南明区', async () => {
    const province = (await server.bureauByCode('520000')).id;
    const guiyang = (await server.bureauByCode('520100')).id;
    const nanming = (await server.bureauByCode('520102')).id;
    const variables = { province, guiyang, nanming };
    const before = await server.data(Survey, variables);
    expect(before.table3.total).toMatchObject({ bureauCount: 98, bureausWithUnit: 80, approvedHeadcount: 290, activeStaff: 130 });
    const institutionsBefore = (await server.data(Institutions, { filter: { bureauId: nanming } })).institutions.totalCount;

    // Some of them under 南明区's e-government unit if it has one: a subordinate is not the unit.
    const egovUnit = (await server.data(Institutions, { filter: { bureauId: nanming, isEgovBody: true } })).institutions.items[0]?.id ?? null;

    let people = 0;
    let totalQuota = 0;
    const kinds = [
      { kind: 'PARTY_ORGAN', nature: 'ADMINISTRATIVE_ORGAN', category: 'ADMINISTRATIVE' },
      { kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN', category: 'ADMINISTRATIVE' },
      { kind: 'PUBLIC_INSTITUTION', nature: 'PUBLIC_WELFARE_ONE', funding: 'FULL', category: 'PUBLIC_INSTITUTION' },
      { kind: 'COURT', nature: 'ADMINISTRATIVE_ORGAN', category: 'POLITICAL_LEGAL' },
      { kind: 'TOWNSHIP', nature: 'ADMINISTRATIVE_ORGAN', category: 'ADMINISTRATIVE' },
    ] as const;
    for (let index = 0; index < 30; index += 1) {
      const { category, ...facts } = kinds[index % kinds.length];
      const underUnit = egovUnit !== null && facts.kind === 'PUBLIC_INSTITUTION';
      const institution = (
        await server.data(Establish, {
          input: {
            bureauId: nanming,
            name: `南明区统计不变测试机构${index + 1}`,
            creditCode: makeCreditCode(facts.kind === 'PUBLIC_INSTITUTION' ? '12' : '11', '520102', 800_000 + index),
            rank: index % 3 === 0 ? 'DEPUTY_COUNTY' : 'SECTION',
            decidedOn: '2018-01-01',
            documentNumber: `南编〔2018〕${index + 1}号`,
            supervisingInstitutionId: underUnit ? egovUnit : null,
            ...facts,
          },
        })
      ).establishInstitution;
      const headcount = 100 + index * 7;
      totalQuota += headcount + 5;
      await server.data(Approve, {
        input: {
          institutionId: institution.id,
          approvedOn: '2019-01-01',
          documentNumber: `南编〔2019〕${index + 1}号`,
          mainFunctions: '统计不变测试',
          internalBodyNames: ['办公室'],
          principalPositions: 1,
          deputyPositions: 1,
          internalHeadPositions: 1,
          quotas: [
            { category, headcount },
            { category: 'LOGISTICS', headcount: 5 },
          ],
        },
      });
      // Staff in the first ten; two deputies over one position in some, and in every third a logistics post too many.
      if (index < 10) {
        const staffOf = (overrides: Record<string, unknown>) => {
          people += 1;
          return server.data(CreateStaff, {
            input: {
              institutionId: institution.id,
              quotaCategory: category,
              name: `统计不变测试人${people}`,
              nationalId: makeNationalId('520102', '1985-03-04', 600 + people, people % 2 === 0 ? 'MALE' : 'FEMALE'),
              education: 'BACHELOR',
              position: '科员',
              hiredOn: '2015-01-01',
              ...overrides,
            },
          });
        };
        await staffOf({ leadershipTier: 'PRINCIPAL', position: '主任' });
        await staffOf({ leadershipTier: 'DEPUTY', position: '副主任' });
        if (index % 2 === 0) await staffOf({ leadershipTier: 'DEPUTY', position: '副主任' });
        if (index % 3 === 0) for (let extra = 0; extra < 6; extra += 1) await staffOf({ quotaCategory: 'LOGISTICS' });
      }
    }
    // And a few under a county e-government unit of 遵义市 (the survey counts the unit, not what it supervises).
    const zunyi = (await server.bureauByCode('520300')).id;
    const unit = (await server.data(Institutions, { filter: { underBureauId: zunyi, isEgovBody: true } })).institutions.items[0];
    expect(unit).toBeDefined();
    for (let index = 0; index < 3; index += 1) {
      const subordinate = (
        await server.data(Establish, {
          input: {
            bureauId: unit.bureauId,
            name: `遵义统计不变测试下属中心${index + 1}`,
            kind: 'PUBLIC_INSTITUTION',
            nature: 'PUBLIC_WELFARE_TWO',
            funding: 'PARTIAL',
            rank: 'SUB_SECTION',
            decidedOn: '2018-01-01',
            documentNumber: `遵编〔2018〕${index + 1}号`,
            supervisingInstitutionId: unit.id,
          },
        })
      ).establishInstitution;
      await server.data(Approve, {
        input: {
          institutionId: subordinate.id, approvedOn: '2019-01-01', documentNumber: `遵编〔2019〕${index + 1}号`, mainFunctions: '统计不变测试',
          internalBodyNames: [], principalPositions: 1, deputyPositions: 0, internalHeadPositions: 0, quotas: [{ category: 'PUBLIC_INSTITUTION', headcount: 40 }],
        },
      });
      people += 1;
      await server.data(CreateStaff, {
        input: {
          institutionId: subordinate.id, quotaCategory: 'PUBLIC_INSTITUTION', name: `统计不变测试人${people}`, leadershipTier: 'PRINCIPAL', position: '主任',
          nationalId: makeNationalId('520302', '1985-03-04', 600 + people, 'MALE'), education: 'BACHELOR', hiredOn: '2015-01-01',
        },
      });
    }
    expect(totalQuota).toBeGreaterThan(3000);
    expect((await server.data(Institutions, { filter: { bureauId: nanming } })).institutions.totalCount).toBe(institutionsBefore + 30);
    // The additions are over their positions and headcount, so the rule did see them.
    expect((await server.data(Alerts, { filter: { underBureauId: nanming, open: true } })).quotaAlerts.totalCount).toBeGreaterThanOrEqual(5 + 4);

    const after = await server.data(Survey, variables);
    expect(after).toEqual(before);
  });
});
