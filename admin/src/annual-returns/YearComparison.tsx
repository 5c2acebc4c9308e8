import { FormControlLabel, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography, alpha } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { comparisonLabels } from './comparison-labels';
import type { ShownReturn } from './return-steps';

const signed = (change: number) => (change > 0 ? `+${change}` : String(change));

/** 与上年对比: each row against the same bureau's return of the year before, the changed ones highlighted. */
export function YearComparison({ rows }: { rows: ShownReturn['comparedWithLastYear'] }) {
  const translate = useTranslate();
  const [onlyChanged, setOnlyChanged] = useState(false);
  if (!rows) return <Typography data-testid="no-comparison">{translate('bianzhi.annualReport.noLastYear')}</Typography>;
  const shown = onlyChanged ? rows.filter((row) => row.changed) : rows;
  return (
    <>
      <FormControlLabel
        control={<Switch checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />}
        label={translate('bianzhi.annualReport.onlyChanged', { count: rows.filter((row) => row.changed).length })}
      />
      <Table size="small" data-testid="year-comparison">
        <TableHead>
          <TableRow>
            <TableCell>{translate('bianzhi.annualReport.table')}</TableCell>
            <TableCell>{translate('bianzhi.annualReport.item')}</TableCell>
            <TableCell align="right">{translate('bianzhi.annualReport.thisYear')}</TableCell>
            <TableCell align="right">{translate('bianzhi.annualReport.lastYear')}</TableCell>
            <TableCell align="right">{translate('bianzhi.annualReport.change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => {
            const { table, item } = comparisonLabels(row, translate);
            return (
              <TableRow
                key={row.key}
                data-key={row.key}
                data-changed={row.changed}
                sx={row.changed ? { backgroundColor: (theme) => alpha(theme.palette.warning.main, 0.18), '& td': { fontWeight: 500 } } : undefined}
              >
                <TableCell>{table}</TableCell>
                <TableCell>{item}</TableCell>
                <TableCell align="right">{row.thisYear}</TableCell>
                <TableCell align="right">{row.lastYear}</TableCell>
                <TableCell align="right">{row.changed ? signed(row.change) : '—'}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
