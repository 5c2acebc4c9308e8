import { Breadcrumbs, Card, CardContent, CardHeader, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Link, Loading, useTranslate } from 'react-admin';
import { EstablishmentPanelDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { EstablishmentFigures } from './EstablishmentFigures';

/** The institutions list, filtered as given (e.g. a bureau's over-staffed institutions). */
function institutionsLink(filter: Record<string, unknown>): string {
  return `/institutions?filter=${encodeURIComponent(JSON.stringify(filter))}`;
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
        <EstablishmentFigures statistics={statistics} />
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
