import type { EntityManager } from '@mikro-orm/postgresql';
import type { ImportReport } from './import-report';
import { importEstablishmentRegister } from './establishment-import';
import { establishmentRegisterSheets } from './establishment-register-sheets';
import { importInstitutionRegister } from './institution-import';
import { institutionRegisterSheets } from './institution-register-sheets';
import type { ColumnTerms } from './register-columns';
import type { ImportRequest } from './register-reading';
import { importStaffRegister } from './staff-import';
import { staffRegisterSheets } from './staff-register-sheets';
import type { SheetSpec } from './workbook/workbook-types';

/** One register exchanged as a workbook: its template, a bureau's export, and its import. */
export interface RegisterKind {
  /** The name in the routes and file names (staff, institutions, establishments). */
  name: string;
  /** The operation an import is, as the audit trail and a refusal name it. */
  operation: string;
  sheets(terms: ColumnTerms, source?: { em: EntityManager; bureauId: number; seesPersonalData: boolean }): SheetSpec[];
  importFile(em: EntityManager, terms: ColumnTerms, request: ImportRequest): Promise<ImportReport>;
}

/** The registers, by their names in the routes. */
export const registerKinds: ReadonlyMap<string, RegisterKind> = new Map(
  [
    { name: 'staff', operation: 'importStaffRegister', sheets: staffRegisterSheets, importFile: importStaffRegister },
    { name: 'institutions', operation: 'importInstitutionRegister', sheets: institutionRegisterSheets, importFile: importInstitutionRegister },
    { name: 'establishments', operation: 'importEstablishmentRegister', sheets: establishmentRegisterSheets, importFile: importEstablishmentRegister },
  ].map((kind) => [kind.name, kind]),
);
