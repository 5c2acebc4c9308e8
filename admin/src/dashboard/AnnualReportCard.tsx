import { Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import { AnnualReportProgressDocument, ReportingPeriodsDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { StatusChip } from '../annual-returns/StatusChip';

/** The latest year of the annual report: the own bureau's standing and its child bureaus', leading to the progress page. */
export function AnnualReportCard() {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['dashboardAnnualReport'],
    queryFn: async () => {
      const latest = (await execute(ReportingPeriodsDocument)).reportingPeriods[0];
      if (!latest) return null;
      const [top] = (await execute(AnnualReportProgressDocument, { year: latest.year })).annualReportProgress;
      return { year: latest.year, dueOn: latest.dueOn, top };
    },
  });
  if (!data?.top) return null;
  const { year, dueOn, top } = data;
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
