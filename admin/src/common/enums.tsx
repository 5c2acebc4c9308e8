import { FunctionField, SelectInput, type SelectInputProps } from 'react-admin';
import { useTranslate } from 'react-admin';

/** The schema's enum values, in the order offices expect to read them. */
export const enumValues = {
  AccountRole: ['PROVINCE_ADMIN', 'PREFECTURE_ADMIN', 'COUNTY_ADMIN', 'AUDITOR', 'INTEGRATOR'],
  AlertKind: ['OVER_STAFFED', 'OVER_POSITIONS', 'APPROVAL_EXPIRING', 'APPROVAL_USED_UP'],
  BureauLevel: ['PROVINCE', 'PREFECTURE', 'COUNTY'],
  Education: ['DOCTORATE', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY', 'OTHER'],
  Gender: ['MALE', 'FEMALE'],
  QuotaCategory: ['ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS'],
  StaffStatus: ['ACTIVE', 'LEFT', 'RETIRED', 'TRANSFERRED_OUT'],
  StaffingUsePurpose: ['OPEN_RECRUITMENT', 'CIVIL_SERVICE_EXAM', 'TRANSFER_IN', 'MILITARY_RESETTLEMENT', 'SELECTION', 'OTHER'],
  StaffingUseStatus: ['OPEN', 'USED_UP', 'EXPIRED', 'WITHDRAWN'],
  StaffingUseApplicationStatus: ['PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN'],
  StaffEntryKind: ['APPROVAL', 'TRANSFER', 'RECORDED'],
  EstablishmentEventKind: ['RECORDED', 'ENTERED', 'TRANSFERRED_IN', 'TRANSFERRED_OUT', 'EXITED'],
  ExitReason: ['RETIREMENT', 'RESIGNATION', 'DISMISSAL', 'DEATH', 'TRANSFER_OUT'],
  InstitutionRank: ['DEPARTMENT', 'DEPUTY_DEPARTMENT', 'COUNTY', 'DEPUTY_COUNTY', 'SECTION', 'DEPUTY_SECTION', 'SUB_SECTION', 'INTERNAL_DIVISION'],
  InstitutionKind: [
    'PARTY_ORGAN',
    'PEOPLES_CONGRESS',
    'GOVERNMENT_DEPARTMENT',
    'DIRECTLY_AFFILIATED',
    'CPPCC',
    'DISCIPLINE_COMMISSION',
    'COURT',
    'PROCURATORATE',
    'MASS_ORGANISATION',
    'PUBLIC_INSTITUTION',
    'TOWNSHIP',
  ],
  InstitutionNature: ['ADMINISTRATIVE_ORGAN', 'CIVIL_SERVICE_MANAGED', 'PUBLIC_WELFARE_ONE', 'PUBLIC_WELFARE_TWO', 'COMMERCIAL'],
  InstitutionStatus: ['ACTIVE', 'MERGED', 'ABOLISHED'],
  InstitutionChangeKind: ['ESTABLISHED', 'ESTABLISHMENT_APPROVED', 'RENAMED', 'RANK_CHANGED', 'NATURE_CHANGED', 'MOVED', 'ABSORBED', 'MERGED_INTO', 'ABOLISHED'],
  FundingForm: ['FULL', 'PARTIAL', 'SELF_FUNDED'],
  LeadershipTier: ['PRINCIPAL', 'DEPUTY', 'INTERNAL_BODY_HEAD'],
  WebsiteNetwork: ['INTRANET', 'EXTRANET'],
  AnnualReturnStatus: ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'],
  ReportStanding: ['NOT_SUBMITTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED'],
} as const;

export type EnumName = keyof typeof enumValues;

export function enumChoices(enumName: EnumName) {
  return enumValues[enumName].map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));
}

/** A select's empty choice (e.g. 非领导职务 for a tier) is no value: null, which the server takes as none. */
export function emptyChoiceAsNull(value: string) {
  return value === '' ? null : value;
}

/** A select of an enum's values, labelled in the user's language. */
export function EnumInput({ enumName, ...props }: Omit<SelectInputProps, 'choices'> & { enumName: EnumName }) {
  return <SelectInput choices={enumChoices(enumName)} {...props} />;
}

/** An enum value in the user's language; emptyText (a message key) for none. */
export function EnumField({
  enumName,
  source,
  label,
  sortable,
  emptyText,
}: {
  enumName: EnumName;
  source: string;
  label?: string;
  sortable?: boolean;
  emptyText?: string;
}) {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      label={label}
      sortable={sortable}
      render={(record: Record<string, unknown>) => {
        const value = source.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], record);
        if (value) return translate(`enums.${enumName}.${String(value)}`);
        return emptyText ? translate(emptyText) : '';
      }}
    />
  );
}

type InstitutionKindValue = (typeof enumValues.InstitutionKind)[number];
type InstitutionNatureValue = (typeof enumValues.InstitutionNature)[number];

/** The natures an institution of each kind may have, as the server checks them: organs are administrative. */
export const naturesOfKind: Record<InstitutionKindValue, readonly InstitutionNatureValue[]> = {
  PARTY_ORGAN: ['ADMINISTRATIVE_ORGAN', 'CIVIL_SERVICE_MANAGED'],
  PEOPLES_CONGRESS: ['ADMINISTRATIVE_ORGAN'],
  GOVERNMENT_DEPARTMENT: ['ADMINISTRATIVE_ORGAN'],
  DIRECTLY_AFFILIATED: ['ADMINISTRATIVE_ORGAN', 'CIVIL_SERVICE_MANAGED'],
  CPPCC: ['ADMINISTRATIVE_ORGAN'],
  DISCIPLINE_COMMISSION: ['ADMINISTRATIVE_ORGAN'],
  COURT: ['ADMINISTRATIVE_ORGAN'],
  PROCURATORATE: ['ADMINISTRATIVE_ORGAN'],
  MASS_ORGANISATION: ['CIVIL_SERVICE_MANAGED', 'ADMINISTRATIVE_ORGAN'],
  PUBLIC_INSTITUTION: ['CIVIL_SERVICE_MANAGED', 'PUBLIC_WELFARE_ONE', 'PUBLIC_WELFARE_TWO', 'COMMERCIAL'],
  TOWNSHIP: ['ADMINISTRATIVE_ORGAN'],
};

/** The nature choices of a kind (all natures before a kind is chosen), in the enum's order. */
export function natureChoicesOf(kind: string | null | undefined) {
  const allowed: readonly string[] = kind && kind in naturesOfKind ? naturesOfKind[kind as InstitutionKindValue] : enumValues.InstitutionNature;
  return enumChoices('InstitutionNature').filter((choice) => allowed.includes(choice.id));
}
