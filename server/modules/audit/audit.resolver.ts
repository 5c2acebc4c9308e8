import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { listPage } from '../../common/list';
import { PageArguments, SortDirection } from '../../common/list-arguments';
import { Page } from '../../common/page';
import type { Context } from '../../context';
import { subtreePattern } from '../bureau/subtree';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryFilter } from './audit.inputs';
import { AllowedFor, Audience } from '../access/operation-access';

@ObjectType({ simpleResolvers: true, description: 'A page of audit entries.' })
class AuditEntryPage extends Page(AuditEntry, 'The entries on this page, newest first.') {}

function inSubtree(pattern: string): FilterQuery<AuditEntry> {
  return { $or: [{ bureauPath: { $like: pattern } }, { previousBureauPath: { $like: pattern } }] };
}

async function auditWhere(context: Context, filter: AuditEntryFilter | undefined): Promise<FilterQuery<AuditEntry>> {
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
@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @AllowedFor(Audience.AUDIT_READERS)
  @Query(() => AuditEntryPage, { description: 'The audit trail of changes in your jurisdiction, newest first (审计记录); for auditors and administrators.' })
  auditEntries(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
  ): Promise<AuditEntryPage> {
    return auditWhere(context, filter).then((where) => listPage(context.em, AuditEntry, { where, sortBy: 'id', direction: SortDirection.DESC, page }));
  }
}
