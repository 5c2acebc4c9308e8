import { readCell } from './cell-value';
import { WorkbookTextReader } from './exceljs-reader';
import { forwardZip } from './forward-zip';
import { openWorkbookArchive } from './workbook-archive';
import { asWorkbookError, workbookOverLimit } from './workbook-errors';
import { workbookLimits, type WorkbookLimits } from './workbook-limits';
import { planWorkbookParts } from './workbook-parts';
import type { CellValue, ReadOptions, SheetRow } from './workbook-types';

const progressEvery = 1_000;

/**
 * The rows of the named sheets, sheet after sheet in the order `options.sheets` names them (a sheet
 * the workbook lacks is left out), each sheet's rows in order, rows with no value left out. Checks
 * the archive first; any failure is WORKBOOK_UNREADABLE or WORKBOOK_TOO_LARGE. Holds the upload, the
 * shared strings and a chunk of rows at a time, never the whole sheet.
 */
export async function* readWorkbookRows(file: Buffer, options: ReadOptions, limits: Readonly<WorkbookLimits> = workbookLimits): AsyncGenerator<SheetRow> {
  const parts = await openWorkbookArchive(file, limits);
  let planned;
  try {
    planned = planWorkbookParts(parts, options.sheets, limits);
  } catch (error) {
    throw asWorkbookError(error, 'a damaged workbook part');
  }
  const input = forwardZip(planned);
  const reader = new WorkbookTextReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' }, limits);
  let rowsRead = 0;
  try {
    for await (const sheet of reader) {
      let sheetRows = 0;
      for await (const row of sheet) {
        const cells: CellValue[] = [];
        const formulaColumns: number[] = [];
        let empty = true;
        (row.values as unknown[]).forEach((value, column) => {
          const cell = readCell(value);
          if ('formula' in cell) formulaColumns.push(column - 1);
          else if (cell.value !== null) empty = false;
          cells[column - 1] = 'formula' in cell ? null : cell.value;
        });
        if (empty && formulaColumns.length === 0) continue;
        if (++sheetRows > limits.sheetRows) throw workbookOverLimit(limits, 'sheetRows');
        yield { sheet: sheet.name, rowNumber: row.number, cells: Array.from(cells, (cell) => cell ?? null), formulaColumns };
        if (++rowsRead % progressEvery === 0) options.onProgress?.(rowsRead);
      }
    }
  } catch (error) {
    throw asWorkbookError(error, 'a part that cannot be parsed');
  } finally {
    input.destroy();
  }
  options.onProgress?.(rowsRead);
}
