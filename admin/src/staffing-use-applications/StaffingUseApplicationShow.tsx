import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import type { StaffingUseApplicationRecordFragment } from '../gql/graphql';
import { ApproveApplicationAction } from './ApproveApplicationAction';
import { RejectApplicationAction } from './RejectApplicationAction';
import { WithdrawApplicationAction } from './WithdrawApplicationAction';

/** 核准, 不予核准 and 撤回 while the application is pending, for the roles that write. */
function ApplicationActions() {
  const application = useRecordContext<StaffingUseApplicationRecordFragment>();
  const { canAccess: mayChange } = useCanAccess({ resource: 'staffing-use-applications', action: 'edit' });
  if (!application || !mayChange || application.status !== 'PENDING') return <TopToolbar />;
  return (
    <TopToolbar data-testid="application-actions">
      <ApproveApplicationAction application={application} />
      <RejectApplicationAction application={application} />
      <WithdrawApplicationAction application={application} />
    </TopToolbar>
  );
}

/** What was applied for, and its outcome: the approval issued for it, or why it was rejected. */
function ApplicationDetails() {
  const application = useRecordContext<StaffingUseApplicationRecordFragment>();
  if (!application) return null;
  return (
    <SimpleShowLayout>
      <ReferenceField source="institutionId" reference="institutions" link="show" />
      <EnumField source="category" enumName="QuotaCategory" />
      <EnumField source="tier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" />
      <NumberField source="requestedCount" />
      <EnumField source="purpose" enumName="StaffingUsePurpose" />
      <DayField source="appliedOn" />
      <TextField source="justification" />
      <EnumField source="status" enumName="StaffingUseApplicationStatus" />
      <DayField source="decidedOn" />
      {application.status === 'APPROVED' ? (
        <ReferenceField source="approval.id" reference="staffing-use-approvals" link="show" />
      ) : null}
      {application.status === 'REJECTED' ? <TextField source="rejectionReason" /> : null}
    </SimpleShowLayout>
  );
}

/** An application to use posts (用编申请). */
export function StaffingUseApplicationShow() {
  return (
    <Show actions={<ApplicationActions />}>
      <ApplicationDetails />
    </Show>
  );
}
