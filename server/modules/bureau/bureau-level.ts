import { registerEnumType } from 'type-graphql';

export enum BureauLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
}

registerEnumType(BureauLevel, {
  name: 'BureauLevel',
  description: 'Administrative level of a bureau (编办级别).',
  valuesConfig: {
    PROVINCE: { description: 'Provincial bureau (省编办); the root of the tree.' },
    PREFECTURE: { description: 'Prefecture-level city or autonomous prefecture bureau (市州编办); its parent is a province.' },
    COUNTY: { description: 'County, county-level city, district or special district bureau (县市区特区编办); its parent is a prefecture.' },
  },
});

/** The level a bureau's parent must have; a province has no parent. */
export const parentLevelOf: Record<BureauLevel, BureauLevel | null> = {
  [BureauLevel.PROVINCE]: null,
  [BureauLevel.PREFECTURE]: BureauLevel.PROVINCE,
  [BureauLevel.COUNTY]: BureauLevel.PREFECTURE,
};
