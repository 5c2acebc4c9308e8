import { requireNotBefore } from '../../common/validation';
import { badUserInput, inputProblemError } from '../../errors';
import { normalizedCreditCode } from '../institution/institution-facts';
import { readNationalId } from '../staff/national-id';
import type { ReadRow } from './register-columns';
import { checked, problemFromError, problemOf, type ProblemPlace, type RowProblem } from './register-problem';
import { dateOf, staffSheet, staffColumns, type StaffColumnKey, type StaffRegisterRow } from './staff-register';

/** Runs one statement (`?` placeholders) in the import's connection or transaction. */
export type Sql = <Row>(sql: string, parameters: unknown[]) => Promise<Row[]>;

/** A person as a row of the file sets them, ready to write. */
export interface StaffValues {
  institutionId: number;
  name: string;
  nationalId: string;
  gender: string;
  birthDate: string;
  quotaCategory: string;
  education: string;
  position: string;
  leadershipTier: string | null;
  hiredOn: string;
}

/** A person in post whose row changes them. */
export interface StaffChange {
  row: number;
  id: number;
  version: number;
  values: StaffValues;
}

/** What committing the file would do, and what keeps it from being committed. */
export interface StaffImportPlan {
  rows: number;
  creates: (StaffValues & { row: number })[];
  changes: StaffChange[];
  unchanged: number;
  /** Errors (nothing is committed while there is one) and warnings, in row order. */
  problems: RowProblem[];
}

interface InstitutionRow {
  id: number;
  name: string;
  credit_code: string | null;
  status: string;
}

interface ActiveStaffRow extends StaffRegisterRow {
  version: number;
  institution_id: number;
}

const compared = ['name', 'quotaCategory', 'education', 'position', 'leadershipTier', 'hiredOn'] as const;

function valuesOfActive(row: ActiveStaffRow): StaffValues {
  return {
    institutionId: row.institution_id,
    name: row.name,
    nationalId: row.national_id,
    gender: row.gender,
    birthDate: dateOf(row.birth_date)!,
    quotaCategory: row.quota_category,
    education: row.education,
    position: row.position,
    leadershipTier: row.leadership_tier,
    hiredOn: dateOf(row.hired_on)!,
  };
}

const header = (key: StaffColumnKey) => staffColumns.find((column) => column.key === key)!.header;

/** The bureau's own institutions, found by credit code or, without one, by a name only one of them has. */
class InstitutionFinder {
  private readonly byCode = new Map<string, InstitutionRow>();
  private readonly byName = new Map<string, InstitutionRow[]>();

  constructor(institutions: InstitutionRow[]) {
    for (const institution of institutions) {
      if (institution.credit_code) this.byCode.set(institution.credit_code, institution);
      this.byName.set(institution.name, [...(this.byName.get(institution.name) ?? []), institution]);
    }
  }

  find(values: Record<StaffColumnKey, string | null>, at: (key: StaffColumnKey) => ProblemPlace, problems: RowProblem[]): InstitutionRow | undefined {
    const code = checked(problems, at('creditCode'), () => normalizedCreditCode('creditCode', values.creditCode));
    if (code === undefined) return undefined;
    const found = code ? this.byCode.get(code) : this.byName.get(values.institution ?? '')?.length === 1 ? this.byName.get(values.institution!)![0] : undefined;
    if (!found) {
      problems.push(code ? problemOf(at('creditCode'), 'UNKNOWN_REFERENCE', { entity: 'institution', id: code }) : problemOf(at('institution'), 'UNKNOWN_REFERENCE', { entity: 'institution', id: values.institution ?? '' }));
      return undefined;
    }
    if (found.status !== 'ACTIVE') {
      problems.push(problemOf(at(code ? 'creditCode' : 'institution'), 'INSTITUTION_NOT_ACTIVE', { name: found.name }));
      return undefined;
    }
    return found;
  }
}

/** The person a row describes, checked as createStaff checks one: the ID number's own facts, and what the row says beside them. */
function personOf(read: ReadRow<StaffColumnKey>, institution: InstitutionRow, at: (key: StaffColumnKey) => ProblemPlace, problems: RowProblem[]): StaffValues | undefined {
  const { values } = read;
  const before = problems.length;
  const facts = readNationalId(values.nationalId!.toUpperCase());
  if ('problem' in facts) {
    problems.push(problemFromError(at('nationalId'), inputProblemError('nationalId', facts.problem)));
    return undefined;
  }
  if (values.gender !== null && values.gender !== facts.gender) problems.push(problemOf(at('gender'), 'GENDER_DISAGREES_WITH_NATIONAL_ID', { recorded: facts.gender }));
  if (values.birthDate !== null && values.birthDate !== facts.birthDate) problems.push(problemOf(at('birthDate'), 'BIRTH_DATE_DISAGREES_WITH_NATIONAL_ID', { recorded: facts.birthDate }));
  checked(problems, at('hiredOn'), () => requireNotBefore('hiredOn', values.hiredOn!, 'the birth date', facts.birthDate));
  if (problems.length > before) return undefined;
  return {
    institutionId: institution.id,
    name: values.name!,
    nationalId: values.nationalId!.toUpperCase(),
    gender: facts.gender,
    birthDate: facts.birthDate,
    quotaCategory: values.quotaCategory!,
    education: values.education!,
    position: values.position!,
    leadershipTier: values.leadershipTier,
    hiredOn: values.hiredOn!,
  };
}

/** Free posts per institution and cell, taken as the file's rows take them, in row order. */
class Vacancies {
  private readonly free = new Map<string, number>();

  constructor(rows: { institution_id: number; dimension: string; key: string; free: number }[]) {
    for (const row of rows) this.free.set(`${row.institution_id}/${row.dimension}/${row.key}`, Number(row.free));
  }

  /** Takes one post; false when none was free. */
  take(institutionId: number, dimension: 'CATEGORY' | 'TIER', key: string): { taken: boolean; free: number } {
    const cell = `${institutionId}/${dimension}/${key}`;
    const free = this.free.get(cell) ?? 0;
    this.free.set(cell, free - 1);
    return { taken: free > 0, free: Math.max(free, 0) };
  }
}

/**
 * Checks every row as the API checks one person, against the registry as the
 * statement reads it (in the commit, under the institutions' locks), and
 * against the file's other rows: what would be created, changed and left
 * alone, and every problem. A person already in post in the row's institution
 * is changed (a new quota category or tier takes a free post, as updateStaff
 * requires); a person new to it is recorded as already in post (存量人员登记,
 * as createStaff does), over quota only with a warning, since the registry
 * records people as they are and raises the alert.
 */
export async function planStaffImport(sql: Sql, bureauId: number, reads: ReadRow<StaffColumnKey>[]): Promise<StaffImportPlan> {
  const problems: RowProblem[] = reads.flatMap((read) => read.problems);
  const usable = reads.filter((read) => read.problems.every((problem) => problem.severity !== 'ERROR'));
  const finder = new InstitutionFinder(await sql<InstitutionRow>('select id, name, credit_code, status from institution where bureau_id = ?', [bureauId]));
  const nationalIds = [...new Set(usable.map((read) => read.values.nationalId!.toUpperCase()))];
  const active = new Map(
    (
      await sql<ActiveStaffRow>(
        `select id, version, institution_id, name, national_id, gender, birth_date, quota_category, education, position, leadership_tier, hired_on
           from staff where status = 'ACTIVE' and national_id in (select jsonb_array_elements_text(?::jsonb))`,
        [JSON.stringify(nationalIds)],
      )
    ).map((row) => [row.national_id, row]),
  );
  const firstRowOf = new Map<string, number>();
  const people: { read: ReadRow<StaffColumnKey>; person: StaffValues }[] = [];
  for (const read of usable) {
    const at = (key: StaffColumnKey): ProblemPlace => ({ sheet: staffSheet, row: read.row, column: header(key) });
    const nationalId = read.values.nationalId!.toUpperCase();
    const first = firstRowOf.get(nationalId);
    if (first !== undefined) {
      problems.push(problemOf(at('nationalId'), 'NATIONAL_ID_TWICE_IN_FILE', { firstRow: first }));
      continue;
    }
    firstRowOf.set(nationalId, read.row);
    const institution = finder.find(read.values, at, problems);
    const person = institution && personOf(read, institution, at, problems);
    if (person) people.push({ read, person });
  }
  const institutionIds = [...new Set(people.map(({ person }) => person.institutionId))];
  const vacancies = new Vacancies(
    await sql<{ institution_id: number; dimension: string; key: string; free: number }>(
      'select institution_id, dimension, key, free from staffing_vacancy where institution_id in (select jsonb_array_elements_text(?::jsonb)::int)',
      [JSON.stringify(institutionIds)],
    ),
  );
  const plan: StaffImportPlan = { rows: reads.length, creates: [], changes: [], unchanged: 0, problems };
  for (const { read, person } of people) {
    const at = (key: StaffColumnKey): ProblemPlace => ({ sheet: staffSheet, row: read.row, column: header(key) });
    const existing = active.get(person.nationalId);
    if (existing && existing.institution_id !== person.institutionId) {
      problems.push(problemOf(at('nationalId'), 'NATIONAL_ID_ACTIVE_ELSEWHERE'));
      continue;
    }
    if (existing) {
      const now = valuesOfActive(existing);
      if (compared.every((field) => now[field] === person[field])) {
        plan.unchanged += 1;
        continue;
      }
      const before = problems.length;
      if (person.quotaCategory !== now.quotaCategory) {
        const { taken, free } = vacancies.take(person.institutionId, 'CATEGORY', person.quotaCategory);
        if (!taken) problems.push(problemFromError(at('quotaCategory'), badUserInput('quotaCategory', 'NO_VACANCY', { free })));
      }
      if (person.leadershipTier !== null && person.leadershipTier !== now.leadershipTier) {
        const { taken, free } = vacancies.take(person.institutionId, 'TIER', person.leadershipTier);
        if (!taken) problems.push(problemFromError(at('leadershipTier'), badUserInput('leadershipTier', 'NO_VACANT_POSITION', { free })));
      }
      if (problems.length === before) plan.changes.push({ row: read.row, id: existing.id, version: existing.version, values: person });
      continue;
    }
    const category = vacancies.take(person.institutionId, 'CATEGORY', person.quotaCategory);
    if (!category.taken) problems.push({ ...problemFromError(at('quotaCategory'), badUserInput('quotaCategory', 'NO_VACANCY', { free: category.free })), severity: 'WARNING' });
    if (person.leadershipTier !== null) {
      const tier = vacancies.take(person.institutionId, 'TIER', person.leadershipTier);
      if (!tier.taken) problems.push({ ...problemFromError(at('leadershipTier'), badUserInput('leadershipTier', 'NO_VACANT_POSITION', { free: tier.free })), severity: 'WARNING' });
    }
    plan.creates.push({ ...person, row: read.row });
  }
  problems.sort((a, b) => a.row - b.row);
  return plan;
}
