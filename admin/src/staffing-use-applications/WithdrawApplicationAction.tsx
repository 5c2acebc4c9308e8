import UndoIcon from '@mui/icons-material/Undo';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { WithdrawStaffingUseApplicationDocument, type StaffingUseApplicationRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/** 撤回: the applicant withdraws a pending application. Sent with the version read. */
export function WithdrawApplicationAction({ application }: { application: StaffingUseApplicationRecordFragment }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={application.version}
      name="withdraw-application-dialog"
      label="bianzhi.staffingUse.withdraw"
      title="bianzhi.staffingUseApplication.withdrawTitle"
      icon={<UndoIcon />}
      fields={[]}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(_values, version) => execute(WithdrawStaffingUseApplicationDocument, { id: application.id, version })}
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUseApplication.withdrawExplanation', { institution: application.institution.name })}
      </Alert>
    </ChangeDialog>
  );
}
