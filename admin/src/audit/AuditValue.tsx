import type { MouseEvent } from 'react';
import { Link, useCreatePath, useGetManyAggregate, useGetRecordRepresentation, useLocaleState, useTranslate } from 'react-admin';

/** The enum a field holds, whatever the record (性别, 学历, 编制类别 …). */
const enumOfField: Record<string, string> = {
  gender: 'Gender',
  education: 'Education',
  quotaCategory: 'QuotaCategory',
  category: 'QuotaCategory',
  leadershipTier: 'LeadershipTier',
  tier: 'LeadershipTier',
  exitReason: 'ExitReason',
  entryKind: 'StaffEntryKind',
  kind: 'InstitutionKind',
  nature: 'InstitutionNature',
  rank: 'InstitutionRank',
  funding: 'FundingForm',
  network: 'WebsiteNetwork',
  level: 'BureauLevel',
  role: 'AccountRole',
  actorRole: 'AccountRole',
  purpose: 'StaffingUsePurpose',
};

/** Fields whose enum depends on the record: a staff member's status is not an institution's. */
const enumOfRecordField: Record<string, string> = {
  'Staff.status': 'StaffStatus',
  'Institution.status': 'InstitutionStatus',
  'EGovUnit.status': 'InstitutionStatus',
  'AnnualReturn.status': 'AnnualReturnStatus',
  'StaffingUseApplication.status': 'StaffingUseApplicationStatus',
  'StaffingUseApproval.status': 'StaffingUseStatus',
  'AccessToken.kind': 'AccessTokenKind',
};

/** The resource a reference field points into, whatever the record. */
const referenceOfField: Record<string, string> = {
  institutionId: 'institutions',
  supervisingInstitutionId: 'institutions',
  mergedIntoId: 'institutions',
  otherInstitutionId: 'institutions',
  bureauId: 'bureaus',
  parentId: 'bureaus',
  unitId: 'units',
  accountId: 'accounts',
  entryApprovalId: 'staffing-use-approvals',
  transferredFromId: 'staff',
  periodId: 'reporting-periods',
};

/** References whose resource depends on the record: a quota replaces a quota. */
const referenceOfRecordField: Record<string, string> = {
  'Quota.replacesId': 'quotas',
  'StaffingUseApplication.approvalId': 'staffing-use-approvals',
};

const localDate = /^\d{4}-\d{2}-\d{2}$/;
const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function intlLocale(locale: string) {
  return locale === 'en' ? 'en-GB' : 'zh-CN';
}

/** A LocalDate in the user's language (2024年3月1日), with no time zone to shift it a day. */
export function formatDay(value: string, locale: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** A moment in the user's language and time zone, to the second (2026年11月30日 12:09:47) or to the minute (`short`: 2026年11月30日 12:09). */
export function formatMoment(value: string, locale: string, timeStyle: 'medium' | 'short' = 'medium'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle }).format(date);
}

/** A referenced record by its name, linked to its page; its number when it is gone or out of reach. */
function ReferenceName({ reference, id }: { reference: string; id: string }) {
  // Aggregated: the references of one entry, whichever field and side, are fetched in one getMany per resource.
  const { data } = useGetManyAggregate(reference, { ids: [id] });
  const represent = useGetRecordRepresentation(reference);
  const createPath = useCreatePath();
  const record = data?.find((candidate) => String(candidate.id) === id);
  const name = record ? represent(record) : `#${id}`;
  return (
    <Link to={createPath({ resource: reference, id, type: 'show' })} onClick={(event: MouseEvent) => event.stopPropagation()} translate="no">
      {name}
    </Link>
  );
}

/** One value of an audited record, in words: enum labels, 是/否, references by name, dates as the locale writes them. */
export function AuditValue({ recordType, field, value }: { recordType: string; field: string; value: unknown }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value === null || value === undefined || value === '') return <>—</>;
  const reference = referenceOfRecordField[`${recordType}.${field}`] ?? referenceOfField[field];
  if (reference && (typeof value === 'string' || typeof value === 'number')) return <ReferenceName reference={reference} id={String(value)} />;
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  if (typeof value === 'string') {
    const enumName = enumOfRecordField[`${recordType}.${field}`] ?? enumOfField[field];
    if (enumName) return <>{translate(`enums.${enumName}.${value}`, { _: value })}</>;
    if (recordType === 'AccessToken' && field === 'label' && value === 'login') return <>{translate('bianzhi.audit.operations.login')}</>;
    if (recordType === 'RegisterImport' && field === 'register') return <>{translate(`bianzhi.registers.kinds.${value}`, { _: value })}</>;
    if (localDate.test(value)) return <>{formatDay(value, locale)}</>;
    if (moment.test(value)) return <>{formatMoment(value, locale)}</>;
    // Names, numbers and addresses are the record's data, not interface text.
    return <span translate="no">{value}</span>;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return <span translate="no">{value.join('、')}</span>;
  if (typeof value === 'object') {
    // Structured figures (an annual return's tables) are data, kept as recorded.
    return (
      <details>
        <summary>{translate('bianzhi.audit.structured')}</summary>
        <pre translate="no" style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }}>
          {JSON.stringify(value, null, 2)}
        </pre>
      </details>
    );
  }
  return <>{String(value)}</>;
}
