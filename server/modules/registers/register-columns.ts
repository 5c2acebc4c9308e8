import type { GraphQLSchema } from 'graphql';
import { chineseTermsOf } from '../../common/chinese-terms';
import { earliestYear, latestYear } from '../../common/scalars';
import { textProblem } from '../../common/validation';
import type { CellValue, ColumnSpec, SheetRow } from './workbook/workbook-types';
import { problemOf, type RowProblem } from './register-problem';

/** What a column holds, and so how a cell is read and written. */
export type ColumnType =
  /** Free text, trimmed, at most `maximum` characters. */
  | { kind: 'text'; maximum: number }
  /** A code that must be typed as text (an ID number, a credit code): a number cell has lost digits. */
  | { kind: 'code'; maximum: number }
  /** One value of a schema enum, written as its Chinese term; the term or the API's value is read. */
  | { kind: 'enum'; enumName: string }
  /** A calendar date, YYYY-MM-DD. */
  | { kind: 'date' }
  /** Yes or no, written 是 or 否; read as 'true' or 'false'. */
  | { kind: 'flag' }
  /** A whole number, not negative (a headcount, positions); read as its digits. */
  | { kind: 'count' };

/** One column of a register's sheet. */
export interface RegisterColumn<Key extends string = string> {
  key: Key;
  header: string;
  type: ColumnType;
  required: boolean;
  /** When a column not always required is (新设机构必填), as the instructions sheet says it. */
  requiredWhen?: string;
  width: number;
  /** What the instructions sheet says of it (填写说明). */
  note: string;
}

/** A row read from a register's sheet: its values by column key (null where empty or unreadable), and its problems. */
export interface ReadRow<Key extends string> {
  row: number;
  values: Record<Key, string | null>;
  problems: RowProblem[];
}

/** The enum columns' allowed values, both ways, from the schema's descriptions. */
export class ColumnTerms {
  private readonly byEnum = new Map<string, { value: string; term: string }[]>();

  constructor(private readonly schema: GraphQLSchema) {}

  of(enumName: string): { value: string; term: string }[] {
    let terms = this.byEnum.get(enumName);
    if (!terms) this.byEnum.set(enumName, (terms = chineseTermsOf(this.schema, enumName)));
    return terms;
  }

  termOf(enumName: string, value: string): string {
    return this.of(enumName).find((each) => each.value === value)?.term ?? value;
  }

  allowed(enumName: string): string {
    return this.of(enumName).map((each) => each.term).join('、');
  }
}

function dateText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date cell as YYYY-MM-DD, when its year is one every layer takes (see scalars.ts). */
function cellDate(date: Date): string | null {
  const year = date.getUTCFullYear();
  return Number.isNaN(date.getTime()) || year < earliestYear || year > latestYear ? null : dateText(date);
}

/** A date typed as text: 2012-06-01, 2012/6/1 or 2012.6.1. */
function parseDateText(text: string): string | null {
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return null;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return cellDate(new Date(`${iso}T00:00:00Z`)) === iso ? iso : null;
}

const textProblemReasons = { nulCharacter: 'NUL_CHARACTER', unpairedSurrogate: 'UNPAIRED_SURROGATE' } as const;

/** Reads one cell by its column's type: the value, or a problem. */
function readCell(
  column: RegisterColumn,
  cell: CellValue,
  terms: ColumnTerms,
): { value: string | null } | { reason: 'TEXT_TOO_LONG' | 'VALUE_NOT_TEXT' | 'VALUE_NOT_ALLOWED' | 'DATE_INVALID' | 'NOT_A_WHOLE_NUMBER' | 'NUL_CHARACTER' | 'UNPAIRED_SURROGATE'; parameters?: Record<string, unknown> } {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { value: null };
  // Text no column can store is refused as the API refuses it in a request, before any check reads it.
  const problem = typeof cell === 'string' ? textProblem(cell) : undefined;
  if (problem) return { reason: textProblemReasons[problem] };
  const { type } = column;
  switch (type.kind) {
    case 'text':
    case 'code': {
      if (type.kind === 'code' && typeof cell !== 'string') return { reason: 'VALUE_NOT_TEXT' };
      const text = (cell instanceof Date ? (cellDate(cell) ?? '') : String(cell)).trim();
      if (text.length > type.maximum) return { reason: 'TEXT_TOO_LONG', parameters: { maximum: type.maximum } };
      return { value: text };
    }
    case 'enum': {
      const text = String(cell).trim();
      const found = terms.of(type.enumName).find((each) => each.term === text || each.value === text.toUpperCase());
      return found ? { value: found.value } : { reason: 'VALUE_NOT_ALLOWED', parameters: { allowed: terms.allowed(type.enumName) } };
    }
    case 'date': {
      const date = cell instanceof Date ? cellDate(cell) : typeof cell === 'string' ? parseDateText(cell.trim()) : null;
      return date ? { value: date } : { reason: 'DATE_INVALID' };
    }
    case 'count': {
      const text = String(cell).trim();
      return /^\d{1,6}$/.test(text) ? { value: String(Number(text)) } : { reason: 'NOT_A_WHOLE_NUMBER' };
    }
    case 'flag': {
      const text = String(cell).trim().toLowerCase();
      if (['是', 'true', 'y', 'yes'].includes(text) || cell === true) return { value: 'true' };
      if (['否', 'false', 'n', 'no'].includes(text) || cell === false) return { value: 'false' };
      return { reason: 'VALUE_NOT_ALLOWED', parameters: { allowed: '是、否' } };
    }
  }
}

/** Reads a data row by the columns, in the template's order: each cell's value or its problem, and required cells left empty. */
export function readRegisterRow<Key extends string>(columns: readonly RegisterColumn<Key>[], row: SheetRow, terms: ColumnTerms): ReadRow<Key> {
  const values = {} as Record<Key, string | null>;
  const problems: RowProblem[] = [];
  columns.forEach((column, index) => {
    const place = { sheet: row.sheet, row: row.rowNumber, column: column.header };
    values[column.key] = null;
    if (row.formulaColumns.includes(index)) return void problems.push(problemOf(place, 'FORMULA_NOT_ALLOWED'));
    const read = readCell(column, row.cells[index] ?? null, terms);
    if ('reason' in read) return void problems.push(problemOf(place, read.reason, read.parameters));
    values[column.key] = read.value;
    if (read.value === null && column.required) problems.push(problemOf(place, 'TEXT_EMPTY'));
  });
  return { row: row.rowNumber, values, problems };
}

/** The header row must be the template's, in its order: a refusal of the whole file otherwise. */
export function headerMismatch(columns: readonly RegisterColumn[], header: SheetRow): { expected: string; found: string } | null {
  const found = header.cells.map((cell) => (cell === null ? '' : String(cell).trim()));
  while (found.length > 0 && found[found.length - 1] === '') found.pop();
  const expected = columns.map((column) => column.header);
  return found.join('|') === expected.join('|') ? null : { expected: expected.join('、'), found: found.join('、') };
}

/** The columns as the workbook writer takes them. */
export function sheetColumns(columns: readonly RegisterColumn[]): ColumnSpec[] {
  return columns.map((column) => ({ header: column.header, width: column.width, text: column.type.kind !== 'date' && column.type.kind !== 'count' }));
}

/** A record's cells in the template's order, enum values as their Chinese terms. */
export function registerCells<Key extends string>(columns: readonly RegisterColumn<Key>[], values: Record<Key, string | null>, terms: ColumnTerms): CellValue[] {
  return columns.map((column) => {
    const value = values[column.key];
    if (value === null) return null;
    if (column.type.kind === 'enum') return terms.termOf(column.type.enumName, value);
    if (column.type.kind === 'date') return new Date(`${value}T00:00:00Z`);
    if (column.type.kind === 'flag') return value === 'true' ? '是' : '否';
    if (column.type.kind === 'count') return Number(value);
    return value;
  });
}

/** A date column as the driver gives it (a string, or a Date at midnight UTC), as YYYY-MM-DD. */
export function dateOf(value: unknown): string | null {
  return value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** A column's header, by its key. */
export function headerOf<Key extends string>(columns: readonly RegisterColumn<Key>[], key: Key): string {
  return columns.find((column) => column.key === key)!.header;
}
