import type { ColumnTerms, RegisterColumn } from './register-columns';
import type { CellValue, SheetSpec } from './workbook/workbook-types';

/** What a column takes, as the instructions sheet says it. */
function allowedValues(column: RegisterColumn, terms: ColumnTerms): string | null {
  switch (column.type.kind) {
    case 'enum':
      return terms.allowed(column.type.enumName);
    case 'date':
      return '日期，如 2012-06-01';
    case 'flag':
      return '是、否';
    case 'count':
      return '不小于0的整数';
    default:
      return null;
  }
}

/** The instructions sheet (填写说明): each column's header, whether it is required, what to enter and the values allowed. */
export function instructionsSheet(columns: readonly RegisterColumn[], terms: ColumnTerms): SheetSpec {
  return {
    name: '填写说明',
    columns: [{ header: '列名', width: 18 }, { header: '是否必填', width: 10 }, { header: '填写说明', width: 60 }, { header: '可选值', width: 60 }],
    rows: columns.map((column): CellValue[] => [column.header, column.required ? '必填' : column.requiredWhen ?? '选填', column.note, allowedValues(column, terms)]),
  };
}

