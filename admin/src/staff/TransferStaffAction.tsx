import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Stack } from '@mui/material';
import { AutocompleteInput, DateInput, ReferenceInput, TextInput, required, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { ChangeDialog, today } from '../common/ChangeDialog';
import { orNull } from '../common/form-values';
import { ReasonInput } from '../common/ReasonInput';
import { TransferStaffDocument, type StaffRecordFragment, type StaffingUseApprovalRecordFragment, type TransferStaffMutation } from '../gql/graphql';
import { execute } from '../graphql/client';

function approvalText(approval: StaffingUseApprovalRecordFragment) {
  return `${approval.institution.name} · ${approval.noticeNumber}`;
}

/**
 * 调动: the person leaves this institution and enters another against one of
 * its open approvals, in one transaction; then their record there is shown
 * (or this one, when the receiving side is outside the user's jurisdiction).
 */
export function TransferStaffAction({ staff }: { staff: StaffRecordFragment }) {
  const translate = useTranslate();
  const redirect = useRedirect();
  const refresh = useRefresh();
  return (
    <ChangeDialog
      version={staff.version}
      name="transfer-dialog"
      label="bianzhi.staffingUse.transfer"
      title="bianzhi.staffingUse.transferTitle"
      icon={<SwapHorizIcon />}
      fields={['approvalId', 'transferredOn', 'documentNumber', 'position', 'reason']}
      defaultValues={{ transferredOn: today(), position: staff.position, approvalId: null }}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) =>
        execute(TransferStaffDocument, {
          input: {
            id: staff.id,
            version,
            approvalId: String(values.approvalId ?? ''),
            transferredOn: String(values.transferredOn ?? ''),
            documentNumber: String(values.documentNumber ?? ''),
            position: orNull(values.position),
          },
          reason: orNull(values.reason) ?? undefined,
        })
      }
      onDone={(result) => {
        const arrived = (result as TransferStaffMutation).transferStaff.arrived;
        if (arrived) redirect('show', 'staff', arrived.id);
        else refresh();
      }}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUse.transferExplanation', { name: staff.name, institution: staff.institution.name })}
      </Alert>
      <ReferenceInput source="approvalId" reference="staffing-use-approvals" filter={{ status: 'OPEN', exceptInstitutionId: staff.institutionId }} perPage={100}>
        <AutocompleteInput
          label="bianzhi.staffingUse.receivingApproval"
          optionText={approvalText}
          validate={required()}
          fullWidth
        />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="documentNumber" label="bianzhi.staffingUse.transferDocument" validate={required()} sx={{ flex: 2 }} />
        <DateInput source="transferredOn" label="bianzhi.staffingUse.transferredOn" validate={required()} sx={{ flex: 1 }} />
      </Stack>
      <TextInput source="position" label="bianzhi.staffingUse.positionAfterTransfer" fullWidth />
      <ReasonInput />
    </ChangeDialog>
  );
}
