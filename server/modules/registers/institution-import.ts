import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { checkKindNatureFunding, normalizedCreditCode } from '../institution/institution-facts';
import { recordChange } from '../institution/institution-history';
import { InstitutionChangeKind } from '../institution/institution-change-kind';
import { Institution } from '../institution/institution.entity';
import type { FundingForm, InstitutionKind, InstitutionNature } from '../institution/institution-enums';
import type { InstitutionRank } from '../institution/institution-rank';
import { Bureau } from '../bureau/bureau.entity';
import { recordAudit } from '../audit/audit-record';
import { snapshotOf } from '../audit/snapshot';
import { conflict } from '../../errors';
import type { ImportReport } from './import-report';
import { institutionColumns, institutionSheet, type InstitutionColumnKey, type InstitutionRegisterRow } from './institution-register';
import { ProblemLog } from './problem-log';
import { dateOf, headerOf, type ColumnTerms, type ReadRow } from './register-columns';
import { runRegisterImport, type ImportAudit } from './register-import';
import { checked, problemOf, type ProblemPlace, type RowProblem } from './register-problem';
import { registerRowChunks, type ImportRequest, type Sql } from './register-reading';

/** An institution as the registry holds it, as far as the register shows it. */
interface RegisteredInstitution extends InstitutionRegisterRow {
  id: number;
  version: number;
  supervising_institution_id: number | null;
  status: string;
}

/** An institution as a row of the file gives it. */
interface InstitutionRow {
  row: number;
  name: string;
  shortName: string | null;
  creditCode: string | null;
  kind: string;
  nature: string;
  rank: string;
  funding: string | null;
  supervisor: string | null;
  isEgovBody: boolean;
  establishedOn: string | null;
  documentNumber: string | null;
}

/** What the import would write: institutions to establish, in an order where each supervisor comes first, and registered facts to correct. */
interface InstitutionPlan {
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: ProblemLog;
  creates: InstitutionRow[];
  changes: { row: InstitutionRow; target: RegisteredInstitution }[];
}

const header = (key: InstitutionColumnKey) => headerOf(institutionColumns, key);

/** Facts that change only by a decision (更名, 调整规格, 调整性质, 划转), compared for a registered institution. */
const decidedFacts: [InstitutionColumnKey, (row: InstitutionRow, registered: RegisteredInstitution, supervisorName: string | null) => boolean][] = [
  ['name', (row, registered) => row.name === registered.name],
  ['kind', (row, registered) => row.kind === registered.kind],
  ['nature', (row, registered) => row.nature === registered.nature],
  ['rank', (row, registered) => row.rank === registered.rank],
  ['funding', (row, registered) => row.funding === registered.funding],
  ['supervisor', (row, _registered, supervisorName) => row.supervisor === supervisorName],
];

/** Registered facts (登记信息) an import corrects, as updateInstitution does. */
const registeredFacts = (row: InstitutionRow, registered: RegisteredInstitution) =>
  row.shortName === registered.short_name && (row.creditCode ?? registered.credit_code) === registered.credit_code && row.isEgovBody === registered.is_egov_body && (row.establishedOn ?? dateOf(registered.established_on)) === dateOf(registered.established_on);

/**
 * Checks the institutions register of a bureau against the registry, as the
 * API checks an institution established or corrected: kind, nature and
 * funding agree; a credit code is valid and no other institution's; a
 * supervisor is one of the bureau's, registered or in the file, with no
 * cycle. A row names a registered institution by its credit code or, without
 * one, by a name only one of the bureau's institutions has: then its
 * registered facts are corrected, and a fact that changes only by a decision
 * is refused. A new one is established, with its decision (文号, date) in its
 * history. The rows are held whole: a bureau has hundreds of institutions.
 */
async function planInstitutionImport(sql: Sql, request: ImportRequest, terms: ColumnTerms): Promise<InstitutionPlan> {
  const plan: InstitutionPlan = { rows: 0, created: 0, changed: 0, unchanged: 0, problems: new ProblemLog(), creates: [], changes: [] };
  const reads: ReadRow<InstitutionColumnKey>[] = [];
  for await (const chunk of registerRowChunks(request, { sheet: institutionSheet, columns: institutionColumns, chunkRows: 1_000 }, terms, true)) reads.push(...chunk);
  plan.rows = reads.length;
  for (const read of reads) plan.problems.add(...read.problems);
  const registered = await sql<RegisteredInstitution>(
    `select id, version, name, short_name, credit_code, kind, nature, rank, funding, supervising_institution_id, is_egov_body, established_on, status
       from institution where bureau_id = ? order by id`,
    [request.bureau.id],
  );
  const byId = new Map(registered.map((institution) => [institution.id, institution]));
  const byCode = new Map(registered.filter((institution) => institution.credit_code).map((institution) => [institution.credit_code!, institution]));
  const activeByName = new Map<string, RegisteredInstitution[]>();
  for (const institution of registered.filter((each) => each.status === 'ACTIVE')) activeByName.set(institution.name, [...(activeByName.get(institution.name) ?? []), institution]);
  const rows: { row: InstitutionRow; at: (key: InstitutionColumnKey) => ProblemPlace; match?: RegisteredInstitution }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const read of reads.filter((each) => each.problems.every((problem) => problem.severity !== 'ERROR'))) {
    const at = (key: InstitutionColumnKey): ProblemPlace => ({ sheet: institutionSheet, row: read.row, column: header(key) });
    const problems: RowProblem[] = [];
    const values = read.values;
    const creditCode = checked(problems, at('creditCode'), () => normalizedCreditCode('creditCode', values.creditCode));
    checked(problems, (field) => at(field === 'funding' ? 'funding' : 'nature'), () => checkKindNatureFunding(values.kind as InstitutionKind, values.nature as InstitutionNature, values.funding as FundingForm | null, { nature: 'nature', funding: 'funding' }));
    const keys = [creditCode ? `code:${creditCode}` : null, `name:${values.name}`].filter((key): key is string => key !== null);
    const first = keys.map((key) => firstRowOf.get(key)).find((row) => row !== undefined);
    if (first !== undefined) problems.push(problemOf(at(creditCode ? 'creditCode' : 'name'), 'INSTITUTION_TWICE_IN_FILE', { firstRow: first }));
    for (const key of keys) if (!firstRowOf.has(key)) firstRowOf.set(key, read.row);
    const match = creditCode ? byCode.get(creditCode) : activeByName.get(values.name!)?.length === 1 ? activeByName.get(values.name!)![0] : undefined;
    if (match && match.status !== 'ACTIVE') problems.push(problemOf(at('creditCode'), 'INSTITUTION_NOT_ACTIVE', { name: match.name }));
    plan.problems.add(...problems);
    if (problems.length > 0 || creditCode === undefined) continue;
    const row: InstitutionRow = {
      row: read.row,
      name: values.name!,
      shortName: values.shortName,
      creditCode,
      kind: values.kind!,
      nature: values.nature!,
      rank: values.rank!,
      funding: values.funding,
      supervisor: values.supervisor,
      isEgovBody: values.isEgovBody === 'true',
      establishedOn: values.establishedOn,
      documentNumber: values.documentNumber,
    };
    rows.push({ row, at, match });
  }
  // Credit codes the file gives that another institution holds, anywhere: codes are unique nationwide.
  const codes = rows.flatMap(({ row }) => (row.creditCode ? [row.creditCode] : []));
  const holders = new Map(
    (await sql<{ id: number; credit_code: string }>('select id, credit_code from institution where credit_code in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(codes)])).map((holder) => [holder.credit_code, holder.id]),
  );
  const newNames = new Set(rows.filter(({ match }) => !match).map(({ row }) => row.name));
  for (const { row, at, match } of rows) {
    const problems: RowProblem[] = [];
    const holder = row.creditCode ? holders.get(row.creditCode) : undefined;
    if (holder !== undefined && holder !== match?.id) problems.push(problemOf(at('creditCode'), 'CREDIT_CODE_TAKEN'));
    if (row.supervisor !== null && !newNames.has(row.supervisor) && activeByName.get(row.supervisor)?.length !== 1) {
      problems.push(problemOf(at('supervisor'), 'UNKNOWN_REFERENCE', { entity: 'institution', id: row.supervisor }));
    }
    if (match) {
      const supervisorName = match.supervising_institution_id === null ? null : (byId.get(match.supervising_institution_id)?.name ?? null);
      for (const [key, same] of decidedFacts) if (!same(row, match, supervisorName)) problems.push(problemOf(at(key), 'DECISION_REQUIRED', { change: header(key) }));
      plan.problems.add(...problems);
      if (problems.length > 0) continue;
      if (registeredFacts(row, match)) plan.unchanged += 1;
      else plan.changes.push({ row, target: match });
      continue;
    }
    if (row.establishedOn === null) problems.push(problemOf(at('establishedOn'), 'TEXT_EMPTY'));
    if (row.documentNumber === null) problems.push(problemOf(at('documentNumber'), 'TEXT_EMPTY'));
    plan.problems.add(...problems);
    if (problems.length === 0) plan.creates.push(row);
  }
  plan.creates = supervisorsFirst(plan.creates, plan.problems);
  plan.created = plan.creates.length;
  plan.changed = plan.changes.length;
  return plan;
}

/** New institutions ordered so that each one's supervisor, when it is new too, comes before it; those in a cycle are refused. */
function supervisorsFirst(creates: InstitutionRow[], problems: ProblemLog): InstitutionRow[] {
  const byName = new Map(creates.map((row) => [row.name, row]));
  const ordered: InstitutionRow[] = [];
  const placed = new Set<string>();
  let remaining = creates;
  while (remaining.length > 0) {
    const ready = remaining.filter((row) => row.supervisor === null || !byName.has(row.supervisor) || placed.has(row.supervisor));
    if (ready.length === 0) {
      for (const row of remaining) problems.add(problemOf({ sheet: institutionSheet, row: row.row, column: header('supervisor') }, 'SUPERVISION_CYCLE'));
      break;
    }
    for (const row of ready) {
      ordered.push(row);
      placed.add(row.name);
    }
    remaining = remaining.filter((row) => !placed.has(row.name));
  }
  return ordered;
}

/** Establishes the new institutions, supervisors first, and corrects the registered facts of the others, each audited as the API audits it. */
async function writeInstitutions(em: EntityManager, request: ImportRequest, plan: InstitutionPlan, audit: ImportAudit): Promise<void> {
  const bureau = em.getReference(Bureau, request.bureau.id);
  const made = new Map<string, Institution>();
  const supervisorOf = async (name: string | null) => {
    if (name === null) return null;
    return made.get(name) ?? (await em.findOneOrFail(Institution, { bureau: request.bureau.id, name, status: 'ACTIVE' } as never));
  };
  const written: Institution[] = [];
  for (const row of plan.creates) {
    const supervisor = await supervisorOf(row.supervisor);
    const institution = em.create(Institution, {
      bureau,
      name: row.name,
      shortName: row.shortName,
      creditCode: row.creditCode,
      kind: row.kind as InstitutionKind,
      nature: row.nature as InstitutionNature,
      rank: row.rank as InstitutionRank,
      funding: row.funding as FundingForm | null,
      supervisingInstitution: supervisor ? ref(supervisor) : null,
      isEgovBody: row.isEgovBody,
      establishedOn: row.establishedOn,
    });
    recordChange(em, institution, InstitutionChangeKind.ESTABLISHED, { documentNumber: row.documentNumber!, decidedOn: row.establishedOn! }, { after: row.name });
    made.set(row.name, institution);
    written.push(institution);
    // Flushed one by one: the next may name this one as its supervisor.
    await em.flush();
  }
  const befores = new Map<Institution, Record<string, unknown>>();
  for (const { row, target } of plan.changes) {
    const institution = await em.findOneOrFail(Institution, { id: target.id });
    if (institution.version !== target.version) throw conflict('institution', target.id);
    befores.set(institution, snapshotOf(em, institution));
    Object.assign(institution, { shortName: row.shortName, creditCode: row.creditCode ?? institution.creditCode, isEgovBody: row.isEgovBody, establishedOn: row.establishedOn ?? institution.establishedOn });
    written.push(institution);
  }
  await em.flush();
  for (const institution of written) {
    await recordAudit(em, audit.actor, audit.origin, {
      operation: audit.operation,
      recordType: 'Institution',
      recordId: institution.id,
      bureauPath: audit.bureauPath,
      before: befores.get(institution) ?? null,
      after: snapshotOf(em, institution),
      reason: audit.reason,
    });
  }
}

/** Imports a bureau's institutions register (机构信息表): establishes the new institutions and corrects the registered facts of the others. */
export function importInstitutionRegister(em: EntityManager, terms: ColumnTerms, request: ImportRequest): Promise<ImportReport> {
  let checkedPlan: InstitutionPlan | undefined;
  return runRegisterImport(em, request, {
    register: 'institutions',
    operation: 'importInstitutionRegister',
    recordCalled: 'institution',
    check: async (sql) => {
      checkedPlan = await planInstitutionImport(sql, request, terms);
      request.progress({ phase: 'checking', rows: checkedPlan.rows });
      return checkedPlan;
    },
    write: (transaction, audit) => writeInstitutions(transaction, request, checkedPlan!, audit),
  });
}
