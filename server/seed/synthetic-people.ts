import { Education, Gender } from '../modules/staff/staff-enums';
import { makeNationalId } from '../modules/staff/national-id';

/**
 * Synthetic people for the seed: the survey names no one. Deterministic (a
 * seeded generator), so that every seeding produces the same registry.
 */
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗龙田石罗韦潘杨冉'.split('');
const givenNames = ['伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '丽', '鹏', '婷', '俊', '华', '晓东', '建国', '海燕', '文静', '志强', '小红', '晓燕', '德贵'];

/** mulberry32: a small, well-known seeded generator. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface SyntheticPerson {
  name: string;
  gender: Gender;
  nationalId: string;
  birthDate: string;
  education: Education;
}

/** The e-gov units' staff were "mostly new university graduates" (干部多为新进大学生): born 1978-1990, mostly with degrees. */
export function syntheticPerson(random: () => number, regionCode: string, sequence: number): SyntheticPerson {
  const gender = random() < 0.55 ? Gender.MALE : Gender.FEMALE;
  const birthDate = isoDate(1978 + Math.floor(random() * 13), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
  const education = pick(random, [Education.BACHELOR, Education.BACHELOR, Education.BACHELOR, Education.MASTER, Education.JUNIOR_COLLEGE]);
  return {
    name: pick(random, surnames) + pick(random, givenNames),
    gender,
    nationalId: makeNationalId(regionCode, birthDate, sequence, gender),
    birthDate,
    education,
  };
}
