import { Chip } from '@mui/material';
import { BooleanInput, FunctionField, NumberField, TextField, useTranslate } from 'react-admin';
import { MomentField } from '../common/DayField';
import { bureauFilter, institutionFilter } from '../common/list-filters';
import type { CsvColumn } from '../common/csv-exporter';
import { RegistryDatagrid, RegistryList } from '../common/RegistryList';
import { EnumField, EnumInput } from '../common/enums';
import { useLive } from '../live/LiveProvider';

const filters = [
  <BooleanInput key="open" source="open" alwaysOn />,
  <EnumInput key="kind" source="kind" enumName="AlertKind" />,
  <EnumInput key="category" source="category" enumName="QuotaCategory" />,
  <EnumInput key="tier" source="tier" enumName="LeadershipTier" />,
  bureauFilter(),
  institutionFilter(),
];

function LiveChip() {
  const translate = useTranslate();
  const { connection } = useLive();
  return (
    <Chip
      size="small"
      data-testid="alerts-live"
      color={connection === 'connected' ? 'success' : 'default'}
      label={translate(connection === 'connected' ? 'bianzhi.alerts.connected' : 'bianzhi.alerts.disconnected')}
    />
  );
}

/** The CSV export's columns, in this order. */
const csvColumns: CsvColumn[] = [
  { source: 'institutionName' },
  { source: 'bureau.name' },
  { source: 'kind', enumName: 'AlertKind' },
  { source: 'category', enumName: 'QuotaCategory' },
  { source: 'tier', enumName: 'LeadershipTier' },
  { source: 'approved' },
  { source: 'actual' },
  { source: 'open' },
  { source: 'raisedAt' },
  { source: 'resolvedAt' },
];

/** Over-staffing and over-positions alerts, refreshed live by the subscription (see LiveAlerts). */
export function AlertList() {
  const translate = useTranslate();
  return (
    <RegistryList
      csvColumns={csvColumns}
      extraActions={<LiveChip />}
      filters={filters}
      filterDefaultValues={{ open: true }}
      sort={{ field: 'raisedAt', order: 'DESC' }}
    >
      <RegistryDatagrid rowClick={false}>
        <MomentField source="raisedAt" />
        <FunctionField
          source="kind"
          sortable={false}
          render={(alert: { kind: string; open: boolean }) => (
            <Chip size="small" color={alert.open ? 'error' : 'default'} label={translate(`enums.AlertKind.${alert.kind}`)} />
          )}
        />
        <EnumField source="category" enumName="QuotaCategory" sortable={false} />
        <EnumField source="tier" enumName="LeadershipTier" sortable={false} />
        <TextField source="institutionName" sortBy="institutionName" />
        <TextField source="bureau.name" sortable={false} />
        <NumberField source="approved" sortable={false} />
        <NumberField source="actual" sortable={false} />
        <MomentField source="resolvedAt" />
      </RegistryDatagrid>
    </RegistryList>
  );
}
