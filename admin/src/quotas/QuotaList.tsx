import { BooleanInput, Datagrid, NumberField, SearchInput, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { CurrentChip } from './CurrentChip';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <BooleanInput key="current" source="current" alwaysOn />,
  <EnumInput key="category" source="category" enumName="QuotaCategory" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'institution.name' },
  { source: 'institution.bureau.name', label: 'resources.units.fields.bureau.name' },
  { source: 'category', enumName: 'QuotaCategory' },
  { source: 'approvedHeadcount' },
  { source: 'documentNumber' },
  { source: 'effectiveOn' },
  { source: 'current' },
  { source: 'supersededOn' },
];

export function QuotaList() {
  return (
    <RegistryList
      csvColumns={csvColumns}
      createLabel="bianzhi.quota.newApproval"
      filters={filters}
      filterDefaultValues={{ current: true }}
      sort={{ field: 'effectiveOn', order: 'DESC' }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="institution.name" sortable={false} />
        <EnumField source="category" enumName="QuotaCategory" sortable />
        <NumberField source="approvedHeadcount" />
        <TextField source="documentNumber" sortable={false} />
        <DayField source="effectiveOn" />
        <CurrentChip source="current" />
      </Datagrid>
    </RegistryList>
  );
}
