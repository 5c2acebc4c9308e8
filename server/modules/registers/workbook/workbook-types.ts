/** A cell's value as a sheet holds it: rich text and hyperlinks read as their text, errors (#N/A) as their text. */
export type CellValue = string | number | boolean | Date | null;

/** One row of a sheet, as the reader gives it. */
export interface SheetRow {
  /** The sheet's name. */
  sheet: string;
  /** The row's number in the sheet, 1 for the header row. */
  rowNumber: number;
  /** The row's cells from column A on (index 0), null where empty; trailing empty cells may be left out. */
  cells: CellValue[];
  /** Indexes (0 for column A) of the cells that hold a formula; their value is null, never a cached result. */
  formulaColumns: number[];
}

/** What a reader accepts. */
export interface ReadOptions {
  /** The sheets to read; others (an instructions sheet) are skipped. */
  sheets: readonly string[];
  /** Called every so often with the rows read so far, for a progress bar. */
  onProgress?: (rowsRead: number) => void;
}

/** One column of a sheet to write. */
export interface ColumnSpec {
  header: string;
  /** Width in characters. */
  width?: number;
  /** Written as text even where it looks like a number (ID numbers, codes). */
  text?: boolean;
}

/** One sheet to write: its header row, then its rows, streamed. */
export interface SheetSpec {
  name: string;
  columns: readonly ColumnSpec[];
  rows: AsyncIterable<CellValue[]> | Iterable<CellValue[]>;
}
