import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { AcceptAnnualReturnDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { decision, type ShownReturn } from './return-steps';

/** 审核通过: the bureau above accepts a submitted return, as read. */
export function AcceptReturnAction({ annualReturn }: { annualReturn: ShownReturn }) {
  const translate = useTranslate();
  const warnings = annualReturn.checks.filter((check) => check.severity === 'WARNING').length;
  return (
    <ChangeDialog
      version={annualReturn.version}
      name="accept-return-dialog"
      label="bianzhi.annualReport.accept"
      title="bianzhi.annualReport.acceptTitle"
      icon={<TaskAltIcon />}
      fields={[]}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(_values, version) => execute(AcceptAnnualReturnDocument, { input: decision(annualReturn, version) })}
    >
      <Alert severity={warnings > 0 ? 'warning' : 'info'}>
        {translate('bianzhi.annualReport.acceptExplanation', { bureau: annualReturn.bureau.name, year: annualReturn.year, warnings })}
      </Alert>
    </ChangeDialog>
  );
}
