import { badUserInput } from '../errors';

export function requireText(field: string, value: string, maximumLength: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'TEXT_EMPTY');
  if (text.length > maximumLength) throw badUserInput(field, 'TEXT_TOO_LONG', { maximum: maximumLength });
  return text;
}

export function requireNonNegativeInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(field, 'NOT_A_WHOLE_NUMBER');
  return value;
}

/** Ids are PostgreSQL `serial` values. */
const largestId = 2_147_483_647;

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function parseId(field: string, value: string | number): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0 || id > largestId) throw badUserInput(field, 'INVALID_ID', { value: String(value) });
  return id;
}

/** Dates are `YYYY-MM-DD` strings, so text order is date order. */
export function requireNotBefore(field: string, date: string, earlierField: string, earlier: string): void {
  if (date < earlier) throw badUserInput(field, 'DATE_BEFORE', { earlierField, earlier });
}

/** Today's calendar date in China (UTC+8), where the registry's dates are kept. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function requireNotInFuture(field: string, date: string): void {
  const today = todayInChina();
  if (date > today) throw badUserInput(field, 'DATE_IN_FUTURE', { today });
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * In an update, a field left out keeps its value and null clears it; null is
 * refused for fields that cannot be empty.
 */
export function refuseNulls(input: object, clearable: readonly string[] = []): void {
  for (const [field, value] of Object.entries(input)) {
    if (value === null && !clearable.includes(field)) {
      throw badUserInput(field, 'NULL_NOT_ALLOWED');
    }
  }
}

/** Half of a UTF-16 surrogate pair on its own: JSON can carry it, UTF-8 and PostgreSQL's JSON cannot. */
const unpairedSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What text no column can store: U+0000 or an unpaired surrogate. */
export function textProblem(text: string): 'nulCharacter' | 'unpairedSurrogate' | undefined {
  if (text.includes('\u0000')) return 'nulCharacter';
  if (unpairedSurrogate.test(text)) return 'unpairedSurrogate';
  return undefined;
}
