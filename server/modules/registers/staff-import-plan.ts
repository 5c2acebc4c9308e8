import { requireNotBefore } from '../../common/validation';
import { inputProblemError } from '../../errors';
import { readNationalId } from '../staff/national-id';
import { dateOf, headerOf, type ReadRow } from './register-columns';
import { InstitutionFinder, type FoundInstitution } from './institution-finder';
import { ProblemLog } from './problem-log';
import type { Sql } from './register-reading';
import { checked, problemFromError, problemOf, type ProblemPlace, type RowProblem } from './register-problem';
import { staffSheet, staffColumns, type StaffColumnKey, type StaffRegisterRow } from './staff-register';


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

/** What a chunk of rows would write. */
export interface StaffChunkPlan {
  creates: (StaffValues & { row: number })[];
  changes: StaffChange[];
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

const header = (key: StaffColumnKey) => headerOf(staffColumns, key);

/** The person a row describes, checked as createStaff checks one: the ID number's own facts, and what the row says beside them. */
function personOf(read: ReadRow<StaffColumnKey>, institution: FoundInstitution, at: (key: StaffColumnKey) => ProblemPlace, problems: RowProblem[]): StaffValues | undefined {
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
 * Checks the rows as the API checks one person, against the registry as the
 * statements read it (in the commit, under the institutions' locks), and
 * against the file's rows before them, a chunk at a time so that no more than
 * a chunk is held: what would be created, changed and left alone, and every
 * problem. A person already in post in the row's institution is changed (a
 * new quota category or tier takes a free post, as updateStaff requires); a
 * person new to it is recorded as already in post (存量人员登记, as
 * createStaff does), over quota only with a warning, since the registry
 * records people as they are and raises the alert.
 */
export class StaffImportPlanner {
  readonly problems = new ProblemLog();
  rows = 0;
  created = 0;
  changed = 0;
  unchanged = 0;
  private readonly firstRowOf = new Map<string, number>();

  private constructor(
    private readonly sql: Sql,
    private readonly finder: InstitutionFinder,
    private readonly vacancies: Vacancies,
  ) {}

  static async start(sql: Sql, bureauId: number): Promise<StaffImportPlanner> {
    const finder = await InstitutionFinder.of(sql, bureauId);
    const vacancies = new Vacancies(
      await sql<{ institution_id: number; dimension: string; key: string; free: number }>(
        'select institution_id, dimension, key, free from staffing_vacancy where institution_id in (select id from institution where bureau_id = ?)',
        [bureauId],
      ),
    );
    return new StaffImportPlanner(sql, finder, vacancies);
  }

  /** Checks the next rows of the file, in order: what they would write. */
  async plan(reads: ReadRow<StaffColumnKey>[]): Promise<StaffChunkPlan> {
    const log = this.problems;
    this.rows += reads.length;
    for (const read of reads) log.add(...read.problems);
    const usable = reads.filter((read) => read.problems.every((problem) => problem.severity !== 'ERROR'));
    const nationalIds = [...new Set(usable.map((read) => read.values.nationalId!.toUpperCase()))];
    const active = new Map(
      (
        await this.sql<ActiveStaffRow>(
          `select id, version, institution_id, name, national_id, gender, birth_date, quota_category, education, position, leadership_tier, hired_on
             from staff where status = 'ACTIVE' and national_id in (select jsonb_array_elements_text(?::jsonb))`,
          [JSON.stringify(nationalIds)],
        )
      ).map((row) => [row.national_id, row]),
    );
    const chunk: StaffChunkPlan = { creates: [], changes: [] };
    for (const read of usable) {
      const at = (key: StaffColumnKey): ProblemPlace => ({ sheet: staffSheet, row: read.row, column: header(key) });
      const nationalId = read.values.nationalId!.toUpperCase();
      const first = this.firstRowOf.get(nationalId);
      if (first !== undefined) {
        log.add(problemOf(at('nationalId'), 'NATIONAL_ID_TWICE_IN_FILE', { firstRow: first }));
        continue;
      }
      this.firstRowOf.set(nationalId, read.row);
      const problems: RowProblem[] = [];
      const institution = this.finder.find({ name: read.values.institution, creditCode: read.values.creditCode }, { name: at('institution'), creditCode: at('creditCode') }, problems);
      const person = institution && personOf(read, institution, at, problems);
      log.add(...problems);
      if (person) this.planPerson(read.row, person, active.get(person.nationalId), at, chunk);
    }
    return chunk;
  }

  private planPerson(row: number, person: StaffValues, existing: ActiveStaffRow | undefined, at: (key: StaffColumnKey) => ProblemPlace, chunk: StaffChunkPlan): void {
    const log = this.problems;
    if (existing && existing.institution_id !== person.institutionId) {
      log.add(problemOf(at('nationalId'), 'NATIONAL_ID_ACTIVE_ELSEWHERE'));
      return;
    }
    if (existing) {
      const now = valuesOfActive(existing);
      if (compared.every((field) => now[field] === person[field])) {
        this.unchanged += 1;
        return;
      }
      const problems: RowProblem[] = [];
      if (person.quotaCategory !== now.quotaCategory) {
        const { taken, free } = this.vacancies.take(person.institutionId, 'CATEGORY', person.quotaCategory);
        if (!taken) problems.push(problemOf(at('quotaCategory'), 'NO_VACANCY', { free }));
      }
      if (person.leadershipTier !== null && person.leadershipTier !== now.leadershipTier) {
        const { taken, free } = this.vacancies.take(person.institutionId, 'TIER', person.leadershipTier);
        if (!taken) problems.push(problemOf(at('leadershipTier'), 'NO_VACANT_POSITION', { free }));
      }
      log.add(...problems);
      if (problems.length > 0) return;
      this.changed += 1;
      chunk.changes.push({ row, id: existing.id, version: existing.version, values: person });
      return;
    }
    const category = this.vacancies.take(person.institutionId, 'CATEGORY', person.quotaCategory);
    // Told by the API's reasons, made without an error: a file over quota has as many warnings as rows.
    if (!category.taken) log.add(problemOf(at('quotaCategory'), 'NO_VACANCY', { free: category.free }, 'WARNING'));
    if (person.leadershipTier !== null) {
      const tier = this.vacancies.take(person.institutionId, 'TIER', person.leadershipTier);
      if (!tier.taken) log.add(problemOf(at('leadershipTier'), 'NO_VACANT_POSITION', { free: tier.free }, 'WARNING'));
    }
    this.created += 1;
    chunk.creates.push({ ...person, row });
  }
}
