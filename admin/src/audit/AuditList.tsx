import { Datagrid, DateTimeInput, FunctionField, SearchInput, SelectInput, TextField, TextInput, useLocaleState, useTranslate } from 'react-admin';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryList } from '../common/RegistryList';
import { EnumField } from '../common/enums';
import { AuditChanges } from './AuditChanges';
import { formatMoment } from './AuditValue';
import { auditedOperations } from './operations';

const recordTypes = ['Bureau', 'EGovUnit', 'Institution', 'EstablishmentApproval', 'StaffingUseApproval', 'Quota', 'Staff', 'Website', 'Account', 'AccessToken', 'ReportingPeriod', 'AnnualReturn', 'RegisterImport'];
const recordTypeChoices = recordTypes.map((type) => ({ id: type, name: `bianzhi.audit.recordTypes.${type}` }));

const operationChoices = auditedOperations.map((operation) => ({ id: operation, name: `bianzhi.audit.operations.${operation}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="recordType" source="recordType" choices={recordTypeChoices} />,
  <SelectInput key="operation" source="operation" choices={operationChoices} />,
  <TextInput key="recordId" source="recordId" />,
  <DateTimeInput key="from" source="from" label="bianzhi.audit.from" />,
  <DateTimeInput key="before" source="before" label="bianzhi.audit.until" />,
];

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'occurredAt' },
  { source: 'actorUsername' },
  { source: 'actorRole', enumName: 'AccountRole' },
  { source: 'operation', messagePrefix: 'bianzhi.audit.operations' },
  { source: 'recordType', messagePrefix: 'bianzhi.audit.recordTypes' },
  { source: 'recordId' },
  { source: 'reason' },
  { source: 'bureauPath' },
  { source: 'requestId' },
];

/** The audit trail, newest first; read only: there is nothing here to edit or delete. */
export function AuditList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <RegistryList csvColumns={csvColumns} filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }}>
      <Datagrid bulkActionButtons={false} rowClick="expand" expand={<AuditChanges />}>
        {/* Dated as the entries' own values are, to the minute (2026年11月30日 14:05). */}
        <FunctionField source="occurredAt" render={(entry: { occurredAt: string }) => formatMoment(entry.occurredAt, locale, 'short')} />
        <TextField source="actorUsername" translate="no" />
        <EnumField source="actorRole" enumName="AccountRole" sortable={false} />
        <FunctionField
          source="operation"
          render={(entry: { operation: string }) => translate(`bianzhi.audit.operations.${entry.operation}`, { _: entry.operation })}
        />
        <FunctionField
          source="recordType"
          render={(entry: { recordType: string; recordId: string }) => `${translate(`bianzhi.audit.recordTypes.${entry.recordType}`, { _: entry.recordType })} #${entry.recordId}`}
        />
        <TextField source="reason" sortable={false} emptyText="—" />
      </Datagrid>
    </RegistryList>
  );
}
