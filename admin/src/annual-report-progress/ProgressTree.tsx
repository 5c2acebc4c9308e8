import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { DateField, Link, useLocaleState, useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import type { AnnualReportProgressQuery } from '../gql/graphql';
import { StatusChip } from '../annual-returns/StatusChip';
import { returnKey } from '../annual-returns/return-key';

type Row = AnnualReportProgressQuery['annualReportProgress'][number];

/** How far down the tree a bureau is from the top row: province, prefecture, county. */
function depth(row: Row, top: Row): number {
  return Math.max(0, enumValues.BureauLevel.indexOf(row.bureau.level) - enumValues.BureauLevel.indexOf(top.bureau.level));
}

/** Every bureau in tree order with its standing; a return that has gone up leads to its page. */
export function ProgressTree({ rows, year }: { rows: Row[]; year: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const top = rows[0];
  return (
    <Table size="small" data-testid="progress-tree">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.bureaus.name', { smart_count: 1 })}</TableCell>
          <TableCell>{translate('resources.bureaus.fields.code')}</TableCell>
          <TableCell>{translate('bianzhi.annualReport.standing')}</TableCell>
          <TableCell>{translate('resources.annual-returns.fields.submittedAt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.bureau.id} hover data-testid="progress-row" data-code={row.bureau.code} data-standing={row.standing} data-overdue={row.overdue}>
            <TableCell sx={{ pl: 2 + depth(row, top) * 3 }}>
              {row.standing === 'NOT_SUBMITTED' ? row.bureau.name : <Link to={`/annual-returns/${returnKey(year, row.bureau.id)}/show`}>{row.bureau.name}</Link>}
            </TableCell>
            <TableCell>{row.bureau.code}</TableCell>
            <TableCell>
              <StatusChip enumName="ReportStanding" value={row.standing} />
              {row.overdue ? <Chip size="small" color="error" variant="outlined" sx={{ ml: 1 }} label={translate('bianzhi.annualReport.overdue')} data-testid="overdue" /> : null}
            </TableCell>
            <TableCell>{row.submittedAt ? <DateField record={row} source="submittedAt" showTime locales={locale === 'en' ? 'en-GB' : 'zh-CN'} /> : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
