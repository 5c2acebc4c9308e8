import UndoIcon from '@mui/icons-material/Undo';
import { TextInput, maxLength, required } from 'react-admin';
import { ChangeDialog } from '../common/ChangeDialog';
import { ReturnAnnualReturnDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { decision, type ShownReturn } from './return-steps';

/** 退回: the bureau above sends a submitted return back, saying why; the bureau makes it again and resubmits. */
export function SendBackReturnAction({ annualReturn }: { annualReturn: ShownReturn }) {
  return (
    <ChangeDialog
      version={annualReturn.version}
      name="send-back-return-dialog"
      label="bianzhi.annualReport.sendBack"
      title="bianzhi.annualReport.sendBackTitle"
      icon={<UndoIcon />}
      fields={['returnReason']}
      defaultValues={{}}
      staleMessage="bianzhi.staffingUse.stale"
      submit={(values, version) => execute(ReturnAnnualReturnDocument, { input: decision(annualReturn, version), returnReason: String(values.returnReason ?? '') })}
    >
      <TextInput source="returnReason" label="resources.annual-returns.fields.returnReason" validate={[required(), maxLength(500)]} multiline minRows={3} fullWidth />
    </ChangeDialog>
  );
}
