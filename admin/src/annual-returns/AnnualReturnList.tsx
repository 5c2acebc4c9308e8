import { FunctionField, NullableBooleanInput, TextField } from 'react-admin';
import { MomentField } from '../common/DayField';
import { bureauFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { EnumInput } from '../common/enums';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';
import type { AnnualReturnSummaryFragment } from '../gql/graphql';
import { ReportingYearInput } from '../reporting-periods/ReportingYearInput';
import { MakeReturnAction } from './MakeReturnAction';
import { StatusChip } from './StatusChip';

const filters = [
  <ReportingYearInput key="year" source="year" alwaysOn />,
  <EnumInput key="status" source="status" enumName="AnnualReturnStatus" alwaysOn />,
  bureauFilter({ alwaysOn: true }),
  <NullableBooleanInput key="decidedByYou" source="decidedByYou" />,
];

const csvColumns: CsvColumn[] = [
  { source: 'year' },
  { source: 'bureau.code' },
  { source: 'bureau.name' },
  { source: 'status', enumName: 'AnnualReturnStatus' },
  { source: 'frozenAt' },
  { source: 'submittedAt' },
  { source: 'responsiblePerson' },
  { source: 'preparer' },
  { source: 'lateReason' },
  { source: 'returnReason' },
  { source: 'acceptedAt' },
];

/** Annual returns (统计年报) in the jurisdiction, latest change first: a year's, a status's, a bureau's subtree's. */
export function AnnualReturnList() {
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} extraActions={<MakeReturnAction />} empty={false}>
      <RegistryDatagrid rowClick="show">
        <TextField source="year" sortable={false} />
        <TextField source="bureau.code" sortable={false} />
        <TextField source="bureau.name" sortable={false} />
        <FunctionField source="status" sortable={false} render={(record: AnnualReturnSummaryFragment) => <StatusChip enumName="AnnualReturnStatus" value={record.status} />} />
        <MomentField source="frozenAt" />
        <MomentField source="submittedAt" />
        <TextField source="responsiblePerson" sortable={false} emptyText="—" />
        <MomentField source="updatedAt" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
