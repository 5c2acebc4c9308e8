import { badUserInput } from '../errors';

export function requireText(field: string, value: string, maximumLength: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(field, 'must not be empty');
  if (text.length > maximumLength) throw badUserInput(field, `must be at most ${maximumLength} characters`);
  return text;
}

export function requireNonNegativeInteger(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw badUserInput(field, 'must be a whole number, zero or more');
  return value;
}

/** GraphQL IDs arrive as strings; ours are positive integers. */
export function parseId(field: string, value: string | number): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw badUserInput(field, `"${value}" is not a valid id`);
  return id;
}

/** Dates are `YYYY-MM-DD` strings, so text order is date order. */
export function requireNotBefore(field: string, date: string, earlierField: string, earlier: string): void {
  if (date < earlier) throw badUserInput(field, `must not be before ${earlierField} (${earlier})`);
}

/** Today's calendar date in China (UTC+8), where the registry's dates are kept. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
