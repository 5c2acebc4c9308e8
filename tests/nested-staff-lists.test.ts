import { makeNationalId } from '../server/modules/staff/national-id';
import { onlyError, useTestServer } from './support/test-server';
import { doc, institutionWith } from './support/staffing-use';

// Nested staff lists (an institution's, a unit's) are pages: cut in the database at their limit, which the operation's cost counts.

const CreateStaff = doc(`mutation($input: CreateStaffInput!) { createStaff(input: $input) { id } }`);
const RetireStaff = doc(`mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id } }`);
const StaffPage = doc(`query($id: ID!, $limit: Int!, $offset: Int!, $status: StaffStatus) { institution(id: $id) { staff(limit: $limit, offset: $offset, status: $status) { name } } }`);
const AllStaff = doc(`query($id: ID!, $unitId: ID!) { institution(id: $id) { staff { name } } egovUnit(id: $unitId) { staff(limit: 2) { name } } }`);
const CreateUnit = doc(`mutation($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id } }`);

const server = useTestServer();
let institutionId: string;
let unitId: string;
beforeAll(async () => {
  const nanming = await server.bureauByCode('520102');
  institutionId = await institutionWith(server, nanming.id, 10);
  unitId = (await server.data(CreateUnit, { input: { bureauId: nanming.id, name: '分页测试中心', rank: 'SECTION' } })).createEGovUnit.id;
  for (const index of [0, 1, 2]) {
    await server.data(CreateStaff, {
      input: { institutionId: unitId, quotaCategory: 'ADMINISTRATIVE', name: `单位${index}`, nationalId: makeNationalId('520102', '1981-03-03', 950 + index, 'FEMALE'), education: 'BACHELOR', position: '科员', hiredOn: '2010-01-01' },
    });
  }
  // Created out of name order, so that the page's order is the server's and not the insertion's.
  for (const [index, name] of ['丁', '甲', '丙', '乙', '戊'].entries()) {
    const { createStaff } = await server.data(CreateStaff, {
      input: { institutionId, quotaCategory: 'ADMINISTRATIVE', name, nationalId: makeNationalId('520102', '1980-02-02', 900 + index, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2010-01-01' },
    });
    if (name === '丙') await server.data(RetireStaff, { input: { id: createStaff.id, version: 1, status: 'RETIRED' } });
  }
});

const names = (answer: { institution: { staff: { name: string }[] } }) => answer.institution.staff.map((person) => person.name);

it('returns the page asked for, by name, in the database\'s order, with the status filter applied before the page', async () => {
  const all = names(await server.data(StaffPage, { id: institutionId, limit: 10, offset: 0 }));
  expect([...all].sort()).toEqual(['丁', '丙', '乙', '戊', '甲'].sort());
  expect(all).toHaveLength(5);
  expect(names(await server.data(StaffPage, { id: institutionId, limit: 2, offset: 1 }))).toEqual(all.slice(1, 3));
  const active = names(await server.data(StaffPage, { id: institutionId, limit: 10, offset: 0, status: 'ACTIVE' }));
  expect(active).toEqual(all.filter((name) => name !== '丙'));
  expect(names(await server.data(StaffPage, { id: institutionId, limit: 2, offset: 3, status: 'ACTIVE' }))).toEqual(active.slice(3, 5));
  expect(names(await server.data(StaffPage, { id: institutionId, limit: 0, offset: 0 }))).toEqual([]);
});

it('keeps every staff member within the default page, and cuts a unit\'s list at its limit', async () => {
  const answer = await server.data(AllStaff, { id: institutionId, unitId });
  expect(answer.institution.staff).toHaveLength(5);
  expect(answer.egovUnit.staff.map((person: { name: string }) => person.name)).toEqual(['单位0', '单位1']);
});

it('refuses a limit out of range, naming it', async () => {
  const error = onlyError(await server.request(StaffPage, { id: institutionId, limit: 1001, offset: 0 }));
  expect(error.extensions).toMatchObject({ field: 'limit', reason: 'LIMIT_OUT_OF_RANGE' });
});

it('counts the limit in the operation\'s cost: a province\'s institutions with every one\'s staff is refused, a few of each is not', async () => {
  const wide = doc('{ institutions(limit: 400) { items { staff(limit: 1000) { id name position } } } }');
  expect(onlyError(await server.request(wide, {})).extensions).toMatchObject({ reason: 'QUERY_TOO_COSTLY' });
  const narrow = doc('{ institutions(limit: 400) { items { staff(limit: 5) { id name position } } } }');
  expect((await server.request(narrow, {})).errors ?? []).toEqual([]);
});
