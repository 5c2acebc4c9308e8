import { Arg, Args, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import { ReportsReadScope } from '../access/read-scope';
import { listPage } from '../../common/list';
import { PageArguments, SortDirection } from '../../common/list-arguments';
import { Page } from '../../common/page';
import type { Context } from '../../context';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryFilter, AuditEntrySort } from './audit.inputs';
import { AllowedFor, Audience } from '../access/operation-access';
import { auditWhere } from './audit.reads';

@ObjectType({ simpleResolvers: true, description: 'A page of audit entries.' })
class AuditEntryPage extends Page(AuditEntry, 'The entries on this page, newest first.') {}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @AllowedFor(Audience.AUDIT_READERS)
  @ReportsReadScope()
  @Query(() => AuditEntryPage, { description: 'The audit trail of changes in your jurisdiction, newest first unless sorted otherwise (审计记录); for auditors and administrators.' })
  auditEntries(
    @Ctx() context: Context,
    @Args(() => PageArguments) page: PageArguments,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
    @Arg('sort', () => AuditEntrySort, { nullable: true, description: 'Order; newest first when left out.' }) sort?: InstanceType<typeof AuditEntrySort>,
  ): Promise<AuditEntryPage> {
    const order = sort ?? Object.assign(new AuditEntrySort(), { direction: SortDirection.DESC });
    return auditWhere(context, filter).then((where) => listPage(context, AuditEntry, { where, sortBy: order.field, direction: order.direction, page }));
  }
}
