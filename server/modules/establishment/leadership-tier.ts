import { registerEnumType } from 'type-graphql';

export enum LeadershipTier {
  PRINCIPAL = 'PRINCIPAL',
  DEPUTY = 'DEPUTY',
  INTERNAL_BODY_HEAD = 'INTERNAL_BODY_HEAD',
}

registerEnumType(LeadershipTier, {
  name: 'LeadershipTier',
  description: 'Tier of a leadership position (领导职数层级).',
  valuesConfig: {
    PRINCIPAL: { description: "The institution's head (正职), e.g. 局长, 主任." },
    DEPUTY: { description: 'Deputy heads (副职), e.g. 副局长.' },
    INTERNAL_BODY_HEAD: { description: "Heads and deputy heads of internal bodies (内设机构领导职数), e.g. 科长, 副科长." },
  },
});
