import { Card, CardContent, CardHeader, Grid } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { DashboardDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { readSession } from '../graphql/session';
import { AnnualReportCard } from './AnnualReportCard';
import { EstablishmentPanel } from './EstablishmentPanel';
import { IndicatorCoverageTable } from './IndicatorCoverageTable';
import { IndicatorSharesChart } from './IndicatorSharesChart';
import { OpenAlerts } from './OpenAlerts';
import { OwnBureauSummary } from './OwnBureauSummary';
import { UnitsPerPrefectureChart } from './UnitsPerPrefectureChart';

/**
 * The establishment statistics (机构编制统计), then the survey's tables and
 * Figure 1, for the user's own subtree: the server counts under the root of
 * the caller's jurisdiction by default.
 */
export function Dashboard() {
  const translate = useTranslate();
  const root = readSession()?.rootBureau;
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
  const hasChildren = data.indicatorTable.rows.length > 0;
  return (
    <>
      <Title title={`${translate('bianzhi.dashboard.title')} · ${root?.name ?? ''}`} />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={12}>
          <EstablishmentPanel rootBureauId={root.id} />
        </Grid>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Card>
            <CardHeader title={translate(hasChildren ? `bianzhi.dashboard.indicatorCoverage${rows}` : 'bianzhi.dashboard.ownBureau')} />
            <CardContent>
              {hasChildren || !data.bureau ? (
                <IndicatorCoverageTable table={data.indicatorTable} rowHeader={`bianzhi.dashboard.row${rows}`} />
              ) : (
                <OwnBureauSummary bureau={data.bureau} />
              )}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card>
            <CardHeader title={translate('bianzhi.dashboard.indicatorShares')} />
            <CardContent>
              <IndicatorSharesChart shares={data.indicatorShares} />
            </CardContent>
          </Card>
        </Grid>
        {hasChildren ? (
          <Grid size={{ xs: 12, lg: 8 }}>
            <Card>
              <CardHeader title={translate(`bianzhi.dashboard.unitsPer${rows === 'Counties' ? 'County' : 'Prefecture'}`)} />
              <CardContent>
                <UnitsPerPrefectureChart table={data.unitTable} />
              </CardContent>
            </Card>
          </Grid>
        ) : null}
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card>
            <CardHeader title={translate('bianzhi.dashboard.openAlerts')} />
            <CardContent>
              <OpenAlerts alerts={data.openAlerts} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <AnnualReportCard />
        </Grid>
      </Grid>
    </>
  );
}
