import type { TranslateFunction } from 'react-admin';
import type { ShownReturn } from './return-steps';

type ComparisonRow = NonNullable<ShownReturn['comparedWithLastYear']>[number];

/** The enum whose values name the rows of each broken-down table. */
const enumOfTable: Record<string, string> = {
  byKind: 'InstitutionKind',
  byNature: 'InstitutionNature',
  byRank: 'InstitutionRank',
  byCategory: 'QuotaCategory',
  byGender: 'Gender',
  byEducation: 'Education',
  byAgeBand: 'AgeBand',
};

/**
 * A comparison row's table and item in the user's language, read from its
 * stable key (`establishment.byCategory.ADMINISTRATIVE.activeStaff`): the
 * server words them in Chinese, or as an enum value. A key of a shape not
 * known here keeps the server's words.
 */
export function comparisonLabels(row: ComparisonRow, translate: TranslateFunction): { table: string; item: string } {
  const [section, table, value, figure] = row.key.split('.');
  if ((section === 'establishment' || section === 'egovStaffing') && value === undefined) {
    return { table: translate(`bianzhi.annualReport.tables.${section}`), item: translate(`bianzhi.annualReport.figures.${table}`) };
  }
  const enumName = enumOfTable[table];
  if (enumName && value) {
    const item = translate(`enums.${enumName}.${value}`);
    return { table: translate(`bianzhi.annualReport.tables.${table}`), item: figure ? `${item} ${translate(`bianzhi.annualReport.figures.${figure}`)}` : item };
  }
  return { table: row.table, item: row.item };
}
