import { Box } from '@mui/material';
import { DatagridConfigurable, FunctionField, SearchInput, TextField } from 'react-admin';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { IndicatorField, indicatorNames } from './IndicatorField';

const indentOfLevel: Record<string, number> = { PROVINCE: 0, PREFECTURE: 2, COUNTY: 4 };

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="level" source="level" enumName="BureauLevel" />];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'code' },
  { source: 'name' },
  { source: 'divisionName' },
  { source: 'level', enumName: 'BureauLevel' },
  { source: 'documentExchangeBuiltOn' },
  { source: 'localAreaNetworkBuiltOn' },
  { source: 'paperlessOfficeBuiltOn' },
  { source: 'indicators.intranetSite.built', label: 'resources.bureaus.fields.indicators.intranetSite' },
  { source: 'indicators.extranetSite.built', label: 'resources.bureaus.fields.indicators.extranetSite' },
  { source: 'partyIntranetConnectedOn' },
];

/** The bureau tree as a list: in tree order, each bureau indented under its parent. */
export function BureauList() {
  return (
    <RegistryList
      csvColumns={csvColumns}
      sort={{ field: 'path', order: 'ASC' }}
      perPage={100}
      filters={filters}
    >
      <DatagridConfigurable rowClick="show" bulkActionButtons={false}>
        <FunctionField
          source="name"
          sortBy="path"
          render={(record: { name: string; level: string }) => <Box sx={{ pl: indentOfLevel[record.level] ?? 0 }}>{record.name}</Box>}
        />
        <TextField source="code" />
        <EnumField source="level" enumName="BureauLevel" />
        {indicatorNames.map((indicator) => (
          <IndicatorField key={indicator} indicator={indicator} label={`resources.bureaus.fields.indicators.${indicator}`} />
        ))}
      </DatagridConfigurable>
    </RegistryList>
  );
}
