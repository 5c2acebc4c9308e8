import { AccountRole } from '../server/modules/account/account-role';
import { ApproveEstablishmentDocument, CreateEGovUnitDocument } from './generated/graphql';
import { tokenFor } from './support/credentials';
import { simpleEstablishment } from './support/establishment';
import { callGraphql } from './support/http-client';
import { downloadWorkbook, sheetRows, uploadRegister, workbookOf } from './support/registers';
import { useTestServer } from './support/test-server';

/**
 * The 三定 register (三定信息表) in and out as a workbook: a row differing
 * from the institution's current 三定 is a new 三定 approved by its document,
 * by the API's own approveEstablishment; the same 三定 is left alone.
 */
const server = useTestServer();

const sheet = '三定信息表';
const header = ['机构名称', '统一社会信用代码', '批准文号', '批准日期', '行政编制', '政法专项编制', '事业编制', '工勤编制', '正职领导职数', '副职领导职数', '内设机构领导职数', '内设机构', '主要职责'];
const register = { register: 'establishments' };
const data = (token: string, query: string, variables: Record<string, unknown> = {}) => callGraphql<Record<string, any>, Record<string, unknown>>(server.bianzhi.url, token, query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

async function writeState(): Promise<string> {
  const [row] = await server.bianzhi.orm.em.fork().getConnection().execute(
    `select (select count(*) from establishment_approval)::text as approvals, (select count(*) from quota)::text as quotas,
            (select count(*) from internal_body)::text as bodies, (select count(*) from audit_entry)::text as audits, (select count(*) from institution_change)::text as changes`,
  );
  return JSON.stringify(row);
}

const row = (values: Partial<Record<(typeof header)[number], unknown>>) => {
  const all: Record<string, unknown> = { 批准文号: '南编〔2017〕1号', 批准日期: '2017-01-01', 行政编制: 5, 副职领导职数: 1, 内设机构: '综合股、业务股', 主要职责: '负责本机构业务', ...values };
  return header.map((column) => all[column] ?? '');
};

describe('the 三定 register as a workbook', () => {
  let countyAdmin: string;
  const units: string[] = [];

  beforeAll(async () => {
    countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    const nanming = await server.bureauByCode('520102');
    for (const name of ['三定导入甲中心', '三定导入乙中心', '三定导入丙中心', '三定导入丁中心', '三定导入戊中心']) {
      const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: nanming.id, name, rank: 'SECTION' } })).createEGovUnit;
      await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount: 3, category: 'ADMINISTRATIVE', deputies: 1, approvedOn: '2015-01-01' }) });
      units.push(unit.id);
    }
  });

  it("gives a template, exports each institution's current 三定, and takes the export back unchanged", async () => {
    expect(sheetRows(await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/templates/establishments.xlsx'), sheet)).toEqual([header]);
    const exported = await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/520102/establishments.xlsx');
    const rows = sheetRows(exported, sheet);
    expect(rows.find((line) => line[0] === '三定导入甲中心')).toEqual(['三定导入甲中心', '', '测编〔2014〕1号', '2015-01-01', '3', '', '', '', '0', '1', '0', '', '']);
    const before = await writeState();
    const back = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', exported, { ...register, commit: true });
    expect(back.report).toMatchObject({ committed: true, rows: rows.length - 1, changed: 0, unchanged: rows.length - 1, errors: 0 });
    expect(JSON.parse(await writeState())).toMatchObject({ approvals: JSON.parse(before).approvals, quotas: JSON.parse(before).quotas });
  });

  it('records a different 三定 by the API\'s own rules, row by row; a dry run and a refused commit write nothing', async () => {
    const rows = [
      header,
      row({ 机构名称: '三定导入甲中心' }),
      row({ 机构名称: '三定导入乙中心', 批准文号: '' }),
      row({ 机构名称: '三定导入丙中心', 行政编制: 1, 副职领导职数: 2 }),
      row({ 机构名称: '三定导入丁中心', 批准日期: '2014-06-01' }),
      row({ 机构名称: '三定导入戊中心', 内设机构: '综合股、综合股' }),
      row({ 机构名称: '不存在的中心' }),
      row({ 机构名称: '三定导入甲中心' }),
      row({ 机构名称: '三定导入乙中心', 事业编制: -1 }),
    ];
    const before = await writeState();
    const dryRun = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows }), register);
    expect(await writeState()).toBe(before);
    expect(dryRun.report!.problems.map((problem: Record<string, unknown>) => [problem.row, problem.column, problem.reason])).toEqual([
      [3, '批准文号', 'TEXT_EMPTY'],
      [4, '副职领导职数', 'LEADERSHIP_EXCEEDS_HEADCOUNT'],
      [5, '批准日期', 'APPROVAL_BEFORE_CURRENT'],
      [6, '内设机构', 'DUPLICATE_INTERNAL_BODY'],
      [7, '机构名称', 'UNKNOWN_REFERENCE'],
      [8, '机构名称', 'INSTITUTION_TWICE_IN_FILE'],
      [9, '事业编制', 'NOT_A_WHOLE_NUMBER'],
    ]);
    expect(dryRun.report).toMatchObject({ committed: false, changed: 1 });
    const refused = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows }), { ...register, commit: true });
    expect([refused.status, refused.errors![0].extensions.reason]).toEqual([409, 'IMPORT_HAS_PROBLEMS']);
    expect(await writeState()).toBe(before);

    const committed = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows.slice(0, 2) }), { ...register, commit: true, fileName: '三定.xlsx' });
    expect(committed.report).toMatchObject({ committed: true, changed: 1, errors: 0 });
    const institution = (await data(countyAdmin, `query ($id: ID!) { institution(id: $id) { duties currentEstablishment { documentNumber approvedOn deputyPositions } quotas { category approvedHeadcount } internalBodies { name } changes { kind documentNumber } } }`, { id: units[0] })).institution;
    expect(institution).toMatchObject({
      duties: '负责本机构业务',
      currentEstablishment: { documentNumber: '南编〔2017〕1号', approvedOn: '2017-01-01', deputyPositions: 1 },
      quotas: [{ category: 'ADMINISTRATIVE', approvedHeadcount: 5 }],
    });
    expect(institution.internalBodies.map((body: { name: string }) => body.name).sort()).toEqual(['业务股', '综合股']);
    expect(institution.changes.map((change: { kind: string; documentNumber: string }) => [change.kind, change.documentNumber])).toContainEqual(['ESTABLISHMENT_APPROVED', '南编〔2017〕1号']);
    const trail = (await data(countyAdmin, `{ auditEntries(filter: { operation: "importEstablishmentRegister" }, limit: 5) { items { recordType reason } } }`)).auditEntries.items;
    const approvals = trail.filter((entry: { recordType: string }) => entry.recordType === 'EstablishmentApproval');
    expect(approvals).toHaveLength(1);
    expect(approvals[0].reason).toMatch(/^三定\.xlsx \(sha256 [0-9a-f]{64}\)$/);

    // The same file again is the current 三定: nothing changes.
    const again = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows.slice(0, 2) }), { ...register, commit: true });
    expect(again.report).toMatchObject({ changed: 0, unchanged: 1 });
  });

  it('is refused to readers and outside the jurisdiction', async () => {
    const file = workbookOf({ [sheet]: [header, row({ 机构名称: '三定导入甲中心' })] });
    const before = await writeState();
    const integrator = await tokenFor(server.bianzhi, AccountRole.INTEGRATOR, '520100');
    expect((await uploadRegister(server.bianzhi.url, integrator, '520102', file, { ...register, commit: true })).errors![0].extensions).toMatchObject({ reason: 'ROLE_READS_ONLY', operation: 'importEstablishmentRegister' });
    expect((await uploadRegister(server.bianzhi.url, countyAdmin, '520302', file, { ...register, commit: true })).status).toBe(404);
    expect(await writeState()).toBe(before);
  });
});
