import { Alert, AlertTitle, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { checkDetail } from './check-detail';
import type { ShownReturn } from './return-steps';

type Check = ShownReturn['checks'][number];

/** The rows a check names: the institution (to its page), its bureau's code, and what is wrong. */
function CheckRows({ check }: { check: Check }) {
  const translate = useTranslate();
  if (check.rows.length === 0) return null;
  return (
    <Table size="small" sx={{ mt: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('bianzhi.annualReport.checkInstitution')}</TableCell>
          <TableCell>{translate('resources.bureaus.fields.code')}</TableCell>
          <TableCell>{translate('bianzhi.annualReport.checkDetail')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {check.rows.map((row, index) => (
          <TableRow key={`${row.institutionId ?? row.bureauCode ?? ''}-${index}`} data-testid="check-row">
            <TableCell>{row.institutionId ? <Link to={`/institutions/${row.institutionId}/show`}>{row.institutionName}</Link> : (row.institutionName ?? '—')}</TableCell>
            <TableCell>{row.bureauCode ?? '—'}</TableCell>
            <TableCell>{checkDetail(row.detail, translate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One failed check: blocking ones stop the submission, warnings are to be explained. */
function FailedCheck({ check }: { check: Check }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const blocking = check.severity === 'BLOCKING';
  return (
    <Alert severity={blocking ? 'error' : 'warning'} data-testid="return-check" data-code={check.code} data-severity={check.severity} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <span>{translate(`enums.ReturnCheckCode.${check.code}`)}</span>
          <Chip size="small" color={blocking ? 'error' : 'warning'} label={translate(`enums.CheckSeverity.${check.severity}`)} />
        </Stack>
      </AlertTitle>
      <Typography variant="body2">{locale === 'en' ? check.messageEn : check.message}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('bianzhi.annualReport.checkRowCount', { count: check.rowCount, shown: check.rows.length })}
      </Typography>
      <CheckRows check={check} />
    </Alert>
  );
}

/** 审核结果: the checks the return fails now, blocking ones first. */
export function ReturnChecks({ checks }: { checks: Check[] }) {
  const translate = useTranslate();
  if (checks.length === 0) return <Alert severity="success" data-testid="checks-passed">{translate('bianzhi.annualReport.checksPassed')}</Alert>;
  const ordered = [...checks].sort((left, right) => Number(right.severity === 'BLOCKING') - Number(left.severity === 'BLOCKING'));
  return (
    <Box sx={{ display: 'grid', gap: 1 }} data-testid="return-checks">
      {ordered.map((check) => (
        <FailedCheck key={check.code} check={check} />
      ))}
    </Box>
  );
}
