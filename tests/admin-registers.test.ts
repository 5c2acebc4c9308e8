import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Page } from 'playwright-core';
import { makeNationalId } from '../server/modules/staff/national-id';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { expectCount, expectText, latinTexts, useAdminBrowser } from './support/admin-session';
import { sheetRows, workbookOf } from './support/registers';
import { useTestServer } from './support/test-server';

/** Inline operations: what the test reads through the API to compare with the pages. */
function operation<Result, Variables = Record<string, unknown>>(text: string): TypedDocumentNode<Result, Variables> {
  return parse(text) as TypedDocumentNode<Result, Variables>;
}
const institutionsOf = operation<{ institutions: { items: { name: string }[] } }, { bureauId: string }>(`
  query ImportInstitutions($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 500, offset: 0) { items { name } } }
`);
const staffById = operation<{ staff: { items: { name: string; status: string; institution: { name: string } }[] } }, { nationalId: string }>(`
  query ImportedStaff($nationalId: String!) { staff(filter: { nationalId: $nationalId }, limit: 5) { items { name status institution { name } } } }
`);

const sheet = '实名制人员信息表';
const header = ['所在机构', '统一社会信用代码', '姓名', '公民身份号码', '性别', '出生日期', '编制类别', '学历', '职务', '领导职数', '入职日期'];
const person = (institution: string, name: string, nationalId: string) => [institution, '', name, nationalId, '', '', '行政编制', '大学本科', '科员', '', '2016-09-01'];
const institutionSheet = '机构信息表';
const institutionHeader = ['机构名称', '规范简称', '统一社会信用代码', '机构类别', '机构性质', '机构规格', '经费形式', '主管机构', '电子政务机构', '成立日期', '设立文号'];
const newInstitution = (name: string) => [name, '', '', '事业单位', '公益一类', '股级', '财政全额拨款', '', '', '2016-03-01', '南编〔2016〕5号'];

/** Chooses a workbook in the import page's file input and runs the check (检查). */
async function check(page: Page, fileName: string, file: Buffer) {
  await page.getByTestId('import-file').setInputFiles({ name: fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await expectText(page.getByTestId('import-file-name'), fileName);
  await page.getByTestId('import-check').click();
}

/** The problems table as [row, column, severity, message]. */
async function problemRows(page: Page): Promise<string[][]> {
  const rows = await page.getByTestId('import-problem').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).slice(1).map((text) => text.trim())));
}

/**
 * The staff register's bulk import in the admin client, against a real
 * Bianzhi and PostgreSQL: Nanming's county administrator downloads the
 * template, uploads a workbook with a wrong ID check character and an
 * unknown institution, reads the problems in Chinese by row, uploads the
 * fixed file, finds no error, imports it and sees the people created; the
 * API has them. Then the institutions register: its template, and a file
 * naming one new institution twice. The bureau's page exports the people
 * imported, and offers the other two registers.
 */
describeInBrowser('the staff register import in the admin client', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  it('downloads the template, shows a file\'s problems by row in Chinese, imports the fixed file and exports the bureau\'s register', async () => {
    const nanming = await server.bureauByCode('520102');
    const [institution] = (await server.data(institutionsOf, { bureauId: nanming.id })).institutions.items;
    const ids = [1, 2, 3].map((sequence) => makeNationalId('520102', '1991-05-17', 880 + sequence, 'MALE'));
    const wrongCheck = `${ids[1].slice(0, 17)}${ids[1][17] === '1' ? '2' : '1'}`;

    const { page, open } = await session('nanming');
    await open('registers/import');
    await expectText(page.getByRole('menuitem', { name: '批量导入' }), '批量导入');
    // The user's own bureau is chosen to start with.
    expect(await page.getByTestId('import-bureau').locator('input').inputValue()).toMatch(/^南明区.*（520102）$/);

    // The template: an XLSX workbook with the register's Chinese headers.
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/);
    const templateFile = fs.readFileSync((await template.path())!);
    expect(templateFile.subarray(0, 2).toString()).toBe('PK');
    expect(sheetRows(templateFile, sheet)).toEqual([header]);

    // A file with problems: the check lists them by row, in Chinese, and the import stays shut.
    const withProblems = workbookOf({
      [sheet]: [header, person(institution.name, '导入甲', ids[0]), person(institution.name, '导入乙', wrongCheck), person('不存在的机构', '导入丙', ids[2])],
    });
    await check(page, '南明区人员.xlsx', withProblems);
    await expectCount(page.getByTestId('import-problem'), 2);
    expect(await problemRows(page)).toEqual([
      ['3', '公民身份号码', '错误', '校验码错误（不符合 GB 11643 校验规则）'],
      ['4', '所在机构', '错误', '机构“不存在的机构”不存在或已被删除'],
    ]);
    await expectText(page.getByTestId('summary-errors'), /2/);
    await expectText(page.getByTestId('summary-created'), /1/);
    await expectText(page.getByTestId('import-outcome'), '文件中有 2 处错误，未写入任何数据');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    // Filtered by kind of problem: the unknown institution alone.
    await page.getByTestId('filter-reason').getByRole('combobox').click();
    await page.getByRole('option', { name: /不存在的机构/ }).click();
    await expectCount(page.getByTestId('import-problem'), 1);
    expect(await latinTexts(page)).toEqual([]);
    await saveScreenshot(page, 'register-import-problems');

    // The fixed file: no error, then imported, all three created.
    const fixed = workbookOf({ [sheet]: [header, ...ids.map((id, index) => person(institution.name, `导入${'甲乙丙'[index]}`, id))] });
    await check(page, '南明区人员（修正）.xlsx', fixed);
    await expectText(page.getByTestId('import-report'), '检查结果（尚未写入）：南明区人员（修正）.xlsx');
    await expectText(page.getByTestId('summary-errors'), /^错误\s*0$/);
    await expectText(page.getByTestId('summary-created'), /^将新增\s*3$/);
    await expectCount(page.getByTestId('import-problem').filter({ hasText: '错误' }), 0);
    await page.getByTestId('import-commit').click();
    await expectText(page.getByTestId('import-outcome'), '导入完成：新增 3 人，变更 0 人，0 人无变化。');
    await expectText(page.getByTestId('summary-created'), /^已新增\s*3$/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await saveScreenshot(page, 'register-import-committed');

    for (const [index, nationalId] of ids.entries()) {
      const { items } = (await server.data(staffById, { nationalId })).staff;
      expect(items).toEqual([{ name: `导入${'甲乙丙'[index]}`, status: 'ACTIVE', institution: { name: institution.name } }]);
    }

    // Another register chosen: its own template, its own route, its own problems.
    await page.getByTestId('import-register').getByRole('button', { name: '机构', exact: true }).click();
    await expectText(page.getByTestId('import-file-name'), '南明区人员（修正）.xlsx');
    await expectCount(page.getByTestId('import-report'), 0);
    const [institutionTemplate] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-template').click()]);
    expect(institutionTemplate.suggestedFilename()).toBe('institutions-register-template.xlsx');
    const institutionTemplateFile = fs.readFileSync((await institutionTemplate.path())!);
    expect(XLSX.read(institutionTemplateFile, { type: 'buffer', bookSheets: true }).SheetNames[0]).toBe(institutionSheet);
    expect(sheetRows(institutionTemplateFile, institutionSheet)).toEqual([institutionHeader]);
    await check(page, '南明区机构.xlsx', workbookOf({ [institutionSheet]: [institutionHeader, newInstitution('南明区批量导入中心'), newInstitution('南明区批量导入中心')] }));
    await expectCount(page.getByTestId('import-problem'), 1);
    expect(await problemRows(page)).toEqual([['3', '机构名称', '错误', '与本文件第 2 行为同一机构']]);
    await expectText(page.getByTestId('summary-created'), /^将新增\s*1$/);
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);

    // The bureau's page exports its register, the people just imported in it, and offers the other two.
    await open(`bureaus/${nanming.id}/show`);
    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-staff-register').click()]);
    expect(exported.suggestedFilename()).toBe('staff-register-520102.xlsx');
    await expectText(page.getByTestId('export-institutions-register'), '导出机构');
    await expectText(page.getByTestId('export-establishments-register'), '导出三定');
    const exportedRows = sheetRows(fs.readFileSync((await exported.path())!), sheet);
    expect(exportedRows[0]).toEqual(header);
    expect(exportedRows.filter((row) => ids.includes(row[3])).map((row) => row[2]).sort()).toEqual(['导入丙', '导入乙', '导入甲'].sort());
  });
});
