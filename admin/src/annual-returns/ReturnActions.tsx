import { TopToolbar, useRecordContext } from 'react-admin';
import { readSession } from '../graphql/session';
import { AcceptReturnAction } from './AcceptReturnAction';
import { ExportButtons } from './ExportButtons';
import { RemakeReturnAction } from './RemakeReturnAction';
import { SendBackReturnAction } from './SendBackReturnAction';
import { SubmitReturnAction } from './SubmitReturnAction';
import { stepsAllowed, type ShownReturn } from './return-steps';

/** The steps of the year this account may take on the return as it stands now. */
export function ReturnActions() {
  const annualReturn = useRecordContext<ShownReturn>();
  if (!annualReturn) return <TopToolbar />;
  const allowed = stepsAllowed(annualReturn, readSession());
  return (
    <TopToolbar data-testid="return-actions">
      {allowed.remake ? <RemakeReturnAction annualReturn={annualReturn} /> : null}
      {allowed.submit ? <SubmitReturnAction annualReturn={annualReturn} /> : null}
      {allowed.decide ? <SendBackReturnAction annualReturn={annualReturn} /> : null}
      {allowed.decide ? <AcceptReturnAction annualReturn={annualReturn} /> : null}
      {allowed.export ? <ExportButtons annualReturn={annualReturn} /> : null}
    </TopToolbar>
  );
}
