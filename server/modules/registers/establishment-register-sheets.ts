import type { EntityManager } from '@mikro-orm/postgresql';
import { currentEstablishments } from './establishment-figures';
import { establishmentColumns, establishmentSheet, quotaColumns, type EstablishmentColumnKey } from './establishment-register';
import { registerCells, sheetColumns, type ColumnTerms } from './register-columns';
import { instructionsSheet } from './register-instructions';
import { sqlOf } from './register-reading';
import type { CellValue, SheetSpec } from './workbook/workbook-types';

/** The current 三定 of the bureau's institutions in being, by institution name. */
async function* establishmentsOfBureau(em: EntityManager, bureauId: number, terms: ColumnTerms): AsyncGenerator<CellValue[]> {
  const institutions = await em.execute<{ id: number; name: string; credit_code: string | null }[]>(
    `select id, name, credit_code from institution where bureau_id = ? and status = 'ACTIVE' order by name, id`,
    [bureauId],
  );
  const current = await currentEstablishments(sqlOf(em), bureauId);
  for (const institution of institutions) {
    const figures = current.get(institution.id)!;
    const values = {
      name: institution.name,
      creditCode: institution.credit_code,
      documentNumber: figures.documentNumber,
      approvedOn: figures.approvedOn,
      principalPositions: String(figures.principalPositions),
      deputyPositions: String(figures.deputyPositions),
      internalHeadPositions: String(figures.internalHeadPositions),
      internalBodyNames: figures.internalBodyNames.join('、') || null,
      mainFunctions: figures.mainFunctions || null,
      ...Object.fromEntries(quotaColumns.map((category) => [category, figures.quotas[category] === undefined ? null : String(figures.quotas[category])])),
    } as Record<EstablishmentColumnKey, string | null>;
    yield registerCells(establishmentColumns, values, terms);
  }
}

/** The 三定 register's workbook: the template (no rows) or a bureau's current 三定, with the instructions sheet. */
export function establishmentRegisterSheets(terms: ColumnTerms, source?: { em: EntityManager; bureauId: number }): SheetSpec[] {
  return [
    { name: establishmentSheet, columns: sheetColumns(establishmentColumns), rows: source ? establishmentsOfBureau(source.em, source.bureauId, terms) : [] },
    instructionsSheet(establishmentColumns, terms),
  ];
}
