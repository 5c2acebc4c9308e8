import { registerEnumType } from 'type-graphql';

export enum QuotaCategory {
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  POLITICAL_LEGAL = 'POLITICAL_LEGAL',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  LOGISTICS = 'LOGISTICS',
}

registerEnumType(QuotaCategory, {
  name: 'QuotaCategory',
  description: 'Category of staffing quota (编制类别).',
  valuesConfig: {
    ADMINISTRATIVE: { description: 'Administrative establishment (行政编制).' },
    POLITICAL_LEGAL: { description: 'Special political-legal establishment (政法专项编制) of courts, procuratorates, public security and justice.' },
    PUBLIC_INSTITUTION: { description: 'Public-institution establishment (事业编制).' },
    LOGISTICS: { description: 'Logistics service establishment (工勤编制).' },
  },
});
