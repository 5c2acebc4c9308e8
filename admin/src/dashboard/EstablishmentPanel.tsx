import { Box, Breadcrumbs, Card, CardContent, CardHeader, Grid, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Link, Loading, useTranslate } from 'react-admin';
import { EstablishmentPanelDocument, type EstablishmentFiguresFragment } from '../gql/graphql';
import { execute } from '../graphql/client';

/** The institutions list, filtered as given (e.g. a bureau's over-staffed institutions). */
function institutionsLink(filter: Record<string, unknown>): string {
  return `/institutions?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}

const totals = [
  ['institutions', 'bianzhi.establishmentStatistics.institutions'],
  ['approvedHeadcount', 'bianzhi.dashboard.approvedHeadcount'],
  ['activeStaff', 'bianzhi.dashboard.activeStaff'],
  ['vacancies', 'bianzhi.staffing.vacancies'],
  ['excess', 'bianzhi.establishmentStatistics.excess'],
  ['approvedPositions', 'bianzhi.establishmentStatistics.approvedPositions'],
  ['leaders', 'bianzhi.staffing.activeLeaders'],
  ['overStaffedInstitutions', 'bianzhi.dashboard.unitsOverQuota'],
  ['overPositionsInstitutions', 'bianzhi.dashboard.unitsOverPositions'],
  ['overInstitutions', 'bianzhi.establishmentStatistics.overInstitutions'],
] as const;

function Totals({ statistics }: { statistics: EstablishmentFiguresFragment }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={1} data-testid="establishment-totals">
      {totals.map(([figure, label]) => (
        <Grid key={figure} size={{ xs: 6, sm: 4, md: 2.4 }}>
          <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, textAlign: 'center' }}>
            <Typography variant="h6" data-testid={`establishment-${figure}`}>
              {statistics[figure]}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(label)}
            </Typography>
          </Box>
        </Grid>
      ))}
    </Grid>
  );
}

/** Institutions counted by one of kind, nature, rank or funding form. */
function CountTable({ title, enumName, rows }: { title: string; enumName: string; rows: { value: string; institutions: number }[] }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={`establishment-by-${enumName}`}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(title)}</TableCell>
          <TableCell align="right">{translate('bianzhi.establishmentStatistics.institutions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.length === 0 ? (
          <TableRow>
            <TableCell colSpan={2}>—</TableCell>
          </TableRow>
        ) : null}
        {rows.map((row) => (
          <TableRow key={row.value}>
            <TableCell>{translate(`enums.${enumName}.${row.value}`)}</TableCell>
            <TableCell align="right">{row.institutions}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function CategoryTable({ statistics }: { statistics: EstablishmentFiguresFragment }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="establishment-by-category">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.quotas.fields.category')}</TableCell>
          <TableCell align="right">{translate('bianzhi.dashboard.approvedHeadcount')}</TableCell>
          <TableCell align="right">{translate('bianzhi.dashboard.activeStaff')}</TableCell>
          <TableCell align="right">{translate('bianzhi.staffing.vacancies')}</TableCell>
          <TableCell align="right">{translate('bianzhi.establishmentStatistics.excess')}</TableCell>
          <TableCell align="right">{translate('bianzhi.dashboard.unitsOverQuota')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {statistics.byCategory.map((row) => (
          <TableRow key={row.category}>
            <TableCell>{translate(`enums.QuotaCategory.${row.category}`)}</TableCell>
            <TableCell align="right">{row.approvedHeadcount}</TableCell>
            <TableCell align="right">{row.activeStaff}</TableCell>
            <TableCell align="right">{row.vacancies}</TableCell>
            <TableCell align="right">{row.excess}</TableCell>
            <TableCell align="right">{row.overStaffedInstitutions}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TierTable({ statistics }: { statistics: EstablishmentFiguresFragment }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="establishment-by-tier">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.staff.fields.leadershipTier')}</TableCell>
          <TableCell align="right">{translate('bianzhi.staffing.approvedPositions')}</TableCell>
          <TableCell align="right">{translate('bianzhi.staffing.holders')}</TableCell>
          <TableCell align="right">{translate('bianzhi.staffing.vacantPositions')}</TableCell>
          <TableCell align="right">{translate('bianzhi.establishmentStatistics.excess')}</TableCell>
          <TableCell align="right">{translate('bianzhi.dashboard.unitsOverPositions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {statistics.byTier.map((row) => (
          <TableRow key={row.tier}>
            <TableCell>{translate(`enums.LeadershipTier.${row.tier}`)}</TableCell>
            <TableCell align="right">{row.approvedPositions}</TableCell>
            <TableCell align="right">{row.holders}</TableCell>
            <TableCell align="right">{row.vacantPositions}</TableCell>
            <TableCell align="right">{row.excess}</TableCell>
            <TableCell align="right">{row.overInstitutions}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * 各级各类机构编制数据统计 for the user's own subtree: totals, institutions by
 * kind, nature, rank and funding, quotas and staff by category, positions by
 * tier, and the establishment table whose child-bureau rows drill down
 * (province → prefecture → county) and link to their (over-staffed) institutions.
 */
export function EstablishmentPanel({ rootBureauId }: { rootBureauId: string }) {
  const translate = useTranslate();
  // The bureau drilled down to is in the address, so that the browser's back button goes up again.
  const [searchParams, setSearchParams] = useSearchParams();
  const bureauId = searchParams.get('establishmentBureauId') ?? rootBureauId;
  const setBureauId = (id: string) => setSearchParams(id === rootBureauId ? {} : { establishmentBureauId: id });
  const { data, error } = useQuery({
    queryKey: ['establishmentPanel', bureauId],
    queryFn: () => execute(EstablishmentPanelDocument, { bureauId }),
    placeholderData: keepPreviousData,
  });
  if (error) throw error;
  if (!data) return <Loading />;
  const bureau = data.bureau;
  if (!bureau) return null;
  const statistics = bureau.establishmentStatistics;
  // The path from the user's root down to the bureau shown: ancestors outside the jurisdiction are not listed by the server.
  const path = [...bureau.ancestors, { id: bureau.id, name: bureau.name }];
  const fromRoot = path.slice(Math.max(0, path.findIndex((step) => step.id === rootBureauId)));
  return (
    <Card data-testid="establishment-panel" data-bureau-id={bureau.id}>
      <CardHeader
        title={translate('bianzhi.establishmentStatistics.title')}
        subheader={
          <Breadcrumbs data-testid="establishment-breadcrumbs">
            {fromRoot.map((step, index) =>
              index === fromRoot.length - 1 ? (
                <Typography key={step.id} color="text.primary">
                  {step.name}
                </Typography>
              ) : (
                <MuiLink key={step.id} component="button" onClick={() => setBureauId(step.id)}>
                  {step.name}
                </MuiLink>
              ),
            )}
          </Breadcrumbs>
        }
      />
      <CardContent>
        <Totals statistics={statistics} />
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, md: 6, xl: 3 }}>
            <CountTable title="resources.institutions.fields.kind" enumName="InstitutionKind" rows={statistics.byKind.map((row) => ({ value: row.kind, institutions: row.institutions }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, xl: 3 }}>
            <CountTable title="resources.institutions.fields.nature" enumName="InstitutionNature" rows={statistics.byNature.map((row) => ({ value: row.nature, institutions: row.institutions }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, xl: 3 }}>
            <CountTable title="resources.institutions.fields.rank" enumName="InstitutionRank" rows={statistics.byRank.map((row) => ({ value: row.rank, institutions: row.institutions }))} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, xl: 3 }}>
            <CountTable title="resources.institutions.fields.funding" enumName="FundingForm" rows={statistics.byFunding.map((row) => ({ value: row.funding, institutions: row.institutions }))} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('bianzhi.establishmentStatistics.byCategory')}
            </Typography>
            <CategoryTable statistics={statistics} />
          </Grid>
          <Grid size={{ xs: 12, lg: 6 }}>
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {translate('bianzhi.establishmentStatistics.byTier')}
            </Typography>
            <TierTable statistics={statistics} />
          </Grid>
        </Grid>
        <Typography variant="subtitle2" sx={{ mt: 3 }}>
          {translate('bianzhi.establishmentStatistics.table')}
        </Typography>
        <Table size="small" data-testid="establishment-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.bureaus.name')}</TableCell>
              <TableCell>{translate('bianzhi.establishmentStatistics.scope')}</TableCell>
              <TableCell align="right">{translate('bianzhi.establishmentStatistics.institutions')}</TableCell>
              <TableCell align="right">{translate('bianzhi.dashboard.approvedHeadcount')}</TableCell>
              <TableCell align="right">{translate('bianzhi.dashboard.activeStaff')}</TableCell>
              <TableCell align="right">{translate('bianzhi.staffing.vacancies')}</TableCell>
              <TableCell align="right">{translate('bianzhi.establishmentStatistics.approvedPositions')}</TableCell>
              <TableCell align="right">{translate('bianzhi.staffing.activeLeaders')}</TableCell>
              <TableCell align="right">{translate('bianzhi.establishmentStatistics.overInstitutions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {bureau.establishmentTable.map((row) => {
              const own = row.scope === 'SELF';
              const filter = own ? { bureauId: row.bureau.id } : { underBureauId: row.bureau.id };
              return (
                <TableRow key={`${row.scope}-${row.bureau.id}`} data-testid="establishment-row" data-bureau-id={row.bureau.id}>
                  <TableCell>
                    {own ? (
                      row.bureau.name
                    ) : (
                      <MuiLink component="button" onClick={() => setBureauId(row.bureau.id)} title={translate('bianzhi.establishmentStatistics.drillDown')}>
                        {row.bureau.name}
                      </MuiLink>
                    )}
                  </TableCell>
                  <TableCell>{translate(`enums.StatisticsScope.${row.scope}`)}</TableCell>
                  <TableCell align="right">
                    <Link to={institutionsLink(filter)}>{row.statistics.institutions}</Link>
                  </TableCell>
                  <TableCell align="right">{row.statistics.approvedHeadcount}</TableCell>
                  <TableCell align="right">{row.statistics.activeStaff}</TableCell>
                  <TableCell align="right">{row.statistics.vacancies}</TableCell>
                  <TableCell align="right">{row.statistics.approvedPositions}</TableCell>
                  <TableCell align="right">{row.statistics.leaders}</TableCell>
                  <TableCell align="right">
                    <Link to={institutionsLink({ ...filter, overStaffed: true })} data-testid="establishment-over-link">
                      {row.statistics.overInstitutions}
                    </Link>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
