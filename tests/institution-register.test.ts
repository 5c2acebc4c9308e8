import { AccountRole } from '../server/modules/account/account-role';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { tokenFor } from './support/credentials';
import { callGraphql } from './support/http-client';
import { downloadWorkbook, sheetRows, uploadRegister, workbookOf } from './support/registers';
import { useTestServer } from './support/test-server';

/**
 * The institutions register (机构信息表) in and out as a workbook: new
 * institutions established with their decision, registered facts corrected,
 * and facts that change only by a decision refused, row by row.
 */
const server = useTestServer();

const sheet = '机构信息表';
const header = ['机构名称', '规范简称', '统一社会信用代码', '机构类别', '机构性质', '机构规格', '经费形式', '主管机构', '电子政务机构', '成立日期', '设立文号'];
const register = { register: 'institutions' };

const data = (token: string, query: string, variables: Record<string, unknown> = {}) => callGraphql<Record<string, any>, Record<string, unknown>>(server.bianzhi.url, token, query, variables); // eslint-disable-line @typescript-eslint/no-explicit-any

async function writeState(): Promise<string> {
  const [row] = await server.bianzhi.orm.em.fork().getConnection().execute(
    `select (select count(*) from institution)::text as institutions, (select coalesce(sum(version), 0) from institution)::text as versions,
            (select count(*) from institution_change)::text as changes, (select count(*) from audit_entry)::text as audits`,
  );
  return JSON.stringify(row);
}

const row = (values: Partial<Record<(typeof header)[number], unknown>>) => {
  const all: Record<string, unknown> = { 机构名称: '', 规范简称: '', 统一社会信用代码: '', 机构类别: '事业单位', 机构性质: '公益一类', 机构规格: '股级', 经费形式: '财政全额拨款', 主管机构: '', 电子政务机构: '', 成立日期: '2016-03-01', 设立文号: '南编〔2016〕5号', ...values };
  return header.map((column) => all[column]);
};

describe('the institutions register as a workbook', () => {
  let countyAdmin: string;

  beforeAll(async () => {
    countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
  });

  it('gives a template, exports the bureau\'s institutions in its shape, and takes the export back unchanged', async () => {
    const template = await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/templates/institutions.xlsx');
    expect(sheetRows(template, sheet)).toEqual([header]);
    expect(sheetRows(template, '填写说明').find((line) => line[0] === '设立文号')?.[1]).toBe('新设机构必填');
    const exported = await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/520102/institutions.xlsx');
    const rows = sheetRows(exported, sheet);
    expect(rows[0]).toEqual(header);
    expect(rows.length).toBeGreaterThan(1);
    const before = await writeState();
    const back = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', exported, { ...register, commit: true });
    expect(back.report).toMatchObject({ committed: true, rows: rows.length - 1, created: 0, changed: 0, unchanged: rows.length - 1, errors: 0 });
    expect(JSON.parse(await writeState())).toMatchObject({ institutions: JSON.parse(before).institutions, versions: JSON.parse(before).versions });
  });

  it('checks every row as the API checks an institution, and establishes the new ones, supervisors first, with their decision', async () => {
    const existing = sheetRows(await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/520102/institutions.xlsx'), sheet)[1];
    const existingName = existing[0];
    // An institution of another county holds a code: codes are unique nationwide, so this bureau's file may not take it.
    const elsewhere = await server.bureauByCode('520103');
    const elsewhereCode = makeCreditCode('12', '520103', 903);
    await data(server.adminToken, `mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id } }`, {
      input: { bureauId: elsewhere.id, name: '云岩区代码持有中心', creditCode: elsewhereCode, kind: 'PUBLIC_INSTITUTION', nature: 'PUBLIC_WELFARE_ONE', rank: 'SUB_SECTION', funding: 'FULL', documentNumber: '云编〔2016〕1号', decidedOn: '2016-01-01' },
    });
    const rows: unknown[][] = [
      header,
      row({ 机构名称: '南明区导入测试分中心', 主管机构: '南明区导入测试中心', 统一社会信用代码: makeCreditCode('12', '520102', 901) }),
      row({ 机构名称: '南明区导入测试中心', 统一社会信用代码: makeCreditCode('12', '520102', 902), 电子政务机构: '否' }),
      row({ 机构名称: '南明区错性质', 机构类别: '党委部门', 机构性质: '公益一类', 经费形式: '' }),
      row({ 机构名称: '南明区缺经费', 经费形式: '' }),
      row({ 机构名称: '南明区未知主管', 主管机构: '不存在的主管机构' }),
      row({ 机构名称: '南明区缺文号', 设立文号: '' }),
      row({ 机构名称: '南明区导入测试中心', 统一社会信用代码: '' }),
      row({ ...Object.fromEntries(header.map((column, index) => [column, existing[index]])), 机构规格: existing[5] === '股级' ? '副科级' : '股级' }),
      row({ 机构名称: '南明区甲', 主管机构: '南明区乙' }),
      row({ 机构名称: '南明区乙', 主管机构: '南明区甲' }),
      row({ 机构名称: '南明区占用代码', 统一社会信用代码: elsewhereCode }),
    ];
    const before = await writeState();
    const dryRun = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows }), register);
    expect(await writeState()).toBe(before);
    expect(dryRun.report!.problems.map((problem: Record<string, unknown>) => [problem.row, problem.column, problem.reason])).toEqual([
      [4, '机构性质', 'NATURE_NOT_OF_KIND'],
      [5, '经费形式', 'FUNDING_REQUIRED'],
      [6, '主管机构', 'UNKNOWN_REFERENCE'],
      [7, '设立文号', 'TEXT_EMPTY'],
      [8, '机构名称', 'INSTITUTION_TWICE_IN_FILE'],
      [9, '机构规格', 'DECISION_REQUIRED'],
      [10, '主管机构', 'SUPERVISION_CYCLE'],
      [11, '主管机构', 'SUPERVISION_CYCLE'],
      [12, '统一社会信用代码', 'CREDIT_CODE_TAKEN'],
    ]);
    expect(existingName).toBeTruthy();
    const refused = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows }), { ...register, commit: true });
    expect([refused.status, refused.errors![0].extensions.reason]).toEqual([409, 'IMPORT_HAS_PROBLEMS']);
    expect(await writeState()).toBe(before);

    const committed = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows.slice(0, 3) }), { ...register, commit: true, fileName: '新设机构.xlsx' });
    expect(committed.report).toMatchObject({ committed: true, created: 2, changed: 0, errors: 0 });
    const found = (await data(countyAdmin, `{ institutions(filter: { nameContains: "南明区导入测试" }, limit: 10) { items { name status establishedOn supervisingInstitution { name } changes { kind documentNumber decidedOn } } } }`)).institutions.items;
    const child = found.find((institution: { name: string }) => institution.name === '南明区导入测试分中心');
    expect(child).toMatchObject({ status: 'ACTIVE', establishedOn: '2016-03-01', supervisingInstitution: { name: '南明区导入测试中心' }, changes: [{ kind: 'ESTABLISHED', documentNumber: '南编〔2016〕5号', decidedOn: '2016-03-01' }] });

    // A registered fact corrected: the short name.
    const corrected = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: [header, row({ 机构名称: '南明区导入测试中心', 统一社会信用代码: makeCreditCode('12', '520102', 902), 规范简称: '导入中心' })] }), { ...register, commit: true });
    expect(corrected.report).toMatchObject({ created: 0, changed: 1 });
  });

  it('keeps to the jurisdiction and the roles', async () => {
    const file = workbookOf({ [sheet]: [header, row({ 机构名称: '越权机构' })] });
    const before = await writeState();
    expect((await uploadRegister(server.bianzhi.url, countyAdmin, '520103', file, { ...register, commit: true })).status).toBe(404);
    const auditor = await tokenFor(server.bianzhi, AccountRole.AUDITOR, '520100');
    expect((await uploadRegister(server.bianzhi.url, auditor, '520102', file, { ...register, commit: true })).errors![0].extensions).toMatchObject({ reason: 'ROLE_READS_ONLY', operation: 'importInstitutionRegister' });
    expect((await fetch(`${server.bianzhi.url}/registers/520102/unknown.xlsx`, { headers: { authorization: `Bearer ${countyAdmin}` } })).status).toBe(404);
    expect(await writeState()).toBe(before);
  });
});
