import { badUserInput } from '../../errors';
import { creditCodeProblem, type CreditCodeProblem } from './credit-code';
import { FundingForm, InstitutionKind, type InstitutionNature, naturesOfKind } from './institution-enums';

const creditCodeReasons = {
  length: 'CREDIT_CODE_LENGTH',
  format: 'CREDIT_CODE_FORMAT',
  checkCharacter: 'CREDIT_CODE_CHECK_CHARACTER',
} as const satisfies Record<CreditCodeProblem, string>;

/** A credit code as stored: trimmed, upper case, checked (GB 32100); empty means none. */
export function normalizedCreditCode(field: string, value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase() ?? '';
  if (code === '') return null;
  const problem = creditCodeProblem(code);
  if (problem) throw badUserInput(field, creditCodeReasons[problem]);
  return code;
}

/** Kind, nature and funding form must agree: organs are administrative; only public institutions have a funding form, and must. */
export function checkKindNatureFunding(kind: InstitutionKind, nature: InstitutionNature, funding: FundingForm | null, fields = { nature: 'nature', funding: 'funding' }): void {
  if (!naturesOfKind[kind].includes(nature)) throw badUserInput(fields.nature, 'NATURE_NOT_OF_KIND', { kind });
  if (kind === InstitutionKind.PUBLIC_INSTITUTION && funding === null) throw badUserInput(fields.funding, 'FUNDING_REQUIRED');
  if (kind !== InstitutionKind.PUBLIC_INSTITUTION && funding !== null) throw badUserInput(fields.funding, 'FUNDING_ONLY_FOR_PUBLIC_INSTITUTIONS');
}

export { FundingForm };
