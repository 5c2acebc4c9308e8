import { Alert, AlertTitle } from '@mui/material';
import { FunctionField, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { MomentField } from '../common/DayField';
import type { ShownReturn } from './return-steps';
import { StatusChip } from './StatusChip';

/** Why the bureau above sent the return back, as the bureau that makes it again reads it first. */
function SentBackNotice({ annualReturn }: { annualReturn: ShownReturn }) {
  const translate = useTranslate();
  if (annualReturn.status !== 'RETURNED' || !annualReturn.returnReason) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="return-reason">
      <AlertTitle>{translate('resources.annual-returns.fields.returnReason')}</AlertTitle>
      {annualReturn.returnReason}
    </Alert>
  );
}

/** The return's year, bureau and standing, its period's dates and who signed it when. */
export function ReturnSummary() {
  const annualReturn = useRecordContext<ShownReturn>();
  if (!annualReturn) return null;
  const { period } = annualReturn;
  return (
    <>
      <SentBackNotice annualReturn={annualReturn} />
      <SimpleShowLayout sx={{ p: 0 }}>
        <TextField source="bureau.name" />
        <TextField source="year" />
        <FunctionField source="status" render={(record: ShownReturn) => <StatusChip enumName="AnnualReturnStatus" value={record.status} />} />
        {period ? <FunctionField label="bianzhi.annualReport.periodDates" render={() => `${period.cutoffOn} / ${period.dueOn}`} /> : null}
        <MomentField source="frozenAt" />
        <MomentField source="submittedAt" />
        {annualReturn.responsiblePerson ? <TextField source="responsiblePerson" /> : null}
        {annualReturn.preparer ? <TextField source="preparer" /> : null}
        {annualReturn.lateReason ? <TextField source="lateReason" /> : null}
        {annualReturn.returnedAt ? <MomentField source="returnedAt" /> : null}
        {annualReturn.returnReason && annualReturn.status !== 'RETURNED' ? <TextField source="returnReason" /> : null}
        {annualReturn.acceptedAt ? <MomentField source="acceptedAt" /> : null}
      </SimpleShowLayout>
    </>
  );
}
