import { registerEnumType } from 'type-graphql';

export enum QuotaCategory {
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  LOGISTICS = 'LOGISTICS',
}

registerEnumType(QuotaCategory, {
  name: 'QuotaCategory',
  description: 'Category of staffing quota (编制类别).',
  valuesConfig: {
    ADMINISTRATIVE: { description: 'Administrative establishment (行政编制).' },
    PUBLIC_INSTITUTION: { description: 'Public-institution establishment (事业编制).' },
    LOGISTICS: { description: 'Logistics service establishment (工勤编制).' },
  },
});
