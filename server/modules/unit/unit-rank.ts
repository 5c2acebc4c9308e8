import { registerEnumType } from 'type-graphql';

export enum UnitRank {
  DEPUTY_COUNTY = 'DEPUTY_COUNTY',
  SECTION = 'SECTION',
  DEPUTY_SECTION = 'DEPUTY_SECTION',
  SUB_SECTION = 'SUB_SECTION',
  INTERNAL_DIVISION = 'INTERNAL_DIVISION',
}

registerEnumType(UnitRank, {
  name: 'UnitRank',
  description: 'Rank of an e-government unit (机构规格).',
  valuesConfig: {
    DEPUTY_COUNTY: { description: 'Deputy-county level (副县级).' },
    SECTION: { description: 'Section level (正科级).' },
    DEPUTY_SECTION: { description: 'Deputy-section level (副科级).' },
    SUB_SECTION: { description: 'Sub-section level (股级), below deputy-section: the usual rank of a county unit.' },
    INTERNAL_DIVISION: { description: 'Not a unit of its own but an internal division of the bureau (内设机构); its quota and staff are left out of the survey totals.' },
  },
});
