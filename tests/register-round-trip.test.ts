import { AccountRole } from '../server/modules/account/account-role';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { makeNationalId } from '../server/modules/staff/national-id';
import { createDatabase, databaseUrlWithName } from '../server/database/scratch-database';
import { tokenFor } from './support/credentials';
import { callGraphql } from './support/http-client';
import { downloadWorkbook, sheetRows, uploadRegister } from './support/registers';
import { startTestServer, useTestServer, type TestServer } from './support/test-server';

/**
 * A bureau's three registers exported, imported into an empty registry, and
 * exported again: the same workbook contents, sheet by sheet.
 */
const source = useTestServer();

const registers = [
  { name: 'institutions', sheet: '机构信息表' },
  { name: 'establishments', sheet: '三定信息表' },
  { name: 'staff', sheet: '实名制人员信息表' },
];

const call = (server: TestServer, token: string, query: string, variables: Record<string, unknown> = {}) => callGraphql<Record<string, any>, Record<string, unknown>>(server.bianzhi.url, token, query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

const createBureau = `mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id } }`;

/** The new county's bureaus down from the province, as an empty registry needs them. */
async function countyChain(server: TestServer): Promise<string> {
  const province = (await call(server, server.adminToken, createBureau, { input: { code: '520000', level: 'PROVINCE', name: '贵州省机构编制委员会办公室', divisionName: '贵州省' } })).createBureau;
  const prefecture = (await call(server, server.adminToken, createBureau, { input: { parentId: province.id, code: '520100', level: 'PREFECTURE', name: '贵阳市机构编制委员会办公室', divisionName: '贵阳市' } })).createBureau;
  return (await call(server, server.adminToken, createBureau, { input: { parentId: prefecture.id, code: '520199', level: 'COUNTY', name: '往返县机构编制委员会办公室', divisionName: '往返县' } })).createBureau.id;
}

async function exportAll(server: TestServer, token: string): Promise<Record<string, string[][]>> {
  const sheets: Record<string, string[][]> = {};
  for (const register of registers) sheets[register.name] = sheetRows(await downloadWorkbook(server.bianzhi.url, token, `/registers/520199/${register.name}.xlsx`), register.sheet);
  return sheets;
}

describe('the registers round trip', () => {
  it('exports a county made through the API, imports it into an empty registry, and exports the same contents', async () => {
    const countyId = await countyChain(source).catch(async () => {
      // The seeded registry has the province and the prefecture already.
      const prefecture = (await call(source, source.adminToken, `{ bureauByCode(code: "520100") { id } }`)).bureauByCode;
      return (await call(source, source.adminToken, createBureau, { input: { parentId: prefecture.id, code: '520199', level: 'COUNTY', name: '往返县机构编制委员会办公室', divisionName: '往返县' } })).createBureau.id;
    });
    const establish = `mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id } }`;
    const bureau = (await call(source, source.adminToken, establish, {
      input: { bureauId: countyId, name: '往返县人民政府办公室', creditCode: makeCreditCode('11', '520199', 1), kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN', rank: 'SECTION', documentNumber: '往编〔2015〕1号', decidedOn: '2015-01-01' },
    })).establishInstitution;
    const centre = (await call(source, source.adminToken, establish, {
      input: { bureauId: countyId, name: '往返县政务服务中心', shortName: '政务中心', creditCode: makeCreditCode('12', '520199', 2), kind: 'PUBLIC_INSTITUTION', nature: 'PUBLIC_WELFARE_ONE', rank: 'SUB_SECTION', funding: 'FULL', supervisingInstitutionId: bureau.id, isEgovBody: true, documentNumber: '往编〔2016〕2号', decidedOn: '2016-02-01' },
    })).establishInstitution;
    const approve = `mutation ($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }`;
    await call(source, source.adminToken, approve, { input: { institutionId: bureau.id, documentNumber: '往编〔2016〕3号', approvedOn: '2016-03-01', mainFunctions: '负责政府日常运转', internalBodyNames: ['秘书股', '综合股'], quotas: [{ category: 'ADMINISTRATIVE', headcount: 8 }, { category: 'LOGISTICS', headcount: 1 }], principalPositions: 1, deputyPositions: 2, internalHeadPositions: 2 } });
    await call(source, source.adminToken, approve, { input: { institutionId: centre.id, documentNumber: '往编〔2016〕4号', approvedOn: '2016-04-01', mainFunctions: '负责政务服务', internalBodyNames: [], quotas: [{ category: 'PUBLIC_INSTITUTION', headcount: 5 }], principalPositions: 1, deputyPositions: 0, internalHeadPositions: 0 } });
    const createStaff = `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`;
    const people = [
      { institutionId: bureau.id, quotaCategory: 'ADMINISTRATIVE', name: '往返甲', nationalId: makeNationalId('520199', '1980-05-05', 11, 'MALE'), education: 'MASTER', position: '主任', leadershipTier: 'PRINCIPAL', hiredOn: '2016-03-15' },
      { institutionId: bureau.id, quotaCategory: 'LOGISTICS', name: '往返乙', nationalId: makeNationalId('520199', '1975-06-06', 12, 'FEMALE'), education: 'SECONDARY', position: '驾驶员', hiredOn: '2016-03-16' },
      { institutionId: centre.id, quotaCategory: 'PUBLIC_INSTITUTION', name: '往返丙', nationalId: makeNationalId('520199', '1990-07-07', 13, 'FEMALE'), education: 'BACHELOR', position: '科员', hiredOn: '2016-05-01' },
    ];
    for (const person of people) await call(source, source.adminToken, createStaff, { input: { ...person, status: 'ACTIVE' } });
    const exported = await exportAll(source, source.adminToken);
    expect([exported.institutions.length, exported.establishments.length, exported.staff.length]).toEqual([3, 3, 4]);

    const serverUrl = process.env.TEST_DATABASE_URL;
    const empty = await startTestServer(
      serverUrl ? { databaseUrl: databaseUrlWithName(serverUrl, await createDatabase(serverUrl, `${process.env.BIANZHI_TEST_RUN_PREFIX}_empty`)), seedOnStart: false } : { seedOnStart: false },
    );
    try {
      await countyChain(empty);
      const countyAdmin = await tokenFor(empty.bianzhi, AccountRole.COUNTY_ADMIN, '520199');
      for (const register of registers) {
        const file = await downloadWorkbook(source.bianzhi.url, source.adminToken, `/registers/520199/${register.name}.xlsx`);
        const imported = await uploadRegister(empty.bianzhi.url, countyAdmin, '520199', file, { register: register.name, commit: true });
        expect([register.name, imported.report?.errors, imported.errors]).toEqual([register.name, 0, undefined]);
      }
      expect(await exportAll(empty, countyAdmin)).toEqual(exported);
    } finally {
      await empty.stop();
    }
  });
});
