import { AutocompleteInput, Datagrid, ReferenceInput, SearchInput, TextField, TextInput } from 'react-admin';
import { DayField } from '../common/DayField';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { useRowClick } from '../common/row-click';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="status" source="status" enumName="StaffStatus" alwaysOn />,
  <ReferenceInput key="institutionId" source="institutionId" reference="institutions" perPage={100}>
    <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
  </ReferenceInput>,
  <EnumInput key="quotaCategory" source="quotaCategory" enumName="QuotaCategory" />,
  <EnumInput key="leadershipTier" source="leadershipTier" enumName="LeadershipTier" />,
  <TextInput key="nationalId" source="nationalId" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'name' },
  { source: 'gender', enumName: 'Gender' },
  { source: 'nationalId' },
  { source: 'birthDate' },
  { source: 'institution.name' },
  { source: 'institution.bureau.name', label: 'resources.units.fields.bureau.name' },
  { source: 'quotaCategory', enumName: 'QuotaCategory' },
  { source: 'position' },
  { source: 'leadershipTier', enumName: 'LeadershipTier' },
  { source: 'education', enumName: 'Education' },
  { source: 'hiredOn' },
  { source: 'status', enumName: 'StaffStatus' },
];

/** Real-name staff (实名制人员). ID numbers and birth dates are shown as the server gives them: masked for roles that may not see them. */
export function StaffList() {
  const rowClick = useRowClick();
  return (
    <RegistryList
      csvColumns={csvColumns}
      filters={filters}
      filterDefaultValues={{ status: 'ACTIVE' }}
    >
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="name" />
        <EnumField source="gender" enumName="Gender" sortable={false} />
        <TextField source="nationalId" sortable={false} translate="no" />
        <TextField source="institution.name" sortable={false} />
        <TextField source="position" sortable={false} />
        <EnumField source="leadershipTier" enumName="LeadershipTier" sortable={false} />
        <EnumField source="quotaCategory" enumName="QuotaCategory" sortable={false} />
        <DayField source="hiredOn" />
        <EnumField source="status" enumName="StaffStatus" sortable />
      </Datagrid>
    </RegistryList>
  );
}
