/**
 * A return is named by its year and bureau, as the API reads it
 * (`annualReturn(year, bureauId)`): the client's record id and address are
 * `<year>-<bureau id>`, e.g. `#/annual-returns/2012-19/show`.
 */
export function returnKey(year: number, bureauId: string): string {
  return `${year}-${bureauId}`;
}

export function parseReturnKey(key: string): { year: number; bureauId: string } | null {
  const match = /^(\d{4})-(\d+)$/.exec(key);
  return match ? { year: Number(match[1]), bureauId: match[2] } : null;
}
