import { TextField, TextInput } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter, institutionFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { HintedSearchInput, RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { useRowClick } from '../common/row-click';
import { EnumField, EnumInput } from '../common/enums';
import { mayFindByNationalId } from '../search/search-terms';

/** The list's filters: the search box takes a name or, for roles that may look one up, a full ID number. */
function staffFilters(byNationalId: boolean) {
  return [
    <HintedSearchInput key="q" source="q" alwaysOn hint={byNationalId ? 'bianzhi.lists.staffSearch' : 'bianzhi.lists.nameSearch'} />,
    <EnumInput key="status" source="status" enumName="StaffStatus" alwaysOn />,
    institutionFilter(),
    bureauFilter(),
    <EnumInput key="quotaCategory" source="quotaCategory" enumName="QuotaCategory" />,
    <EnumInput key="leadershipTier" source="leadershipTier" enumName="LeadershipTier" />,
    ...(byNationalId ? [<TextInput key="nationalId" source="nationalId" />] : []),
  ];
}

const filtersWithNationalId = staffFilters(true);
const filtersWithoutNationalId = staffFilters(false);

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

/** Real-name staff (实名制人员), by name. ID numbers and birth dates are shown as the server gives them: masked for roles that may not see them. */
export function StaffList() {
  const rowClick = useRowClick();
  const filters = mayFindByNationalId() ? filtersWithNationalId : filtersWithoutNationalId;
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} filterDefaultValues={{ status: 'ACTIVE' }} sort={{ field: 'name', order: 'ASC' }}>
      <RegistryDatagrid rowClick={rowClick} omit={['birthDate']}>
        <TextField source="name" />
        <EnumField source="gender" enumName="Gender" sortable={false} />
        <TextField source="nationalId" sortable={false} translate="no" />
        <DayField source="birthDate" />
        <TextField source="institution.name" sortable={false} />
        <TextField source="position" sortable={false} />
        <EnumField source="leadershipTier" enumName="LeadershipTier" sortable={false} />
        <EnumField source="quotaCategory" enumName="QuotaCategory" sortable={false} />
        <DayField source="hiredOn" />
        <EnumField source="status" enumName="StaffStatus" sortable />
      </RegistryDatagrid>
    </RegistryList>
  );
}
