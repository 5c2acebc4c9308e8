import { TextField } from 'react-admin';
import { DayField, MomentField } from '../common/DayField';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';

const csvColumns: CsvColumn[] = [{ source: 'year' }, { source: 'cutoffOn' }, { source: 'dueOn' }, { source: 'createdAt' }];

/** The years of the annual report (年报报告期), the latest first; a row leads to that year's returns. */
export function ReportingPeriodList() {
  return (
    <RegistryList csvColumns={csvColumns} createLabel="bianzhi.annualReport.openYear" sort={{ field: 'year', order: 'DESC' }}>
      <RegistryDatagrid
        rowClick={(_id, _resource, record) => `/annual-returns?filter=${encodeURIComponent(JSON.stringify({ year: record.year }))}`}
      >
        <TextField source="year" sortable={false} />
        <DayField source="cutoffOn" sortable={false} />
        <DayField source="dueOn" sortable={false} />
        <MomentField source="createdAt" sortable={false} />
      </RegistryDatagrid>
    </RegistryList>
  );
}
