import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { recordAudit } from '../audit/audit-record';
import { snapshotOf } from '../audit/snapshot';
import { approveEstablishment } from '../establishment/establishment.service';
import type { ApproveEstablishmentInput } from '../establishment/establishment.inputs';
import { Institution } from '../institution/institution.entity';
import type { QuotaCategory } from '../quota/quota-category';
import { currentEstablishments, sameFigures, type EstablishmentFigures } from './establishment-figures';
import { establishmentColumns, establishmentSheet, quotaColumns, type EstablishmentColumnKey } from './establishment-register';
import type { ImportReport } from './import-report';
import { InstitutionFinder } from './institution-finder';
import { ProblemLog } from './problem-log';
import { headerOf, type ColumnTerms, type ReadRow } from './register-columns';
import { runRegisterImport, type ImportAudit } from './register-import';
import { problemFromError, problemOf, type ProblemPlace, type RowProblem } from './register-problem';
import { registerRowChunks, sqlOf, type ImportRequest } from './register-reading';

interface EstablishmentCounts {
  rows: number;
  created: number;
  changed: number;
  unchanged: number;
  problems: ProblemLog;
}

const header = (key: EstablishmentColumnKey) => headerOf(establishmentColumns, key);

/** The column a refusal of approveEstablishment names, by the input field it names. */
function columnOfField(field: string): EstablishmentColumnKey {
  const quota = /^quotas\.(\d+)\./.exec(field);
  if (quota) return 'ADMINISTRATIVE';
  if (field.startsWith('internalBodyNames')) return 'internalBodyNames';
  return (['documentNumber', 'approvedOn', 'principalPositions', 'deputyPositions', 'internalHeadPositions', 'mainFunctions'] as const).find((key) => key === field) ?? 'deputyPositions';
}

/** The 三定 a row gives. */
function figuresOf(values: Record<EstablishmentColumnKey, string | null>): EstablishmentFigures {
  const quotas: EstablishmentFigures['quotas'] = {};
  for (const category of quotaColumns) if (values[category] !== null) quotas[category] = Number(values[category]);
  return {
    documentNumber: values.documentNumber,
    approvedOn: values.approvedOn,
    quotas,
    principalPositions: Number(values.principalPositions ?? 0),
    deputyPositions: Number(values.deputyPositions ?? 0),
    internalHeadPositions: Number(values.internalHeadPositions ?? 0),
    internalBodyNames: (values.internalBodyNames ?? '').split(/[、,，;；\n]/).map((name) => name.trim()).filter((name) => name !== ''),
    mainFunctions: values.mainFunctions ?? '',
  };
}

/** Thrown to undo a dry run's writes: the same checks as a commit, the API's own, then nothing kept. */
class DryRunDone extends Error {}

/**
 * Records each row's 三定 that differs from the institution's current one as
 * a new 三定, by the API's own approveEstablishment (the same checks, the
 * same supersession of quotas and internal bodies, the same history), each
 * row in a savepoint so that a refused row leaves nothing and the others go
 * on; a row the same as the current 三定 is left alone. In a dry run the
 * writes are made in a transaction and undone.
 */
async function applyEstablishments(em: EntityManager, request: ImportRequest, terms: ColumnTerms, audit: ImportAudit | null): Promise<EstablishmentCounts> {
  const counts: EstablishmentCounts = { rows: 0, created: 0, changed: 0, unchanged: 0, problems: new ProblemLog() };
  const sql = sqlOf(em);
  const finder = await InstitutionFinder.of(sql, request.bureau.id);
  const current = await currentEstablishments(sql, request.bureau.id);
  const firstRowOf = new Map<number, number>();
  for await (const chunk of registerRowChunks(request, { sheet: establishmentSheet, columns: establishmentColumns, chunkRows: 500 }, terms, true)) {
    counts.rows += chunk.length;
    for (const read of chunk) await applyRow(em, read, { finder, current, firstRowOf, counts, audit, bureauPath: request.bureau.path });
    request.progress({ phase: 'checking', rows: counts.rows });
  }
  return counts;
}

interface RowContext {
  finder: InstitutionFinder;
  current: Map<number, EstablishmentFigures>;
  firstRowOf: Map<number, number>;
  counts: EstablishmentCounts;
  audit: ImportAudit | null;
  bureauPath: string;
}

async function applyRow(em: EntityManager, read: ReadRow<EstablishmentColumnKey>, context: RowContext): Promise<void> {
  const { counts } = context;
  const at = (key: EstablishmentColumnKey): ProblemPlace => ({ sheet: establishmentSheet, row: read.row, column: header(key) });
  const problems: RowProblem[] = [...read.problems];
  const institution = problems.length === 0 ? context.finder.find({ name: read.values.name, creditCode: read.values.creditCode }, { name: at('name'), creditCode: at('creditCode') }, problems) : undefined;
  if (institution) {
    const first = context.firstRowOf.get(institution.id);
    if (first !== undefined) problems.push(problemOf(at('name'), 'INSTITUTION_TWICE_IN_FILE', { firstRow: first }));
    else context.firstRowOf.set(institution.id, read.row);
  }
  if (!institution || problems.length > 0) return counts.problems.add(...problems);
  const figures = figuresOf(read.values);
  if (sameFigures(figures, context.current.get(institution.id)!)) {
    counts.unchanged += 1;
    return;
  }
  if (figures.documentNumber === null) problems.push(problemOf(at('documentNumber'), 'TEXT_EMPTY'));
  if (figures.approvedOn === null) problems.push(problemOf(at('approvedOn'), 'TEXT_EMPTY'));
  if (problems.length > 0) return counts.problems.add(...problems);
  const input: ApproveEstablishmentInput = {
    institutionId: String(institution.id),
    documentNumber: figures.documentNumber!,
    approvedOn: figures.approvedOn!,
    mainFunctions: figures.mainFunctions,
    internalBodyNames: figures.internalBodyNames,
    quotas: quotaColumns.filter((category) => figures.quotas[category] !== undefined).map((category) => ({ category: category as QuotaCategory, headcount: figures.quotas[category]! })),
    principalPositions: figures.principalPositions,
    deputyPositions: figures.deputyPositions,
    internalHeadPositions: figures.internalHeadPositions,
  };
  try {
    await em.transactional(async (row) => {
      const approval = await approveEstablishment(row, await row.findOneOrFail(Institution, { id: institution.id }), input);
      await row.flush();
      if (context.audit) {
        await recordAudit(row, context.audit.actor, context.audit.origin, {
          operation: context.audit.operation,
          recordType: 'EstablishmentApproval',
          recordId: approval.id,
          bureauPath: context.bureauPath,
          before: null,
          after: snapshotOf(row, approval),
          reason: context.audit.reason,
        });
      }
    });
    counts.changed += 1;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    counts.problems.add(problemFromError(at(columnOfField(String(error.extensions.field ?? ''))), error));
  }
}

/**
 * Imports a bureau's 三定 register (三定信息表): for each institution whose
 * row differs from its current 三定, a new 三定 approved by the row's
 * document. The check is the writing itself, undone for a dry run; in a
 * commit, a file with any error is refused whole and its writes undone with it.
 */
export function importEstablishmentRegister(em: EntityManager, terms: ColumnTerms, request: ImportRequest): Promise<ImportReport> {
  return runRegisterImport(em, request, {
    register: 'establishments',
    operation: 'importEstablishmentRegister',
    recordCalled: '三定',
    check: async (_sql, checking, audit) => {
      if (checking.isInTransaction()) return applyEstablishments(checking, request, terms, audit);
      let counts: EstablishmentCounts | undefined;
      await checking
        .transactional(async (transaction) => {
          counts = await applyEstablishments(transaction, request, terms, null);
          throw new DryRunDone();
        })
        .catch((error: unknown) => {
          if (!(error instanceof DryRunDone)) throw error;
        });
      return counts!;
    },
    // Written by the check, in the commit's transaction: nothing is left to write.
    write: async () => undefined,
  });
}
