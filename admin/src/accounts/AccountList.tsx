import { BooleanField, BooleanInput, TextField } from 'react-admin';
import { bureauFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { HintedSearchInput, RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { MomentField } from '../common/DayField';
import { EnumField, EnumInput } from '../common/enums';

const filters = [
  <HintedSearchInput key="q" source="q" alwaysOn hint="bianzhi.lists.accountSearch" />,
  <EnumInput key="role" source="role" enumName="AccountRole" />,
  <BooleanInput key="disabled" source="disabled" />,
  bureauFilter(),
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'username' },
  { source: 'displayName' },
  { source: 'role', enumName: 'AccountRole' },
  { source: 'bureau.name' },
  { source: 'disabled' },
  { source: 'createdAt' },
];

/** Accounts of the user's jurisdiction (账号), by username. */
export function AccountList() {
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'username', order: 'ASC' }}>
      <RegistryDatagrid rowClick="show">
        <TextField source="username" translate="no" />
        <TextField source="displayName" />
        <EnumField source="role" enumName="AccountRole" sortable={false} />
        <TextField source="bureau.name" sortable={false} emptyText="—" />
        <BooleanField source="disabled" sortable={false} />
        <MomentField source="createdAt" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
