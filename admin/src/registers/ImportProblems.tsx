import { Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Language } from '../i18n/server-errors';
import { problemMessage } from './problem-message';
import type { ImportReport, RowProblem } from './upload-register';

const rowsPerPage = 50;
const severities = ['ERROR', 'WARNING'] as const;

/** The reasons the problems have, each named by its first problem's column and message, with how many there are. */
function reasonsOf(problems: (RowProblem & { text: string })[]): { reason: string; label: string; count: number }[] {
  const byReason = new Map<string, { reason: string; label: string; count: number }>();
  for (const problem of problems) {
    const known = byReason.get(problem.reason);
    if (known) known.count += 1;
    else byReason.set(problem.reason, { reason: problem.reason, label: problem.column ? `${problem.column}：${problem.text}` : problem.text, count: 1 });
  }
  return [...byReason.values()];
}

/**
 * Every problem of a report by sheet, row and column, its message in the
 * user's language, filtered by severity and by reason; 50 to a page.
 */
export function ImportProblems({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language: Language = locale === 'en' ? 'en' : 'zh';
  const [severity, setSeverity] = useState('');
  const [reason, setReason] = useState('');
  const [page, setPage] = useState(0);
  const problems = useMemo(() => report.problems.map((problem) => ({ ...problem, text: problemMessage(problem, language) })), [report, language]);
  const reasons = useMemo(() => reasonsOf(problems), [problems]);
  const shown = problems.filter((problem) => (!severity || problem.severity === severity) && (!reason || problem.reason === reason));
  const total = report.errors + report.warnings;
  if (problems.length === 0) return null;
  // The filters show 全部 when they filter nothing, their labels above.
  const showsAll = { select: { displayEmpty: true }, inputLabel: { shrink: true } };
  const filter = (set: (value: string) => void) => (event: { target: { value: string } }) => {
    set(event.target.value);
    setPage(0);
  };
  return (
    <Stack spacing={1} data-testid="import-problems">
      <Stack direction="row" spacing={2}>
        <TextField select size="small" label={translate('bianzhi.registers.problems.severity')} value={severity} onChange={filter(setSeverity)} slotProps={showsAll} sx={{ width: 140 }} data-testid="filter-severity">
          <MenuItem value="">{translate('bianzhi.registers.problems.allSeverities')}</MenuItem>
          {severities.map((each) => (
            <MenuItem key={each} value={each}>
              {translate(`bianzhi.registers.severity.${each}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('bianzhi.registers.problems.reason')} value={reason} onChange={filter(setReason)} slotProps={showsAll} sx={{ minWidth: 240, maxWidth: 560 }} data-testid="filter-reason">
          <MenuItem value="">{translate('bianzhi.registers.problems.allReasons')}</MenuItem>
          {reasons.map((each) => (
            <MenuItem key={each.reason} value={each.reason}>
              {translate('bianzhi.registers.problems.reasonOption', { label: each.label, count: each.count })}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {problems.length < total ? (
        <Typography variant="body2" color="text.secondary">
          {translate('bianzhi.registers.problems.listedOnly', { listed: problems.length, total })}
        </Typography>
      ) : null}
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('bianzhi.registers.problems.sheet')}</TableCell>
            <TableCell align="right">{translate('bianzhi.registers.problems.row')}</TableCell>
            <TableCell>{translate('bianzhi.registers.problems.column')}</TableCell>
            <TableCell>{translate('bianzhi.registers.problems.severity')}</TableCell>
            <TableCell>{translate('bianzhi.registers.problems.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.slice(page * rowsPerPage, (page + 1) * rowsPerPage).map((problem, index) => (
            <TableRow key={`${problem.sheet}:${problem.row}:${problem.column}:${index}`} data-testid="import-problem">
              <TableCell>{problem.sheet}</TableCell>
              <TableCell align="right">{problem.row}</TableCell>
              <TableCell>{problem.column ?? translate('bianzhi.registers.problems.wholeRow')}</TableCell>
              <TableCell>
                <Chip size="small" color={problem.severity === 'ERROR' ? 'error' : 'warning'} label={translate(`bianzhi.registers.severity.${problem.severity}`)} />
              </TableCell>
              <TableCell>{problem.text}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length > rowsPerPage ? (
        <TablePagination
          component="div"
          count={shown.length}
          page={page}
          onPageChange={(_, next) => setPage(next)}
          rowsPerPage={rowsPerPage}
          rowsPerPageOptions={[]}
          labelDisplayedRows={({ from, to, count }) => translate('bianzhi.registers.problems.displayedRows', { from, to, count })}
        />
      ) : null}
    </Stack>
  );
}
