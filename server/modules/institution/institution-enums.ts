import { registerEnumType } from 'type-graphql';

export enum InstitutionKind {
  PARTY_ORGAN = 'PARTY_ORGAN',
  PEOPLES_CONGRESS = 'PEOPLES_CONGRESS',
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  DIRECTLY_AFFILIATED = 'DIRECTLY_AFFILIATED',
  CPPCC = 'CPPCC',
  DISCIPLINE_COMMISSION = 'DISCIPLINE_COMMISSION',
  COURT = 'COURT',
  PROCURATORATE = 'PROCURATORATE',
  MASS_ORGANISATION = 'MASS_ORGANISATION',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  TOWNSHIP = 'TOWNSHIP',
}

export enum InstitutionNature {
  ADMINISTRATIVE_ORGAN = 'ADMINISTRATIVE_ORGAN',
  CIVIL_SERVICE_MANAGED = 'CIVIL_SERVICE_MANAGED',
  PUBLIC_WELFARE_ONE = 'PUBLIC_WELFARE_ONE',
  PUBLIC_WELFARE_TWO = 'PUBLIC_WELFARE_TWO',
  COMMERCIAL = 'COMMERCIAL',
}

export enum FundingForm {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  SELF_FUNDED = 'SELF_FUNDED',
}

export enum InstitutionStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  ABOLISHED = 'ABOLISHED',
}

registerEnumType(InstitutionKind, {
  name: 'InstitutionKind',
  description: 'System and kind of an institution (机构类别).',
  valuesConfig: {
    PARTY_ORGAN: { description: 'Party committee organ (党委部门).' },
    PEOPLES_CONGRESS: { description: "People's congress standing committee organ (人大机关)." },
    GOVERNMENT_DEPARTMENT: { description: 'Government working department (政府工作部门).' },
    DIRECTLY_AFFILIATED: { description: 'Institution directly under the government (政府直属机构).' },
    CPPCC: { description: 'CPPCC organ (政协机关).' },
    DISCIPLINE_COMMISSION: { description: 'Discipline inspection commission and supervision organ (纪检监察机关).' },
    COURT: { description: "People's court (人民法院)." },
    PROCURATORATE: { description: "People's procuratorate (人民检察院)." },
    MASS_ORGANISATION: { description: 'Democratic party or mass organisation (民主党派和群团机关).' },
    PUBLIC_INSTITUTION: { description: 'Public institution (事业单位).' },
    TOWNSHIP: { description: 'Township, town or sub-district body under a county (乡镇街道).' },
  },
});

registerEnumType(InstitutionNature, {
  name: 'InstitutionNature',
  description: 'Nature of an institution (机构性质).',
  valuesConfig: {
    ADMINISTRATIVE_ORGAN: { description: 'Administrative organ (行政机关).' },
    CIVIL_SERVICE_MANAGED: { description: 'Managed under the Civil Service Law (参照公务员法管理).' },
    PUBLIC_WELFARE_ONE: { description: 'Public-welfare institution, class one (公益一类).' },
    PUBLIC_WELFARE_TWO: { description: 'Public-welfare institution, class two (公益二类).' },
    COMMERCIAL: { description: 'Production and business institution (生产经营类).' },
  },
});

registerEnumType(FundingForm, {
  name: 'FundingForm',
  description: 'Funding form of a public institution (经费形式).',
  valuesConfig: {
    FULL: { description: 'Fully funded by the budget (财政全额拨款).' },
    PARTIAL: { description: 'Partly funded by the budget (财政差额拨款).' },
    SELF_FUNDED: { description: 'Self-funded (自收自支).' },
  },
});

registerEnumType(InstitutionStatus, {
  name: 'InstitutionStatus',
  description: 'Whether an institution still exists (机构状态).',
  valuesConfig: {
    ACTIVE: { description: 'Exists (存续).' },
    MERGED: { description: 'Merged into another institution (已合并).' },
    ABOLISHED: { description: 'Abolished (已撤销).' },
  },
});

/** Natures a kind may have: organs are administrative, public institutions are classed by function. */
export const naturesOfKind: Record<InstitutionKind, readonly InstitutionNature[]> = {
  [InstitutionKind.PARTY_ORGAN]: [InstitutionNature.ADMINISTRATIVE_ORGAN, InstitutionNature.CIVIL_SERVICE_MANAGED],
  [InstitutionKind.PEOPLES_CONGRESS]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.GOVERNMENT_DEPARTMENT]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.DIRECTLY_AFFILIATED]: [InstitutionNature.ADMINISTRATIVE_ORGAN, InstitutionNature.CIVIL_SERVICE_MANAGED],
  [InstitutionKind.CPPCC]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.DISCIPLINE_COMMISSION]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.COURT]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.PROCURATORATE]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.MASS_ORGANISATION]: [InstitutionNature.CIVIL_SERVICE_MANAGED, InstitutionNature.ADMINISTRATIVE_ORGAN],
  [InstitutionKind.PUBLIC_INSTITUTION]: [
    InstitutionNature.CIVIL_SERVICE_MANAGED,
    InstitutionNature.PUBLIC_WELFARE_ONE,
    InstitutionNature.PUBLIC_WELFARE_TWO,
    InstitutionNature.COMMERCIAL,
  ],
  [InstitutionKind.TOWNSHIP]: [InstitutionNature.ADMINISTRATIVE_ORGAN],
};
