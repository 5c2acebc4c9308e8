import { BooleanInput, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { HintedSearchInput, RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { useRowClick } from '../common/row-click';
import { EnumField, EnumInput } from '../common/enums';
import { StaleChip } from './StaleChip';

const filters = [
  <HintedSearchInput key="q" source="q" alwaysOn hint="bianzhi.lists.websiteSearch" />,
  <EnumInput key="network" source="network" enumName="WebsiteNetwork" />,
  <BooleanInput key="stale" source="stale" />,
  bureauFilter(),
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
      <RegistryDatagrid rowClick={rowClick}>
        <TextField source="title" />
        <TextField source="address" sortable={false} translate="no" />
        <EnumField source="network" enumName="WebsiteNetwork" sortable={false} />
        <TextField source="bureau.name" sortable={false} />
        <DayField source="launchedOn" />
        <DayField source="lastUpdatedOn" />
        <StaleChip source="stale" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
