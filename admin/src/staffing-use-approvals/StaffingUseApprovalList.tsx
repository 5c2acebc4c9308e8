import { NumberField, TextField, TextInput } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter, institutionFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  institutionFilter({ alwaysOn: true }),
  <EnumInput key="status" source="status" enumName="StaffingUseStatus" alwaysOn />,
  <EnumInput key="category" source="category" enumName="QuotaCategory" alwaysOn />,
  <TextInput key="noticeNumber" source="noticeNumber" />,
  bureauFilter(),
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'noticeNumber' },
  { source: 'institution.name' },
  { source: 'category', enumName: 'QuotaCategory' },
  { source: 'tier', enumName: 'LeadershipTier' },
  { source: 'approvedCount' },
  { source: 'usedCount' },
  { source: 'postsHeld' },
  { source: 'purpose', enumName: 'StaffingUsePurpose' },
  { source: 'issuedOn' },
  { source: 'validUntil' },
  { source: 'status', enumName: 'StaffingUseStatus' },
];

/** Approvals to use posts (用编核准), newest first: what each approved, used and still holds. */
export function StaffingUseApprovalList() {
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'issuedOn', order: 'DESC' }} createLabel="bianzhi.staffingUse.approve">
      <RegistryDatagrid rowClick="show">
        <TextField source="noticeNumber" />
        <TextField source="institution.name" sortable={false} />
        <EnumField source="category" enumName="QuotaCategory" sortable={false} />
        <EnumField source="tier" enumName="LeadershipTier" sortable={false} emptyText="bianzhi.staffing.notLeader" />
        <NumberField source="approvedCount" sortable={false} />
        <NumberField source="usedCount" sortable={false} />
        <NumberField source="postsHeld" sortable={false} />
        <EnumField source="purpose" enumName="StaffingUsePurpose" sortable={false} />
        <DayField source="issuedOn" />
        <DayField source="validUntil" />
        <EnumField source="status" enumName="StaffingUseStatus" sortable={false} />
      </RegistryDatagrid>
    </RegistryList>
  );
}
