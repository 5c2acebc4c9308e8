import { indicatorNames } from '../bureaus/IndicatorField';
import { saveBlob } from '../common/download';
import { loadExcelJS } from '../common/load-exceljs';
import type { DashboardQuery, IndicatorCoverageFragment } from '../gql/graphql';

export type Cell = string | number;

export interface SheetColumn {
  label: string;
  /** A heading over this and the next columns of the same group (e.g. an indicator over 已建 and 覆盖率). */
  group?: string;
  /** Percent figures: two decimals. */
  percent?: boolean;
}

/**
 * A survey table as figures, the same the dashboard shows: its title, columns
 * and rows (the total last). The XLSX export writes it as it is, so that the
 * workbook's numbers are the API's.
 */
export interface SurveySheet {
  /** The worksheet's name and the file's. */
  name: string;
  title: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A survey table's sheet: a row per child bureau and the total, each led by
 * the bureau's name and its count of bureaus, then the table's own figures.
 */
function surveySheet<Row>(
  title: string,
  rowHeader: string,
  translate: Translate,
  columns: SheetColumn[],
  rows: [name: string, row: Row][],
  total: Row,
  figures: (row: Row) => Cell[],
): SurveySheet {
  const lines: [string, Row][] = [...rows, [translate('bianzhi.dashboard.total'), total]];
  return {
    name: title,
    title,
    columns: [{ label: translate(rowHeader) }, { label: translate('bianzhi.dashboard.bureauCount') }, ...columns],
    rows: lines.map(([name, row]) => [name, ...figures(row)]),
  };
}

/** Table 1 (or a prefecture's counties): per row the bureaus, then each indicator's built count and coverage. */
export function indicatorSheet(table: DashboardQuery['indicatorTable'], title: string, rowHeader: string, translate: Translate): SurveySheet {
  const columns = indicatorNames.flatMap((indicator): SheetColumn[] => {
    const group = translate(`resources.bureaus.fields.indicators.${indicator}`);
    return [
      { label: translate('bianzhi.dashboard.built'), group },
      { label: translate('bianzhi.dashboard.coverage'), group, percent: true },
    ];
  });
  const rows = table.rows.map((row): [string, IndicatorCoverageFragment] => [row.bureau.divisionName, row.statistics]);
  return surveySheet(title, rowHeader, translate, columns, rows, table.total, (statistics) => [
    statistics.bureauCount,
    ...indicatorNames.flatMap((indicator) => [statistics[indicator].built, statistics[indicator].coverage]),
  ]);
}

type UnitRow = DashboardQuery['unitTable']['total'];

/** Table 3 (or a prefecture's counties): per row the bureaus, those with an e-government unit, its units, headcount and staff. */
export function unitSheet(table: DashboardQuery['unitTable'], title: string, rowHeader: string, translate: Translate): SurveySheet {
  const columns: SheetColumn[] = [
    { label: translate('bianzhi.dashboard.bureausWithUnit') },
    { label: translate('bianzhi.dashboard.coverage'), percent: true },
    { label: translate('bianzhi.dashboard.units') },
    { label: translate('bianzhi.dashboard.approvedHeadcount') },
    { label: translate('bianzhi.dashboard.activeStaff') },
  ];
  const rows = table.rows.map((row): [string, UnitRow] => [row.bureau?.divisionName ?? '', row]);
  return surveySheet(title, rowHeader, translate, columns, rows, table.total, (row) => [
    row.bureauCount,
    row.bureausWithUnit,
    row.coverage,
    row.units.length,
    row.approvedHeadcount,
    row.activeStaff,
  ]);
}

/** Runs of the same group over consecutive columns: [group, first column, last column], 0-based. */
function groupRuns(columns: SheetColumn[]): [string, number, number][] {
  const runs: [string, number, number][] = [];
  columns.forEach((column, index) => {
    const last = runs[runs.length - 1];
    if (column.group && last && last[0] === column.group && last[2] === index - 1) last[2] = index;
    else if (column.group) runs.push([column.group, index, index]);
  });
  return runs;
}

/** Excel refuses sheet names over 31 characters or with []:*?/\. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The sheet as an .xlsx workbook, made in the browser (ExcelJS, loaded when
 * first asked for): the title over the table, a grouped heading row where the
 * columns have groups, then the rows as numbers.
 */
export async function surveyWorkbook(sheet: SurveySheet): Promise<Blob> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName(sheet.name));
  const width = sheet.columns.length;
  worksheet.addRow([sheet.title]).font = { bold: true, size: 14 };
  const runs = groupRuns(sheet.columns);
  if (runs.length > 0) worksheet.addRow(sheet.columns.map((column) => column.group ?? column.label)).font = { bold: true };
  worksheet.addRow(sheet.columns.map((column) => column.label)).font = { bold: true };
  for (const row of sheet.rows) worksheet.addRow(row);
  worksheet.getRow(worksheet.rowCount).font = { bold: true };
  // Merged once every row is in: the title across the table; a group over its columns, a column without one down both heading rows.
  worksheet.mergeCells(1, 1, 1, width);
  if (runs.length > 0) {
    for (const [, first, last] of runs) if (last > first) worksheet.mergeCells(2, first + 1, 2, last + 1);
    sheet.columns.forEach((column, index) => {
      if (!column.group) worksheet.mergeCells(2, index + 1, 3, index + 1);
    });
  }
  sheet.columns.forEach((column, index) => {
    const excelColumn = worksheet.getColumn(index + 1);
    excelColumn.width = index === 0 ? 24 : Math.max(10, column.label.length * 2 + 2);
    if (column.percent) excelColumn.numFmt = '0.00';
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Downloads the sheet as `<name>.xlsx`. */
export async function downloadSurveySheet(sheet: SurveySheet): Promise<void> {
  saveBlob(await surveyWorkbook(sheet), `${sheet.name}.xlsx`);
}
