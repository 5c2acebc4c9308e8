import { Card, CardContent, CardHeader, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useTranslate } from 'react-admin';
import type { DashboardTasksFragment } from '../gql/graphql';
import { returnKey } from '../annual-returns/return-key';

/** A list of react-admin's, filtered as given. */
function listLink(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

interface TaskItem {
  id: string;
  primary: ReactNode;
  secondary: string;
  to: string;
  chip?: string;
}

/** One kind of work waiting on the office: how many, where the list of them is, and the first few. */
export interface Task {
  key: string;
  title: string;
  count: number;
  to: string;
  items: TaskItem[];
}

type Translate = ReturnType<typeof useTranslate>;

/** The open over-staffing and over-positions alerts: to resolve by a quota, a transfer or an approval. */
function alertTask(alerts: DashboardTasksFragment['openAlerts'], translate: Translate): Task {
  return {
    key: 'alerts',
    title: translate('bianzhi.dashboard.openAlerts'),
    count: alerts.totalCount,
    to: listLink('alerts', { open: true }),
    items: alerts.items.map((alert) => ({
      id: alert.id,
      primary: alert.institutionName,
      secondary: `${alert.tier ? translate(`enums.LeadershipTier.${alert.tier}`) : translate(`enums.QuotaCategory.${alert.category}`)} · ${alert.actual} / ${alert.approved}`,
      to: `/institutions/${alert.institutionId}/show`,
      chip: translate(`enums.AlertKind.${alert.kind}`),
    })),
  };
}

/** Applications to use posts awaiting the office's decision (待审核). */
function applicationTask(applications: DashboardTasksFragment['pendingApplications'], translate: Translate): Task {
  return {
    key: 'applications',
    title: translate('bianzhi.dashboard.pendingApplications'),
    count: applications.totalCount,
    to: listLink('staffing-use-applications', { status: 'PENDING' }),
    items: applications.items.map((application) => ({
      id: application.id,
      primary: application.institution.name,
      secondary: `${translate(`enums.QuotaCategory.${application.category}`)} · ${application.requestedCount} · ${application.appliedOn}`,
      to: `/staffing-use-applications/${application.id}/show`,
    })),
  };
}

/**
 * Returns submitted to the office (已报), awaiting its acceptance or sending back
 * (the server leaves out a lower office's own, which waits on the bureau above).
 */
function returnTask(returns: DashboardTasksFragment['submittedReturns'], translate: Translate): Task {
  return {
    key: 'returns',
    title: translate('bianzhi.dashboard.submittedReturns'),
    count: returns.totalCount,
    to: listLink('annual-returns', { status: 'SUBMITTED', decidedByYou: true }),
    items: returns.items.map((item) => ({
      id: item.id,
      primary: item.bureau.name,
      secondary: String(item.year),
      to: `/annual-returns/${returnKey(item.year, item.bureau.id)}/show`,
    })),
  };
}

function TaskSection({ task }: { task: Task }) {
  const translate = useTranslate();
  return (
    <div data-testid={`task-${task.key}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
        <Typography variant="subtitle1" sx={{ flex: 1 }}>
          {task.title}
        </Typography>
        <Link to={task.to} data-testid={`task-${task.key}-count`} title={translate('bianzhi.dashboard.seeAll')}>
          <Typography variant="h5" component="span">
            {task.count}
          </Typography>
        </Link>
      </Stack>
      {task.items.length > 0 ? (
        <List dense disablePadding>
          {task.items.map((item) => (
            <ListItem key={item.id} divider disableGutters>
              <ListItemText primary={<Link to={item.to}>{item.primary}</Link>} secondary={item.secondary} />
              {item.chip ? <Chip size="small" color="error" label={item.chip} /> : null}
            </ListItem>
          ))}
        </List>
      ) : null}
    </div>
  );
}

/**
 * 待办: what waits on the user's office now — open alerts to act on,
 * applications to use posts to decide, annual returns to check — each counted
 * over the office's whole subtree and linked to its list, filtered. The
 * figures come with the dashboard's query (see Dashboard).
 */
export function TasksCard({ figures }: { figures: DashboardTasksFragment }) {
  const translate = useTranslate();
  const tasks = [alertTask(figures.openAlerts, translate), applicationTask(figures.pendingApplications, translate), returnTask(figures.submittedReturns, translate)];
  const waiting = tasks.filter((task) => task.count > 0);
  return (
    <Card data-testid="tasks-card">
      <CardHeader title={translate('bianzhi.dashboard.tasks')} />
      <CardContent>
        {waiting.length === 0 ? <Typography>{translate('bianzhi.dashboard.noTasks')}</Typography> : null}
        <Stack spacing={2}>
          {waiting.map((task) => (
            <TaskSection key={task.key} task={task} />
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
