import { BooleanInput, CreateButton, Datagrid, ExportButton, List, NumberField, SearchInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DayField } from '../common/DayField';
import { csvExporter } from '../common/csv-exporter';
import { EnumField, EnumInput } from '../common/enums';
import { CurrentChip } from './CurrentChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="current" source="current" alwaysOn />,
  <EnumInput key="category" source="category" enumName="QuotaCategory" />,
];

export function QuotaList() {
  const translate = useTranslate();
  const exporter = csvExporter(
    'quotas',
    [
      { source: 'unit.name' },
      { source: 'unit.bureau.name', label: 'resources.units.fields.bureau.name' },
      { source: 'category', enumName: 'QuotaCategory' },
      { source: 'approvedHeadcount' },
      { source: 'approvedLeadershipPositions' },
      { source: 'documentNumber' },
      { source: 'effectiveOn' },
      { source: 'current' },
      { source: 'supersededOn' },
    ],
    translate,
  );
  return (
    <List perPage={25}
      filters={filters}
      filterDefaultValues={{ current: true }}
      sort={{ field: 'effectiveOn', order: 'DESC' }}
      exporter={exporter}
      actions={<TopToolbar><CreateButton label="bianzhi.quota.newApproval" /><ExportButton maxResults={1000} /></TopToolbar>}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="unit.name" sortable={false} />
        <EnumField source="category" enumName="QuotaCategory" sortable />
        <NumberField source="approvedHeadcount" />
        <NumberField source="approvedLeadershipPositions" sortable={false} />
        <TextField source="documentNumber" sortable={false} />
        <DayField source="effectiveOn" />
        <CurrentChip source="current" />
      </Datagrid>
    </List>
  );
}
