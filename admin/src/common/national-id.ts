// GB 11643-1999: 17 digits weighted by 2^(17-i) mod 11, then a check character.
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export type NationalIdProblem = 'length' | 'checkDigit' | 'birthDate';

/** What is wrong with a national ID number (公民身份号码), or null when it is valid. */
export function nationalIdProblem(value: string): NationalIdProblem | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'length';
  const sum = weights.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  if (checkCharacters[sum % 11] !== id[17]) return 'checkDigit';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1900 || date.getTime() > Date.now()) return 'birthDate';
  return null;
}

/** react-admin validator: a message key for the form, naming what is wrong. */
export function validNationalId(value: unknown) {
  if (typeof value !== 'string' || value === '') return undefined;
  // A masked number (520102********1234) is what some roles see; it is never sent back unchanged.
  if (value.includes('*')) return undefined;
  const problem = nationalIdProblem(value);
  return problem ? `bianzhi.nationalId.${problem}` : undefined;
}
