import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../access/principal';
import { AuditEntry } from './audit-entry.entity';

export interface AuditFacts {
  operation: string;
  recordType: string;
  recordId: string | number;
  bureauPath: string;
  previousBureauPath?: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason?: string | null;
}

/** Which request made the change: the server's own id, and the caller's, when it sent a well-formed one. */
export interface AuditOrigin {
  requestId: string | null;
  clientRequestId?: string | null;
}

/** Appends one audit entry inside the caller's transaction: it commits or rolls back with the change. */
export async function recordAudit(em: EntityManager, actor: Principal, origin: AuditOrigin, facts: AuditFacts): Promise<void> {
  await em.insert(AuditEntry, {
    actorAccountId: actor.accountId,
    actorUsername: actor.username,
    actorRole: actor.role,
    operation: facts.operation,
    recordType: facts.recordType,
    recordId: String(facts.recordId),
    bureauPath: facts.bureauPath,
    previousBureauPath: facts.previousBureauPath ?? null,
    before: facts.before,
    after: facts.after,
    reason: facts.reason ?? null,
    requestId: origin.requestId,
    clientRequestId: origin.clientRequestId ?? null,
  });
}
