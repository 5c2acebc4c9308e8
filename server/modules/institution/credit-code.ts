// GB 32100-2015, the unified social credit code (统一社会信用代码). It imports
// nothing and does no I/O, so the admin client's forms can bundle it as well.

/** The 31 characters a code may use: digits and capitals without I, O, Z, S, V, which read like 1, 0, 2, 5, U. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100 weights: 3^i mod 31 for positions 1-17. */
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714 weights over the organisation code's 8 body characters. */
const organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
const validCode = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** What can be wrong with a unified social credit code, in the order it is checked. */
export type CreditCodeProblem = 'length' | 'format' | 'checkCharacter';

/** The GB 32100 check character (ISO 7064 MOD 31-3 style) for the first 17 characters, which must be in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += alphabet.indexOf(first17[index]) * weights[index];
  return alphabet[(31 - (sum % 31)) % 31];
}

/**
 * The GB 11714 check character of an organisation code (组织机构代码) for its
 * 8 body characters. Here letters count 10-35 in the Latin alphabet (A=10,
 * M=22), not by their place in the credit code's alphabet.
 */
export function organizationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += parseInt(body8[index], 36) * organizationWeights[index];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * What is wrong with a unified social credit code: registration-authority
 * code, type code, 6-digit division code, 9-character organisation code,
 * check character. Null when it is valid. Only capitals are accepted: the
 * caller trims and upper-cases what was typed before asking.
 *
 * The organisation code's own GB 11714 check character is not checked: codes
 * carried over from before 2015 keep legacy organisation codes that may fail it.
 */
export function creditCodeProblem(value: string): CreditCodeProblem | null {
  if (value.length !== 18) return 'length';
  if (!validCode.test(value)) return 'format';
  if (creditCodeCheckCharacter(value) !== value[17]) return 'checkCharacter';
  return null;
}

/**
 * Builds a valid code from its parts; used by the seed and by tests. The
 * organisation code is 'MB' (as codes the establishment offices assign
 * themselves begin) and the sequence written in six characters of the
 * alphabet, then its GB 11714 check character, so distinct sequences below
 * 31^6 give distinct codes.
 */
export function makeCreditCode(prefix: '11' | '12' | '13', divisionCode: string, sequence: number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new RangeError(`Division code ${divisionCode} is not 6 digits`);
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence >= 31 ** 6) throw new RangeError(`Sequence ${sequence} is out of range`);
  let digits = '';
  for (let rest = sequence, place = 0; place < 6; place += 1, rest = Math.floor(rest / 31)) digits = alphabet[rest % 31] + digits;
  const body = `MB${digits}`;
  const first17 = `${prefix}${divisionCode}${body}${organizationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
