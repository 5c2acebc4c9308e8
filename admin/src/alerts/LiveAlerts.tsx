import { useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { AlertEventsDocument, type AlertEventsSubscription } from '../gql/graphql';
import { useLiveEvents } from '../live/use-live-events';
import { liveAlertMessage } from './live-alert-message';

const pickAlertEvent = (data: AlertEventsSubscription) => data.quotaAlerts;

/**
 * The alerts under the account's jurisdiction, live: every event refreshes the
 * alert and unit lists and the dashboard, and is announced wherever the user is.
 */
export function LiveAlerts() {
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  useLiveEvents(AlertEventsDocument, pickAlertEvent, (event) => {
    void queryClient.invalidateQueries({ queryKey: ['alerts'] });
    void queryClient.invalidateQueries({ queryKey: ['units'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
    const message = liveAlertMessage(event, translate);
    notify(message.key, {
      type: event.type === 'RAISED' ? 'warning' : 'info',
      messageArgs: message.args,
      autoHideDuration: 10000,
      multiLine: true,
    });
  });
  return null;
}
