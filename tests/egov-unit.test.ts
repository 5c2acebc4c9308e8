import {
  CreateEGovUnitDocument,
  CreateQuotaDocument,
  DeleteEGovUnitDocument,
  EGovUnitDocument,
  EGovUnitsDocument,
  UpdateEGovUnitDocument,
  type CreateEGovUnitInput,
} from './generated/graphql';
import { onlyError, useTestServer } from './support/test-server';

const server = useTestServer();

async function unitCount(): Promise<number> {
  return (await server.data(EGovUnitsDocument, { limit: 0 })).egovUnits.totalCount;
}

async function readUnit(id: string) {
  return (await server.data(EGovUnitDocument, { id })).egovUnit;
}

/** New units go to the province's bureau, which has none in the seed, so that the seeded subtrees below keep their figures. */
async function newUnit(overrides: Partial<CreateEGovUnitInput> = {}) {
  const province = await server.bureauByCode('520000');
  const input: CreateEGovUnitInput = { bureauId: province.id, name: '贵州省测试信息中心', rank: 'SECTION', ...overrides };
  return (await server.data(CreateEGovUnitDocument, { input })).createEGovUnit;
}

describe('egovUnits', () => {
  it("lists a prefecture's whole subtree, and nothing for Guiyang, which has no units", async () => {
    const zunyi = await server.bureauByCode('520300');
    const guiyang = await server.bureauByCode('520100');
    const zunyiUnits = await server.data(EGovUnitsDocument, { filter: { underBureauId: zunyi.id } });
    expect(zunyiUnits.egovUnits.totalCount).toBe(15);
    expect(zunyiUnits.egovUnits.items).toHaveLength(15);
    expect(zunyiUnits.egovUnits.items.map((unit) => unit.name)).toContain('遵义市域名和信息管理中心');
    expect(zunyiUnits.egovUnits.items.map((unit) => unit.name)).toContain('仁怀市域名和信息管理中心');
    const guiyangUnits = await server.data(EGovUnitsDocument, { filter: { underBureauId: guiyang.id } });
    expect(guiyangUnits.egovUnits).toEqual({ totalCount: 0, items: [] });
  });

  it("lists only one bureau's own units with filter bureauId", async () => {
    const zunyi = await server.bureauByCode('520300');
    const own = await server.data(EGovUnitsDocument, { filter: { bureauId: zunyi.id } });
    expect(own.egovUnits.totalCount).toBe(1);
    expect(own.egovUnits.items[0]).toMatchObject({ name: '遵义市域名和信息管理中心', rank: 'DEPUTY_COUNTY', bureauId: zunyi.id });
  });

  it('filters a subtree by rank', async () => {
    const zunyi = await server.bureauByCode('520300');
    const deputyCounty = await server.data(EGovUnitsDocument, { filter: { underBureauId: zunyi.id, rank: 'DEPUTY_COUNTY' } });
    expect(deputyCounty.egovUnits.totalCount).toBe(1);
    expect(deputyCounty.egovUnits.items.map((unit) => unit.name)).toEqual(['遵义市域名和信息管理中心']);
    const deputySection = await server.data(EGovUnitsDocument, { filter: { underBureauId: zunyi.id, rank: 'DEPUTY_SECTION' } });
    expect(deputySection.egovUnits.totalCount).toBe(14);
    expect(deputySection.egovUnits.items.every((unit) => unit.rank === 'DEPUTY_SECTION')).toBe(true);
    const subSection = await server.data(EGovUnitsDocument, { filter: { underBureauId: zunyi.id, rank: 'SUB_SECTION' } });
    expect(subSection.egovUnits.totalCount).toBe(0);
  });

  it('sorts and pages a subtree, the pages together making up the whole list once', async () => {
    const zunyi = await server.bureauByCode('520300');
    const filter = { underBureauId: zunyi.id };
    const sort = { field: 'ESTABLISHED_ON' as const, direction: 'DESC' as const };
    const first = await server.data(EGovUnitsDocument, { filter, sort, limit: 4 });
    expect(first.egovUnits.totalCount).toBe(15);
    expect(first.egovUnits.items.map((unit) => unit.establishedOn)).toEqual(['2012-08-28', '2012-08-15', '2012-02-19', '2011-11-07']);
    expect(first.egovUnits.items[0].name).toBe('红花岗区域名和信息管理中心');

    const pages = [first];
    for (const offset of [4, 8, 12]) pages.push(await server.data(EGovUnitsDocument, { filter, sort, limit: 4, offset }));
    expect(pages.map((page) => page.egovUnits.items.length)).toEqual([4, 4, 4, 3]);
    expect(pages.every((page) => page.egovUnits.totalCount === 15)).toBe(true);
    const all = pages.flatMap((page) => page.egovUnits.items);
    expect(new Set(all.map((unit) => unit.id)).size).toBe(15);
    const dates = all.map((unit) => unit.establishedOn!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all[14]).toMatchObject({ name: '仁怀市域名和信息管理中心', establishedOn: '2009-06-08' });
  });

  it('finds units by part of their name', async () => {
    const found = await server.data(EGovUnitsDocument, { filter: { nameContains: '红花岗' } });
    expect(found.egovUnits.items.map((unit) => unit.name)).toEqual(['红花岗区域名和信息管理中心']);
  });

  it('refuses an out-of-range page and an unknown subtree, naming the argument', async () => {
    expect(onlyError(await server.request(EGovUnitsDocument, { limit: -1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(onlyError(await server.request(EGovUnitsDocument, { offset: -5 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
    expect(onlyError(await server.request(EGovUnitsDocument, { filter: { underBureauId: '424242' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.underBureauId',
    });
  });
});

describe('egovUnit', () => {
  it('reads a seeded unit with its bureau, quota and staff', async () => {
    const zunyi = await server.bureauByCode('520300');
    const [listed] = (await server.data(EGovUnitsDocument, { filter: { bureauId: zunyi.id } })).egovUnits.items;
    const unit = (await readUnit(listed.id))!;
    expect(unit).toMatchObject({ name: '遵义市域名和信息管理中心', rank: 'DEPUTY_COUNTY', establishedOn: '2011-11-07', bureau: { code: '520300' } });
    expect(unit.quotas).toEqual([{ id: expect.any(String), category: 'PUBLIC_INSTITUTION', approvedHeadcount: 10, current: true }]);
    expect(unit.staff).toHaveLength(5);
  });

  it('returns null for an id no unit has', async () => {
    expect(await readUnit('999999')).toBeNull();
  });
});

describe('createEGovUnit', () => {
  it('creates a unit with the fields given, at version 1, listed under its bureau', async () => {
    const province = await server.bureauByCode('520000');
    const before = (await server.data(EGovUnitsDocument, { filter: { bureauId: province.id } })).egovUnits.totalCount;
    const unit = await newUnit({ name: '  贵州省机构编制信息中心  ', rank: 'DEPUTY_COUNTY', establishedOn: '2013-03-01', duties: '  负责全省机构编制电子政务。 ' });
    expect(unit).toEqual({
      id: expect.any(String),
      version: 1,
      bureauId: province.id,
      name: '贵州省机构编制信息中心',
      rank: 'DEPUTY_COUNTY',
      establishedOn: '2013-03-01',
      duties: '负责全省机构编制电子政务。',
    });
    const listed = await server.data(EGovUnitsDocument, { filter: { bureauId: province.id } });
    expect(listed.egovUnits.totalCount).toBe(before + 1);
    expect(listed.egovUnits.items.map((item) => item.id)).toContain(unit.id);
    const read = (await readUnit(unit.id))!;
    expect(read).toMatchObject({ name: '贵州省机构编制信息中心', bureau: { code: '520000' }, quotas: [], staff: [] });
  });

  it('leaves the optional fields empty when they are left out', async () => {
    const unit = await newUnit({ name: '贵州省最简测试中心' });
    expect(unit).toMatchObject({ version: 1, establishedOn: null, duties: '' });
  });

  it.each([
    ['an unknown bureau', { bureauId: '999999' }, 'bureauId', { reason: 'UNKNOWN_REFERENCE', entity: 'bureau', id: '999999' }],
    ['a malformed bureau id', { bureauId: 'abc' }, 'bureauId', { reason: 'INVALID_ID', value: 'abc' }],
    ['an empty name', { name: '' }, 'name', { reason: 'TEXT_EMPTY' }],
    ['a blank name', { name: '   ' }, 'name', { reason: 'TEXT_EMPTY' }],
    ['a name over 100 characters', { name: '长'.repeat(101) }, 'name', { reason: 'TEXT_TOO_LONG', maximum: 100 }],
  ])('refuses %s, naming the field and the reason, and writes nothing', async (_case, input, field, reason) => {
    const before = await unitCount();
    const province = await server.bureauByCode('520000');
    const error = onlyError(
      await server.request(CreateEGovUnitDocument, { input: { bureauId: province.id, name: '不应写入的中心', rank: 'SECTION', ...input } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...reason });
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await unitCount()).toBe(before);
  });

  it('refuses an unknown rank and a malformed date with a GraphQL input error, writing nothing', async () => {
    const before = await unitCount();
    const province = await server.bureauByCode('520000');
    const badRank = await server.request(CreateEGovUnitDocument, {
      input: { bureauId: province.id, name: '错级中心', rank: 'BUREAU' as never },
    });
    expect(badRank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await server.request(CreateEGovUnitDocument, {
      input: { bureauId: province.id, name: '错日中心', rank: 'SECTION', establishedOn: '2012-02-30' },
    });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0].message).toContain('establishedOn');
    expect(await unitCount()).toBe(before);
  });
});

describe('updateEGovUnit', () => {
  it('changes the fields given, keeps the others, and raises the version', async () => {
    const unit = await newUnit({ name: '待改名中心', establishedOn: '2012-01-01', duties: '原职责' });
    const updated = (await server.data(UpdateEGovUnitDocument, {
      input: { id: unit.id, version: unit.version, name: '已改名中心', rank: 'DEPUTY_SECTION' },
    })).updateEGovUnit;
    expect(updated).toMatchObject({ id: unit.id, version: unit.version + 1, name: '已改名中心', rank: 'DEPUTY_SECTION', establishedOn: '2012-01-01', duties: '原职责' });
    expect(await readUnit(unit.id)).toMatchObject({ name: '已改名中心', rank: 'DEPUTY_SECTION', version: unit.version + 1 });

    const cleared = (await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: updated.version, establishedOn: null } })).updateEGovUnit;
    expect(cleared).toMatchObject({ establishedOn: null, version: updated.version + 1, name: '已改名中心' });
  });

  it('moves a unit to another bureau', async () => {
    const unit = await newUnit({ name: '待迁移中心' });
    const qiandongnan = await server.bureauByCode('522600');
    const moved = (await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, bureauId: qiandongnan.id } })).updateEGovUnit;
    expect(moved).toMatchObject({ bureauId: qiandongnan.id, version: unit.version + 1 });
    expect((await readUnit(unit.id))!.bureau.code).toBe('522600');
    const under = await server.data(EGovUnitsDocument, { filter: { bureauId: qiandongnan.id } });
    expect(under.egovUnits.items.map((item) => item.id)).toContain(unit.id);
    // Put it back so that Qiandongnan's figures stay as seeded.
    await server.data(DeleteEGovUnitDocument, { id: unit.id, version: moved.version });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const unit = await newUnit({ name: '并发中心' });
    await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, name: '第一次修改' } });
    const error = onlyError(await server.request(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, name: '过期的修改', rank: 'SUB_SECTION' } }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await readUnit(unit.id)).toMatchObject({ name: '第一次修改', rank: 'SECTION', version: unit.version + 1 });
  });

  it.each([
    ['an unknown bureau', { bureauId: '999999' }, 'bureauId'],
    ['an empty name', { name: '  ' }, 'name'],
  ])('refuses %s, naming the field, and changes nothing', async (_case, input, field) => {
    const unit = await newUnit({ name: '不应被改的中心' });
    const error = onlyError(await server.request(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, rank: 'SUB_SECTION', ...input } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await readUnit(unit.id)).toMatchObject({ name: '不应被改的中心', rank: 'SECTION', bureauId: unit.bureauId, version: unit.version });
  });

  it.each([
    ['name', { name: null }],
    ['rank', { rank: null }],
    ['duties', { duties: null }],
  ] as const)('refuses an explicit null %s as bad input naming it, not as an internal error, and changes nothing', async (field, input) => {
    const unit = await newUnit({ name: '空值中心' });
    const error = onlyError(await server.request(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, ...input } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await readUnit(unit.id)).toMatchObject({ name: '空值中心', rank: 'SECTION', duties: '', version: unit.version });
  });

  it('answers NOT_FOUND for a unit that does not exist', async () => {
    const error = onlyError(await server.request(UpdateEGovUnitDocument, { input: { id: '999999', version: 1, name: '无此中心' } }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('deleteEGovUnit', () => {
  it('deletes a unit with no staff or quotas and returns its id', async () => {
    const before = await unitCount();
    const unit = await newUnit({ name: '待删除中心' });
    expect((await server.data(DeleteEGovUnitDocument, { id: unit.id, version: unit.version })).deleteEGovUnit).toBe(unit.id);
    expect(await readUnit(unit.id)).toBeNull();
    expect(await unitCount()).toBe(before);
  });

  it('refuses to delete a unit that still has staff, naming the id, and keeps it with its staff', async () => {
    const zunyi = await server.bureauByCode('520300');
    const [unit] = (await server.data(EGovUnitsDocument, { filter: { bureauId: zunyi.id } })).egovUnits.items;
    const error = onlyError(await server.request(DeleteEGovUnitDocument, { id: unit.id, version: unit.version }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('staff');
    const kept = (await readUnit(unit.id))!;
    expect(kept.version).toBe(unit.version);
    expect(kept.staff).toHaveLength(5);
    expect(kept.quotas).toHaveLength(1);
  });

  it('refuses to delete a unit that still has quotas, naming the id', async () => {
    const unit = await newUnit({ name: '有编制的中心' });
    await server.data(CreateQuotaDocument, {
      input: { institutionId: unit.id, category: 'PUBLIC_INSTITUTION', approvedHeadcount: 3, documentNumber: '黔编〔2013〕1号', effectiveOn: '2013-01-01' },
    });
    const error = onlyError(await server.request(DeleteEGovUnitDocument, { id: unit.id, version: unit.version }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('quota');
    expect((await readUnit(unit.id))!.quotas).toHaveLength(1);
  });

  it('refuses a stale version with CONFLICT and keeps the unit', async () => {
    const unit = await newUnit({ name: '过期删除中心' });
    await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, duties: '改过了' } });
    const error = onlyError(await server.request(DeleteEGovUnitDocument, { id: unit.id, version: unit.version }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await readUnit(unit.id)).toMatchObject({ name: '过期删除中心', duties: '改过了' });
  });

  it('answers NOT_FOUND for a unit that does not exist', async () => {
    const error = onlyError(await server.request(DeleteEGovUnitDocument, { id: '999999', version: 1 }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
