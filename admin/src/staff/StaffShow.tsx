import { EditButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';

/** A staff record read only: ID number and birth date as the server shows them to this role. */
export function StaffShow() {
  return (
    <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
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
      </SimpleShowLayout>
    </Show>
  );
}
