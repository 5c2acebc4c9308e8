import type { ReadPool } from '../../database/read-pool';
import type { Bureau } from '../bureau/bureau.entity';
import type { EstablishmentStatistics } from '../statistics/establishment-statistics.types';
import { AnnualReturnStatus } from './annual-return-status';
import type { AnnualReturn } from './annual-return.entity';
import type { FrozenFigures } from './frozen-figures';
import { CheckSeverity, checkRowsShown, ReturnCheckCode, type ReturnCheck, type ReturnCheckRow } from './return-checks.types';

// The checks (审核规则) of a return: those of the registry, run when it is made and kept with its figures,
// and the comparison with the child bureaus' returns, run whenever they are asked for (they change apart).

const severityOf: Record<ReturnCheckCode, CheckSeverity> = {
  TOTALS_DISAGREE: CheckSeverity.BLOCKING,
  MISSING_CREDIT_CODE: CheckSeverity.BLOCKING,
  CHILDREN_DISAGREE: CheckSeverity.BLOCKING,
  OVER_STAFFED: CheckSeverity.WARNING,
  CHANGED_SINCE_CUTOFF: CheckSeverity.WARNING,
};

const messages: Record<ReturnCheckCode, (count: number) => [zh: string, en: string]> = {
  TOTALS_DISAGREE: (count) => [`${count} 处表内合计与分项之和不符`, `${count} table totals differ from the sum of their rows`],
  MISSING_CREDIT_CODE: (count) => [`${count} 个机构缺统一社会信用代码`, `${count} institutions have no unified social credit code`],
  CHILDREN_DISAGREE: (count) => [`${count} 处与本级及下级报表之和不符或下级报表未审核`, `${count} figures differ from the own level plus the child bureaus' returns, or child returns are not accepted`],
  OVER_STAFFED: (count) => [`${count} 个机构超编，须说明原因`, `${count} institutions are over their approved headcount and need an explanation`],
  CHANGED_SINCE_CUTOFF: (count) => [`${count} 个机构在截止日后有变动`, `${count} institutions changed after the cut-off date`],
};

function check(code: ReturnCheckCode, rowCount: number, rows: ReturnCheckRow[]): ReturnCheck {
  const [message, messageEn] = messages[code](rowCount);
  return { code, severity: severityOf[code], message, messageEn, rowCount, rows: rows.slice(0, checkRowsShown) };
}

const tableRow = (detail: string): ReturnCheckRow => ({ institutionId: null, institutionName: null, bureauCode: null, detail });
const sum = <Row>(rows: Row[], value: (row: Row) => number) => rows.reduce((total, row) => total + value(row), 0);

/** Each table's totals against the sum of its rows. */
function totalsCheck(figures: Pick<FrozenFigures, 'establishment' | 'staffProfile'>): ReturnCheck | null {
  const { establishment, staffProfile } = figures;
  const pairs: [label: string, total: number, rows: number][] = [
    ['机构数 / 按机构类别', establishment.institutions, sum(establishment.byKind, (row) => row.institutions)],
    ['机构数 / 按机构性质', establishment.institutions, sum(establishment.byNature, (row) => row.institutions)],
    ['机构数 / 按机构规格', establishment.institutions, sum(establishment.byRank, (row) => row.institutions)],
    ['核定编制数 / 按编制类别', establishment.approvedHeadcount, sum(establishment.byCategory, (row) => row.approvedHeadcount)],
    ['实有人数 / 按编制类别', establishment.activeStaff, sum(establishment.byCategory, (row) => row.activeStaff)],
    ['实有人数 / 人员结构', establishment.activeStaff, staffProfile.total],
    ['人员结构 / 按性别', staffProfile.total, sum(staffProfile.byGender, (row) => row.count)],
    ['人员结构 / 按学历', staffProfile.total, sum(staffProfile.byEducation, (row) => row.count)],
    ['人员结构 / 按年龄段', staffProfile.total, sum(staffProfile.byAgeBand, (row) => row.count)],
  ];
  const rows = pairs.filter(([, total, parts]) => total !== parts).map(([label, total, parts]) => tableRow(`${label}: 合计 ${total}，分项之和 ${parts}`));
  return rows.length > 0 ? check(ReturnCheckCode.TOTALS_DISAGREE, rows.length, rows) : null;
}

interface InstitutionRow {
  institution_id: number;
  institution_name: string;
  bureau_code: string;
  detail: string;
  row_count: number;
}

/** A check over institutions of the subtree: the first rows of the statement and how many there are in all. */
async function institutionCheck(reads: ReadPool, code: ReturnCheckCode, sql: string, values: unknown[]): Promise<ReturnCheck | null> {
  const rows = await reads.rows<InstitutionRow>(sql, values);
  if (rows.length === 0) return null;
  return check(
    code,
    rows[0].row_count,
    rows.map((row) => ({ institutionId: String(row.institution_id), institutionName: row.institution_name, bureauCode: row.bureau_code, detail: row.detail })),
  );
}

/** The checks of the registry under the bureau, as it stands when the return is made; kept with the figures. */
export async function registryChecks(reads: ReadPool, bureau: Bureau, cutoffOn: string, figures: Pick<FrozenFigures, 'establishment' | 'staffProfile'>): Promise<ReturnCheck[]> {
  const under = `${bureau.path}%`;
  const checks = await Promise.all([
    institutionCheck(
      reads,
      ReturnCheckCode.MISSING_CREDIT_CODE,
      `select institution.id as institution_id, institution.name as institution_name, bureau.code as bureau_code, '缺统一社会信用代码' as detail, count(*) over ()::int as row_count
         from institution join bureau on bureau.id = institution.bureau_id
        where bureau.path like $1 and institution.status = 'ACTIVE' and institution.credit_code is null
        order by bureau.code, institution.name, institution.id limit ${checkRowsShown}`,
      [under],
    ),
    institutionCheck(
      reads,
      ReturnCheckCode.OVER_STAFFED,
      `select alert.institution_id, alert.institution_name, bureau.code as bureau_code,
              '超编：' || alert.category || ' 核定 ' || alert.approved || '，实有 ' || alert.actual as detail, count(*) over ()::int as row_count
         from quota_alert alert join institution on institution.id = alert.institution_id join bureau on bureau.id = institution.bureau_id
        where alert.bureau_path like $1 and alert.kind = 'OVER_STAFFED' and alert.resolved_at is null
        order by bureau.code, alert.institution_name, alert.id limit ${checkRowsShown}`,
      [under],
    ),
    institutionCheck(
      reads,
      ReturnCheckCode.CHANGED_SINCE_CUTOFF,
      `with later as (
         select institution_id, count(*) as changes from institution_change where decided_on > $2::date group by institution_id
         union all select institution_id, count(*) from staff where hired_on > $2::date group by institution_id
         union all select institution_id, count(*) from staff where exited_on > $2::date group by institution_id
       )
       select institution.id as institution_id, institution.name as institution_name, bureau.code as bureau_code,
              '截止日后变动 ' || sum(later.changes) || ' 项' as detail, count(*) over ()::int as row_count
         from later join institution on institution.id = later.institution_id join bureau on bureau.id = institution.bureau_id
        where bureau.path like $1
        group by institution.id, institution.name, bureau.code
        order by bureau.code, institution.name, institution.id limit ${checkRowsShown}`,
      [under, cutoffOn],
    ),
  ]);
  return [totalsCheck(figures), ...checks].filter((found): found is ReturnCheck => found !== null);
}

const comparedTotals: [label: string, value: (figures: EstablishmentStatistics) => number][] = [
  ['机构数', (figures) => figures.institutions],
  ['核定编制数', (figures) => figures.approvedHeadcount],
  ['实有人数', (figures) => figures.activeStaff],
  ['空编数', (figures) => figures.vacancies],
  ['核定领导职数', (figures) => figures.approvedPositions],
  ['实配领导人数', (figures) => figures.leaders],
];

/**
 * The return against its own level plus its child bureaus' returns, every
 * one of which must be accepted; none for a bureau without children.
 */
export async function childrenCheck(reads: ReadPool, annualReturn: AnnualReturn): Promise<ReturnCheck | null> {
  const children = await reads.rows<{ code: string; status: AnnualReturnStatus | null; establishment: EstablishmentStatistics | null }>(
    `select child.code, annual_return.status, annual_return.figures->'establishment' as establishment
       from bureau child left join annual_return on annual_return.bureau_id = child.id and annual_return.period_id = $1
      where child.parent_id = $2 order by child.code`,
    [annualReturn.period.id, annualReturn.bureau.id],
  );
  if (children.length === 0) return null;
  const rows: ReturnCheckRow[] = children
    .filter((child) => child.status !== AnnualReturnStatus.ACCEPTED)
    .map((child) => ({ institutionId: null, institutionName: null, bureauCode: child.code, detail: '下级报表未审核' }));
  if (rows.length === 0) {
    const own = annualReturn.figures.ownEstablishment;
    for (const [label, value] of comparedTotals) {
      const parts = value(own) + sum(children, (child) => value(child.establishment!));
      const total = value(annualReturn.figures.establishment);
      if (parts !== total) rows.push(tableRow(`${label}: 本表 ${total}，本级及下级之和 ${parts}`));
    }
  }
  return rows.length > 0 ? check(ReturnCheckCode.CHILDREN_DISAGREE, rows.length, rows) : null;
}

/** Every check a return fails now: those kept from when it was made, and the comparison with its children. */
export async function checksOf(reads: ReadPool, annualReturn: AnnualReturn): Promise<ReturnCheck[]> {
  const children = await childrenCheck(reads, annualReturn);
  return [...(annualReturn.figures.checks ?? []), ...(children ? [children] : [])];
}

