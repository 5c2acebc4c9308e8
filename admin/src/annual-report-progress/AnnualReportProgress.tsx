import { Alert, Card, CardContent, CardHeader, MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { AnnualReportProgressDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { ChildCountsTable } from './ChildCountsTable';
import { ProgressSummary } from './ProgressSummary';
import { ProgressTree } from './ProgressTree';
import { useReportingYear } from './use-reporting-year';

/** 报送进度: a year's standing of every bureau under the user's own, with each parent's counts. */
export function AnnualReportProgress() {
  const translate = useTranslate();
  const { periods, period, setYear, error: periodsError } = useReportingYear();
  const year = period?.year;
  const { data, error } = useQuery({
    queryKey: ['annualReportProgress', year],
    queryFn: () => execute(AnnualReportProgressDocument, { year: year! }),
    enabled: year !== undefined,
  });
  if (periodsError) throw periodsError;
  if (error) throw error;
  if (!periods) return <Loading />;
  if (!period) {
    return (
      <>
        <Title title="bianzhi.annualReport.progressTitle" />
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('bianzhi.annualReport.noPeriods')}
        </Alert>
      </>
    );
  }
  const rows = data?.annualReportProgress;
  return (
    <>
      <Title title="bianzhi.annualReport.progressTitle" />
      <Stack spacing={2} sx={{ mt: 2 }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            label={translate('resources.annual-returns.fields.year')}
            value={period.year}
            onChange={(event) => setYear(Number(event.target.value))}
            sx={{ width: 160, flexShrink: 0 }}
            data-testid="progress-year"
          >
            {periods.map((each) => (
              <MenuItem key={each.year} value={each.year}>
                {each.year}
              </MenuItem>
            ))}
          </TextField>
          <span>{translate('bianzhi.annualReport.periodLine', { cutoffOn: period.cutoffOn, dueOn: period.dueOn })}</span>
        </Stack>
        {!rows ? (
          <Loading />
        ) : (
          <>
            <ProgressSummary rows={rows} />
            {rows.some((row) => row.children.some((each) => each.count > 0)) ? (
              <Card>
                <CardHeader title={translate('bianzhi.annualReport.childCounts')} />
                <CardContent>
                  <ChildCountsTable rows={rows} />
                </CardContent>
              </Card>
            ) : null}
            <Card>
              <CardHeader title={translate('bianzhi.annualReport.everyBureau')} />
              <CardContent>
                <ProgressTree rows={rows} year={period.year} />
              </CardContent>
            </Card>
          </>
        )}
      </Stack>
    </>
  );
}
