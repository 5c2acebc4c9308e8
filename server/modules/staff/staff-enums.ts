import { registerEnumType } from 'type-graphql';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum StaffStatus {
  ACTIVE = 'ACTIVE',
  TRANSFERRED_OUT = 'TRANSFERRED_OUT',
  RETIRED = 'RETIRED',
  LEFT = 'LEFT',
}

export enum Education {
  DOCTORATE = 'DOCTORATE',
  MASTER = 'MASTER',
  BACHELOR = 'BACHELOR',
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  SECONDARY = 'SECONDARY',
  OTHER = 'OTHER',
}

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Gender (性别), as the national ID number records it.',
  valuesConfig: { MALE: { description: 'Male (男).' }, FEMALE: { description: 'Female (女).' } },
});

registerEnumType(StaffStatus, {
  name: 'StaffStatus',
  description: 'Employment status of a staff member (人员状态). Only ACTIVE staff fill a quota.',
  valuesConfig: {
    ACTIVE: { description: 'In post (在职); fills a quota.' },
    TRANSFERRED_OUT: { description: 'Transferred out (调出).' },
    RETIRED: { description: 'Retired (退休).' },
    LEFT: { description: 'Left the establishment (离职).' },
  },
});

registerEnumType(Education, {
  name: 'Education',
  description: 'Highest education (学历).',
  valuesConfig: {
    DOCTORATE: { description: 'Doctorate (博士研究生).' },
    MASTER: { description: 'Master (硕士研究生).' },
    BACHELOR: { description: 'Bachelor (大学本科).' },
    JUNIOR_COLLEGE: { description: 'Junior college (大学专科).' },
    SECONDARY: { description: 'Secondary school or below (中专及以下).' },
    OTHER: { description: 'Other (其他).' },
  },
});
