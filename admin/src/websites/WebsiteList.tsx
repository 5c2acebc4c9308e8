import { BooleanInput, CreateButton, Datagrid, ExportButton, List, SearchInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { csvExporter } from '../common/csv-exporter';
import { useRowClick } from '../common/row-click';
import { EnumField, EnumInput } from '../common/enums';
import { StaleChip } from './StaleChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="network" source="network" enumName="WebsiteNetwork" />,
  <BooleanInput key="stale" source="stale" />,
];

export function WebsiteList() {
  const translate = useTranslate();
  const rowClick = useRowClick();
  const exporter = csvExporter(
    'websites',
    [
      { source: 'title' },
      { source: 'address' },
      { source: 'network', enumName: 'WebsiteNetwork' },
      { source: 'bureau.name' },
      { source: 'launchedOn' },
      { source: 'lastUpdatedOn' },
      { source: 'daysSinceLastUpdate' },
      { source: 'stale' },
    ],
    translate,
  );
  return (
    <List perPage={25} filters={filters} sort={{ field: 'title', order: 'ASC' }} exporter={exporter} actions={<TopToolbar><CreateButton /><ExportButton maxResults={1000} /></TopToolbar>}>
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="title" />
        <TextField source="address" sortable={false} translate="no" />
        <EnumField source="network" enumName="WebsiteNetwork" sortable={false} />
        <TextField source="bureau.name" sortable={false} />
        <DayField source="launchedOn" />
        <DayField source="lastUpdatedOn" />
        <StaleChip source="stale" />
      </Datagrid>
    </List>
  );
}
