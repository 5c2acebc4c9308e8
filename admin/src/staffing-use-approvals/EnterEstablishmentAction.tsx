import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Alert } from '@mui/material';
import { DateInput, TextInput, required, useRedirect, useTranslate } from 'react-admin';
import { ChangeDialog, today } from '../common/ChangeDialog';
import { EnumInput } from '../common/enums';
import { orNull } from '../common/form-values';
import { validNationalId } from '../common/national-id';
import { ReasonInput } from '../common/ReasonInput';
import { EnterEstablishmentDocument, type EnterEstablishmentMutation, type Education, type StaffingUseApprovalRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/**
 * 入编: a person enters against the approval, in its category and tier, using
 * one of its posts; then their new record is shown. The server puts the
 * notice number in the audit trail's reason itself.
 */
export function EnterEstablishmentAction({ approval }: { approval: StaffingUseApprovalRecordFragment }) {
  const translate = useTranslate();
  const redirect = useRedirect();
  const category = translate(`enums.QuotaCategory.${approval.category}`);
  return (
    <ChangeDialog
      name="enter-dialog"
      label="bianzhi.staffingUse.enter"
      title="bianzhi.staffingUse.enterTitle"
      icon={<PersonAddIcon />}
      fields={['name', 'nationalId', 'education', 'position', 'enteredOn', 'reason']}
      defaultValues={{ enteredOn: today() }}
      submit={(values) =>
        execute(EnterEstablishmentDocument, {
          input: {
            approvalId: approval.id,
            name: String(values.name ?? ''),
            nationalId: String(values.nationalId ?? ''),
            education: values.education as Education,
            position: String(values.position ?? ''),
            enteredOn: String(values.enteredOn ?? ''),
          },
          reason: orNull(values.reason) ?? undefined,
        })
      }
      onDone={(result) => redirect('show', 'staff', (result as EnterEstablishmentMutation).enterEstablishment.id)}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUse.enterExplanation', { institution: approval.institution.name, category, left: approval.postsHeld })}
      </Alert>
      <TextInput source="name" label="resources.staff.fields.name" validate={required()} fullWidth />
      <TextInput source="nationalId" label="resources.staff.fields.nationalId" validate={[required(), validNationalId]} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} fullWidth />
      <EnumInput source="education" label="resources.staff.fields.education" enumName="Education" validate={required()} />
      <TextInput source="position" label="resources.staff.fields.position" validate={required()} fullWidth />
      <DateInput source="enteredOn" label="bianzhi.staffingUse.enteredOn" validate={required()} />
      <ReasonInput />
    </ChangeDialog>
  );
}
