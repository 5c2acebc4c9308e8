import { Gender } from './staff-enums';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

/** The check character of GB 11643-1999 (ISO 7064 MOD 11-2) for the first 17 digits. */
export function nationalIdCheckCharacter(first17Digits: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17Digits[index]) * weights[index];
  return checkCharacters[sum % 11];
}

export interface NationalIdFacts {
  birthDate: string;
  gender: Gender;
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * Reads an 18-character national ID number (公民身份号码): 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd for men, even for women), check
 * character. Returns what is wrong with it, or the facts it records.
 */
export function readNationalId(value: string): { problem: string } | NationalIdFacts {
  if (!/^\d{17}[\dX]$/.test(value)) return { problem: 'must be 17 digits followed by a digit or X' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < '1900-01-01') {
    return { problem: `holds no valid birth date (${value.slice(6, 14)})` };
  }
  if (nationalIdCheckCharacter(value) !== value[17]) return { problem: 'has a wrong check character (GB 11643 checksum)' };
  return { birthDate, gender: Number(value[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE };
}

/** Builds a valid number from its parts; used by the seed and by tests. */
export function makeNationalId(regionCode: string, birthDate: string, sequence: number, gender: `${Gender}`): string {
  const order = sequence * 2 + (gender === Gender.MALE ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(order % 1000).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
}

/** The region code and the last four characters stay, as on a printed certificate copy: 520102********1234. */
export function maskNationalId(nationalId: string): string {
  return `${nationalId.slice(0, 6)}********${nationalId.slice(-4)}`;
}
