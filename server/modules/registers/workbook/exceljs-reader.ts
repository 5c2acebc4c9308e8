import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { workbookOverLimit } from './workbook-errors';
import type { WorkbookLimits } from './workbook-limits';

/** The one sheet reader this module uses: exceljs types it without its name. */
export type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };

/** exceljs 4.4.0's reader methods that receive a part's bytes (not in its types). */
interface PartParsers {
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;
const BaseReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (input: Readable, options: ReaderOptions) => PartParsers & {
  [Symbol.asyncIterator](): AsyncGenerator<SheetReader>;
};

/**
 * A part's bytes as text. exceljs decodes each inflated chunk on its own, so a Chinese character
 * split between two chunks became U+FFFD; a StringDecoder keeps the split bytes for the next chunk.
 * Also refuses a run of text between two tags longer than a cell can hold, which exceljs would
 * otherwise gather whole in memory.
 */
async function* decodedText(chunks: AsyncIterable<Buffer | string>, limits: Readonly<WorkbookLimits>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let run = 0;
  const checked = (text: string) => {
    let from = 0;
    for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
      if (run + at - from > limits.textCharacters) throw workbookOverLimit(limits, 'textCharacters');
      run = 0;
      from = at;
    }
    run += text.length - from;
    if (run > limits.textCharacters) throw workbookOverLimit(limits, 'textCharacters');
    return text;
  };
  for await (const chunk of chunks) yield checked(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  const rest = decoder.end();
  if (rest) yield checked(rest);
}

/** exceljs's streaming workbook reader, given each part's text decoded whole (see `decodedText`). */
export class WorkbookTextReader extends BaseReader {
  constructor(
    input: Readable,
    options: ReaderOptions,
    private readonly limits: Readonly<WorkbookLimits>,
  ) {
    super(input, options);
  }

  override _parseWorkbook(entry: Readable): Promise<void> {
    return super._parseWorkbook(Readable.from(decodedText(entry, this.limits)));
  }

  override _parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    return super._parseSharedStrings(Readable.from(decodedText(entry, this.limits)));
  }

  override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return super._parseWorksheet(decodedText(iterator, this.limits), sheetNo);
  }
}
