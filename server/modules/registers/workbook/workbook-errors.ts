import { GraphQLError } from 'graphql';
import { reasonedError } from '../../../errors';
import { workbookLimitNames, type WorkbookLimits } from './workbook-limits';

export function unreadableWorkbook(detail: string): GraphQLError {
  return reasonedError('WORKBOOK_UNREADABLE', { detail });
}

export function workbookOverLimit(limits: Readonly<WorkbookLimits>, limit: keyof typeof workbookLimitNames): GraphQLError {
  return reasonedError('WORKBOOK_TOO_LARGE', { limit: workbookLimitNames[limit], maximum: limits[limit] });
}

function isWorkbookError(error: unknown): error is GraphQLError {
  const reason = error instanceof GraphQLError ? error.extensions.reason : undefined;
  return reason === 'WORKBOOK_UNREADABLE' || reason === 'WORKBOOK_TOO_LARGE';
}

/** Whatever a zip or XML parser threw, as the workbook error a client is told: the file is at fault, not the server. */
export function asWorkbookError(error: unknown, what: string): GraphQLError {
  if (isWorkbookError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return unreadableWorkbook(`${what} (${message.split('\n')[0].slice(0, 200)})`);
}
