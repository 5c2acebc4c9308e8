import { GraphQLError } from 'graphql';
import { messageOf, type WrittenReason } from '../../error-reasons';

/** How much a problem weighs: an error keeps the file from being committed, a warning is told and written anyway. */
export type ProblemSeverity = 'ERROR' | 'WARNING';

/** One problem of an import, where it is and why, with the API's reason and message. */
export interface RowProblem {
  sheet: string;
  /** The row's number in the sheet (1 is the header row). */
  row: number;
  /** The column's header, as the template has it; null for a problem of the whole row. */
  column: string | null;
  severity: ProblemSeverity;
  /** The API's reason code, which clients translate. */
  reason: string;
  /** The API's English message. */
  message: string;
  /** The reason's parameters, as the API's `extensions` carry them. */
  parameters: Record<string, unknown>;
}

/** Where a problem stands in the file. */
export interface ProblemPlace {
  sheet: string;
  row: number;
  column: string | null;
}

/** A problem with a reason of the API's contract. */
export function problemOf(place: ProblemPlace, reason: WrittenReason, parameters: Record<string, unknown> = {}, severity: ProblemSeverity = 'ERROR'): RowProblem {
  return { ...place, severity, reason, message: (messageOf as (name: WrittenReason, values: unknown) => string)(reason, parameters), parameters };
}

/** The problem an API check found by throwing: its reason, message and parameters, as the API would answer. */
export function problemFromError(place: ProblemPlace, error: unknown): RowProblem {
  if (!(error instanceof GraphQLError) || typeof error.extensions.reason !== 'string') throw error;
  const { code: _code, reason, field: _field, http: _http, ...parameters } = error.extensions as Record<string, unknown>;
  const message = error.message.replace(/^[\w.]+: /, '');
  return { ...place, severity: 'ERROR', reason: reason as string, message, parameters };
}

/** Runs an API check, turning its refusal into a problem at `place`, or where `place` puts the field the refusal names. */
export function checked<Value>(problems: RowProblem[], place: ProblemPlace | ((field: string) => ProblemPlace), check: () => Value): Value | undefined {
  try {
    return check();
  } catch (error) {
    const field = error instanceof GraphQLError ? String(error.extensions.field ?? '') : '';
    problems.push(problemFromError(typeof place === 'function' ? place(field) : place, error));
    return undefined;
  }
}
