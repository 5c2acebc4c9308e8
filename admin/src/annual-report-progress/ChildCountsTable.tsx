import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { enumValues } from '../common/enums';
import type { AnnualReportProgressQuery } from '../gql/graphql';
import { StatusChip } from '../annual-returns/StatusChip';

type Row = AnnualReportProgressQuery['annualReportProgress'][number];

/** Each bureau with child bureaus (the prefectures, for the province): its own standing and its children's counts. */
export function ChildCountsTable({ rows }: { rows: Row[] }) {
  const translate = useTranslate();
  const parents = rows.filter((row) => row.children.some((each) => each.count > 0));
  return (
    <Table size="small" data-testid="progress-child-counts">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.bureaus.name', { smart_count: 1 })}</TableCell>
          <TableCell>{translate('bianzhi.annualReport.ownStanding')}</TableCell>
          {enumValues.ReportStanding.map((standing) => (
            <TableCell key={standing} align="right">
              {translate(`enums.ReportStanding.${standing}`)}
            </TableCell>
          ))}
          <TableCell align="right">{translate('bianzhi.annualReport.overdue')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {parents.map((row) => (
          <TableRow key={row.bureau.id} data-testid="progress-parent" data-code={row.bureau.code}>
            <TableCell>{row.bureau.name}</TableCell>
            <TableCell>
              <StatusChip enumName="ReportStanding" value={row.standing} />
            </TableCell>
            {enumValues.ReportStanding.map((standing) => (
              <TableCell key={standing} align="right" data-standing={standing}>
                {row.children.find((each) => each.standing === standing)?.count ?? 0}
              </TableCell>
            ))}
            <TableCell align="right" sx={row.childrenOverdue > 0 ? { color: 'error.main', fontWeight: 500 } : undefined}>
              {row.childrenOverdue}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
