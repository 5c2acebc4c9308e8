import { EditButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import type { StaffRecordFragment } from '../gql/graphql';
import { EstablishmentHistory } from './EstablishmentHistory';
import { ExitEstablishmentAction } from './ExitEstablishmentAction';
import { TransferStaffAction } from './TransferStaffAction';

/** 调动 and 出编 for a person in post, for the roles that write, beside the edit button. */
function StaffActions() {
  const staff = useRecordContext<StaffRecordFragment>();
  const { canAccess: mayChange } = useCanAccess({ resource: 'staff', action: 'edit' });
  return (
    <TopToolbar>
      {staff && mayChange && staff.status === 'ACTIVE' ? (
        <>
          <TransferStaffAction staff={staff} />
          <ExitEstablishmentAction staff={staff} />
        </>
      ) : null}
      <EditButton />
    </TopToolbar>
  );
}

/** A staff record read only: ID number and birth date as the server shows them to this role; how they entered, why, when and by which document they left, and their establishment history. */
export function StaffShow() {
  return (
    <Show actions={<StaffActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="gender" enumName="Gender" />
        <TextField source="nationalId" translate="no" />
        <DayField source="birthDate" />
        <ReferenceField source="institutionId" reference="institutions" link="show" />
        <EnumField source="quotaCategory" enumName="QuotaCategory" />
        <TextField source="position" />
        <EnumField source="leadershipTier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" />
        <EnumField source="education" enumName="Education" />
        <DayField source="hiredOn" />
        <EnumField source="status" enumName="StaffStatus" />
        <EnumField source="exitReason" enumName="ExitReason" emptyText="bianzhi.staffingUse.inPost" />
        <DayField source="exitedOn" />
        <TextField source="exitDocumentNumber" emptyText="—" />
        <EnumField source="entryKind" enumName="StaffEntryKind" />
        <ReferenceField source="entryApproval.id" reference="staffing-use-approvals" link="show" label="resources.staff.fields.entryApproval" emptyText="—" />
        <ReferenceField source="transferredFrom.id" reference="staff" link="show" label="resources.staff.fields.transferredFrom" emptyText="—">
          <TextField source="institution.name" />
        </ReferenceField>
        <EstablishmentHistory />
      </SimpleShowLayout>
    </Show>
  );
}
