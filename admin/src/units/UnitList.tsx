import { Datagrid, NumberField, ReferenceInput, AutocompleteInput, SearchInput, TextField } from 'react-admin';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { StaffingFlags } from './StaffingFlags';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="underBureauId" source="underBureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
    <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
  </ReferenceInput>,
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
    <RegistryList csvColumns={csvColumns} filters={filters}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="bureau.name" sortable={false} />
        <EnumField source="rank" enumName="InstitutionRank" sortable />
        <NumberField source="activeStaffCount" sortable={false} />
        <StaffingFlags label="bianzhi.staffing.title" />
      </Datagrid>
    </RegistryList>
  );
}
