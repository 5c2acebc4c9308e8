import { Grid, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CategoryTable } from '../dashboard/EstablishmentFigures';
import { IndicatorCoverageTable } from '../dashboard/IndicatorCoverageTable';
import type { ShownReturn } from './return-steps';

const figures = [
  ['units', 'bianzhi.dashboard.units'],
  ['approvedHeadcount', 'bianzhi.dashboard.approvedHeadcount'],
  ['activeStaff', 'bianzhi.dashboard.activeStaff'],
  ['vacancies', 'bianzhi.staffing.vacancies'],
  ['approvedLeadershipPositions', 'bianzhi.staffing.approvedPositions'],
  ['activeLeaders', 'bianzhi.staffing.activeLeaders'],
  ['unitsOverQuota', 'bianzhi.dashboard.unitsOverQuota'],
  ['unitsOverPositions', 'bianzhi.dashboard.unitsOverPositions'],
] as const;

/** The survey's e-government units of the jurisdiction (电子政务机构) and its five indicators (五项指标), as frozen. */
export function EGovTables({ annualReturn }: { annualReturn: ShownReturn }) {
  const translate = useTranslate();
  const staffing = annualReturn.egovStaffing;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 5 }}>
        <Typography variant="subtitle2">{translate('bianzhi.annualReport.tables.egovStaffing')}</Typography>
        <Table size="small" data-testid="return-egov-staffing">
          <TableBody>
            {figures.map(([figure, label]) => (
              <TableRow key={figure}>
                <TableCell>{translate(label)}</TableCell>
                <TableCell align="right">{staffing[figure]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }}>
        <Typography variant="subtitle2">{translate('bianzhi.establishmentStatistics.byCategory')}</Typography>
        <CategoryTable rows={staffing.byCategory} />
      </Grid>
      <Grid size={12}>
        <Typography variant="subtitle2">{translate('bianzhi.annualReport.tables.indicators')}</Typography>
        <IndicatorCoverageTable table={{ rows: [], total: annualReturn.indicators }} rowHeader="bianzhi.annualReport.jurisdiction" />
      </Grid>
    </Grid>
  );
}
