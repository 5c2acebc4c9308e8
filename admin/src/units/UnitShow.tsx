import {
  ArrayField,
  BooleanField,
  CreateButton,
  Datagrid,
  EditButton,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  FunctionField,
  useTranslate,
} from 'react-admin';
import { DayField } from '../common/DayField';
import { Chip } from '@mui/material';
import { EnumField } from '../common/enums';

function UnitActions() {
  const unit = useRecordContext<{ id: string }>();
  return (
    <TopToolbar>
      {unit ? <CreateButton resource="quotas" label="bianzhi.quota.newApproval" state={{ record: { unitId: unit.id } }} /> : null}
      {unit ? <CreateButton resource="staff" label="bianzhi.staff.add" state={{ record: { unitId: unit.id } }} /> : null}
      <EditButton />
    </TopToolbar>
  );
}

function OverChip({ source, label }: { source: 'overStaffed' | 'overPositions'; label: string }) {
  const translate = useTranslate();
  return (
    <FunctionField
      label={label}
      render={(row: Record<string, boolean>) => (row[source] ? <Chip size="small" color="error" label={translate(label)} /> : '')}
    />
  );
}

/** A unit with its staffing per quota category (编制使用情况), its current quotas and its staff. */
export function UnitShow() {
  return (
    <Show actions={<UnitActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="bureauId" reference="bureaus" link="show" />
        <EnumField source="rank" enumName="UnitRank" />
        <DayField source="establishedOn" />
        <TextField source="duties" />
        <ArrayField source="staffing" label="bianzhi.staffing.title">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField source="category" enumName="QuotaCategory" label="resources.quotas.fields.category" />
            <NumberField source="approvedHeadcount" label="resources.quotas.fields.approvedHeadcount" />
            <NumberField source="activeStaff" label="bianzhi.dashboard.activeStaff" />
            <NumberField source="vacancies" label="bianzhi.staffing.vacancies" />
            <NumberField source="approvedLeadershipPositions" label="resources.quotas.fields.approvedLeadershipPositions" />
            <NumberField source="activeLeaders" label="bianzhi.staffing.activeLeaders" />
            <OverChip source="overStaffed" label="bianzhi.staffing.overStaffed" />
            <OverChip source="overPositions" label="bianzhi.staffing.overPositions" />
          </Datagrid>
        </ArrayField>
        <ReferenceManyField reference="quotas" target="unitId" filter={{ current: true }} label="resources.quotas.name">
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <EnumField source="category" enumName="QuotaCategory" />
            <NumberField source="approvedHeadcount" />
            <NumberField source="approvedLeadershipPositions" />
            <TextField source="documentNumber" />
            <DayField source="effectiveOn" />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField reference="staff" target="unitId" label="resources.staff.name" perPage={50}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="position" />
            <BooleanField source="isLeader" />
            <EnumField source="quotaCategory" enumName="QuotaCategory" />
            <EnumField source="status" enumName="StaffStatus" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
