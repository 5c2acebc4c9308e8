import type { EntityManager } from '@mikro-orm/postgresql';
import { reasonedError } from '../../errors';
import type { Principal } from '../access/principal';
import type { AuditOrigin } from '../audit/audit-record';
import type { ImportProgress } from './import-report';
import { headerMismatch, readRegisterRow, type ColumnTerms, type ReadRow, type RegisterColumn } from './register-columns';
import { readWorkbookRows } from './workbook/read-workbook';

/** What an import is asked to do. */
export interface ImportRequest {
  bureau: { id: number; code: string; name: string; path: string };
  file: Buffer;
  fileName: string;
  commit: boolean;
  actor: Principal;
  origin: AuditOrigin;
  progress: (step: ImportProgress) => void;
}

/** Runs one statement (`?` placeholders) in the import's connection or transaction. */
export type Sql = <Row>(sql: string, parameters: unknown[]) => Promise<Row[]>;

/** Statements of an import, in its EntityManager's connection or transaction. */
export function sqlOf(em: EntityManager): Sql {
  return <Row>(sql: string, parameters: unknown[]) => em.execute<Row[]>(sql, parameters);
}

/** A register's sheet as an import reads it. */
export interface RegisterSheet<Key extends string> {
  sheet: string;
  columns: readonly RegisterColumn<Key>[];
  chunkRows: number;
}

/**
 * A register sheet's data rows, `chunkRows` at a time, each read by its
 * columns; the header row must be the template's. With `reading`, the rows
 * read are told as progress.
 */
export async function* registerRowChunks<Key extends string>(request: ImportRequest, register: RegisterSheet<Key>, terms: ColumnTerms, reading: boolean): AsyncGenerator<ReadRow<Key>[]> {
  let chunk: ReadRow<Key>[] = [];
  let headerSeen = false;
  const onProgress = reading ? (rows: number) => request.progress({ phase: 'reading', rows }) : undefined;
  for await (const row of readWorkbookRows(request.file, { sheets: [register.sheet], onProgress })) {
    if (!headerSeen) {
      // The header is the sheet's first row with a value: a title row above it is not kept by the reader either way.
      const mismatch = headerMismatch(register.columns, row);
      if (mismatch) throw reasonedError('COLUMNS_MISMATCH', mismatch);
      headerSeen = true;
      continue;
    }
    chunk.push(readRegisterRow(register.columns, row, terms));
    if (chunk.length === register.chunkRows) {
      yield chunk;
      chunk = [];
    }
  }
  if (!headerSeen) throw reasonedError('SHEET_MISSING', { sheet: register.sheet });
  if (chunk.length > 0) yield chunk;
}
