import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ConflictError } from '../data-provider/data-provider';

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
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
  conflict: ConflictError;
  fields: string[];
  onReload: () => void;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const current = (conflict.current ?? {}) as Record<string, unknown>;
  const rows = fields.filter((field) => field in conflict.yours || field in current);
  const different = (field: string) => shown(current[field]) !== shown(conflict.yours[field]);
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
                <TableCell data-testid={`conflict-current-${field}`}>{shown(current[field])}</TableCell>
                <TableCell>{shown(conflict.yours[field])}</TableCell>
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
