import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert } from '@mui/material';
import { DateInput, NumberInput, TextInput, maxValue, minValue, required, useRedirect, useTranslate } from 'react-admin';
import { ChangeDialog, today } from '../common/ChangeDialog';
import { ApproveStaffingUseApplicationDocument, type ApproveStaffingUseApplicationMutation, type StaffingUseApplicationRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/**
 * 核准: the office issues the notice for the posts applied for or fewer, with
 * the application's category, tier and purpose; then the new approval is shown.
 */
export function ApproveApplicationAction({ application }: { application: StaffingUseApplicationRecordFragment }) {
  const translate = useTranslate();
  const redirect = useRedirect();
  return (
    <ChangeDialog
      version={application.version}
      name="approve-application-dialog"
      label="bianzhi.staffingUseApplication.approve"
      title="bianzhi.staffingUseApplication.approveTitle"
      icon={<CheckCircleIcon />}
      fields={['count', 'noticeNumber', 'issuedOn', 'validUntil']}
      defaultValues={{ count: application.requestedCount, issuedOn: today() }}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) =>
        execute(ApproveStaffingUseApplicationDocument, {
          input: {
            id: application.id,
            version,
            count: Number(values.count),
            noticeNumber: String(values.noticeNumber ?? ''),
            issuedOn: String(values.issuedOn ?? ''),
            validUntil: String(values.validUntil ?? ''),
          },
        })
      }
      onDone={(result) => redirect('show', 'staffing-use-approvals', (result as ApproveStaffingUseApplicationMutation).approveStaffingUseApplication.id)}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUseApplication.approveExplanation', {
          institution: application.institution.name,
          category: translate(`enums.QuotaCategory.${application.category}`),
          requested: application.requestedCount,
        })}
      </Alert>
      <NumberInput
        source="count"
        label="resources.staffing-use-approvals.fields.approvedCount"
        validate={[required(), minValue(1), maxValue(application.requestedCount)]}
        step={1}
      />
      <TextInput source="noticeNumber" label="resources.staffing-use-approvals.fields.noticeNumber" validate={required()} helperText="bianzhi.staffingUse.noticeNumberHint" fullWidth />
      <DateInput source="issuedOn" label="resources.staffing-use-approvals.fields.issuedOn" validate={required()} />
      <DateInput source="validUntil" label="resources.staffing-use-approvals.fields.validUntil" validate={required()} />
    </ChangeDialog>
  );
}
