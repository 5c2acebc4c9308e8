import type { CellValue } from './workbook-types';

/** A cell as the reader gives it: its value, or that it holds a formula (whose cached result is not taken). */
export type ReadCell = { value: CellValue } | { formula: true };

function textOfRich(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

/** exceljs's value of a cell as workbook-types.ts describes it: rich text and hyperlinks as their text, errors as theirs. */
export function readCell(value: unknown): ReadCell {
  if (value === null || value === undefined || value === '') return { value: null };
  if (typeof value === 'string' || typeof value === 'boolean') return { value };
  if (typeof value === 'number') return { value: Number.isFinite(value) ? value : null };
  if (value instanceof Date) return { value: Number.isNaN(value.getTime()) ? null : value };
  if (typeof value !== 'object') return { value: String(value) };
  // A shared formula's cells other than its first have an empty formula text.
  if ('formula' in value || 'sharedFormula' in value) return { formula: true };
  if ('error' in value) return { value: String(value.error) };
  if ('richText' in value) return { value: textOfRich(value) || null };
  if ('text' in value) return { value: textOfRich(value.text) || null };
  return { value: null };
}
