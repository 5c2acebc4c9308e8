import { registerEnumType } from 'type-graphql';

/** The full ladder, highest first: the order of the values is the order of the ranks. */
export enum InstitutionRank {
  DEPARTMENT = 'DEPARTMENT',
  DEPUTY_DEPARTMENT = 'DEPUTY_DEPARTMENT',
  COUNTY = 'COUNTY',
  DEPUTY_COUNTY = 'DEPUTY_COUNTY',
  SECTION = 'SECTION',
  DEPUTY_SECTION = 'DEPUTY_SECTION',
  SUB_SECTION = 'SUB_SECTION',
  INTERNAL_DIVISION = 'INTERNAL_DIVISION',
}

registerEnumType(InstitutionRank, {
  name: 'InstitutionRank',
  description: 'Rank of an institution (机构规格), from department level down.',
  valuesConfig: {
    DEPARTMENT: { description: 'Department level (正厅级).' },
    DEPUTY_DEPARTMENT: { description: 'Deputy-department level (副厅级).' },
    COUNTY: { description: 'Division or county level (正处级/正县级).' },
    DEPUTY_COUNTY: { description: 'Deputy-division or deputy-county level (副处级/副县级).' },
    SECTION: { description: 'Section level (正科级).' },
    DEPUTY_SECTION: { description: 'Deputy-section level (副科级).' },
    SUB_SECTION: { description: 'Sub-section level (股级), below deputy-section: the usual rank of a county e-government unit.' },
    INTERNAL_DIVISION: {
      description: "Not set up on its own but run as an internal division of its supervising body (内设机构, 不单设), as two of the survey's e-government units are; its quota and staff are left out of the survey totals.",
    },
  },
});
