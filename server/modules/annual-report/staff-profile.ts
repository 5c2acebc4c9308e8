import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf } from '../../common/list-cost';
import type { ReadPool } from '../../database/read-pool';
import { Education, Gender } from '../staff/staff-enums';

/** Age bands of the report's staff table, by completed years at the cut-off date. */
export enum AgeBand {
  UP_TO_35 = 'UP_TO_35',
  FROM_36_TO_45 = 'FROM_36_TO_45',
  FROM_46_TO_54 = 'FROM_46_TO_54',
  FROM_55 = 'FROM_55',
}

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band of the staff table (年龄段), in completed years at the cut-off date.',
  valuesConfig: {
    UP_TO_35: { description: '35 and under (35岁及以下).' },
    FROM_36_TO_45: { description: '36 to 45 (36—45岁).' },
    FROM_46_TO_54: { description: '46 to 54 (46—54岁).' },
    FROM_55: { description: '55 and over (55岁及以上).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Active staff of one gender (按性别).' })
export class GenderCount {
  @Field(() => Gender, { description: 'Gender (性别).' })
  gender!: Gender;

  @Field(() => Int, { description: 'Active staff (人数).' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Active staff of one education level (按学历).' })
export class EducationCount {
  @Field(() => Education, { description: 'Education (学历).' })
  education!: Education;

  @Field(() => Int, { description: 'Active staff (人数).' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Active staff of one age band (按年龄段).' })
export class AgeBandCount {
  @Field(() => AgeBand, { description: 'Age band (年龄段).' })
  ageBand!: AgeBand;

  @Field(() => Int, { description: 'Active staff (人数).' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The staff table of a return (实名制人员结构): the active staff of existing institutions by gender, education and age band, each list adding up to `total`; only values with a count, in the order of their enum.',
})
export class StaffProfile {
  @Field(() => Int, { description: 'Active staff (实有人数), as the establishment figures count them.' })
  total!: number;

  @Field(() => [GenderCount], { description: 'By gender (按性别).', complexity: listOf(Object.keys(Gender).length) })
  byGender!: GenderCount[];

  @Field(() => [EducationCount], { description: 'By education (按学历).', complexity: listOf(Object.keys(Education).length) })
  byEducation!: EducationCount[];

  @Field(() => [AgeBandCount], { description: 'By age band at the cut-off date (按年龄段).', complexity: listOf(Object.keys(AgeBand).length) })
  byAgeBand!: AgeBandCount[];
}

/** Counts in the order of their enum's values, leaving out the ones with none. */
function inEnumOrder<Value extends string, Row>(values: Record<string, Value>, counts: Map<Value, number>, row: (value: Value, count: number) => Row): Row[] {
  return Object.values(values).flatMap((value) => (counts.get(value) ? [row(value, counts.get(value)!)] : []));
}

/**
 * The staff table of the subtree under `path` (a bureau's path): the active
 * staff of its existing institutions, grouped in one statement, ages in
 * completed years at `cutoffOn`.
 */
export async function readStaffProfile(reads: ReadPool, path: string, cutoffOn: string): Promise<StaffProfile> {
  const rows = await reads.rows<{ gender: Gender; education: Education; age_band: AgeBand; count: number }>(
    `select person.gender, person.education,
            case when person.age <= 35 then 'UP_TO_35' when person.age <= 45 then 'FROM_36_TO_45' when person.age <= 54 then 'FROM_46_TO_54' else 'FROM_55' end as age_band,
            count(*)::int as count
       from (select staff.gender, staff.education, extract(year from age($2::date, staff.birth_date))::int as age
               from bureau
               join institution on institution.bureau_id = bureau.id and institution.status = 'ACTIVE'
               join staff on staff.institution_id = institution.id and staff.status = 'ACTIVE'
              where bureau.path like $1) person
      group by 1, 2, 3`,
    [`${path}%`, cutoffOn],
  );
  const genders = new Map<Gender, number>();
  const educations = new Map<Education, number>();
  const bands = new Map<AgeBand, number>();
  let total = 0;
  for (const row of rows) {
    total += row.count;
    genders.set(row.gender, (genders.get(row.gender) ?? 0) + row.count);
    educations.set(row.education, (educations.get(row.education) ?? 0) + row.count);
    bands.set(row.age_band, (bands.get(row.age_band) ?? 0) + row.count);
  }
  return {
    total,
    byGender: inEnumOrder(Gender, genders, (gender, count) => ({ gender, count })),
    byEducation: inEnumOrder(Education, educations, (education, count) => ({ education, count })),
    byAgeBand: inEnumOrder(AgeBand, bands, (ageBand, count) => ({ ageBand, count })),
  };
}
