/** Empty text and an emptied select are no value. */
export function orNull(value: unknown): string | null {
  return value === undefined || value === null || value === '' ? null : String(value);
}
