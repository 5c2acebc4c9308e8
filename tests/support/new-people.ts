import { makeNationalId } from '../../server/modules/staff/national-id';
import type { CreateStaffInput } from '../generated/graphql';

/** Where a test's people come from: each test file numbers its own, so that their ID numbers never collide. */
export interface PeopleSource {
  namePrefix: string;
  regionCode: string;
  birthDate: string;
  firstSequence: number;
  gender: 'MALE' | 'FEMALE';
  hiredOn: string;
}

/** Makes a new person for `createStaff` in a unit on each call, each with a valid ID number of its own. */
export function newPeople(source: PeopleSource): (institutionId: string, overrides?: Partial<CreateStaffInput>) => CreateStaffInput {
  let count = 0;
  return (institutionId, overrides = {}) => {
    count += 1;
    return {
      institutionId,
      quotaCategory: 'PUBLIC_INSTITUTION',
      name: `${source.namePrefix}${count}`,
      nationalId: makeNationalId(source.regionCode, source.birthDate, source.firstSequence + count, source.gender),
      education: 'BACHELOR',
      position: '科员',
      hiredOn: source.hiredOn,
      ...overrides,
    };
  };
}
