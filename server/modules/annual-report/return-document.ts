import type { Bureau } from '../bureau/bureau.entity';
import type { AnnualReturn } from './annual-return.entity';
import type { FrozenFigures } from './frozen-figures';
import type { ReportingPeriod } from './reporting-period.entity';

/** The version of the document's format; raised on any change of its shape (schema/annual-return.schema.json). */
export const returnDocumentVersion = 1;

/**
 * An accepted return as the machine-readable document the central office
 * receives (上报中央编办): the return's tables and who signed it, in the shape
 * schema/annual-return.schema.json publishes. It holds no identity number and
 * no record id of the registry: only division codes, names and figures.
 */
export interface ReturnDocument {
  format: 'bianzhi.annual-return';
  version: typeof returnDocumentVersion;
  year: number;
  cutoffOn: string;
  bureau: { code: string; name: string; level: string };
  status: string;
  frozenAt: string;
  submittedAt: string | null;
  acceptedAt: string | null;
  signedBy: { responsiblePerson: string | null; preparer: string | null };
  lateReason: string | null;
  tables: Pick<FrozenFigures, 'establishment' | 'egovStaffing' | 'indicators' | 'staffProfile'>;
}

const instant = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

export function returnDocument(annualReturn: AnnualReturn, period: ReportingPeriod, bureau: Bureau): ReturnDocument {
  const { establishment, egovStaffing, indicators, staffProfile } = annualReturn.figures;
  return {
    format: 'bianzhi.annual-return',
    version: returnDocumentVersion,
    year: period.year,
    cutoffOn: period.cutoffOn,
    bureau: { code: bureau.code, name: bureau.name, level: bureau.level },
    status: annualReturn.status,
    frozenAt: instant(annualReturn.frozenAt)!,
    submittedAt: instant(annualReturn.submittedAt),
    acceptedAt: instant(annualReturn.acceptedAt),
    signedBy: { responsiblePerson: annualReturn.responsiblePerson, preparer: annualReturn.preparer },
    lateReason: annualReturn.lateReason,
    tables: { establishment, egovStaffing, indicators, staffProfile },
  };
}
