import { translateServerError, type Language } from '../i18n/server-errors';
import type { RowProblem } from './upload-register';

/** A problem of an import in the user's language: its reason and parameters, as the API's errors are translated. */
export function problemMessage(problem: RowProblem, language: Language): string {
  return translateServerError({ message: problem.message, extensions: { code: 'BAD_USER_INPUT', ...problem.parameters, reason: problem.reason } }, language);
}
