import { Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import { AnnualReportProgressDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { StatusChip } from '../annual-returns/StatusChip';

/**
 * The latest year of the annual report (`latest`, from the dashboard's query):
 * the own bureau's standing and its child bureaus', leading to the progress page.
 */
export function AnnualReportCard({ latest }: { latest: { year: number; dueOn: string } | undefined }) {
  const translate = useTranslate();
  const { data: top } = useQuery({
    queryKey: ['dashboardAnnualReport', latest?.year],
    queryFn: async () => (await execute(AnnualReportProgressDocument, { year: latest!.year })).annualReportProgress[0] ?? null,
    enabled: !!latest,
  });
  if (!latest || !top) return null;
  const { year, dueOn } = latest;
  return (
    <Card data-testid="annual-report-card">
      <CardHeader
        title={<Link to={`/annual-report-progress?year=${year}`}>{translate('bianzhi.annualReport.cardTitle', { year })}</Link>}
        subheader={translate('bianzhi.annualReport.dueLine', { dueOn })}
      />
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography>{top.bureau.name}</Typography>
          <StatusChip enumName="ReportStanding" value={top.standing} />
        </Stack>
        {top.children.some((each) => each.count > 0) ? (
          <Typography variant="body2" color="text.secondary">
            {enumValues.ReportStanding.map((standing) => `${translate(`enums.ReportStanding.${standing}`)} ${top.children.find((each) => each.standing === standing)?.count ?? 0}`).join(' · ')}
            {top.childrenOverdue > 0 ? ` · ${translate('bianzhi.annualReport.overdue')} ${top.childrenOverdue}` : ''}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}
