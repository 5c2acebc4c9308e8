import {
  ArrayField,
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
      {unit ? <CreateButton resource="quotas" label="bianzhi.quota.newApproval" state={{ record: { institutionId: unit.id } }} /> : null}
      {unit ? <CreateButton resource="staff" label="bianzhi.staff.add" state={{ record: { institutionId: unit.id } }} /> : null}
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

/**
 * A unit with its staffing per quota category (编制使用情况) and its leadership
 * positions per tier (领导职数使用情况, the unit's institution's), its current
 * quotas and its staff. The unit's id is its institution's.
 */
export function UnitShow() {
  return (
    <Show actions={<UnitActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="bureauId" reference="bureaus" link="show" />
        <EnumField source="rank" enumName="InstitutionRank" />
        <DayField source="establishedOn" />
        <TextField source="duties" />
        <ArrayField source="staffing" label="bianzhi.staffing.title">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField source="category" enumName="QuotaCategory" label="resources.quotas.fields.category" />
            <NumberField source="approvedHeadcount" label="resources.quotas.fields.approvedHeadcount" />
            <NumberField source="activeStaff" label="bianzhi.dashboard.activeStaff" />
            <NumberField source="vacancies" label="bianzhi.staffing.vacancies" />
            <NumberField source="excess" label="bianzhi.staffing.excess" />
            <OverChip source="overStaffed" label="bianzhi.staffing.overStaffed" />
          </Datagrid>
        </ArrayField>
        <ArrayField source="institution.leadershipStaffing" label="bianzhi.staffing.leadership">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField source="tier" enumName="LeadershipTier" label="resources.staff.fields.leadershipTier" />
            <NumberField source="approvedPositions" label="bianzhi.staffing.approvedPositions" />
            <NumberField source="holders" label="bianzhi.staffing.holders" />
            <NumberField source="vacantPositions" label="bianzhi.staffing.vacantPositions" />
            <NumberField source="excess" label="bianzhi.staffing.excess" />
            <OverChip source="overPositions" label="bianzhi.staffing.overPositions" />
          </Datagrid>
        </ArrayField>
        <ReferenceManyField reference="quotas" target="institutionId" filter={{ current: true }} label="resources.quotas.name">
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <EnumField source="category" enumName="QuotaCategory" />
            <NumberField source="approvedHeadcount" />
            <TextField source="documentNumber" />
            <DayField source="effectiveOn" />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField reference="staff" target="institutionId" label="resources.staff.name" perPage={50}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="name" />
            <TextField source="position" />
            <EnumField source="leadershipTier" enumName="LeadershipTier" emptyText="bianzhi.staffing.notLeader" />
            <EnumField source="quotaCategory" enumName="QuotaCategory" />
            <EnumField source="status" enumName="StaffStatus" />
          </Datagrid>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
