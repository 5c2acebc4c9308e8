import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RequestErrorBody } from '../graphql/client';

/** Which enum each form field holds, to show its value in words. */
const enumOfField: Record<string, string> = {
  gender: 'Gender',
  quotaCategory: 'QuotaCategory',
  category: 'QuotaCategory',
  leadershipTier: 'LeadershipTier',
  education: 'Education',
  status: 'StaffStatus',
  rank: 'InstitutionRank',
  network: 'WebsiteNetwork',
  level: 'BureauLevel',
};

/** A reference field's record, loaded with the record itself (institutionId → institution). */
function referenced(record: Record<string, unknown>, field: string): string | undefined {
  if (!field.endsWith('Id')) return undefined;
  const target = record[field.slice(0, -2)] as { id?: string; name?: string } | undefined;
  return target?.id === record[field] ? target?.name : undefined;
}

/**
 * Someone saved the record after this user opened it: show, field by field,
 * what is saved now beside what the user typed, and let them start again from
 * the current values.
 */
export function ConflictDialog({
  resource,
  conflict,
  fields,
  onReload,
  onClose,
}: {
  resource: string;
  conflict: NonNullable<RequestErrorBody['conflict']>;
  fields: string[];
  onReload: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const current = (conflict.current ?? {}) as Record<string, unknown>;
  const shown = (record: Record<string, unknown>, field: string): string => {
    const value = record[field];
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return translate(value ? 'bianzhi.common.yes' : 'bianzhi.common.no');
    if (enumOfField[field]) return translate(`enums.${enumOfField[field]}.${String(value)}`);
    const name = referenced(record, field) ?? (record[field] === current[field] ? referenced(current, field) : undefined);
    if (name) return name;
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const rows = fields.filter((field) => field in conflict.yours || field in current);
  const different = (field: string) => shown(current, field) !== shown(conflict.yours, field);
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="conflict-title" data-testid="conflict-dialog">
      <DialogTitle id="conflict-title">{translate('bianzhi.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('bianzhi.conflict.explanation')}</DialogContentText>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('bianzhi.conflict.field')}</TableCell>
              <TableCell>{translate('bianzhi.conflict.current')}</TableCell>
              <TableCell>{translate('bianzhi.conflict.yours')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((field) => (
              <TableRow key={field} selected={different(field)}>
                <TableCell>{translate(`resources.${resource}.fields.${field}`)}</TableCell>
                <TableCell data-testid={`conflict-current-${field}`}>{shown(current, field)}</TableCell>
                <TableCell>{shown(conflict.yours, field)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('bianzhi.conflict.close')}</Button>
        <Button onClick={onReload} variant="contained">
          {translate('bianzhi.conflict.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
