import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { PlannedPart } from './workbook-parts';

const chunkBytes = 1024 * 1024;

function localHeader(name: Buffer, method: number, crc: number, compressedSize: number, uncompressedSize: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 names; sizes in the header, no data descriptor
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(0x21, 12); // 1980-01-01
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(compressedSize, 18);
  header.writeUInt32LE(uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, name]);
}

function centralHeader(local: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(20, 4);
  local.copy(header, 6, 4, 30); // version needed … name length, extra length
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, local.subarray(30)]);
}

/**
 * The parts as a zip read front to back, for exceljs's streaming reader (which reads local headers in
 * order): each part's stored bytes are copied, not inflated again, and every size is one yauzl checked.
 */
export function forwardZip(parts: readonly PlannedPart[]): Readable {
  function* bytes(): Generator<Buffer> {
    const central: Buffer[] = [];
    let offset = 0;
    for (const { name, part } of parts) {
      const fromArchive = 'compressionMethod' in part;
      const local = fromArchive
        ? localHeader(Buffer.from(name), part.compressionMethod, part.crc32, part.compressedSize, part.uncompressedSize)
        : localHeader(Buffer.from(name), 0, crc32(part.data), part.data.length, part.data.length);
      central.push(centralHeader(local, offset));
      yield local;
      for (let start = 0; start < part.data.length; start += chunkBytes) yield part.data.subarray(start, start + chunkBytes);
      offset += local.length + part.data.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    yield directory;
    yield end;
  }
  return Readable.from(bytes(), { objectMode: false });
}
