import { Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { DashboardQuery } from '../gql/graphql';

export function OpenAlerts({ alerts }: { alerts: DashboardQuery['openAlerts'] }) {
  const translate = useTranslate();
  if (alerts.totalCount === 0) return <Typography>{translate('bianzhi.dashboard.noOpenAlerts')}</Typography>;
  return (
    <>
      <Typography variant="h4" component={Link} to="/alerts" data-testid="open-alert-count">
        {alerts.totalCount}
      </Typography>
      <List dense>
        {alerts.items.map((alert) => (
          <ListItem key={alert.id} divider>
            <ListItemText
              primary={alert.institutionName}
              secondary={`${alert.tier ? translate(`enums.LeadershipTier.${alert.tier}`) : translate(`enums.QuotaCategory.${alert.category}`)} · ${alert.actual} / ${alert.approved}`}
            />
            <Chip size="small" color="error" label={translate(`enums.AlertKind.${alert.kind}`)} />
          </ListItem>
        ))}
      </List>
    </>
  );
}
