import { Box } from '@mui/material';
import { CreateButton, DatagridConfigurable, ExportButton, FunctionField, List, SearchInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { csvExporter } from '../common/csv-exporter';
import { EnumField, EnumInput } from '../common/enums';
import { IndicatorField, indicatorNames } from './IndicatorField';

const indentOfLevel: Record<string, number> = { PROVINCE: 0, PREFECTURE: 2, COUNTY: 4 };

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="level" source="level" enumName="BureauLevel" />];

/** The bureau tree as a list: in tree order, each bureau indented under its parent. */
export function BureauList() {
  const translate = useTranslate();
  const exporter = csvExporter(
    'bureaus',
    [
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
    ],
    translate,
  );
  return (
    <List
      sort={{ field: 'path', order: 'ASC' }}
      perPage={100}
      filters={filters}
      exporter={exporter}
      actions={
        <TopToolbar>
          <CreateButton />
          <ExportButton maxResults={1000} />
        </TopToolbar>
      }
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
    </List>
  );
}
