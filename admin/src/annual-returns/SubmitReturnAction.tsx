import SendIcon from '@mui/icons-material/Send';
import { Alert } from '@mui/material';
import { TextInput, maxLength, required, useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { SubmitAnnualReturnDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { decision, pastDue, type ShownReturn } from './return-steps';

/** 报送: to the bureau above, signed by the person answerable and the preparer; after the due date with a reason. */
export function SubmitReturnAction({ annualReturn }: { annualReturn: ShownReturn }) {
  const translate = useTranslate();
  const late = pastDue(annualReturn.period);
  const blocking = annualReturn.checks.filter((check) => check.severity === 'BLOCKING');
  return (
    <ChangeDialog
      version={annualReturn.version}
      name="submit-return-dialog"
      label="bianzhi.annualReport.submit"
      title="bianzhi.annualReport.submitTitle"
      icon={<SendIcon />}
      fields={['responsiblePerson', 'preparer', 'lateReason']}
      defaultValues={{ responsiblePerson: annualReturn.responsiblePerson ?? '', preparer: annualReturn.preparer ?? '', lateReason: annualReturn.lateReason ?? '' }}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) =>
        execute(SubmitAnnualReturnDocument, {
          input: {
            ...decision(annualReturn, version),
            responsiblePerson: String(values.responsiblePerson ?? ''),
            preparer: String(values.preparer ?? ''),
            lateReason: late ? String(values.lateReason ?? '') : undefined,
          },
        })
      }
    >
      {blocking.length > 0 ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate('bianzhi.annualReport.blockingBeforeSubmit', { checks: blocking.map((check) => translate(`enums.ReturnCheckCode.${check.code}`)).join('、') })}
        </Alert>
      ) : null}
      <TextInput source="responsiblePerson" label="resources.annual-returns.fields.responsiblePerson" validate={[required(), maxLength(50)]} fullWidth />
      <TextInput source="preparer" label="resources.annual-returns.fields.preparer" validate={[required(), maxLength(50)]} fullWidth />
      {late ? (
        <>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('bianzhi.annualReport.lateExplanation', { dueOn: annualReturn.period?.dueOn ?? '' })}
          </Alert>
          <TextInput source="lateReason" label="resources.annual-returns.fields.lateReason" validate={[required(), maxLength(500)]} multiline minRows={2} fullWidth />
        </>
      ) : null}
    </ChangeDialog>
  );
}
