import { Datagrid, EditButton, NumberField, ReferenceField, ReferenceManyField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, CreateButton } from 'react-admin';
import { DayField } from '../common/DayField';
import { EnumField } from '../common/enums';
import { CurrentChip } from './CurrentChip';

/** Every approval of this institution and category, newest first: the quota's history (编制沿革). */
function QuotaHistory() {
  const quota = useRecordContext<{ institutionId: string; category: string }>();
  if (!quota) return null;
  return (
    <ReferenceManyField
      reference="quotas"
      target="institutionId"
      filter={{ category: quota.category }}
      sort={{ field: 'effectiveOn', order: 'DESC' }}
      label="bianzhi.quota.history"
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="documentNumber" />
        <DayField source="effectiveOn" />
        <NumberField source="approvedHeadcount" />
        <CurrentChip source="current" />
      </Datagrid>
    </ReferenceManyField>
  );
}

function QuotaActions() {
  const quota = useRecordContext<{ institutionId: string; category: string }>();
  return (
    <TopToolbar>
      {quota ? <CreateButton label="bianzhi.quota.newApproval" state={{ record: { institutionId: quota.institutionId, category: quota.category } }} /> : null}
      <EditButton />
    </TopToolbar>
  );
}

export function QuotaShow() {
  return (
    <Show actions={<QuotaActions />}>
      <SimpleShowLayout>
        <ReferenceField source="institutionId" reference="institutions" link="show" />
        <EnumField source="category" enumName="QuotaCategory" />
        <NumberField source="approvedHeadcount" />
        <TextField source="documentNumber" />
        <DayField source="effectiveOn" />
        <CurrentChip source="current" />
        <TextField source="replaces.documentNumber" label="bianzhi.quota.replaces" emptyText="—" />
        <QuotaHistory />
      </SimpleShowLayout>
    </Show>
  );
}
