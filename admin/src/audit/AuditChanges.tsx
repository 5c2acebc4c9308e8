import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AuditValue } from './AuditValue';

/** The resource whose field labels name a record type's fields (变更项). */
const resourceOfRecordType: Record<string, string> = {
  Bureau: 'bureaus',
  EGovUnit: 'units',
  Institution: 'institutions',
  Quota: 'quotas',
  Staff: 'staff',
  Website: 'websites',
  Account: 'accounts',
  AccessToken: 'accounts',
  ReportingPeriod: 'reporting-periods',
  AnnualReturn: 'annual-returns',
  StaffingUseApproval: 'staffing-use-approvals',
  StaffingUseApplication: 'staffing-use-applications',
};

function comparable(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/**
 * A field's name in the user's language: the resource's own label, that of the
 * reference it holds (`institutionId` → `institution`), or the audit trail's
 * label for fields no form shows (版本, 创建时间, 令牌类型 …).
 */
function useFieldLabel(recordType: string) {
  const translate = useTranslate();
  const resource = resourceOfRecordType[recordType];
  return (field: string) => {
    const general = translate(`bianzhi.audit.fields.${field}`, { _: field });
    if (!resource) return general;
    const referenced = field.endsWith('Id') ? translate(`resources.${resource}.fields.${field.slice(0, -2)}`, { _: general }) : general;
    return translate(`resources.${resource}.fields.${field}`, { _: referenced });
  };
}

/** What one change did, field by field: before and after (变更前 / 变更后), in words. */
export function AuditChanges() {
  const entry = useRecordContext<{ recordType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>();
  const translate = useTranslate();
  const label = useFieldLabel(entry?.recordType ?? '');
  if (!entry) return null;
  const fields = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])].filter(
    (field) => comparable(entry.before?.[field]) !== comparable(entry.after?.[field]),
  );
  return (
    <Table size="small" data-testid="audit-changes">
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
            <TableCell>
              <AuditValue recordType={entry.recordType} field={field} value={entry.before?.[field]} />
            </TableCell>
            <TableCell>
              <AuditValue recordType={entry.recordType} field={field} value={entry.after?.[field]} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
