import type { Sql } from './register-reading';
import { quotaColumns } from './establishment-register';
import { dateOf } from './register-columns';

/** An institution's current 三定 as the register compares it: quotas by category, positions, internal bodies and functions. */
export interface EstablishmentFigures {
  documentNumber: string | null;
  approvedOn: string | null;
  quotas: Partial<Record<(typeof quotaColumns)[number], number>>;
  principalPositions: number;
  deputyPositions: number;
  internalHeadPositions: number;
  internalBodyNames: string[];
  mainFunctions: string;
}

interface FiguresRow {
  institution_id: number;
  document_number: string | null;
  approved_on: string | null;
  principal_positions: number | null;
  deputy_positions: number | null;
  internal_head_positions: number | null;
  main_functions: string | null;
  quotas: Record<string, number> | null;
  bodies: string[] | null;
}


/**
 * The current 三定 of the bureau's institutions in being, by institution id:
 * the current approval (none: no positions, no functions) and the current
 * quotas and internal bodies, which an institution may have without one
 * (quotas approved one by one: then the latest quota's document and date
 * stand for the approval's).
 */
export async function currentEstablishments(sql: Sql, bureauId: number): Promise<Map<number, EstablishmentFigures>> {
  const rows = await sql<FiguresRow>(
    `select institution.id as institution_id,
            coalesce(approval.document_number, latest_quota.document_number) as document_number, coalesce(approval.approved_on, latest_quota.effective_on) as approved_on,
            approval.principal_positions, approval.deputy_positions,
            approval.internal_head_positions, approval.main_functions,
            (select jsonb_object_agg(quota.category, quota.approved_headcount) from quota where quota.institution_id = institution.id and quota.superseded_on is null) as quotas,
            (select jsonb_agg(body.name order by body.id) from internal_body body where body.institution_id = institution.id and body.abolished_on is null) as bodies
       from institution
       left join establishment_approval approval on approval.institution_id = institution.id and approval.superseded_on is null
       left join lateral (select document_number, effective_on from quota where quota.institution_id = institution.id and quota.superseded_on is null
                           order by effective_on desc, id desc limit 1) latest_quota on true
      where institution.bureau_id = ? and institution.status = 'ACTIVE'`,
    [bureauId],
  );
  return new Map(
    rows.map((row) => [
      row.institution_id,
      {
        documentNumber: row.document_number,
        approvedOn: dateOf(row.approved_on),
        quotas: (row.quotas ?? {}) as EstablishmentFigures['quotas'],
        principalPositions: row.principal_positions ?? 0,
        deputyPositions: row.deputy_positions ?? 0,
        internalHeadPositions: row.internal_head_positions ?? 0,
        internalBodyNames: row.bodies ?? [],
        mainFunctions: row.main_functions ?? '',
      },
    ]),
  );
}

/** Whether two 三定 say the same: the document and date are not compared, since the same figures approved again change nothing. */
export function sameFigures(a: EstablishmentFigures, b: EstablishmentFigures): boolean {
  return (
    quotaColumns.every((category) => a.quotas[category] === b.quotas[category]) &&
    a.principalPositions === b.principalPositions &&
    a.deputyPositions === b.deputyPositions &&
    a.internalHeadPositions === b.internalHeadPositions &&
    [...a.internalBodyNames].sort().join('、') === [...b.internalBodyNames].sort().join('、') &&
    a.mainFunctions === b.mainFunctions
  );
}
