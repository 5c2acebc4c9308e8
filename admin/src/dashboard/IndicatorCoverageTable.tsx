import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { DashboardQuery, IndicatorCoverageFragment } from '../gql/graphql';
import { indicatorNames } from '../bureaus/IndicatorField';

type IndicatorTable = DashboardQuery['indicatorTable'];
type Statistics = IndicatorCoverageFragment;

function Coverage({ statistics, indicator }: { statistics: Statistics; indicator: (typeof indicatorNames)[number] }) {
  const { built, total, coverage } = statistics[indicator];
  return (
    <TableCell align="right" title={`${built} / ${total}`} sx={{ whiteSpace: 'nowrap' }}>
      {built} <small>({coverage.toFixed(2)}%)</small>
    </TableCell>
  );
}

/** Headings stay on one line (编办数, 电子公文交换): the table scrolls sideways in a narrow card instead. */
const heading = { whiteSpace: 'nowrap' } as const;

/** The survey's Table 1: each prefecture over all its bureaus, the five indicators built and their coverage. */
export function IndicatorCoverageTable({ table, rowHeader }: { table: IndicatorTable; rowHeader: string }) {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small" data-testid="indicator-table">
        <TableHead>
          <TableRow>
            <TableCell sx={heading}>{translate(rowHeader)}</TableCell>
            <TableCell align="right" sx={heading}>
              {translate('bianzhi.dashboard.bureauCount')}
            </TableCell>
            {indicatorNames.map((indicator) => (
              <TableCell key={indicator} align="right" sx={heading}>
                {translate(`resources.bureaus.fields.indicators.${indicator}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.bureau.id} hover>
              <TableCell sx={{ minWidth: 120, whiteSpace: 'nowrap' }}>
                <Link to={`/bureaus/${row.bureau.id}/show`}>{row.bureau.divisionName}</Link>
              </TableCell>
              <TableCell align="right">{row.statistics.bureauCount}</TableCell>
              {indicatorNames.map((indicator) => (
                <Coverage key={indicator} statistics={row.statistics} indicator={indicator} />
              ))}
            </TableRow>
          ))}
          <TableRow sx={{ '& td': { fontWeight: 'bold' } }}>
            <TableCell>{translate('bianzhi.dashboard.total')}</TableCell>
            <TableCell align="right">{table.total.bureauCount}</TableCell>
            {indicatorNames.map((indicator) => (
              <Coverage key={indicator} statistics={table.total} indicator={indicator} />
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </TableContainer>
  );
}
