import PrintIcon from '@mui/icons-material/Print';
import { Card, CardContent, CardHeader, Grid, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, Loading, Title, useTranslate } from 'react-admin';
import { DashboardDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { readSession } from '../graphql/session';
import { AnnualReportCard } from './AnnualReportCard';
import { EstablishmentPanel } from './EstablishmentPanel';
import { IndicatorCoverageTable } from './IndicatorCoverageTable';
import { IndicatorSharesChart } from './IndicatorSharesChart';
import { OwnBureauSummary } from './OwnBureauSummary';
import { SheetTable, SurveyCard, dashboardPrintStyles } from './SurveyCard';
import { indicatorSheet, unitSheet } from './survey-sheets';
import { TasksCard } from './TasksCard';
import { UnitsPerPrefectureChart } from './UnitsPerPrefectureChart';

/**
 * What waits on the office (待办), the establishment statistics (机构编制统计),
 * then the survey's tables and Figure 1, for the user's own subtree: the
 * server counts under the root of the caller's jurisdiction by default. Each
 * table exports to XLSX and prints alone; the whole page prints too.
 */
export function Dashboard() {
  const translate = useTranslate();
  const root = readSession()?.rootBureau;
  // LiveAlerts and LiveReturnEvents refresh it: an alert or a return's step changes the to-do card and the figures.
  const { data, error } = useQuery({
    queryKey: ['dashboard', root?.id],
    queryFn: () => execute(DashboardDocument, { underBureauId: root!.id }),
    enabled: !!root,
  });
  if (error) throw error;
  if (!root) return <Title title="bianzhi.dashboard.title" />;
  if (!data) return <Loading />;
  // The rows are the children of the user's root bureau: prefectures for the province, counties for a prefecture.
  const rows = data.bureau?.level === 'PREFECTURE' ? 'Counties' : 'Prefectures';
  const rowHeader = `bianzhi.dashboard.row${rows}`;
  const hasChildren = data.indicatorTable.rows.length > 0;
  const indicatorTitle = translate(hasChildren ? `bianzhi.dashboard.indicatorCoverage${rows}` : 'bianzhi.dashboard.ownBureau');
  const unitTitle = translate(`bianzhi.dashboard.unitsPer${rows === 'Counties' ? 'County' : 'Prefecture'}`);
  const units = unitSheet(data.unitTable, unitTitle, rowHeader, translate);
  return (
    <>
      <Title title={`${translate('bianzhi.dashboard.title')} · ${root?.name ?? ''}`} />
      {dashboardPrintStyles}
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }} data-print="hidden">
        <Button label="bianzhi.dashboard.printAll" onClick={() => window.print()} data-testid="print-dashboard">
          <PrintIcon />
        </Button>
      </Stack>
      <Grid container spacing={2} sx={{ mt: 1 }} data-dashboard>
        <Grid size={{ xs: 12, md: 8 }}>
          <TasksCard figures={data} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <AnnualReportCard latest={data.reportingPeriods[0]} />
        </Grid>
        <Grid size={12}>
          <EstablishmentPanel rootBureauId={root.id} />
        </Grid>
        <Grid size={12}>
          {hasChildren || !data.bureau ? (
            <SurveyCard title={indicatorTitle} sheet={indicatorSheet(data.indicatorTable, indicatorTitle, rowHeader, translate)} testId="indicator-card">
              <IndicatorCoverageTable table={data.indicatorTable} rowHeader={rowHeader} />
            </SurveyCard>
          ) : (
            <SurveyCard title={indicatorTitle} testId="indicator-card">
              <OwnBureauSummary bureau={data.bureau} />
            </SurveyCard>
          )}
        </Grid>
        {hasChildren ? (
          <Grid size={{ xs: 12, lg: 8 }}>
            <SurveyCard title={unitTitle} sheet={units} testId="unit-card">
              <UnitsPerPrefectureChart table={data.unitTable} />
              <SheetTable sheet={units} testId="unit-table" />
            </SurveyCard>
          </Grid>
        ) : null}
        <Grid size={{ xs: 12, lg: hasChildren ? 4 : 6 }}>
          <Card>
            <CardHeader title={translate('bianzhi.dashboard.indicatorShares')} />
            <CardContent>
              <IndicatorSharesChart shares={data.indicatorShares} />
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </>
  );
}
