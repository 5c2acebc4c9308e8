import { Field, Int, ObjectType } from 'type-graphql';
import type { FrozenFigures } from './frozen-figures';

@ObjectType({ simpleResolvers: true, description: "One row of a return against the same bureau's return of the year before (与上年对比)." })
export class ComparisonRow {
  @Field(() => String, { description: 'The table the row belongs to (表), in Chinese.' })
  table!: string;

  @Field(() => String, { description: "A stable key of the row: the table's and the row's names, e.g. `establishment.byKind.PARTY_ORGAN`." })
  key!: string;

  @Field(() => String, { description: 'What the row counts (项目), in Chinese or as its enum value.' })
  item!: string;

  @Field(() => Int, { description: 'This year (本年).' })
  thisYear!: number;

  @Field(() => Int, { description: 'The year before (上年); 0 where it had no such row.' })
  lastYear!: number;

  @Field(() => Int, { description: 'This year less the year before (增减).' })
  change!: number;

  @Field(() => Boolean, { description: 'Whether it changed (有变化), for highlighting.' })
  changed!: boolean;
}

type Rows = Map<string, { table: string; item: string; value: number }>;

/** Every row of the tables that a comparison lines up, by a stable key. */
function rowsOf(figures: FrozenFigures): Rows {
  const rows: Rows = new Map();
  const add = (table: string, key: string, item: string, value: number) => rows.set(key, { table, item, value });
  const { establishment, egovStaffing, staffProfile } = figures;
  const totals: [string, string, number][] = [
    ['institutions', '机构数', establishment.institutions],
    ['approvedHeadcount', '核定编制数', establishment.approvedHeadcount],
    ['activeStaff', '实有人数', establishment.activeStaff],
    ['vacancies', '空编数', establishment.vacancies],
    ['excess', '超编人数', establishment.excess],
    ['approvedPositions', '核定领导职数', establishment.approvedPositions],
    ['leaders', '实配领导人数', establishment.leaders],
    ['overInstitutions', '超编或超职数机构数', establishment.overInstitutions],
  ];
  for (const [key, item, value] of totals) add('机构编制情况', `establishment.${key}`, item, value);
  for (const row of establishment.byKind) add('按机构类别', `establishment.byKind.${row.kind}`, row.kind, row.institutions);
  for (const row of establishment.byNature) add('按机构性质', `establishment.byNature.${row.nature}`, row.nature, row.institutions);
  for (const row of establishment.byRank) add('按机构规格', `establishment.byRank.${row.rank}`, row.rank, row.institutions);
  for (const row of establishment.byCategory) {
    add('按编制类别', `establishment.byCategory.${row.category}.approvedHeadcount`, `${row.category} 核定编制数`, row.approvedHeadcount);
    add('按编制类别', `establishment.byCategory.${row.category}.activeStaff`, `${row.category} 实有人数`, row.activeStaff);
  }
  add('电子政务机构', 'egovStaffing.approvedHeadcount', '核定编制数', egovStaffing.approvedHeadcount);
  add('电子政务机构', 'egovStaffing.activeStaff', '实有人数', egovStaffing.activeStaff);
  for (const row of staffProfile.byGender) add('人员结构：性别', `staffProfile.byGender.${row.gender}`, row.gender, row.count);
  for (const row of staffProfile.byEducation) add('人员结构：学历', `staffProfile.byEducation.${row.education}`, row.education, row.count);
  for (const row of staffProfile.byAgeBand) add('人员结构：年龄', `staffProfile.byAgeBand.${row.ageBand}`, row.ageBand, row.count);
  return rows;
}

/** This year's rows against last year's, in this year's order, then the rows last year had alone. */
export function compareYears(thisYear: FrozenFigures, lastYear: FrozenFigures): ComparisonRow[] {
  const current = rowsOf(thisYear);
  const previous = rowsOf(lastYear);
  const keys = [...current.keys(), ...[...previous.keys()].filter((key) => !current.has(key))];
  return keys.map((key) => {
    const row = (current.get(key) ?? previous.get(key))!;
    const now = current.get(key)?.value ?? 0;
    const before = previous.get(key)?.value ?? 0;
    return { table: row.table, key, item: row.item, thisYear: now, lastYear: before, change: now - before, changed: now !== before };
  });
}
