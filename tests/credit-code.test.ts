import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  makeCreditCode,
  organizationCodeCheckCharacter,
} from '../server/modules/institution/credit-code';

/**
 * An independent re-implementation of GB 32100-2015 and GB 11714-1997 for
 * cross-checking the module: the weights are worked out as 3^i mod 31, and
 * each check character is found as the one that brings the weighted sum to
 * 0 mod 31 (or mod 11), rather than by the module's formula.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function referenceCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const character of first17) {
    sum += ALPHABET.indexOf(character) * weight;
    weight = (weight * 3) % 31;
  }
  for (let check = 0; check < 31; check += 1) if ((sum + check) % 31 === 0) return ALPHABET[check];
  throw new Error('unreachable');
}
function referenceOrganizationCheck(body8: string): string {
  const letters = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const sum = [3, 7, 9, 10, 5, 8, 4, 2].reduce((total, weight, index) => total + letters.indexOf(body8[index]) * weight, 0);
  for (let check = 0; check < 11; check += 1) if ((sum + check) % 11 === 0) return check === 10 ? 'X' : String(check);
  throw new Error('unreachable');
}

/**
 * Codes published by the organisations themselves (payment and procurement
 * notices); each also passes the reference re-implementation above, and its
 * organisation code passes GB 11714.
 */
const published = [
  '12100000470095016Q', // 浙江大学
  '12100000425006117P', // 复旦大学
  '12310000425022547M', // 上海工程技术大学
  '11140800558745220K', // 晋中市文化和旅游局
];

describe('published codes', () => {
  test.each(published)('%s is valid', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(referenceCheck(code.slice(0, 17))).toBe(code[17]);
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code[17]);
    expect(organizationCodeCheckCharacter(code.slice(8, 16))).toBe(code[16]);
    expect(referenceOrganizationCheck(code.slice(8, 16))).toBe(code[16]);
  });

  test.each(published)('each of the 30 wrong check characters of %s is refused', (code) => {
    const wrong = [...ALPHABET].filter((character) => character !== code[17]);
    expect(wrong).toHaveLength(30);
    for (const character of wrong) expect(creditCodeProblem(code.slice(0, 17) + character)).toBe('checkCharacter');
  });

  test('a legacy organisation code that fails GB 11714 is still accepted', () => {
    const code = published[0];
    const legacy = code.slice(0, 16) + (code[16] === '0' ? '1' : '0');
    expect(referenceOrganizationCheck(legacy.slice(8, 16))).not.toBe(legacy[16]);
    expect(creditCodeProblem(legacy + referenceCheck(legacy))).toBeNull();
  });
});

describe('malformed codes', () => {
  const code = published[0];

  test('17 and 19 characters are the wrong length', () => {
    expect(creditCodeProblem(code.slice(0, 17))).toBe('length');
    expect(creditCodeProblem(`${code}0`)).toBe('length');
    expect(creditCodeProblem('')).toBe('length');
  });

  test.each(['I', 'O', 'Z', 'S', 'V'])('%s is not in the alphabet', (character) => {
    expect(creditCodeProblem(code.slice(0, 10) + character + code.slice(11))).toBe('format');
    expect(creditCodeProblem(code.slice(0, 17) + character)).toBe('format');
  });

  test('lower case is refused: the caller upper-cases first', () => {
    expect(creditCodeProblem(code.toLowerCase())).toBe('format');
    expect(creditCodeProblem('11140800558745220k')).toBe('format');
  });

  test('a letter in the division code is refused even with a matching check character', () => {
    const first17 = `${code.slice(0, 4)}A${code.slice(5, 17)}`;
    expect(creditCodeProblem(first17 + referenceCheck(first17))).toBe('format');
  });
});

describe('makeCreditCode', () => {
  test.each(['11', '12', '13'] as const)('10,000 sequences give valid, distinct codes with prefix %s', (prefix) => {
    const codes = new Set<string>();
    const faulty: string[] = [];
    for (let sequence = 0; sequence < 10_000; sequence += 1) {
      const code = makeCreditCode(prefix, '520300', sequence);
      const valid = code.startsWith(`${prefix}520300`)
        && creditCodeProblem(code) === null
        && referenceCheck(code.slice(0, 17)) === code[17]
        && referenceOrganizationCheck(code.slice(8, 16)) === code[16];
      if (!valid) faulty.push(code);
      codes.add(code);
    }
    expect(faulty).toEqual([]);
    expect(codes.size).toBe(10_000);
  });

  test('sequences up to 10^7 stay distinct and valid', () => {
    const codes = new Set<string>();
    for (let sequence = 0; sequence <= 10_000_000; sequence += 997) codes.add(makeCreditCode('12', '520000', sequence));
    codes.add(makeCreditCode('12', '520000', 9_999_999));
    codes.add(makeCreditCode('12', '520000', 10_000_000));
    expect(codes.size).toBe(Math.floor(10_000_000 / 997) + 3);
    expect([...codes].filter((code) => creditCodeProblem(code) !== null || referenceCheck(code.slice(0, 17)) !== code[17])).toEqual([]);
  });

  test('the same sequence differs by prefix and division', () => {
    const codes = new Set([
      makeCreditCode('11', '520300', 7),
      makeCreditCode('12', '520300', 7),
      makeCreditCode('13', '520300', 7),
      makeCreditCode('11', '520100', 7),
    ]);
    expect(codes.size).toBe(4);
  });

  test('refuses what it cannot encode', () => {
    expect(() => makeCreditCode('11', '52030', 1)).toThrow(RangeError);
    expect(() => makeCreditCode('11', '52A300', 1)).toThrow(RangeError);
    expect(() => makeCreditCode('11', '520300', -1)).toThrow(RangeError);
    expect(() => makeCreditCode('11', '520300', 1.5)).toThrow(RangeError);
    expect(() => makeCreditCode('11', '520300', 31 ** 6)).toThrow(RangeError);
  });
});
