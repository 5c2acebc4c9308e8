import { makeNationalId } from '../server/modules/staff/national-id';
import {
  CreateEGovUnitDocument,
  CreateStaffDocument,
  DeleteStaffDocument,
  StaffListDocument,
  StaffMemberDocument,
  UpdateStaffDocument,
  type CreateStaffInput,
} from './generated/graphql';
import { onlyError, useTestServer } from './support/test-server';

const server = useTestServer();
let institutionId: string;
let otherUnitId: string;

beforeAll(async () => {
  const zunyi = await server.bureauByCode('520300');
  institutionId = (await server.data(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: '人员测试中心', rank: 'SECTION' } })).createEGovUnit.id;
  otherUnitId = (await server.data(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: '人员测试中心二', rank: 'SECTION' } })).createEGovUnit.id;
});

let sequence = 100;
function person(overrides: Partial<CreateStaffInput> = {}): CreateStaffInput {
  sequence += 1;
  return {
    institutionId,
    quotaCategory: 'PUBLIC_INSTITUTION',
    name: '张测试',
    nationalId: makeNationalId('520302', '1988-04-12', sequence, 'FEMALE'),
    education: 'BACHELOR',
    position: '科员',
    hiredOn: '2012-03-01',
    ...overrides,
  };
}

async function staffCount(): Promise<number> {
  return (await server.data(StaffListDocument, { limit: 0 })).staff.totalCount;
}

/** Changes the check character so that only the GB 11643 checksum is wrong. */
function withWrongCheckCharacter(nationalId: string): string {
  const wrong = '0123456789X'.split('').find((character) => character !== nationalId[17])!;
  return nationalId.slice(0, 17) + wrong;
}

describe('createStaff', () => {
  it('records a person, taking birth date and gender from the ID number', async () => {
    const input = person();
    const staff = (await server.data(CreateStaffDocument, { input })).createStaff;
    expect(staff).toMatchObject({ nationalId: input.nationalId, birthDate: '1988-04-12', gender: 'FEMALE', status: 'ACTIVE', isLeader: false, version: 1 });
    expect((await server.data(StaffMemberDocument, { id: staff.id })).staffMember!.institution.name).toBe('人员测试中心');
  });

  it('accepts a lower-case x check character and stores it upper-case', async () => {
    let nationalId = '';
    for (let candidate = 1; !nationalId.endsWith('X'); candidate += 1) nationalId = makeNationalId('520303', '1990-01-01', candidate, 'MALE');
    const staff = (await server.data(CreateStaffDocument, { input: person({ nationalId: nationalId.toLowerCase() }) })).createStaff;
    expect(staff.nationalId).toBe(nationalId);
  });

  it.each([
    ['a wrong checksum', () => ({ nationalId: withWrongCheckCharacter(makeNationalId('520302', '1985-07-09', 7, 'MALE')) }), 'nationalId'],
    ['a short ID number', () => ({ nationalId: '52030219850709' }), 'nationalId'],
    ['an impossible birth date in the ID number', () => ({ nationalId: makeNationalId('520302', '1985-02-30', 7, 'MALE') }), 'nationalId'],
    ['a birth date that disagrees with the ID number', () => ({ birthDate: '1988-04-13' }), 'birthDate'],
    ['a gender that disagrees with the ID number', () => ({ gender: 'MALE' as const }), 'gender'],
    ['an unknown unit', () => ({ institutionId: '765432' }), 'institutionId'],
    ['an empty name', () => ({ name: '' }), 'name'],
    ['a hiring date before birth', () => ({ hiredOn: '1970-01-01' }), 'hiredOn'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, field) => {
    const before = await staffCount();
    const error = onlyError(await server.request(CreateStaffDocument, { input: person(overrides()) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    expect(await staffCount()).toBe(before);
  });

  it('refuses a second active post for one person', async () => {
    const input = person();
    await server.data(CreateStaffDocument, { input });
    const before = await staffCount();
    const error = onlyError(await server.request(CreateStaffDocument, { input: { ...input, institutionId: otherUnitId } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalId', reason: 'NATIONAL_ID_ACTIVE_ELSEWHERE' });
    expect(await staffCount()).toBe(before);
  });

  it('lets only one of many concurrent active posts for one person through', async () => {
    const input = person();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => server.request(CreateStaffDocument, { input: { ...input, institutionId: index % 2 ? institutionId : otherUnitId } })),
    );
    expect(responses.filter((response) => !response.errors)).toHaveLength(1);
    for (const response of responses.filter((response) => response.errors)) {
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nationalId', reason: 'NATIONAL_ID_ACTIVE_ELSEWHERE' });
    }
    expect((await server.data(StaffListDocument, { filter: { nationalId: input.nationalId } })).staff.totalCount).toBe(1);
  });

  it('allows a new active post once the old one has ended', async () => {
    const input = person();
    const old = (await server.data(CreateStaffDocument, { input })).createStaff;
    await server.data(UpdateStaffDocument, { input: { id: old.id, version: old.version, status: 'TRANSFERRED_OUT' } });
    const moved = (await server.data(CreateStaffDocument, { input: { ...input, institutionId: otherUnitId, hiredOn: '2013-01-01' } })).createStaff;
    expect(moved.status).toBe('ACTIVE');
    const records = await server.data(StaffListDocument, { filter: { nationalId: input.nationalId }, sort: { field: 'HIRED_ON' } });
    expect(records.staff.items.map((record) => record.status)).toEqual(['TRANSFERRED_OUT', 'ACTIVE']);
  });
});

describe('updateStaff', () => {
  it('corrects a person in post where they are, and raises the version; a move to another institution is a transfer', async () => {
    const staff = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    const updated = (await server.data(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, position: '副主任' } })).updateStaff;
    expect(updated).toMatchObject({ isLeader: false, position: '副主任', version: staff.version + 1 });
    const moved = onlyError(await server.request(UpdateStaffDocument, { input: { id: staff.id, version: updated.version, institutionId: otherUnitId } }));
    expect(moved.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId', reason: 'MOVE_BY_TRANSFER' });
    const same = (await server.data(UpdateStaffDocument, { input: { id: staff.id, version: updated.version, institutionId: staff.institutionId, position: '主任' } })).updateStaff;
    expect(same).toMatchObject({ institutionId: staff.institutionId, position: '主任' });
  });

  it('refuses setting a person who left back in post: they enter again against an approval', async () => {
    const old = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    const retired = (await server.data(UpdateStaffDocument, { input: { id: old.id, version: old.version, status: 'RETIRED' } })).updateStaff;
    const error = onlyError(await server.request(UpdateStaffDocument, { input: { id: old.id, version: retired.version, status: 'ACTIVE' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'REENTRY_BY_APPROVAL' });
  });

  it('refuses a new ID number whose birth date disagrees with the stored one only when the client says so', async () => {
    const staff = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    const nationalId = makeNationalId('520302', '1979-11-30', 3, 'FEMALE');
    const error = onlyError(await server.request(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, nationalId, birthDate: '1988-04-12' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
    const corrected = (await server.data(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, nationalId } })).updateStaff;
    expect(corrected).toMatchObject({ nationalId, birthDate: '1979-11-30', gender: 'FEMALE' });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const staff = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    await server.data(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, position: '主任科员' } });
    const error = onlyError(await server.request(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, position: '办事员' } }));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', id: staff.id });
    expect((await server.data(StaffMemberDocument, { id: staff.id })).staffMember!.position).toBe('主任科员');
  });
});

describe('deleteStaff', () => {
  it('deletes a record entered by mistake', async () => {
    const staff = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    expect((await server.data(DeleteStaffDocument, { id: staff.id, version: staff.version })).deleteStaff).toBe(staff.id);
    expect((await server.data(StaffMemberDocument, { id: staff.id })).staffMember).toBeNull();
  });

  it('refuses a stale version with CONFLICT', async () => {
    const staff = (await server.data(CreateStaffDocument, { input: person() })).createStaff;
    await server.data(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, education: 'MASTER' } });
    expect(onlyError(await server.request(DeleteStaffDocument, { id: staff.id, version: staff.version })).extensions?.code).toBe('CONFLICT');
    expect((await server.data(StaffMemberDocument, { id: staff.id })).staffMember).not.toBeNull();
  });
});

describe('staff', () => {
  it('lists the active staff under a prefecture, filtered and paginated', async () => {
    const qiandongnan = await server.bureauByCode('522600');
    const all = await server.data(StaffListDocument, { filter: { underBureauId: qiandongnan.id, status: 'ACTIVE' }, limit: 1000 });
    const leaders = await server.data(StaffListDocument, { filter: { underBureauId: qiandongnan.id, status: 'ACTIVE', isLeader: true }, limit: 1000 });
    expect(all.staff.totalCount).toBe(all.staff.items.length);
    expect(leaders.staff.items.every((person) => person.isLeader)).toBe(true);
    expect(leaders.staff.totalCount).toBe(all.staff.items.filter((person) => person.isLeader).length);
    const page = await server.data(StaffListDocument, { filter: { underBureauId: qiandongnan.id }, sort: { field: 'NAME' }, limit: 3, offset: 1 });
    expect(page.staff.items).toHaveLength(Math.min(3, Math.max(0, all.staff.totalCount - 1)));
  });
});
