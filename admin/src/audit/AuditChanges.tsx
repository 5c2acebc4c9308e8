import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const resourceOfRecordType: Record<string, string> = {
  Bureau: 'bureaus',
  EGovUnit: 'units',
  Institution: 'institutions',
  Quota: 'quotas',
  Staff: 'staff',
  Website: 'websites',
  Account: 'accounts',
};

function shown(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What one change did, field by field: before and after (变更前 / 变更后). */
export function AuditChanges() {
  const entry = useRecordContext<{ recordType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>();
  const translate = useTranslate();
  if (!entry) return null;
  const resource = resourceOfRecordType[entry.recordType];
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].filter(
    (field) => shown(entry.before?.[field]) !== shown(entry.after?.[field]),
  );
  const label = (field: string) => (resource ? translate(`resources.${resource}.fields.${field}`, { _: field }) : field);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('bianzhi.conflict.field')}</TableCell>
          <TableCell>{translate('bianzhi.audit.before')}</TableCell>
          <TableCell>{translate('bianzhi.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell>{label(field)}</TableCell>
            <TableCell>{shown(entry.before?.[field])}</TableCell>
            <TableCell>{shown(entry.after?.[field])}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
