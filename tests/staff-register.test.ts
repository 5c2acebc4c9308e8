import { AccountRole } from '../server/modules/account/account-role';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { makeNationalId } from '../server/modules/staff/national-id';
import { ApproveEstablishmentDocument, CreateEGovUnitDocument } from './generated/graphql';
import { tokenFor } from './support/credentials';
import { simpleEstablishment } from './support/establishment';
import { askGraphql } from './support/http-client';
import { downloadWorkbook, sheetRows, uploadRegister, workbookOf } from './support/registers';
import { useTestServer } from './support/test-server';

/**
 * The staff register (实名制人员信息表) in and out as workbooks: the template,
 * a bureau's export, and the import, checked row by row with the API's
 * reasons, dry run first, committed all or nothing.
 */
const server = useTestServer();

const sheet = '实名制人员信息表';
const header = ['所在机构', '统一社会信用代码', '姓名', '公民身份号码', '性别', '出生日期', '编制类别', '学历', '职务', '领导职数', '入职日期'];

async function data(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await askGraphql(server.bianzhi.url, token, query, variables);
  expect(answer.errors).toEqual([]);
  return answer.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Everything the database holds that an import could change: staff, their versions, audit entries and alerts. */
async function writeState(): Promise<string> {
  const [row] = await server.bianzhi.orm.em.fork().getConnection().execute(
    `select (select count(*) from staff)::text as staff, (select coalesce(sum(version), 0) from staff)::text as versions,
            (select count(*) from audit_entry)::text as audits, (select count(*) from quota_alert)::text as alerts`,
  );
  return JSON.stringify(row);
}

let sequence = 0;
const newId = (birthDate = '1988-03-04') => makeNationalId('520102', birthDate, 700 + (sequence += 1), 'FEMALE');
const person = (institution: string, nationalId: unknown, overrides: Partial<Record<(typeof header)[number], unknown>> = {}) => {
  const values: Record<string, unknown> = { 所在机构: institution, 统一社会信用代码: '', 姓名: '导入测试', 公民身份号码: nationalId, 性别: '', 出生日期: '', 编制类别: '行政编制', 学历: '大学本科', 职务: '科员', 领导职数: '', 入职日期: '2015-07-01', ...overrides };
  return header.map((column) => values[column]);
};

describe('the staff register as a workbook', () => {
  let countyAdmin: string;
  let nanming: { id: string };
  let quotaUnit: { id: string; name: string };

  beforeAll(async () => {
    countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    nanming = await server.bureauByCode('520102');
    const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: nanming.id, name: '南明区导入测试中心', rank: 'SECTION' } })).createEGovUnit;
    await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount: 1, category: 'ADMINISTRATIVE', deputies: 0 }) });
    quotaUnit = { id: unit.id, name: '南明区导入测试中心' };
  });

  it('gives a template with Chinese headers and a sheet of instructions and allowed values', async () => {
    const template = await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/templates/staff.xlsx');
    expect(sheetRows(template, sheet)).toEqual([header]);
    const instructions = sheetRows(template, '填写说明');
    expect(instructions[0]).toEqual(['列名', '是否必填', '填写说明', '可选值']);
    expect(instructions.find((row) => row[0] === '编制类别')).toEqual(['编制类别', '必填', expect.any(String), expect.stringContaining('行政编制')]);
    expect(instructions.find((row) => row[0] === '领导职数')?.[1]).toBe('选填');
  });

  it('checks every row with the API\'s reasons, writes nothing on a dry run, refuses the commit while there are errors, then commits the fixed file whole', async () => {
    const elsewhere = (await data(server.adminToken, `query ($code: String!) { bureauByCode(code: $code) { id } }`, { code: '520300' })).bureauByCode;
    const [activeElsewhere] = (await data(server.adminToken, `query ($id: ID!) { staff(filter: { underBureauId: $id, status: ACTIVE }, limit: 1) { items { nationalId } } }`, { id: elsewhere.id })).staff.items;
    const good = [newId(), newId(), newId()];
    const twice = newId();
    const wrongCheck = `${good[0].slice(0, 17)}${good[0][17] === '1' ? '2' : '1'}`;
    const rows: unknown[][] = [
      header,
      person(quotaUnit.name, good[0], { 姓名: '甲' }),
      person(quotaUnit.name, good[1], { 姓名: '乙', 出生日期: new Date(Date.UTC(1988, 2, 4)) }),
      person(quotaUnit.name, wrongCheck),
      person(quotaUnit.name, twice),
      person(quotaUnit.name, twice),
      person(quotaUnit.name, activeElsewhere.nationalId),
      person('不存在的机构', newId()),
      person(quotaUnit.name, newId(), { 统一社会信用代码: makeCreditCode('12', '529999', 1) }),
      person(quotaUnit.name, newId(), { 姓名: '' }),
      person(quotaUnit.name, newId(), { 编制类别: '临时编制' }),
      person(quotaUnit.name, Number('520102198803047001'), { 姓名: '数字' }),
      person(quotaUnit.name, newId(), { 入职日期: '1980-01-01' }),
      person(quotaUnit.name, newId(), { 性别: '男' }),
      person(quotaUnit.name, good[2], { 入职日期: 'soon' }),
    ];
    const withProblems = workbookOf({ [sheet]: rows }, (workbook) => {
      workbook.Sheets[sheet].K3 = { t: 'n', f: 'DATE(2015,7,1)' };
    });
    const before = await writeState();
    const dryRun = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', withProblems);
    expect(dryRun.status).toBe(200);
    expect(await writeState()).toBe(before);
    const problems = dryRun.report!.problems.map((problem: Record<string, unknown>) => [problem.row, problem.column, problem.reason, problem.severity]);
    expect(problems).toEqual([
      [3, '入职日期', 'FORMULA_NOT_ALLOWED', 'ERROR'],
      [4, '公民身份号码', 'NATIONAL_ID_CHECK_CHARACTER', 'ERROR'],
      // The unit's one post went to row 2: the first of the two rows of one person would be over quota, told and not refused.
      [5, '编制类别', 'NO_VACANCY', 'WARNING'],
      [6, '公民身份号码', 'NATIONAL_ID_TWICE_IN_FILE', 'ERROR'],
      [7, '公民身份号码', 'NATIONAL_ID_ACTIVE_ELSEWHERE', 'ERROR'],
      [8, '所在机构', 'UNKNOWN_REFERENCE', 'ERROR'],
      [9, '统一社会信用代码', 'UNKNOWN_REFERENCE', 'ERROR'],
      [10, '姓名', 'TEXT_EMPTY', 'ERROR'],
      [11, '编制类别', 'VALUE_NOT_ALLOWED', 'ERROR'],
      [12, '公民身份号码', 'VALUE_NOT_TEXT', 'ERROR'],
      [13, '入职日期', 'DATE_BEFORE', 'ERROR'],
      [14, '性别', 'GENDER_DISAGREES_WITH_NATIONAL_ID', 'ERROR'],
      [15, '入职日期', 'DATE_INVALID', 'ERROR'],
    ]);
    const twiceProblem = dryRun.report!.problems.find((problem: Record<string, unknown>) => problem.reason === 'NATIONAL_ID_TWICE_IN_FILE');
    expect(twiceProblem).toMatchObject({ parameters: { firstRow: 5 }, message: 'is also on row 5 of this file' });
    expect(dryRun.report!.problems.find((problem: Record<string, unknown>) => problem.reason === 'VALUE_NOT_ALLOWED').parameters.allowed).toContain('事业编制');
    expect(dryRun.report).toMatchObject({ committed: false, rows: 14, created: 2, changed: 0, errors: 12, warnings: 1 });

    const refused = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', withProblems, { commit: true });
    expect(refused.status).toBe(409);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IMPORT_HAS_PROBLEMS', problems: 12 });
    expect(refused.report!.committed).toBe(false);
    expect(await writeState()).toBe(before);

    // The fixed file: the good rows only. The second person takes the unit over its one post: written, with the alert raised.
    const fixed = workbookOf({ [sheet]: [header, rows[1], rows[2]] });
    const committed = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', fixed, { commit: true, fileName: '南明区人员（修正）.xlsx', progress: true });
    expect(committed.status).toBe(200);
    expect(committed.report).toMatchObject({ committed: true, created: 2, changed: 0, unchanged: 0, errors: 0, warnings: 1 });
    expect(committed.progress.some((step) => step.phase === 'writing')).toBe(true);
    const entered = (await data(countyAdmin, `query ($id: ID!) { institution(id: $id) { staff { name nationalId gender birthDate entryKind quotaCategory hiredOn } openAlerts { kind } } }`, { id: quotaUnit.id })).institution;
    expect(entered.staff.map((staff: { name: string }) => staff.name).sort()).toEqual(['乙', '甲']);
    expect(entered.staff[0]).toMatchObject({ gender: 'FEMALE', birthDate: '1988-03-04', entryKind: 'RECORDED', quotaCategory: 'ADMINISTRATIVE', hiredOn: '2015-07-01' });
    expect(entered.openAlerts.map((alert: { kind: string }) => alert.kind)).toEqual(['OVER_STAFFED']);
    const trail = (await data(countyAdmin, `{ auditEntries(filter: { operation: "importStaffRegister" }, limit: 10) { items { recordType reason actorUsername } } }`)).auditEntries.items;
    expect(trail.map((entry: { recordType: string }) => entry.recordType).sort()).toEqual(['RegisterImport', 'Staff', 'Staff']);
    expect(trail[0].reason).toMatch(/^南明区人员（修正）\.xlsx \(sha256 [0-9a-f]{64}\)$/);

    // The same file again changes nothing.
    const state = await writeState();
    const again = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', fixed, { commit: true });
    expect(again.report).toMatchObject({ committed: true, created: 0, changed: 0, unchanged: 2 });
    expect(JSON.parse(await writeState())).toMatchObject({ ...JSON.parse(state), audits: String(Number(JSON.parse(state).audits) + 1) });

    // A changed position is a change, audited with before and after.
    const promoted = workbookOf({ [sheet]: [header, person(quotaUnit.name, good[0], { 姓名: '甲', 职务: '副主任科员' })] });
    expect((await uploadRegister(server.bianzhi.url, countyAdmin, '520102', promoted, { commit: true })).report).toMatchObject({ created: 0, changed: 1 });
    const [change] = (await data(countyAdmin, `{ auditEntries(filter: { operation: "importStaffRegister", recordType: "Staff" }, limit: 1) { items { before after } } }`)).auditEntries.items;
    expect([change.before.position, change.after.position, change.after.version - change.before.version]).toEqual(['科员', '副主任科员', 1]);
    // An imported person's entry holds the snapshot any write of a person takes: the same keys, the same forms.
    await data(countyAdmin, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, {
      input: { institutionId: quotaUnit.id, quotaCategory: 'ADMINISTRATIVE', name: '表单录入', nationalId: newId(), education: 'BACHELOR', position: '科员', hiredOn: '2015-07-01', status: 'ACTIVE' },
    });
    const [created] = (await data(countyAdmin, `{ auditEntries(filter: { operation: "createStaff" }, limit: 1) { items { after } } }`)).auditEntries.items;
    const imported = (await data(countyAdmin, `{ auditEntries(filter: { operation: "importStaffRegister", recordType: "Staff" }, limit: 10) { items { after } } }`)).auditEntries.items.at(-1);
    expect(Object.keys(imported.after).sort()).toEqual(Object.keys(created.after).sort());
    expect(imported.after).toMatchObject({ status: 'ACTIVE', entryKind: 'RECORDED', version: 1, hiredOn: '2015-07-01', institutionId: Number(quotaUnit.id) });
    expect(imported.after.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it("exports a bureau's people in post in the template's shape, and takes its own export back unchanged; exported, left and imported again, the same contents", async () => {
    const exported = await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/520102/staff.xlsx');
    const rows = sheetRows(exported, sheet);
    expect(rows[0]).toEqual(header);
    const active = (await data(countyAdmin, `query ($id: ID!) { staff(filter: { underBureauId: $id, status: ACTIVE }, limit: 1) { totalCount } }`, { id: nanming.id })).staff.totalCount;
    expect(rows.length - 1).toBe(active);
    expect(rows.slice(1).every((row) => /^\d{17}[\dX]$/.test(row[3]) && /^\d{4}-\d{2}-\d{2}$/.test(row[5]))).toBe(true);

    const back = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', exported, { commit: true });
    expect(back.report).toMatchObject({ committed: true, rows: active, created: 0, changed: 0, unchanged: active, errors: 0 });

    // Everyone of the bureau leaves (as if the registry were empty of them), the export goes in again and comes out the same.
    await server.bianzhi.orm.em.fork().getConnection().execute(
      `update staff set status = 'LEFT' where status = 'ACTIVE' and institution_id in (select id from institution where bureau_id = ?)`,
      [Number(nanming.id)],
    );
    const reimported = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', exported, { commit: true });
    expect(reimported.report).toMatchObject({ created: active, errors: 0 });
    expect(sheetRows(await downloadWorkbook(server.bianzhi.url, countyAdmin, '/registers/520102/staff.xlsx'), sheet)).toEqual(rows);
  });

  it('refuses bad files whole, clearly, with nothing written', async () => {
    const before = await writeState();
    const cases: [Buffer, string][] = [
      [Buffer.from('这不是工作簿'.repeat(1000)), 'WORKBOOK_UNREADABLE'],
      [workbookOf({ Sheet1: [header] }), 'SHEET_MISSING'],
      [workbookOf({ [sheet]: [[...header.slice(1), header[0]]] }), 'COLUMNS_MISMATCH'],
      [Buffer.alloc(0), 'WORKBOOK_UNREADABLE'],
    ];
    for (const [file, reason] of cases) {
      const answer = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', file, { commit: true });
      expect([reason, answer.status, answer.errors?.[0].extensions.reason]).toEqual([reason, 400, reason]);
    }
    const tooLarge = await fetch(`${server.bianzhi.url}/registers/520102/staff`, { method: 'POST', headers: { authorization: `Bearer ${countyAdmin}`, 'content-length': String(60 * 1024 * 1024) }, body: Buffer.alloc(1) }).catch(() => null);
    if (tooLarge) expect(tooLarge.status).toBe(413);
    expect(await writeState()).toBe(before);
  });

  it('answers a date PostgreSQL cannot store, and a file name that is not URI-encoded, as problems, never as internal errors', async () => {
    const rows = [header, person(quotaUnit.name, newId()), person(quotaUnit.name, newId()), person(quotaUnit.name, newId(), { 入职日期: '0000-01-01' })];
    const before = await writeState();
    const answer = await uploadRegister(server.bianzhi.url, countyAdmin, '520102', workbookOf({ [sheet]: rows }), { commit: true });
    expect(answer.status).not.toBe(500);
    const reasons = (answer.report?.problems ?? []).map((problem: Record<string, unknown>) => [problem.row, problem.column, problem.reason]);
    expect(reasons).toEqual(expect.arrayContaining([[4, '入职日期', 'DATE_INVALID']]));
    expect(answer.errors?.[0].extensions.reason).toBe('IMPORT_HAS_PROBLEMS');
    const badName = await fetch(`${server.bianzhi.url}/registers/520102/staff`, {
      method: 'POST',
      headers: { authorization: `Bearer ${countyAdmin}`, 'x-file-name': '%E0%A4%A', accept: 'application/json' },
      body: workbookOf({ [sheet]: [header] }),
    });
    expect(badName.status).toBe(200);
    expect(((await badName.json()) as { report: { file: { name: string } } }).report.file.name).toBe('%E0%A4%A');
    expect(await writeState()).toBe(before);
  });

  it('keeps to the jurisdiction and the roles: no import outside it or by a reader, an integrator\'s export masked', async () => {
    const file = workbookOf({ [sheet]: [header, person(quotaUnit.name, newId())] });
    const before = await writeState();
    const outside = await uploadRegister(server.bianzhi.url, countyAdmin, '520103', file, { commit: true });
    const missing = await uploadRegister(server.bianzhi.url, countyAdmin, '529999', file, { commit: true });
    expect([outside.status, outside.errors![0].extensions.reason]).toEqual([404, 'RECORD_NOT_FOUND']);
    expect(outside.errors![0].message.replace('520103', 'CODE')).toBe(missing.errors![0].message.replace('529999', 'CODE'));
    for (const role of [AccountRole.INTEGRATOR, AccountRole.AUDITOR]) {
      const reader = await tokenFor(server.bianzhi, role, '520100');
      const refused = await uploadRegister(server.bianzhi.url, reader, '520102', file, { commit: true });
      expect([role, refused.status, refused.errors![0].extensions.reason]).toEqual([role, 403, 'ROLE_READS_ONLY']);
    }
    expect((await uploadRegister(server.bianzhi.url, null, '520102', file)).status).toBe(401);
    expect(await writeState()).toBe(before);

    const integrator = await tokenFor(server.bianzhi, AccountRole.INTEGRATOR, '520100');
    const masked = sheetRows(await downloadWorkbook(server.bianzhi.url, integrator, '/registers/520102/staff.xlsx'), sheet).slice(1);
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((row) => /^\d{6}\*{8}[\dX]{4}$/.test(row[3]) && row[5] === '')).toBe(true);
    const refusedExport = await fetch(`${server.bianzhi.url}/registers/520302/staff.xlsx`, { headers: { authorization: `Bearer ${countyAdmin}` } });
    expect(refusedExport.status).toBe(404);
  });
});
