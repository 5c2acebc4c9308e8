import { BureauLevel } from './bureau-level';

/**
 * GB/T 2260 administrative division codes: two digits of province, two of
 * prefecture, two of county. A province's code ends in 0000, a prefecture's in
 * 00, and a division's code starts with its parent's significant digits.
 */
export function divisionCodeProblem(code: string, level: BureauLevel, parentCode: string | null): string | null {
  if (!/^[1-9]\d{5}$/.test(code)) return 'must be a 6-digit administrative division code (行政区划代码), e.g. 520300';
  const prefecturePart = code.slice(2, 4);
  const countyPart = code.slice(4, 6);
  switch (level) {
    case BureauLevel.PROVINCE:
      if (prefecturePart !== '00' || countyPart !== '00') return 'a province code ends in 0000, e.g. 520000';
      return null;
    case BureauLevel.PREFECTURE:
      if (prefecturePart === '00' || countyPart !== '00') return 'a prefecture code ends in 00 but not 0000, e.g. 520300';
      if (parentCode && code.slice(0, 2) !== parentCode.slice(0, 2)) {
        return `must start with its province's digits ${parentCode.slice(0, 2)}`;
      }
      return null;
    case BureauLevel.COUNTY:
      if (prefecturePart === '00' || countyPart === '00') return 'a county code does not end in 00, e.g. 520302';
      if (parentCode && code.slice(0, 4) !== parentCode.slice(0, 4)) {
        return `must start with its prefecture's digits ${parentCode.slice(0, 4)}`;
      }
      return null;
  }
}
