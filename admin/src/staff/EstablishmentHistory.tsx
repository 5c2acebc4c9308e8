import { ArrayField, Datagrid, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';

/** 编制沿革: every entry, transfer and exit of the person, oldest first, as the API lists them within the user's jurisdiction. */
export function EstablishmentHistory() {
  return (
    <ArrayField source="establishmentHistory" label="bianzhi.staffingUse.history">
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<>—</>} data-testid="establishment-history">
        <DayField source="occurredOn" label="bianzhi.staffingUse.occurredOn" />
        <EnumField source="kind" enumName="EstablishmentEventKind" label="bianzhi.staffingUse.eventKind" />
        <TextField source="institution.name" label="resources.staff.fields.institutionId" />
        <EnumField source="quotaCategory" enumName="QuotaCategory" label="resources.staff.fields.quotaCategory" />
        <EnumField source="leadershipTier" enumName="LeadershipTier" label="resources.staff.fields.leadershipTier" emptyText="bianzhi.staffing.notLeader" />
        <TextField source="noticeNumber" label="resources.staffing-use-approvals.fields.noticeNumber" emptyText="—" />
        <TextField source="documentNumber" label="bianzhi.staffingUse.eventDocument" emptyText="—" />
        <EnumField source="exitReason" enumName="ExitReason" label="resources.staff.fields.exitReason" emptyText="—" />
      </Datagrid>
    </ArrayField>
  );
}
