import BlockIcon from '@mui/icons-material/Block';
import { TextInput, maxLength, required } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { RejectStaffingUseApplicationDocument, type StaffingUseApplicationRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/** 不予核准: the office refuses the application, saying why; the reason stays on the application. */
export function RejectApplicationAction({ application }: { application: StaffingUseApplicationRecordFragment }) {
  return (
    <ChangeDialog
      version={application.version}
      name="reject-application-dialog"
      label="bianzhi.staffingUseApplication.reject"
      title="bianzhi.staffingUseApplication.rejectTitle"
      icon={<BlockIcon />}
      fields={['rejectionReason']}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) =>
        execute(RejectStaffingUseApplicationDocument, { id: application.id, version, rejectionReason: String(values.rejectionReason ?? '') })
      }
    >
      <TextInput
        source="rejectionReason"
        label="resources.staffing-use-applications.fields.rejectionReason"
        validate={[required(), maxLength(500)]}
        multiline
        minRows={3}
        fullWidth
      />
    </ChangeDialog>
  );
}
