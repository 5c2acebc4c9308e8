import type { EntityManager } from '@mikro-orm/postgresql';
import { institutionColumns, institutionSheet, type InstitutionColumnKey, type InstitutionRegisterRow } from './institution-register';
import { dateOf, registerCells, sheetColumns, type ColumnTerms } from './register-columns';
import { instructionsSheet } from './register-instructions';
import type { CellValue, SheetSpec } from './workbook/workbook-types';

interface ExportedInstitutionRow extends InstitutionRegisterRow {
  supervisor_name: string | null;
  document_number: string | null;
}

/** The bureau's institutions in being, by name, each with its supervisor's name and the document it was established by. */
async function* institutionsOfBureau(em: EntityManager, bureauId: number, terms: ColumnTerms): AsyncGenerator<CellValue[]> {
  const rows = await em.execute<ExportedInstitutionRow[]>(
    `select institution.name, institution.short_name, institution.credit_code, institution.kind, institution.nature, institution.rank, institution.funding,
            supervisor.name as supervisor_name, institution.is_egov_body, institution.established_on, established.document_number
       from institution
       left join institution supervisor on supervisor.id = institution.supervising_institution_id
       left join lateral (select document_number from institution_change where institution_id = institution.id and kind = 'ESTABLISHED' order by id limit 1) established on true
      where institution.bureau_id = ? and institution.status = 'ACTIVE'
      order by institution.name, institution.id`,
    [bureauId],
  );
  for (const row of rows) {
    const values: Record<InstitutionColumnKey, string | null> = {
      name: row.name,
      shortName: row.short_name,
      creditCode: row.credit_code,
      kind: row.kind,
      nature: row.nature,
      rank: row.rank,
      funding: row.funding,
      supervisor: row.supervisor_name,
      isEgovBody: String(row.is_egov_body),
      establishedOn: dateOf(row.established_on),
      documentNumber: row.document_number,
    };
    yield registerCells(institutionColumns, values, terms);
  }
}

/** The institutions register's workbook: the template (no rows) or a bureau's institutions in being, with the instructions sheet. */
export function institutionRegisterSheets(terms: ColumnTerms, source?: { em: EntityManager; bureauId: number }): SheetSpec[] {
  return [
    { name: institutionSheet, columns: sheetColumns(institutionColumns), rows: source ? institutionsOfBureau(source.em, source.bureauId, terms) : [] },
    instructionsSheet(institutionColumns, terms),
  ];
}
