// GB 11643-1999, shared by the server and the admin client's forms: it imports
// nothing, since the client bundles it into the browser.

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** What can be wrong with a national ID number, in the order it is checked. */
export type NationalIdProblem = 'format' | 'birthDate' | 'checkCharacter';

/** The check character of GB 11643-1999 (ISO 7064 MOD 11-2) for the first 17 digits. */
export function nationalIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17Digits[index]) * weights[index];
  return checkCharacters[sum % 11];
}

/** The birth date an 18-character number records (YYYY-MM-DD), whether or not it is a real date. */
export function nationalIdBirthDate(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * What is wrong with a national ID number (公民身份号码): 6-digit region code,
 * 8-digit birth date, 3-digit sequence, check character. Null when it is valid.
 */
export function nationalIdProblem(value: string): NationalIdProblem | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const birthDate = nationalIdBirthDate(value);
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01') return 'birthDate';
  if (nationalIdCheckCharacter(value) !== value[17]) return 'checkCharacter';
  return null;
}
