import { BooleanInput, NumberField, TextField } from 'react-admin';
import { DayField } from '../common/DayField';
import { bureauFilter, institutionFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { HintedSearchInput, RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { CurrentChip } from './CurrentChip';

const filters = [
  <HintedSearchInput key="q" source="q" alwaysOn hint="bianzhi.lists.documentNumberSearch" />,
  <BooleanInput key="current" source="current" alwaysOn />,
  <EnumInput key="category" source="category" enumName="QuotaCategory" />,
  institutionFilter(),
  bureauFilter(),
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
      <RegistryDatagrid rowClick="show">
        <TextField source="institution.name" sortable={false} />
        <EnumField source="category" enumName="QuotaCategory" />
        <NumberField source="approvedHeadcount" />
        <TextField source="documentNumber" sortable={false} />
        <DayField source="effectiveOn" />
        <CurrentChip source="current" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
