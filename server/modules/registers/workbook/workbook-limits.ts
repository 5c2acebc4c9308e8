/**
 * What an uploaded workbook may be, checked before a cell is parsed (and the rows while they are).
 * The archive limits stop a zip bomb before it inflates; the text limits keep the reader's memory
 * bounded, since exceljs's streaming reader holds the shared strings and each text node whole.
 */
export interface WorkbookLimits {
  /** The uploaded file. */
  uploadBytes: number;
  /** All parts of the zip, inflated. */
  unpackedBytes: number;
  /** Parts (entries) in the zip; a real workbook has a few dozen. */
  entries: number;
  /** Inflated size over compressed size of one part, checked only for parts over `ratioCheckedFromBytes`: small parts of repeated XML compress far better than any data. */
  compressionRatio: number;
  ratioCheckedFromBytes: number;
  /** The shared strings part, inflated: the reader keeps every shared string in memory. */
  sharedStringsBytes: number;
  /** Characters of XML between two tags (one cell's text, one attribute); Excel's own cell limit is 32,767 characters. */
  textCharacters: number;
  /** Rows of one sheet, the header row included. */
  sheetRows: number;
}

const megabyte = 1024 * 1024;

export const workbookLimits: Readonly<WorkbookLimits> = Object.freeze({
  uploadBytes: 50 * megabyte,
  unpackedBytes: 500 * megabyte,
  entries: 1_000,
  compressionRatio: 200,
  ratioCheckedFromBytes: megabyte,
  sharedStringsBytes: 100 * megabyte,
  textCharacters: megabyte,
  sheetRows: 200_000,
});

/** Each limit as a WORKBOOK_TOO_LARGE error names it. */
export const workbookLimitNames: Readonly<Record<Exclude<keyof WorkbookLimits, 'ratioCheckedFromBytes'>, string>> = Object.freeze({
  uploadBytes: 'upload size',
  unpackedBytes: 'unpacked size',
  entries: 'parts',
  compressionRatio: 'compression ratio',
  sharedStringsBytes: 'shared strings size',
  textCharacters: 'characters of one cell',
  sheetRows: 'rows of a sheet',
});
