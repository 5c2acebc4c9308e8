import { normalizedCreditCode } from '../institution/institution-facts';
import { checked, problemOf, type ProblemPlace, type RowProblem } from './register-problem';
import type { Sql } from './register-reading';

/** A bureau's institution as a row finds it. */
export interface FoundInstitution {
  id: number;
  name: string;
  credit_code: string | null;
  status: string;
}

/**
 * A bureau's own institutions as a register's rows name them: by credit code
 * (which must be valid) or, without one, by a name only one of them has; one
 * merged or abolished is refused.
 */
export class InstitutionFinder {
  private readonly byCode = new Map<string, FoundInstitution>();
  private readonly byName = new Map<string, FoundInstitution[]>();

  private constructor(institutions: FoundInstitution[]) {
    for (const institution of institutions) {
      if (institution.credit_code) this.byCode.set(institution.credit_code, institution);
      this.byName.set(institution.name, [...(this.byName.get(institution.name) ?? []), institution]);
    }
  }

  static async of(sql: Sql, bureauId: number): Promise<InstitutionFinder> {
    return new InstitutionFinder(await sql<FoundInstitution>('select id, name, credit_code, status from institution where bureau_id = ?', [bureauId]));
  }

  /** The institution a row names, or undefined with the problem said at the column that named it. */
  find(named: { name: string | null; creditCode: string | null }, at: { name: ProblemPlace; creditCode: ProblemPlace }, problems: RowProblem[]): FoundInstitution | undefined {
    const code = checked(problems, at.creditCode, () => normalizedCreditCode('creditCode', named.creditCode));
    if (code === undefined) return undefined;
    const sameName = this.byName.get(named.name ?? '');
    const found = code ? this.byCode.get(code) : sameName?.length === 1 ? sameName[0] : undefined;
    if (!found) {
      problems.push(problemOf(code ? at.creditCode : at.name, 'UNKNOWN_REFERENCE', { entity: 'institution', id: code ?? named.name ?? '' }));
      return undefined;
    }
    if (found.status !== 'ACTIVE') {
      problems.push(problemOf(code ? at.creditCode : at.name, 'INSTITUTION_NOT_ACTIVE', { name: found.name }));
      return undefined;
    }
    return found;
  }
}
