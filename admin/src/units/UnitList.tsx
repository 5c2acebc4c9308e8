import { NumberField, SearchInput, TextField } from 'react-admin';
import { bureauFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { StaffingFlags } from './StaffingFlags';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  bureauFilter(),
  <EnumInput key="rank" source="rank" enumName="InstitutionRank" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'name' },
  { source: 'bureau.name' },
  { source: 'rank', enumName: 'InstitutionRank' },
  { source: 'establishedOn' },
  { source: 'activeStaffCount' },
  { source: 'duties' },
];

export function UnitList() {
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <RegistryDatagrid rowClick="show">
        <TextField source="name" />
        <TextField source="bureau.name" sortable={false} />
        <EnumField source="rank" enumName="InstitutionRank" />
        <NumberField source="activeStaffCount" sortable={false} />
        <StaffingFlags label="bianzhi.staffing.title" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
