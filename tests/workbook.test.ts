import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { crc32, deflateRawSync } from 'node:zlib';
import { forwardZip } from '../server/modules/registers/workbook/forward-zip';
import { readWorkbookRows } from '../server/modules/registers/workbook/read-workbook';
import { checkWorkbookArchive } from '../server/modules/registers/workbook/workbook-archive';
import { workbookLimits, type WorkbookLimits } from '../server/modules/registers/workbook/workbook-limits';
import type { PlannedPart } from '../server/modules/registers/workbook/workbook-parts';
import type { CellValue, SheetRow, SheetSpec } from '../server/modules/registers/workbook/workbook-types';
import { writeWorkbook } from '../server/modules/registers/workbook/write-workbook';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

async function written(sheets: SheetSpec[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeWorkbook(output, sheets);
  await new Promise((resolve) => (output.writableFinished ? resolve(null) : output.on('finish', resolve)));
  return Buffer.concat(chunks);
}

async function rowsOf(file: Buffer, sheets: string[], limits?: Partial<WorkbookLimits>): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readWorkbookRows(file, { sheets }, { ...workbookLimits, ...limits })) rows.push(row);
  return rows;
}

/** A zip of the given parts, each deflated unless `stored`; `declaredSize` lies about a part's size. */
function zipOf(parts: Record<string, string | Buffer>, options: { stored?: boolean; declaredSize?: Record<string, number> } = {}): Buffer {
  const planned: PlannedPart[] = Object.entries(parts).map(([name, content]) => {
    const data = Buffer.from(content);
    if (options.stored) return { name, part: { data } };
    const deflated = deflateRawSync(data, { level: 9 });
    const part = { name, compressionMethod: 8, crc32: crc32(data), compressedSize: deflated.length, uncompressedSize: options.declaredSize?.[name] ?? data.length, data: deflated };
    return { name, part };
  });
  const chunks: Buffer[] = [];
  const stream = forwardZip(planned);
  let chunk: Buffer | null;
  while ((chunk = stream.read() as Buffer | null) !== null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const workbookXml = (sheets: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((name, index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`)
    .join('')}</sheets></workbook>`;
const relsXml = (targets: string[], extra = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((target, index) => `<Relationship Id="rId${index + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target}"/>`)
    .join('')}${extra}</Relationships>`;
const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
const inlineRow = (r: number, text: string) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;

/** A minimal workbook of one sheet named 人员 with the given sheet XML. */
const oneSheet = (sheet: string, options?: Parameters<typeof zipOf>[1]) =>
  zipOf({ 'xl/workbook.xml': workbookXml(['人员']), 'xl/_rels/workbook.xml.rels': relsXml(['worksheets/sheet1.xml']), 'xl/worksheets/sheet1.xml': sheet }, options);

async function expectReason(promise: Promise<unknown>, reason: string, fields: Record<string, unknown> = {}): Promise<void> {
  await expect(promise).rejects.toMatchObject({ extensions: { reason, ...fields } });
}

const longText = '编制管理'.repeat(5_000) + ' & <end>';
const columns = [
  { header: '姓名', width: 12, text: true },
  { header: '公民身份号码', width: 22, text: true },
  { header: '编制数', width: 8 },
  { header: '出生日期', width: 12 },
  { header: '备注' },
  { header: '说明', text: true },
];
const people: CellValue[][] = [
  ['张三', '110101199003071234', 12, new Date(Date.UTC(1990, 2, 7)), null, longText],
  ['李四', '52010219850101002X', 0.5, new Date(Date.UTC(2001, 11, 31)), null, null],
  // A number in a text column is written as its text.
  ['王五', 1234567, -3, null, 'A & B <c>', '第三行'],
];

describe('workbook round trip', () => {
  let file: Buffer;
  beforeAll(async () => {
    file = await written([
      { name: '说明', columns: [{ header: '说明' }], rows: [['先读我']] },
      { name: '人员', columns, rows: people },
      { name: '机构', columns: [{ header: '机构名称', text: true }], rows: (async function* () { yield ['县委办']; yield []; yield ['县政府办']; })() },
    ]);
  });

  it('reads back what it wrote: text, numbers, dates, empty cells, long text, every digit of an ID number', async () => {
    const rows = await rowsOf(file, ['机构', '人员']);
    expect(rows.map((row) => [row.sheet, row.rowNumber])).toEqual([['机构', 1], ['机构', 2], ['机构', 4], ['人员', 1], ['人员', 2], ['人员', 3], ['人员', 4]]);
    expect(rows[3].cells).toEqual(columns.map((column) => column.header));
    const cells = rows.slice(4).map((row) => row.cells);
    expect(cells[0]).toEqual(people[0]);
    expect(cells[1]).toEqual(['李四', '52010219850101002X', 0.5, new Date(Date.UTC(2001, 11, 31))]);
    expect(cells[2]).toEqual(['王五', '1234567', -3, null, 'A & B <c>', '第三行']);
    expect(rows.every((row) => row.formulaColumns.length === 0)).toBe(true);
  });

  it('is read the same by another library (SheetJS)', async () => {
    const workbook = XLSX.read(file, { cellDates: true, cellNF: true, UTC: true });
    expect(workbook.SheetNames).toEqual(['说明', '人员', '机构']);
    const sheet = workbook.Sheets['人员'];
    const values = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, UTC: true });
    expect(values[1]).toEqual(people[0]);
    expect(values[3]).toEqual(['王五', '1234567', -3, null, 'A & B <c>', '第三行']);
    expect(sheet.B2.t).toBe('s');
    expect(sheet.D2.z).toBe('yyyy-mm-dd');
  });

  it('freezes and bolds the header row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('人员')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(22);
    expect(sheet.getCell('B2').numFmt).toBe('@');
  });

  it('reports progress and leaves out a sheet the workbook lacks', async () => {
    const seen: number[] = [];
    const rows: SheetRow[] = [];
    for await (const row of readWorkbookRows(file, { sheets: ['编制', '机构'], onProgress: (count) => seen.push(count) })) rows.push(row);
    expect(rows.map((row) => row.sheet)).toEqual(['机构', '机构', '机构']);
    expect(seen.at(-1)).toBe(3);
  });
});

describe('other writers', () => {
  it('reads a workbook with absolute targets, shared strings after the sheet and rich text', async () => {
    const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'贵州'.repeat(20_000)}</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si></sst>`;
    const file = zipOf({
      'xl/worksheets/data.xml': sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="b"><v>1</v></c></row>'),
      'xl/workbook.xml': workbookXml(['人员']),
      'xl/_rels/workbook.xml.rels': relsXml(['/xl/worksheets/data.xml'], '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/strings.xml"/>'),
      'xl/strings.xml': sharedStrings,
    });
    const rows = await rowsOf(file, ['人员']);
    expect(rows).toEqual([{ sheet: '人员', rowNumber: 1, cells: ['贵州'.repeat(20_000), null, '富文本', '#N/A', true], formulaColumns: [] }]);
  });

  it('gives a formula cell as null and names its column, its cached result not taken', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(['编制数', '合计']);
    sheet.addRow([2, { formula: 'A2*2', result: 4 }]);
    sheet.addRow([3, { sharedFormula: 'B2', result: 6 }]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows = await rowsOf(file, ['人员']);
    expect(rows.slice(1).map((row) => [row.cells, row.formulaColumns])).toEqual([
      [[2, null], [1]],
      [[3, null], [1]],
    ]);
  });
});

describe('bad files', () => {
  it('refuses 10 MB of garbage', async () => {
    await expectReason(rowsOf(randomBytes(10 * 1024 * 1024), ['人员']), 'WORKBOOK_UNREADABLE', { detail: 'not a zip archive' });
  });

  it('refuses a zip that is not a workbook', async () => {
    await expectReason(checkWorkbookArchive(zipOf({ 'word/document.xml': '<w:document/>' })), 'WORKBOOK_UNREADABLE', { detail: 'no workbook part' });
  });

  it('refuses a legacy or encrypted Excel file', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]);
    await expectReason(rowsOf(ole, ['人员']), 'WORKBOOK_UNREADABLE', { detail: 'a legacy or encrypted Excel file; save as .xlsx' });
  });

  it('refuses a truncated or damaged workbook', async () => {
    const file = await written([{ name: '人员', columns, rows: people }]);
    await expectReason(rowsOf(file.subarray(0, Math.floor(file.length / 2)), ['人员']), 'WORKBOOK_UNREADABLE');
    const sheet = oneSheet(sheetXml(Array.from({ length: 2000 }, (_, index) => inlineRow(index + 1, `第${index}行`)).join('')));
    const damaged = Buffer.from(sheet);
    const middle = sheet.indexOf('xl/worksheets/sheet1.xml') + 200;
    damaged.fill(0xff, middle, middle + 64);
    await expectReason(rowsOf(damaged, ['人员']), 'WORKBOOK_UNREADABLE');
  });

  it('refuses malformed XML inside a sound zip', async () => {
    await expectReason(rowsOf(oneSheet(sheetXml(inlineRow(1, 'a')).replace('</sheetData>', '<row r="2"><c r=')), ['人员']), 'WORKBOOK_UNREADABLE');
    await expectReason(rowsOf(oneSheet('<worksheet><sheetData><row r="1"></worksheet>'), ['人员']), 'WORKBOOK_UNREADABLE');
  });

  it('refuses a zip bomb by its compression ratio, before inflating it', async () => {
    const bomb = oneSheet(sheetXml('<row r="1"/>'.repeat(1_000_000)));
    expect(bomb.length).toBeLessThan(100_000);
    await expectReason(rowsOf(bomb, ['人员']), 'WORKBOOK_TOO_LARGE', { limit: 'compression ratio', maximum: 200 });
  });

  it('refuses a workbook over the unpacked size, declared or not', async () => {
    const sheet = sheetXml(Array.from({ length: 20_000 }, (_, index) => inlineRow(index + 1, randomBytes(8).toString('hex'))).join(''));
    await expectReason(rowsOf(oneSheet(sheet), ['人员'], { unpackedBytes: 500_000 }), 'WORKBOOK_TOO_LARGE', { limit: 'unpacked size', maximum: 500_000 });
    // A part that says it is small: yauzl finds more bytes than declared.
    await expectReason(rowsOf(oneSheet(sheet, { declaredSize: { 'xl/worksheets/sheet1.xml': 1000 } }), ['人员']), 'WORKBOOK_UNREADABLE');
  });

  it('refuses too many parts, too many rows and an over-long cell', async () => {
    const file = oneSheet(sheetXml(Array.from({ length: 30 }, (_, index) => inlineRow(index + 1, `第${index}行`)).join('')));
    await expectReason(rowsOf(file, ['人员'], { entries: 2 }), 'WORKBOOK_TOO_LARGE', { limit: 'parts', maximum: 2 });
    await expectReason(rowsOf(file, ['人员'], { sheetRows: 20 }), 'WORKBOOK_TOO_LARGE', { limit: 'rows of a sheet', maximum: 20 });
    await expectReason(rowsOf(oneSheet(sheetXml(inlineRow(1, 'x'.repeat(5_000)))), ['人员'], { textCharacters: 1_000 }), 'WORKBOOK_TOO_LARGE', { limit: 'characters of one cell' });
  });

  it('refuses an upload over the upload size', async () => {
    await expectReason(checkWorkbookArchive(Buffer.alloc(workbookLimits.uploadBytes + 1)), 'WORKBOOK_TOO_LARGE', { limit: 'upload size', maximum: workbookLimits.uploadBytes });
  });
});

describe('large workbooks', () => {
  it('writes and reads 100,000 rows of 12 columns', async () => {
    const count = 100_000;
    const rows = function* () {
      for (let index = 0; index < count; index++) {
        yield [`人员${index}`, `5201021990${String(index).padStart(8, '0')}`, index, new Date(Date.UTC(1990, 0, 1 + (index % 9000))), '中共某某县委机构编制委员会办公室', '行政编制', '在编', index % 7, '科员', '本科', `备注${index % 100}`, null];
      }
    };
    const started = Date.now();
    const file = await written([{ name: '人员', columns: Array.from({ length: 12 }, (_, index) => ({ header: `列${index}`, text: index === 1 })), rows: rows() }]);
    const wrote = Date.now() - started;
    let read = 0;
    let last: SheetRow | undefined;
    for await (const row of readWorkbookRows(file, { sheets: ['人员'] })) {
      read++;
      last = row;
    }
    expect(read).toBe(count + 1);
    expect(last?.cells.slice(0, 2)).toEqual([`人员${count - 1}`, `5201021990${String(count - 1).padStart(8, '0')}`]);
    console.log(`100,000 rows: ${(file.length / 1024 / 1024).toFixed(1)} MB, written in ${wrote} ms, read in ${Date.now() - started - wrote} ms, RSS ${Math.round(process.memoryUsage().rss / 1024 / 1024)} MB`);
  });
});
