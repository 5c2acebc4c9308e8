import type { InputProblem } from '../../errors';
import { BureauLevel } from './bureau-level';

/**
 * GB/T 2260 administrative division codes: two digits of province, two of
 * prefecture, two of county. A province's code ends in 0000, a prefecture's in
 * 00, and a division's code starts with its parent's significant digits.
 */
export function divisionCodeProblem(code: string, level: BureauLevel, parentCode: string | null): InputProblem | null {
  if (!/^[1-9]\d{5}$/.test(code)) return { reason: 'DIVISION_CODE_FORMAT', parameters: {} };
  const prefecturePart = code.slice(2, 4);
  const countyPart = code.slice(4, 6);
  switch (level) {
    case BureauLevel.PROVINCE:
      if (prefecturePart !== '00' || countyPart !== '00') return { reason: 'PROVINCE_CODE_FORMAT', parameters: {} };
      return null;
    case BureauLevel.PREFECTURE:
      if (prefecturePart === '00' || countyPart !== '00') return { reason: 'PREFECTURE_CODE_FORMAT', parameters: {} };
      if (parentCode && code.slice(0, 2) !== parentCode.slice(0, 2)) {
        return { reason: 'CODE_OUTSIDE_PROVINCE', parameters: { prefix: parentCode.slice(0, 2) } };
      }
      return null;
    case BureauLevel.COUNTY:
      if (prefecturePart === '00' || countyPart === '00') return { reason: 'COUNTY_CODE_FORMAT', parameters: {} };
      if (parentCode && code.slice(0, 4) !== parentCode.slice(0, 4)) {
        return { reason: 'CODE_OUTSIDE_PREFECTURE', parameters: { prefix: parentCode.slice(0, 4) } };
      }
      return null;
  }
}
