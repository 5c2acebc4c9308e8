import {
  BureauDocument,
  BureausDocument,
  CreateBureauDocument,
  CreateEGovUnitDocument,
  DeleteBureauDocument,
  UpdateBureauDocument,
  type CreateBureauInput,
} from './generated/graphql';
import { onlyError, useTestServer } from './support/test-server';

const server = useTestServer();

async function bureauCount(): Promise<number> {
  return (await server.data(BureausDocument, { limit: 0 })).bureaus.totalCount;
}

async function newCounty(overrides: Partial<CreateBureauInput> = {}) {
  const zunyi = await server.bureauByCode('520300');
  const input: CreateBureauInput = { code: '520399', name: '测试县机构编制委员会办公室', divisionName: '测试县', level: 'COUNTY', parentId: zunyi.id, ...overrides };
  return (await server.data(CreateBureauDocument, { input })).createBureau;
}

describe('createBureau', () => {
  it('creates a county under its prefecture, placed in the tree', async () => {
    const zunyi = await server.bureauByCode('520300');
    const county = await newCounty({ localAreaNetworkBuiltOn: '2013-05-01' });
    expect(county).toMatchObject({ code: '520399', level: 'COUNTY', parentId: zunyi.id, path: '520000/520300/520399/', version: 1 });
    expect(county.indicators.localAreaNetwork).toEqual({ built: true, builtOn: '2013-05-01' });
    expect(county.indicators.extranetSite).toEqual({ built: false, builtOn: null });
    const read = (await server.data(BureauDocument, { id: county.id })).bureau!;
    expect(read.ancestors.map((ancestor) => ancestor.code)).toEqual(['520000', '520300']);
    expect((await server.bureauByCode('520300')).children.map((child) => child.code)).toContain('520399');
  });

  const zunyiCounty = async (input: Partial<CreateBureauInput>) => {
    const zunyi = await server.bureauByCode('520300');
    return { code: '520398', name: '某县编办', divisionName: '某县', level: 'COUNTY' as const, parentId: zunyi.id, ...input };
  };

  it.each([
    ['a malformed division code', { code: '52A39' }, 'code'],
    ['a county code ending in 00', { code: '520400' }, 'code'],
    ['a county code outside its prefecture', { code: '520498' }, 'code'],
    ['a duplicate division code', { code: '520302' }, 'code'],
    ['an unknown parent', { parentId: '999999' }, 'parentId'],
    ['a county with no parent', { parentId: null }, 'parentId'],
    ['an empty name', { name: '   ' }, 'name'],
  ])('refuses %s, naming the field', async (_case, input, field) => {
    const before = await bureauCount();
    const error = onlyError(await server.request(CreateBureauDocument, { input: await zunyiCounty(input) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await bureauCount()).toBe(before);
  });

  it('refuses a bureau at the wrong level under its parent', async () => {
    const province = await server.bureauByCode('520000');
    const error = onlyError(
      await server.request(CreateBureauDocument, {
        input: { code: '520397', name: '错级县', divisionName: '错级县', level: 'COUNTY', parentId: province.id },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  });

  it('refuses a province with a parent', async () => {
    const province = await server.bureauByCode('520000');
    const error = onlyError(
      await server.request(CreateBureauDocument, { input: { code: '530000', name: '云南省编办', divisionName: '云南省', level: 'PROVINCE', parentId: province.id } }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('refuses a malformed date with a GraphQL input error and writes nothing', async () => {
    const before = await bureauCount();
    const response = await server.request(CreateBureauDocument, { input: await zunyiCounty({ paperlessOfficeBuiltOn: '2013-02-30' }) });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('paperlessOfficeBuiltOn');
    expect(await bureauCount()).toBe(before);
  });
});

describe('updateBureau', () => {
  it('renames a bureau and raises its version', async () => {
    const bureau = await server.bureauByCode('520302');
    const updated = (await server.data(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: '红花岗区编办（更名）' } })).updateBureau;
    expect(updated).toMatchObject({ name: '红花岗区编办（更名）', version: bureau.version + 1, code: '520302' });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const bureau = await server.bureauByCode('520303');
    await server.data(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: '第一次修改' } });
    const error = onlyError(await server.request(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: '过期的修改' } }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect((await server.bureauByCode('520303')).name).toBe('第一次修改');
  });

  it('lets exactly one of many concurrent edits of one version win; the rest get CONFLICT', async () => {
    const bureau = await server.bureauByCode('520321');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        server.request(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: `并发修改 ${index}` } }),
      ),
    );
    const winners = responses.filter((response) => !response.errors);
    expect(winners).toHaveLength(1);
    expect(responses.filter((response) => response.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(9);
    const after = await server.bureauByCode('520321');
    expect(after.name).toBe(winners[0].data!.updateBureau.name);
    expect(after.version).toBe(bureau.version + 1);
  });

  it('renumbers a prefecture, rewriting the paths of its whole subtree, and moves a county to another prefecture', async () => {
    const province = await server.bureauByCode('520000');
    const prefecture = (await server.data(CreateBureauDocument, {
      input: { code: '529900', name: '测试州编办', divisionName: '测试州', level: 'PREFECTURE', parentId: province.id },
    })).createBureau;
    const county = (await server.data(CreateBureauDocument, {
      input: { code: '529901', name: '测试州甲县编办', divisionName: '甲县', level: 'COUNTY', parentId: prefecture.id },
    })).createBureau;
    const renumbered = (await server.data(UpdateBureauDocument, { input: { id: prefecture.id, version: prefecture.version, code: '529800' } })).updateBureau;
    expect(renumbered.path).toBe('520000/529800/');
    expect((await server.data(BureauDocument, { id: county.id })).bureau!.path).toBe('520000/529800/529901/');
    const subtree = await server.data(BureausDocument, { filter: { underBureauId: prefecture.id } });
    expect(subtree.bureaus.items.map((bureau) => bureau.code).sort()).toEqual(['529800', '529901']);

    const moved = (await server.data(UpdateBureauDocument, {
      input: { id: county.id, version: (await server.data(BureauDocument, { id: county.id })).bureau!.version, parentId: (await server.bureauByCode('520300')).id, code: '520393' },
    })).updateBureau;
    expect(moved.path).toBe('520000/520300/520393/');
    expect((await server.data(BureausDocument, { filter: { underBureauId: prefecture.id } })).bureaus.totalCount).toBe(1);
  });

  it('refuses a cycle: a bureau cannot move under its own descendant', async () => {
    const zunyi = await server.bureauByCode('520300');
    const honghuagang = await server.bureauByCode('520302');
    const error = onlyError(await server.request(UpdateBureauDocument, { input: { id: zunyi.id, version: zunyi.version, parentId: honghuagang.id } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect((await server.bureauByCode('520300')).parentId).toBe(zunyi.parentId);
  });

  it('refuses moving a county under another county (wrong level)', async () => {
    const county = await server.bureauByCode('520322');
    const otherCounty = await server.bureauByCode('520323');
    const error = onlyError(await server.request(UpdateBureauDocument, { input: { id: county.id, version: county.version, parentId: otherCounty.id } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
  });
});

describe('deleteBureau', () => {
  it('deletes a bureau with nothing under it', async () => {
    const county = await newCounty({ code: '520396' });
    expect((await server.data(DeleteBureauDocument, { id: county.id, version: county.version })).deleteBureau).toBe(county.id);
    expect((await server.data(BureauDocument, { id: county.id })).bureau).toBeNull();
  });

  it('refuses to delete a bureau that still has children', async () => {
    const zunyi = await server.bureauByCode('520300');
    const error = onlyError(await server.request(DeleteBureauDocument, { id: zunyi.id, version: zunyi.version }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await server.bureauByCode('520300')).toBeTruthy();
  });

  it('refuses to delete a bureau that still has units', async () => {
    const county = await newCounty({ code: '520395' });
    await server.data(CreateEGovUnitDocument, { input: { bureauId: county.id, name: '测试中心', rank: 'SUB_SECTION' } });
    const error = onlyError(await server.request(DeleteBureauDocument, { id: county.id, version: county.version }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(error.message).toContain('unit');
  });

  it('refuses a stale version with CONFLICT', async () => {
    const county = await newCounty({ code: '520394' });
    await server.data(UpdateBureauDocument, { input: { id: county.id, version: county.version, name: '改过了' } });
    const error = onlyError(await server.request(DeleteBureauDocument, { id: county.id, version: county.version }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect((await server.data(BureauDocument, { id: county.id })).bureau).not.toBeNull();
  });
});

describe('bureaus', () => {
  it('lists a subtree with filter, sort, pagination and totalCount', async () => {
    const qiandongnan = await server.bureauByCode('522600');
    const firstPage = await server.data(BureausDocument, {
      filter: { underBureauId: qiandongnan.id, level: 'COUNTY' },
      sort: { field: 'CODE', direction: 'DESC' },
      limit: 5,
    });
    expect(firstPage.bureaus.totalCount).toBe(16);
    expect(firstPage.bureaus.items).toHaveLength(5);
    const codes = firstPage.bureaus.items.map((bureau) => bureau.code);
    expect(codes).toEqual([...codes].sort().reverse());
    const lastPage = await server.data(BureausDocument, { filter: { underBureauId: qiandongnan.id, level: 'COUNTY' }, limit: 5, offset: 15 });
    expect(lastPage.bureaus.items).toHaveLength(1);
  });

  it('finds bureaus by part of their name', async () => {
    const found = await server.data(BureausDocument, { filter: { nameContains: '六盘水' } });
    expect(found.bureaus.items.map((bureau) => bureau.code)).toEqual(['520200']);
  });

  it('refuses an out-of-range page size and an unknown subtree, naming the argument', async () => {
    expect(onlyError(await server.request(BureausDocument, { limit: 100000 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect(onlyError(await server.request(BureausDocument, { filter: { underBureauId: '424242' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.underBureauId',
    });
  });
});
