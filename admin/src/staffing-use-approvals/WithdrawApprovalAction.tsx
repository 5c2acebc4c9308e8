import UndoIcon from '@mui/icons-material/Undo';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { orNull } from '../common/form-values';
import { ReasonInput } from '../common/ReasonInput';
import { WithdrawStaffingUseDocument, type StaffingUseApprovalRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/** 撤回: the approval's unused posts are free again; those used stay filled. Sent with the version read. */
export function WithdrawApprovalAction({ approval }: { approval: StaffingUseApprovalRecordFragment }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={approval.version}
      name="withdraw-dialog"
      label="bianzhi.staffingUse.withdraw"
      title="bianzhi.staffingUse.withdrawTitle"
      icon={<UndoIcon />}
      fields={['reason']}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) => execute(WithdrawStaffingUseDocument, { id: approval.id, version, reason: orNull(values.reason) ?? undefined })}
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUse.withdrawExplanation', { notice: approval.noticeNumber, held: approval.postsHeld })}
      </Alert>
      <ReasonInput />
    </ChangeDialog>
  );
}
