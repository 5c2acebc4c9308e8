import type { FieldDef, TypeOverrides } from 'pg';

/** A statement waiting to be sent, with what its caller awaits. */
export interface PendingStatement {
  text: string;
  values: unknown[];
  /** Planned for its values every time (see ReadOptions). */
  planEachTime: boolean;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/** The columns a statement's rows have, as PostgreSQL described them the first time it ran alone, each with the parser `pg` reads it with. */
export type Columns = { name: string; parse: (text: string) => unknown }[];

/** json_build_array takes at most 100 arguments. */
const mostColumns = 100;

/**
 * The columns of a statement that can come back inside a combined statement
 * (named apart, and few enough), or null for one that always goes alone.
 */
export function combinableColumns(fields: Pick<FieldDef, 'name' | 'dataTypeID'>[], types: TypeOverrides): Columns | null {
  if (fields.length === 0 || fields.length > mostColumns || new Set(fields.map((field) => field.name)).size !== fields.length) return null;
  return fields.map((field) => ({ name: field.name, parse: types.getTypeParser(field.dataTypeID, 'text') as unknown as (text: string) => unknown }));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * One statement for several: each becomes a subquery whose rows come back as a
 * JSON array of their columns' text, in the order the statement gave them, and
 * its parameters are renumbered after the ones before it. Read back by
 * `rowsOfPart` with the same parsers `pg` uses, the rows are what the statement
 * alone would have returned.
 */
export function combinedStatement(parts: { text: string; values: unknown[]; columns: Columns }[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const selects = parts.map((part, index) => {
    const before = values.length;
    values.push(...part.values);
    const renumbered = part.text.replace(/\$(\d+)/g, (_, number: string) => `$${Number(number) + before}`);
    const columns = part.columns.map((column) => `part.${quoted(column.name)}::text`).join(', ');
    return `(select coalesce(json_agg(json_build_array(${columns})), '[]'::json) from (${renumbered}) part) as part_${index}`;
  });
  return { text: `select ${selects.join(',\n       ')}`, values };
}

/** The rows of the part at `index` of a combined statement's single row. */
export function rowsOfPart(combinedRow: Record<string, unknown>, index: number, columns: Columns): Record<string, unknown>[] {
  return (combinedRow[`part_${index}`] as (string | null)[][]).map((texts) => {
    const row: Record<string, unknown> = {};
    columns.forEach((column, position) => {
      const text = texts[position];
      row[column.name] = text === null ? null : column.parse(text);
    });
    return row;
  });
}
