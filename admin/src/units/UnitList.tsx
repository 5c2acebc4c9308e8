import { CreateButton, Datagrid, ExportButton, List, NumberField, ReferenceInput, AutocompleteInput, SearchInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { csvExporter } from '../common/csv-exporter';
import { EnumField, EnumInput } from '../common/enums';
import { StaffingFlags } from './StaffingFlags';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="underBureauId" source="underBureauId" reference="bureaus" sort={{ field: 'path', order: 'ASC' }} perPage={200}>
    <AutocompleteInput optionText="name" filterToQuery={(text) => ({ q: text })} />
  </ReferenceInput>,
  <EnumInput key="rank" source="rank" enumName="UnitRank" />,
];

export function UnitList() {
  const translate = useTranslate();
  const exporter = csvExporter(
    'units',
    [{ source: 'name' }, { source: 'bureau.name' }, { source: 'rank', enumName: 'UnitRank' }, { source: 'establishedOn' }, { source: 'activeStaffCount' }, { source: 'duties' }],
    translate,
  );
  return (
    <List perPage={25} filters={filters} exporter={exporter} actions={<TopToolbar><CreateButton /><ExportButton maxResults={1000} /></TopToolbar>}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="bureau.name" sortable={false} />
        <EnumField source="rank" enumName="UnitRank" sortable />
        <NumberField source="activeStaffCount" sortable={false} />
        <StaffingFlags label="bianzhi.staffing.title" />
      </Datagrid>
    </List>
  );
}
