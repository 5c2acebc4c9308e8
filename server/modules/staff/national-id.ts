import { nationalIdBirthDate, nationalIdCheckCharacter, nationalIdProblem, type NationalIdProblem } from './national-id-rules';
import type { InputProblem } from '../../errors';
import { Gender } from './staff-enums';

const problemReasons: Record<NationalIdProblem, (value: string) => InputProblem> = {
  format: () => ({ reason: 'NATIONAL_ID_FORMAT', parameters: {} }),
  birthDate: (value) => ({ reason: 'NATIONAL_ID_BIRTH_DATE_INVALID', parameters: { digits: value.slice(6, 14) } }),
  checkCharacter: () => ({ reason: 'NATIONAL_ID_CHECK_CHARACTER', parameters: {} }),
};

export { nationalIdCheckCharacter };

export interface NationalIdFacts {
  birthDate: string;
  gender: Gender;
}

/**
 * Reads an 18-character national ID number (公民身份号码): 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd for men, even for women), check
 * character. Returns what is wrong with it, or the facts it records.
 */
export function readNationalId(value: string): { problem: InputProblem } | NationalIdFacts {
  const problem = nationalIdProblem(value);
  if (problem) return { problem: problemReasons[problem](value) };
  return { birthDate: nationalIdBirthDate(value), gender: Number(value[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE };
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
