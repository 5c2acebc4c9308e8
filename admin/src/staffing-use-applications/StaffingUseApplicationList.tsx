import { NumberField, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter, institutionFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  institutionFilter({ alwaysOn: true }),
  <EnumInput key="status" source="status" enumName="StaffingUseApplicationStatus" alwaysOn />,
  bureauFilter(),
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'institution.name' },
  { source: 'category', enumName: 'QuotaCategory' },
  { source: 'tier', enumName: 'LeadershipTier' },
  { source: 'requestedCount' },
  { source: 'purpose', enumName: 'StaffingUsePurpose' },
  { source: 'appliedOn' },
  { source: 'justification' },
  { source: 'status', enumName: 'StaffingUseApplicationStatus' },
  { source: 'decidedOn' },
  { source: 'approval.noticeNumber' },
  { source: 'rejectionReason' },
];

/** Applications to use posts (用编申请), newest first: what each institution asked for and where it stands. */
export function StaffingUseApplicationList() {
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'appliedOn', order: 'DESC' }} createLabel="bianzhi.staffingUseApplication.apply">
      <RegistryDatagrid rowClick="show">
        <TextField source="institution.name" sortable={false} />
        <EnumField source="category" enumName="QuotaCategory" sortable={false} />
        <EnumField source="tier" enumName="LeadershipTier" sortable={false} emptyText="bianzhi.staffing.notLeader" />
        <NumberField source="requestedCount" sortable={false} />
        <EnumField source="purpose" enumName="StaffingUsePurpose" sortable={false} />
        <DayField source="appliedOn" />
        <EnumField source="status" enumName="StaffingUseApplicationStatus" sortable={false} />
        <DayField source="decidedOn" sortable={false} />
      </RegistryDatagrid>
    </RegistryList>
  );
}
