import * as XLSX from '@e965/xlsx';

/** The last line of an import's answer (the report, or the errors), the progress lines before it, and the HTTP status. */
export interface ImportAnswer {
  status: number;
  progress: Record<string, unknown>[];
  report?: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

/** Uploads a workbook to a bureau's register (staff unless `register` says another), a dry run unless `commit`; with `progress`, asks for the progress lines as the admin client does. */
export async function uploadRegister(url: string, token: string | null, code: string, file: Buffer, options: { commit?: boolean; fileName?: string; progress?: boolean; register?: string } = {}): Promise<ImportAnswer> {
  const response = await fetch(`${url}/registers/${code}/${options.register ?? 'staff'}${options.commit ? '?commit=true' : ''}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'x-file-name': encodeURIComponent(options.fileName ?? '人员名单.xlsx'),
      accept: options.progress ? 'application/x-ndjson' : 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: file,
  });
  const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
  const last = lines[lines.length - 1];
  return { status: response.status, progress: lines.slice(0, -1).map((line) => line.progress), report: last.report, errors: last.errors };
}

/** Downloads a workbook (an export or a template); fails on anything but 200. */
export async function downloadWorkbook(url: string, token: string, path: string): Promise<Buffer> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

/** A sheet's rows as another library than the server's reads them, cells as their formatted text. */
export function sheetRows(file: Buffer, sheet: string): string[][] {
  const workbook = XLSX.read(file, { type: 'buffer', cellDates: true });
  const worksheet = workbook.Sheets[sheet];
  if (!worksheet) throw new Error(`no sheet ${sheet}; the workbook has ${workbook.SheetNames.join(', ')}`);
  return XLSX.utils.sheet_to_json<string[]>(worksheet, { header: 1, raw: false, dateNF: 'yyyy-mm-dd', defval: '' });
}

/** A workbook written by another library than the server's, as an office's own spreadsheet would be: one sheet per entry. */
export function workbookOf(sheets: Record<string, unknown[][]>, adjust?: (workbook: XLSX.WorkBook) => void): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  adjust?.(workbook);
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
