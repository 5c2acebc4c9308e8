import ExcelJS from 'exceljs';
import { once } from 'node:events';
import type { CellValue, SheetSpec } from './workbook-types';

/** Rows written between two pauses that let the zip stream and the output catch up. */
const rowsPerPause = 500;
const dateFormat = 'yyyy-mm-dd';

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A text column's value: a number written as text keeps every digit (an 18-digit ID number would lose three as a number). */
function asText(value: CellValue): string | null {
  if (value === null || value === '') return null;
  return value instanceof Date ? isoDate(value) : String(value);
}

/** Waits while the output holds more than it wants, and lets the zip stream compress what was written. */
async function pause(output: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  if ((output as { writableNeedDrain?: boolean }).writableNeedDrain) await once(output as NodeJS.EventEmitter, 'drain');
}

/**
 * Writes the sheets as one XLSX to `output` with exceljs's streaming writer: each row is committed
 * (serialized and handed to the zip) as it comes, so a sheet is never held whole. Inline strings,
 * not shared ones, for the same reason. Header rows bold and frozen; text columns formatted as text
 * ('@'); dates as date cells shown yyyy-mm-dd.
 */
export async function writeWorkbook(output: NodeJS.WritableStream, sheets: SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as unknown as import('stream').Stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Bianzhi';
  for (const spec of sheets) {
    const worksheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = spec.columns.map((column) => ({ width: column.width ?? Math.max(10, column.header.length * 2 + 2), style: column.text ? { numFmt: '@' } : {} }));
    const header = worksheet.addRow(spec.columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const values of spec.rows) {
      const row = worksheet.addRow(values.map((value, index) => (spec.columns[index]?.text ? asText(value) : value)));
      values.forEach((value, index) => {
        if (value instanceof Date && !spec.columns[index]?.text) row.getCell(index + 1).numFmt = dateFormat;
      });
      row.commit();
      if (++written % rowsPerPause === 0) await pause(output);
    }
    worksheet.commit();
  }
  await workbook.commit();
}
