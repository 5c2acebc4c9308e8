import { NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import { PrintButton } from '../common/PrintSheet';
import type { StaffingUseApprovalRecordFragment } from '../gql/graphql';
import { EnterEstablishmentAction } from './EnterEstablishmentAction';
import { WithdrawApprovalAction } from './WithdrawApprovalAction';

/** 入编 and 撤回 while the approval is open, for the roles that write; its notice to print for everyone. */
function ApprovalActions() {
  const approval = useRecordContext<StaffingUseApprovalRecordFragment>();
  const { canAccess: mayChange } = useCanAccess({ resource: 'staffing-use-approvals', action: 'edit' });
  if (!approval) return <TopToolbar />;
  return (
    <TopToolbar data-testid="approval-actions">
      {mayChange && approval.status === 'OPEN' ? (
        <>
          <EnterEstablishmentAction approval={approval} />
          <WithdrawApprovalAction approval={approval} />
        </>
      ) : null}
      <PrintButton to={`/print/staffing-use-notice/${approval.id}`} />
    </TopToolbar>
  );
}

/** An approval to use posts (用编核准): what it approved, what is used and what it still holds. */
export function StaffingUseApprovalShow() {
  return (
    <Show actions={<ApprovalActions />}>
      <SimpleShowLayout>
        <TextField source="noticeNumber" />
        <ReferenceField source="institutionId" reference="institutions" link="show" />
        <EnumField source="category" enumName="QuotaCategory" />
        <EnumField source="tier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" />
        <NumberField source="approvedCount" />
        <NumberField source="usedCount" />
        <NumberField source="postsHeld" />
        <EnumField source="purpose" enumName="StaffingUsePurpose" />
        <DayField source="issuedOn" />
        <DayField source="validUntil" />
        <DayField source="withdrawnOn" />
        <EnumField source="status" enumName="StaffingUseStatus" />
        <TextField source="transfereeNationalId" emptyText="—" translate="no" />
        <ReferenceField source="application.id" reference="staffing-use-applications" link="show" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
