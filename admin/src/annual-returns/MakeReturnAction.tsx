import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { Alert } from '@mui/material';
import { required, useRedirect, useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { FreezeAnnualReturnDocument, type FreezeAnnualReturnMutation } from '../gql/graphql';
import { execute } from '../graphql/client';
import { canWrite, readSession } from '../graphql/session';
import { ReportingYearInput } from '../reporting-periods/ReportingYearInput';
import { returnKey } from './return-key';

/** 生成年报: the account's own bureau makes its return for an open year from the registry as it stands; then the return is shown. */
export function MakeReturnAction() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const session = readSession();
  const bureau = session?.rootBureau;
  if (!bureau || !canWrite(session?.account)) return null;
  return (
    <ChangeDialog
      name="make-return-dialog"
      label="bianzhi.annualReport.make"
      title="bianzhi.annualReport.makeTitle"
      icon={<NoteAddIcon />}
      fields={['year']}
      defaultValues={{}}
      submit={(values) => execute(FreezeAnnualReturnDocument, { year: Number(values.year), bureauId: bureau.id })}
      onDone={(result) => {
        const made = (result as FreezeAnnualReturnMutation).freezeAnnualReturn;
        redirect('show', 'annual-returns', returnKey(made.year, made.bureau.id));
      }}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('bianzhi.annualReport.makeExplanation', { bureau: bureau.name })}
      </Alert>
      <ReportingYearInput validate={required()} />
    </ChangeDialog>
  );
}
