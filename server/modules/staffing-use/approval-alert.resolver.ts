import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { withinJurisdiction } from '../access/record-access';
import { QuotaAlert } from '../alert/quota-alert.entity';
import { StaffingUseApproval } from './staffing-use-approval.entity';

@Resolver(() => QuotaAlert)
export class QuotaAlertApprovalResolver {
  @FieldResolver(() => StaffingUseApproval, { nullable: true, description: 'The approval to use posts an APPROVAL_EXPIRING or APPROVAL_USED_UP alert is about (用编核准), as it stands now; null for other alerts.' })
  async staffingUseApproval(@Root() alert: QuotaAlert, @Ctx() context: Context): Promise<StaffingUseApproval | null> {
    if (!alert.staffingUseApproval) return null;
    return withinJurisdiction(context, StaffingUseApproval, await context.loaders.recordById(StaffingUseApproval).load(alert.staffingUseApproval.id));
  }
}
