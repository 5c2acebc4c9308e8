import { useQueryClient } from '@tanstack/react-query';
import { useNotify } from 'react-admin';
import { AnnualReturnEventsDocument, type AnnualReturnEventsSubscription } from '../gql/graphql';
import { readSession } from '../graphql/session';
import { useLiveEvents } from '../live/use-live-events';
import { liveReturnMessage, type ReturnEvent } from './live-return-message';

const pickReturnEvent = (data: AnnualReturnEventsSubscription) => data.annualReturnEvents;

const notificationType = { SUBMITTED: 'info', RETURNED: 'warning', ACCEPTED: 'success', OVERDUE: 'warning' } as const;

/** A bureau's own submission is its own act: its windows are not told of it. */
function isOwnSubmission(event: ReturnEvent): boolean {
  return event.type === 'SUBMITTED' && event.bureauCode === readSession()?.account.bureau?.code;
}

/**
 * The annual returns under the account's jurisdiction, live: every step
 * (submitted, sent back, accepted, overdue) refreshes the returns, the
 * progress page and the dashboard (its to-do and report cards), and is announced wherever the user is.
 */
export function LiveReturnEvents() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  useLiveEvents(AnnualReturnEventsDocument, pickReturnEvent, (event) => {
    void queryClient.invalidateQueries({ queryKey: ['annual-returns'] });
    void queryClient.invalidateQueries({ queryKey: ['annualReportProgress'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboardAnnualReport'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    if (isOwnSubmission(event)) return;
    const message = liveReturnMessage(event);
    notify(message.key, { type: notificationType[event.type], messageArgs: message.args, autoHideDuration: 10000, multiLine: true });
  });
  return null;
}
