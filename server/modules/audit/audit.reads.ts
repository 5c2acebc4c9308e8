import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { subtreePattern } from '../bureau/subtree';
import type { AuditEntryFilter } from './audit.inputs';
import { AuditEntry } from './audit-entry.entity';

// Every GraphQL read of this module, on the read pool: the lists' filters (where), the lists, and the request's loaders.

function inSubtree(pattern: string): FilterQuery<AuditEntry> {
  return { $or: [{ bureauPath: { $like: pattern } }, { previousBureauPath: { $like: pattern } }] };
}

export async function auditWhere(context: Context, filter: AuditEntryFilter | undefined): Promise<FilterQuery<AuditEntry>> {
  const where: FilterQuery<AuditEntry>[] = [inSubtree(context.jurisdiction.pattern)];
  if (filter?.recordType != null) where.push({ recordType: filter.recordType });
  if (filter?.recordId != null) where.push({ recordId: filter.recordId });
  if (filter?.actorAccountId != null) where.push({ actorAccountId: filter.actorAccountId });
  if (filter?.actorUsername != null) where.push({ actorUsername: filter.actorUsername });
  if (filter?.operation != null) where.push({ operation: filter.operation });
  if (filter?.underBureauId != null) where.push(inSubtree(await subtreePattern(context, 'filter.underBureauId', filter.underBureauId)));
  if (filter?.from != null) where.push({ occurredAt: { $gte: filter.from } });
  if (filter?.before != null) where.push({ occurredAt: { $lt: filter.before } });
  return { $and: where };
}

/** Read-only by design: there is no mutation for audit entries, and the database refuses to change them. */
