import * as yauzl from 'yauzl';
import { asWorkbookError, unreadableWorkbook, workbookOverLimit } from './workbook-errors';
import { workbookLimits, type WorkbookLimits } from './workbook-limits';

/** One part of a checked archive: its sizes as the central directory gives them (checked against the data) and its bytes as stored. */
export interface ArchivePart {
  name: string;
  /** 0 stored, 8 deflated; no other method passes the check. */
  compressionMethod: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** The part's stored (compressed) bytes, a view of the upload. */
  data: Buffer;
}

/** The signature of an OLE compound file: a legacy .xls, or an .xlsx Excel encrypted with a password. */
const compoundFileMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Checks the upload as a zip before any XML is parsed, and gives its parts by name. yauzl reads the
 * central directory and checks that each part inflates to exactly its declared size, so the declared
 * sizes can be held to the limits before inflating; inflating every part then finds damaged data.
 */
export async function openWorkbookArchive(file: Buffer, limits: Readonly<WorkbookLimits> = workbookLimits): Promise<Map<string, ArchivePart>> {
  if (file.length > limits.uploadBytes) throw workbookOverLimit(limits, 'uploadBytes');
  if (file.subarray(0, 4).equals(compoundFileMagic)) throw unreadableWorkbook('a legacy or encrypted Excel file; save as .xlsx');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw unreadableWorkbook('not a zip archive');
  }
  if (zip.entryCount > limits.entries) throw workbookOverLimit(limits, 'entries');
  const entries = await listEntries(zip, limits);
  if (!entries.some((entry) => entry.fileName === 'xl/workbook.xml')) throw unreadableWorkbook('no workbook part');
  const parts = new Map<string, ArchivePart>();
  let unpacked = 0;
  for (const entry of entries) {
    try {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        unpacked += (chunk as Buffer).length;
        if (unpacked > limits.unpackedBytes) throw workbookOverLimit(limits, 'unpackedBytes');
      }
      parts.set(entry.fileName, {
        name: entry.fileName,
        compressionMethod: entry.compressionMethod,
        crc32: entry.crc32,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        data: file.subarray(fileDataStart, fileDataStart + entry.compressedSize),
      });
    } catch (error) {
      throw asWorkbookError(error, `a damaged part ${entry.fileName}`);
    }
  }
  return parts;
}

/** Refuses an upload that is not a readable, reasonably sized XLSX zip (WORKBOOK_UNREADABLE, WORKBOOK_TOO_LARGE). */
export async function checkWorkbookArchive(file: Buffer, limits: Readonly<WorkbookLimits> = workbookLimits): Promise<void> {
  await openWorkbookArchive(file, limits);
}

/** The central directory's entries, each held to the declared-size limits. */
async function listEntries(zip: yauzl.ZipFile, limits: Readonly<WorkbookLimits>): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  const names = new Set<string>();
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('error', (error: unknown) => reject(asWorkbookError(error, 'a damaged zip archive')));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        // A name twice would let two readers of the zip see different parts.
        if (names.has(entry.fileName)) throw unreadableWorkbook(`the part ${entry.fileName} stored twice`);
        if (entry.isEncrypted()) throw unreadableWorkbook('an encrypted zip archive');
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw unreadableWorkbook(`the part ${entry.fileName} compressed by an unknown method`);
        declared += entry.uncompressedSize;
        if (declared > limits.unpackedBytes) throw workbookOverLimit(limits, 'unpackedBytes');
        if (entry.uncompressedSize > limits.ratioCheckedFromBytes && entry.uncompressedSize > limits.compressionRatio * entry.compressedSize) {
          throw workbookOverLimit(limits, 'compressionRatio');
        }
        names.add(entry.fileName);
        if (!entry.fileName.endsWith('/')) entries.push(entry);
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.readEntry();
  });
  return entries;
}
