import { nationalIdProblem } from '../../../server/modules/staff/national-id-rules';

/** react-admin validator: the same GB 11643 check the server makes, before anything is sent. */
export function validNationalId(value: unknown) {
  if (typeof value !== 'string' || value === '') return undefined;
  // A masked number (520102********1234) is what some roles see; it is never sent back unchanged.
  if (value.includes('*')) return undefined;
  const problem = nationalIdProblem(value);
  return problem ? `bianzhi.nationalId.${problem}` : undefined;
}
