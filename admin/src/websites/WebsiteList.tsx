import { BooleanInput, Datagrid, SearchInput, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { useRowClick } from '../common/row-click';
import { EnumField, EnumInput } from '../common/enums';
import { StaleChip } from './StaleChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="network" source="network" enumName="WebsiteNetwork" />,
  <BooleanInput key="stale" source="stale" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'title' },
  { source: 'address' },
  { source: 'network', enumName: 'WebsiteNetwork' },
  { source: 'bureau.name' },
  { source: 'launchedOn' },
  { source: 'lastUpdatedOn' },
  { source: 'daysSinceLastUpdate' },
  { source: 'stale' },
];

export function WebsiteList() {
  const rowClick = useRowClick();
  return (
    <RegistryList
      csvColumns={csvColumns}
      filters={filters} sort={{ field: 'title', order: 'ASC' }}
    >
      <Datagrid rowClick={rowClick} bulkActionButtons={false}>
        <TextField source="title" />
        <TextField source="address" sortable={false} translate="no" />
        <EnumField source="network" enumName="WebsiteNetwork" sortable={false} />
        <TextField source="bureau.name" sortable={false} />
        <DayField source="launchedOn" />
        <DayField source="lastUpdatedOn" />
        <StaleChip source="stale" />
      </Datagrid>
    </RegistryList>
  );
}
