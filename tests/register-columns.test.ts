import { buildBianzhiSchema } from '../server/schema';
import { ColumnTerms, readRegisterRow } from '../server/modules/registers/register-columns';
import { staffColumns } from '../server/modules/registers/staff-register';

/**
 * A register row's cells as the import reads them: what no column can store is
 * a problem of its cell, with the API's reason, before any check or statement
 * sees it. The workbook readers turn most such characters into escapes; a cell
 * that still holds one must not reach PostgreSQL.
 */
describe('reading a register row', () => {
  let terms: ColumnTerms;

  beforeAll(async () => {
    terms = new ColumnTerms(await buildBianzhiSchema());
  });

  const cells = (overrides: Record<number, unknown>) =>
    staffColumns.map((_column, index) => (index in overrides ? overrides[index] : ['机构', null, '姓名', '520102198803040012', null, null, '行政编制', '大学本科', '科员', null, '2015-07-01'][index])) as never[];

  it('refuses U+0000 and an unpaired surrogate in a text cell, and a date outside the years 1 to 9999', () => {
    const read = readRegisterRow(staffColumns, { sheet: '实名制人员信息表', rowNumber: 7, cells: cells({ 2: '空\u0000字符', 8: '半个\ud800代理', 10: new Date(Date.UTC(10000, 0, 1)) }), formulaColumns: [] }, terms);
    expect(read.problems.map((problem) => [problem.row, problem.column, problem.reason])).toEqual([
      [7, '姓名', 'NUL_CHARACTER'],
      [7, '职务', 'UNPAIRED_SURROGATE'],
      [7, '入职日期', 'DATE_INVALID'],
    ]);
    expect([read.values.name, read.values.position, read.values.hiredOn]).toEqual([null, null, null]);
  });

  it('reads the same row without them', () => {
    const read = readRegisterRow(staffColumns, { sheet: '实名制人员信息表', rowNumber: 7, cells: cells({}), formulaColumns: [] }, terms);
    expect(read.problems).toEqual([]);
    expect(read.values).toMatchObject({ name: '姓名', quotaCategory: 'ADMINISTRATIVE', education: 'BACHELOR', hiredOn: '2015-07-01' });
  });
});
