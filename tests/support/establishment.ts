import type { ApproveEstablishmentInput, QuotaCategory } from '../generated/graphql';

/** A 三定 with one quota category and deputy positions only: the shape most alert tests need. */
export function simpleEstablishment(
  institutionId: string,
  { headcount, deputies = 1, category = 'PUBLIC_INSTITUTION', documentNumber = '测编〔2014〕1号', approvedOn = '2014-01-01' }: { headcount: number; deputies?: number; category?: QuotaCategory; documentNumber?: string; approvedOn?: string },
): ApproveEstablishmentInput {
  return {
    institutionId,
    documentNumber,
    approvedOn,
    mainFunctions: '',
    internalBodyNames: [],
    quotas: [{ category, headcount }],
    principalPositions: 0,
    deputyPositions: deputies,
    internalHeadPositions: 0,
  };
}
