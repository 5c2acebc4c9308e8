import type { EntityManager } from '@mikro-orm/postgresql';
import { maskNationalId } from '../staff/national-id';
import { dateOf, registerCells, sheetColumns, type ColumnTerms } from './register-columns';
import { instructionsSheet } from './register-instructions';
import { staffColumns, staffSheet, type StaffColumnKey, type StaffRegisterRow } from './staff-register';
import type { CellValue, SheetSpec } from './workbook/workbook-types';

/** Rows read from the database at a time for an export: memory stays bounded whatever the bureau's size. */
const exportPage = 5_000;

interface ExportedStaffRow extends StaffRegisterRow {
  institution_name: string;
  credit_code: string | null;
}

/** The people in post in the bureau's own institutions, a page at a time, in institution then name order. */
async function* staffOfBureau(em: EntityManager, bureauId: number, seesPersonalData: boolean, terms: ColumnTerms): AsyncGenerator<CellValue[]> {
  let after = { institution: '', name: '', id: 0 };
  for (;;) {
    const rows = await em.execute<ExportedStaffRow[]>(
      `select staff.id, institution.name as institution_name, institution.credit_code, staff.name, staff.national_id, staff.gender, staff.birth_date,
              staff.quota_category, staff.education, staff.position, staff.leadership_tier, staff.hired_on
         from staff join institution on institution.id = staff.institution_id
        where institution.bureau_id = ? and staff.status = 'ACTIVE' and (institution.name, staff.name, staff.id) > (?, ?, ?)
        order by institution.name, staff.name, staff.id limit ?`,
      [bureauId, after.institution, after.name, after.id, exportPage],
    );
    for (const row of rows) {
      const values: Record<StaffColumnKey, string | null> = {
        institution: row.institution_name,
        creditCode: row.credit_code,
        name: row.name,
        nationalId: seesPersonalData ? row.national_id : maskNationalId(row.national_id),
        gender: row.gender,
        birthDate: seesPersonalData ? dateOf(row.birth_date) : null,
        quotaCategory: row.quota_category,
        education: row.education,
        position: row.position,
        leadershipTier: row.leadership_tier,
        hiredOn: dateOf(row.hired_on),
      };
      yield registerCells(staffColumns, values, terms);
    }
    if (rows.length < exportPage) return;
    const last = rows[rows.length - 1];
    after = { institution: last.institution_name, name: last.name, id: last.id };
  }
}

/** The staff register's workbook: the template (no rows) or a bureau's people in post, with the instructions sheet. */
export function staffRegisterSheets(terms: ColumnTerms, source?: { em: EntityManager; bureauId: number; seesPersonalData: boolean }): SheetSpec[] {
  return [
    { name: staffSheet, columns: sheetColumns(staffColumns), rows: source ? staffOfBureau(source.em, source.bureauId, source.seesPersonalData, terms) : [] },
    instructionsSheet(staffColumns, terms),
  ];
}
