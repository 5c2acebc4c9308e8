import type { SessionAccount } from '../graphql/session';
import { canWrite } from '../graphql/session';

const readActions = ['list', 'show', 'export'];
/**
 * Resources no one edits through the client: alerts follow from staffing, the
 * audit trail is append-only. Institutions are written (action `create`, and
 * `edit` for the change dialogs of the show page) only by the change mutations,
 * each with its approval document; they are never deleted.
 */
const readOnlyResources = ['alerts', 'audit'];

/**
 * What the client offers an account: the server refuses the rest anyway, but
 * a user should not be shown a button that can only fail.
 */
export function mayAccess(
  account: SessionAccount | null,
  action: string,
  resource: string,
  record?: Record<string, unknown>,
): boolean {
  if (!account) return false;
  if ((resource === 'audit' || resource === 'accounts') && !account.permissions.readsAuditTrail) return false;
  if (readActions.includes(action)) return true;
  // Any other action writes: a register's bulk import (resource `registers`, action `import`) too, administrators only.
  if (readOnlyResources.includes(resource) || !canWrite(account)) return false;
  // Accounts are disabled, never deleted: the audit trail names them.
  if (resource === 'accounts' && action === 'delete') return false;
  // Institutions end by merger or abolition, with a decision, never by deletion.
  if (resource === 'institutions' && action === 'delete') return false;
  // A return's steps are actions of its page, offered by its status and bureau (return-steps.ts), never a record's edit or deletion.
  if (resource === 'annual-returns') return false;
  // The province opens a year; a period is never changed or deleted.
  if (resource === 'reporting-periods') return action === 'create' && account.role === 'PROVINCE_ADMIN';
  if (resource === 'bureaus') {
    // An administrator may not delete (or move away) the root of their own jurisdiction.
    if (action === 'delete' && record && record.id === account.bureauId) return false;
    if (action === 'create' && !account.permissions.createsChildBureaus) return false;
  }
  return true;
}
