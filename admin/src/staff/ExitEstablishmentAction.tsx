import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { Alert, Stack } from '@mui/material';
import { DateInput, TextInput, required, useTranslate } from 'react-admin';
import { ChangeDialog, today } from '../common/ChangeDialog';
import { EnumInput } from '../common/enums';
import { orNull } from '../common/form-values';
import { ReasonInput } from '../common/ReasonInput';
import { ExitEstablishmentDocument, type ExitReason, type StaffRecordFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/**
 * 出编: the person leaves for a reason, on a date, by a document; the post is
 * free again and the record stays. The form's `exitReason` is the input's
 * `reason`, which the mutation's own `reason` (the audit trail's) would shadow.
 */
export function ExitEstablishmentAction({ staff }: { staff: StaffRecordFragment }) {
  const translate = useTranslate();
  return (
    <ChangeDialog
      version={staff.version}
      name="exit-dialog"
      label="bianzhi.staffingUse.exit"
      title="bianzhi.staffingUse.exitTitle"
      icon={<PersonRemoveIcon />}
      fields={['exitReason', 'exitedOn', 'documentNumber', 'reason']}
      defaultValues={{ exitedOn: today() }}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) =>
        execute(ExitEstablishmentDocument, {
          input: {
            id: staff.id,
            version,
            reason: values.exitReason as ExitReason,
            exitedOn: String(values.exitedOn ?? ''),
            documentNumber: String(values.documentNumber ?? ''),
          },
          reason: orNull(values.reason) ?? undefined,
        })
      }
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('bianzhi.staffingUse.exitExplanation', { name: staff.name, institution: staff.institution.name })}
      </Alert>
      <EnumInput source="exitReason" enumName="ExitReason" validate={required()} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextInput source="documentNumber" label="resources.staff.fields.exitDocumentNumber" validate={required()} sx={{ flex: 2 }} />
        <DateInput source="exitedOn" validate={required()} sx={{ flex: 1 }} />
      </Stack>
      <ReasonInput />
    </ChangeDialog>
  );
}
