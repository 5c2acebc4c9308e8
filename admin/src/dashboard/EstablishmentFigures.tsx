import { Box, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EstablishmentFiguresFragment } from '../gql/graphql';

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

/** Counted by the values of an enum: institutions by kind, nature, rank or funding form; staff by gender, education or age band. */
export function CountTable({
  title,
  enumName,
  rows,
  countLabel = 'bianzhi.establishmentStatistics.institutions',
}: {
  title: string;
  enumName: string;
  rows: { value: string; count: number }[];
  countLabel?: string;
}) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={`establishment-by-${enumName}`}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(title)}</TableCell>
          <TableCell align="right">{translate(countLabel)}</TableCell>
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
            <TableCell align="right">{row.count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

interface CategoryRow {
  category: string;
  approvedHeadcount: number;
  activeStaff: number;
  vacancies: number;
  excess?: number;
  overStaffedInstitutions?: number;
}

const categoryFigures = [
  ['approvedHeadcount', 'bianzhi.dashboard.approvedHeadcount'],
  ['activeStaff', 'bianzhi.dashboard.activeStaff'],
  ['vacancies', 'bianzhi.staffing.vacancies'],
  ['excess', 'bianzhi.establishmentStatistics.excess'],
  ['overStaffedInstitutions', 'bianzhi.dashboard.unitsOverQuota'],
] as const;

/** Quotas, staff and vacancies by category; excess and over-staffed institutions where the rows count them. */
export function CategoryTable({ rows, testId }: { rows: CategoryRow[]; testId?: string }) {
  const translate = useTranslate();
  const figures = categoryFigures.filter(([figure]) => rows.some((row) => row[figure] !== undefined));
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.quotas.fields.category')}</TableCell>
          {figures.map(([figure, label]) => (
            <TableCell key={figure} align="right">
              {translate(label)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.category}>
            <TableCell>{translate(`enums.QuotaCategory.${row.category}`)}</TableCell>
            {figures.map(([figure]) => (
              <TableCell key={figure} align="right">
                {row[figure]}
              </TableCell>
            ))}
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
 * The establishment figures of a subtree (机构编制情况): totals, institutions by
 * kind, nature, rank and funding, quotas and staff by category, positions by
 * tier; live on the dashboard, frozen in an annual return.
 */
export function EstablishmentFigures({ statistics }: { statistics: EstablishmentFiguresFragment }) {
  const translate = useTranslate();
  return (
    <>
      <Totals statistics={statistics} />
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <CountTable title="resources.institutions.fields.kind" enumName="InstitutionKind" rows={statistics.byKind.map((row) => ({ value: row.kind, count: row.institutions }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <CountTable title="resources.institutions.fields.nature" enumName="InstitutionNature" rows={statistics.byNature.map((row) => ({ value: row.nature, count: row.institutions }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <CountTable title="resources.institutions.fields.rank" enumName="InstitutionRank" rows={statistics.byRank.map((row) => ({ value: row.rank, count: row.institutions }))} />
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <CountTable title="resources.institutions.fields.funding" enumName="FundingForm" rows={statistics.byFunding.map((row) => ({ value: row.funding, count: row.institutions }))} />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('bianzhi.establishmentStatistics.byCategory')}
          </Typography>
          <CategoryTable rows={statistics.byCategory} testId="establishment-by-category" />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('bianzhi.establishmentStatistics.byTier')}
          </Typography>
          <TierTable statistics={statistics} />
        </Grid>
      </Grid>
    </>
  );
}
