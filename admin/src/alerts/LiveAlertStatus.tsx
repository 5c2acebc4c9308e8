import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import NotificationsOffIcon from '@mui/icons-material/NotificationsOff';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useLive } from '../live/LiveProvider';

/** The app bar's bell: open alerts in the user's jurisdiction, and whether live updates are on. */
export function LiveAlertStatus() {
  const translate = useTranslate();
  const { connection } = useLive();
  const { total } = useGetList('alerts', { filter: { open: true }, pagination: { page: 1, perPage: 1 } });
  const connected = connection === 'connected';
  return (
    <Tooltip title={translate(connected ? 'bianzhi.alerts.connected' : 'bianzhi.alerts.disconnected')}>
      <IconButton
        color="inherit"
        component={Link}
        to={{ pathname: '/alerts', search: `?filter=${encodeURIComponent(JSON.stringify({ open: true }))}` }}
        aria-label={translate('menu.alerts')}
        data-live={connection}
        data-testid="live-alerts"
      >
        <Badge badgeContent={total ?? 0} color="error" max={999}>
          {connected ? <NotificationsActiveIcon /> : <NotificationsOffIcon />}
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
