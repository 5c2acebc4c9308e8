import { Chip, Typography } from '@mui/material';
import {
  Datagrid,
  FunctionField,
  NumberField,
  Pagination,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { DayField, MomentField } from '../common/DayField';
import { EnumField } from '../common/enums';

const perPage = 25;

function SubtreeNote({ message }: { message: string }) {
  const translate = useTranslate();
  const bureau = useRecordContext<{ name: string }>();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(message, { name: bureau?.name ?? '' })}
    </Typography>
  );
}

/** 所辖人员: the active staff of every institution of the bureau and of every bureau under it, a page at a time, each opening the person's page. */
export function SubtreeStaff() {
  return (
    <>
      <SubtreeNote message="bianzhi.tree.subtreeStaffNote" />
      <ReferenceManyField
        reference="staff"
        target="underBureauId"
        filter={{ status: 'ACTIVE' }}
        sort={{ field: 'name', order: 'ASC' }}
        perPage={perPage}
        pagination={<Pagination rowsPerPageOptions={[perPage, 50, 100]} />}
        label={false}
      >
        <Datagrid rowClick="show" bulkActionButtons={false} data-testid="bureau-subtree-staff">
          <TextField source="name" />
          <EnumField source="gender" enumName="Gender" sortable={false} />
          <TextField source="nationalId" sortable={false} translate="no" />
          <TextField source="institution.name" sortable={false} />
          <TextField source="institution.bureau.name" label="resources.units.fields.bureau.name" sortable={false} />
          <TextField source="position" sortable={false} />
          <EnumField source="quotaCategory" enumName="QuotaCategory" sortable={false} />
          <DayField source="hiredOn" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}

/** An alert opens its institution's page: alerts have no page of their own. */
const institutionOfAlert = (_id: unknown, _resource: string, alert: RaRecord) => `/institutions/${alert.institutionId}/show`;

/** 所辖预警: the open alerts of the institutions under the bureau, the bureau included, newest first, each opening its institution. */
export function SubtreeAlerts() {
  const translate = useTranslate();
  return (
    <>
      <SubtreeNote message="bianzhi.tree.subtreeAlertsNote" />
      <ReferenceManyField
        reference="alerts"
        target="underBureauId"
        filter={{ open: true }}
        sort={{ field: 'raisedAt', order: 'DESC' }}
        perPage={perPage}
        pagination={<Pagination rowsPerPageOptions={[perPage, 50, 100]} />}
        label={false}
      >
        <Datagrid rowClick={institutionOfAlert} bulkActionButtons={false} data-testid="bureau-subtree-alerts">
          <MomentField source="raisedAt" />
          <FunctionField
            source="kind"
            sortable={false}
            render={(alert: { kind: string }) => <Chip size="small" color="error" label={translate(`enums.AlertKind.${alert.kind}`)} />}
          />
          <EnumField source="category" enumName="QuotaCategory" sortable={false} />
          <EnumField source="tier" enumName="LeadershipTier" sortable={false} />
          <TextField source="institutionName" />
          <TextField source="bureau.name" sortable={false} />
          <NumberField source="approved" sortable={false} />
          <NumberField source="actual" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}
