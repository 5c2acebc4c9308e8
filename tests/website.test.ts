import {
  CreateWebsiteDocument,
  DeleteWebsiteDocument,
  UpdateWebsiteDocument,
  WebsiteDocument,
  WebsitesDocument,
  type CreateWebsiteInput,
} from './generated/graphql';
import { todayInChina } from '../server/common/validation';
import { onlyError, useTestServer } from './support/test-server';

const server = useTestServer();

const day = 86_400_000;

function daysAgo(days: number): string {
  return new Date(Date.parse(todayInChina()) - days * day).toISOString().slice(0, 10);
}

async function websiteCount(): Promise<number> {
  return (await server.data(WebsitesDocument, { limit: 0 })).websites.totalCount;
}

async function readWebsite(id: string) {
  return (await server.data(WebsiteDocument, { id })).website;
}

/** New sites go to the province's bureau unless said otherwise, so that the seeded subtrees keep their figures. */
async function newWebsite(overrides: Partial<CreateWebsiteInput> = {}) {
  const province = await server.bureauByCode('520000');
  const input: CreateWebsiteInput = {
    bureauId: province.id,
    network: 'EXTRANET',
    address: 'http://test.gzbb.gov.cn',
    title: '测试网站',
    launchedOn: '2013-01-01',
    ...overrides,
  };
  return (await server.data(CreateWebsiteDocument, { input })).createWebsite;
}

describe('websites', () => {
  it("lists a subtree's sites by network, as seeded", async () => {
    const qiandongnan = await server.bureauByCode('522600');
    const intranet = await server.data(WebsitesDocument, { filter: { underBureauId: qiandongnan.id, network: 'INTRANET' } });
    expect(intranet.websites.totalCount).toBe(4);
    expect(intranet.websites.items.every((site) => site.network === 'INTRANET')).toBe(true);
    const extranet = await server.data(WebsitesDocument, { filter: { underBureauId: qiandongnan.id, network: 'EXTRANET' } });
    expect(extranet.websites.totalCount).toBe(10);
  });

  it('sorts and pages a subtree by date of last update', async () => {
    const liupanshui = await server.bureauByCode('520200');
    const filter = { underBureauId: liupanshui.id };
    const sort = { field: 'LAST_UPDATED_ON' as const, direction: 'DESC' as const };
    const first = await server.data(WebsitesDocument, { filter, sort, limit: 4 });
    expect(first.websites.totalCount).toBe(10);
    expect(first.websites.items.map((site) => site.lastUpdatedOn)).toEqual(['2012-10-21', '2012-10-13', '2012-09-11', '2012-05-28']);
    const last = await server.data(WebsitesDocument, { filter, sort, limit: 4, offset: 8 });
    expect(last.websites.totalCount).toBe(10);
    expect(last.websites.items.map((site) => site.lastUpdatedOn)).toEqual(['2011-07-08', '2011-01-04']);
  });

  it('finds sites by part of the address or of the title', async () => {
    const byAddress = await server.data(WebsitesDocument, { filter: { textContains: 'zybb' } });
    expect(byAddress.websites.items.map((site) => site.address)).toEqual(['http://www.zybb.gov.cn']);
    const byTitle = await server.data(WebsitesDocument, { filter: { textContains: '钟山区' } });
    expect(byTitle.websites.items.map((site) => site.title).sort()).toEqual(['钟山区机构编制内网', '钟山区机构编制网']);
  });

  it('refuses an unknown subtree, naming the argument', async () => {
    expect(onlyError(await server.request(WebsitesDocument, { filter: { underBureauId: '424242' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.underBureauId',
    });
  });
});

describe('stale and daysSinceLastUpdate', () => {
  it('counts the days since the last update to today in China; every seeded site (last updated in 2012) is stale', async () => {
    const zunyi = await server.bureauByCode('520300');
    const [site] = (await server.data(WebsitesDocument, { filter: { bureauId: zunyi.id, network: 'EXTRANET' } })).websites.items;
    expect(site).toMatchObject({ address: 'http://www.zybb.gov.cn', lastUpdatedOn: '2012-09-19', stale: true });
    expect(site.daysSinceLastUpdate).toBe(Math.round((Date.parse(todayInChina()) - Date.parse('2012-09-19')) / day));
  });

  it('a site updated today is not stale; 30 days ago is not yet stale; 31 days ago is', async () => {
    const today = await newWebsite({ address: 'http://today.gzbb.gov.cn', launchedOn: daysAgo(100), lastUpdatedOn: todayInChina() });
    expect(today).toMatchObject({ stale: false, daysSinceLastUpdate: 0 });
    const thirty = await newWebsite({ address: 'http://thirty.gzbb.gov.cn', launchedOn: daysAgo(100), lastUpdatedOn: daysAgo(30) });
    expect(thirty).toMatchObject({ stale: false, daysSinceLastUpdate: 30 });
    const thirtyOne = await newWebsite({ address: 'http://thirtyone.gzbb.gov.cn', launchedOn: daysAgo(100), lastUpdatedOn: daysAgo(31) });
    expect(thirtyOne).toMatchObject({ stale: true, daysSinceLastUpdate: 31 });
    expect(await readWebsite(thirtyOne.id)).toMatchObject({ stale: true, daysSinceLastUpdate: 31 });
  });

  it('filters a subtree to its stale sites only, or its fresh ones, with totalCount agreeing', async () => {
    const zunyi = await server.bureauByCode('520300');
    const tongzi = await server.bureauByCode('520322');
    const fresh = await newWebsite({ bureauId: tongzi.id, address: '桐梓新站.政务', launchedOn: daysAgo(60), lastUpdatedOn: daysAgo(1) });
    const old = await newWebsite({ bureauId: tongzi.id, address: '桐梓旧站.政务', launchedOn: daysAgo(60), lastUpdatedOn: daysAgo(45) });

    const all = await server.data(WebsitesDocument, { filter: { underBureauId: zunyi.id } });
    expect(all.websites.totalCount).toBe(32);

    const stale = await server.data(WebsitesDocument, { filter: { underBureauId: zunyi.id, stale: true } });
    expect(stale.websites.totalCount).toBe(31);
    expect(stale.websites.items).toHaveLength(31);
    expect(stale.websites.items.every((site) => site.stale && site.daysSinceLastUpdate > 30)).toBe(true);
    const staleIds = stale.websites.items.map((site) => site.id);
    expect(staleIds).toContain(old.id);
    expect(staleIds).not.toContain(fresh.id);

    const notStale = await server.data(WebsitesDocument, { filter: { underBureauId: zunyi.id, stale: false } });
    expect(notStale.websites.totalCount).toBe(1);
    expect(notStale.websites.items).toEqual([expect.objectContaining({ id: fresh.id, stale: false, daysSinceLastUpdate: 1 })]);

    const stalePage = await server.data(WebsitesDocument, { filter: { underBureauId: zunyi.id, stale: true }, limit: 5 });
    expect(stalePage.websites).toMatchObject({ totalCount: 31 });
    expect(stalePage.websites.items).toHaveLength(5);
  });
});

describe('createWebsite', () => {
  it('creates a site with an http URL, at version 1, listed under its bureau', async () => {
    const province = await server.bureauByCode('520000');
    const before = (await server.data(WebsitesDocument, { filter: { bureauId: province.id } })).websites.totalCount;
    const site = await newWebsite({
      network: 'INTRANET',
      address: '  http://10.52.0.9/portal  ',
      title: '  贵州省编办测试内网  ',
      launchedOn: '2013-02-01',
      lastUpdatedOn: '2013-03-15',
    });
    expect(site).toMatchObject({
      version: 1,
      bureauId: province.id,
      network: 'INTRANET',
      address: 'http://10.52.0.9/portal',
      title: '贵州省编办测试内网',
      launchedOn: '2013-02-01',
      lastUpdatedOn: '2013-03-15',
      stale: true,
    });
    const listed = await server.data(WebsitesDocument, { filter: { bureauId: province.id } });
    expect(listed.websites.totalCount).toBe(before + 1);
    expect(listed.websites.items.map((item) => item.id)).toContain(site.id);
    expect(await readWebsite(site.id)).toMatchObject({ address: 'http://10.52.0.9/portal', bureau: { code: '520000' } });
  });

  it('creates a site at a Chinese domain, its last update defaulting to its launch', async () => {
    const site = await newWebsite({ address: '测试编办.政务', title: '测试编办网', launchedOn: '2013-06-06' });
    expect(site).toMatchObject({ version: 1, address: '测试编办.政务', launchedOn: '2013-06-06', lastUpdatedOn: '2013-06-06' });
    expect((await readWebsite(site.id))!.address).toBe('测试编办.政务');
  });

  it.each([
    ['an address that is neither a URL nor a domain', { address: 'not a website' }, 'address'],
    ['an address of another scheme', { address: 'ftp://www.gzbb.gov.cn' }, 'address'],
    ['a URL without a host', { address: 'http://' }, 'address'],
    ['a bare word without a dot', { address: '测试编办' }, 'address'],
    ['an empty address', { address: '  ' }, 'address'],
    ['a last update before the launch', { launchedOn: '2013-05-02', lastUpdatedOn: '2013-05-01' }, 'lastUpdatedOn'],
    ['a last update in the future', { launchedOn: '2013-05-02', lastUpdatedOn: '2999-01-01' }, 'lastUpdatedOn'],
    ['an unknown bureau', { bureauId: '999999' }, 'bureauId'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a title over 100 characters', { title: '网'.repeat(101) }, 'title'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, input, field) => {
    const before = await websiteCount();
    const province = await server.bureauByCode('520000');
    const error = onlyError(
      await server.request(CreateWebsiteDocument, {
        input: { bureauId: province.id, network: 'EXTRANET', address: 'http://bad.gzbb.gov.cn', title: '不应写入', launchedOn: '2013-05-01', ...input },
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await websiteCount()).toBe(before);
  });

  it('refuses a malformed date with a GraphQL input error and writes nothing', async () => {
    const before = await websiteCount();
    const province = await server.bureauByCode('520000');
    const response = await server.request(CreateWebsiteDocument, {
      input: { bureauId: province.id, network: 'EXTRANET', address: 'http://bad.gzbb.gov.cn', title: '错日', launchedOn: '2013-13-01' },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('launchedOn');
    expect(await websiteCount()).toBe(before);
  });
});

describe("a bureau's site indicators", () => {
  it("follow Guiyang's intranet websites: built from the earliest launch while one exists, not built once none is left", async () => {
    const guiyang = await server.bureauByCode('520100');
    expect(guiyang.indicators.intranetSite).toEqual({ built: false, builtOn: null });
    expect(guiyang.indicators.extranetSite).toEqual({ built: true, builtOn: '2009-07-19' });

    const site = await newWebsite({ bureauId: guiyang.id, network: 'INTRANET', address: 'http://10.52.1.1', title: '贵阳市机构编制内网', launchedOn: '2013-04-08' });
    let indicators = (await server.bureauByCode('520100')).indicators;
    expect(indicators.intranetSite).toEqual({ built: true, builtOn: '2013-04-08' });
    expect(indicators.extranetSite).toEqual({ built: true, builtOn: '2009-07-19' });

    const earlier = await newWebsite({ bureauId: guiyang.id, network: 'INTRANET', address: 'http://10.52.1.99', title: '贵阳市编办旧内网', launchedOn: '2013-01-20' });
    expect((await server.bureauByCode('520100')).indicators.intranetSite).toEqual({ built: true, builtOn: '2013-01-20' });
    await server.data(DeleteWebsiteDocument, { id: earlier.id, version: earlier.version });
    expect((await server.bureauByCode('520100')).indicators.intranetSite).toEqual({ built: true, builtOn: '2013-04-08' });

    await server.data(DeleteWebsiteDocument, { id: site.id, version: site.version });
    indicators = (await server.bureauByCode('520100')).indicators;
    expect(indicators.intranetSite).toEqual({ built: false, builtOn: null });
    expect(indicators.extranetSite).toEqual({ built: true, builtOn: '2009-07-19' });
  });

  it('follow a site moved to another network', async () => {
    const guiyang = await server.bureauByCode('520100');
    const site = await newWebsite({ bureauId: guiyang.id, network: 'EXTRANET', address: 'http://10.52.1.50', title: '贵阳市编办误录网站', launchedOn: '2013-07-01' });
    expect((await server.bureauByCode('520100')).indicators.intranetSite.built).toBe(false);
    const moved = (await server.data(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, network: 'INTRANET' } })).updateWebsite;
    expect((await server.bureauByCode('520100')).indicators.intranetSite).toEqual({ built: true, builtOn: '2013-07-01' });
    await server.data(DeleteWebsiteDocument, { id: site.id, version: moved.version });
    expect((await server.bureauByCode('520100')).indicators.intranetSite).toEqual({ built: false, builtOn: null });
  });
});

describe('updateWebsite', () => {
  it('records a content update: raises the version, clears stale, keeps the other fields', async () => {
    const qiandongnan = await server.bureauByCode('522600');
    const [site] = (await server.data(WebsitesDocument, { filter: { bureauId: qiandongnan.id, network: 'EXTRANET' } })).websites.items;
    expect(site).toMatchObject({ address: 'http://www.qdnbb.gov.cn', lastUpdatedOn: '2012-10-30', stale: true });
    const today = todayInChina();
    const updated = (await server.data(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, lastUpdatedOn: today } })).updateWebsite;
    expect(updated).toEqual({ ...site, version: site.version + 1, lastUpdatedOn: today, stale: false, daysSinceLastUpdate: 0 });
    expect(await readWebsite(site.id)).toMatchObject({ lastUpdatedOn: today, stale: false, version: site.version + 1 });
    const freshInQiandongnan = await server.data(WebsitesDocument, { filter: { underBureauId: qiandongnan.id, stale: false } });
    expect(freshInQiandongnan.websites.items.map((item) => item.id)).toEqual([site.id]);
  });

  it('changes address and title', async () => {
    const site = await newWebsite({ address: 'http://old.gzbb.gov.cn', title: '旧名' });
    const updated = (await server.data(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, address: '新编办.政务', title: '新名' } })).updateWebsite;
    expect(updated).toMatchObject({ version: site.version + 1, address: '新编办.政务', title: '新名', launchedOn: site.launchedOn });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const site = await newWebsite({ address: 'http://conflict.gzbb.gov.cn', title: '原名', launchedOn: '2013-01-01' });
    await server.data(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, title: '第一次修改' } });
    const error = onlyError(
      await server.request(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, title: '过期的修改', lastUpdatedOn: todayInChina() } }),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await readWebsite(site.id)).toMatchObject({ title: '第一次修改', lastUpdatedOn: '2013-01-01', version: site.version + 1 });
  });

  it.each([
    ['a bad address', { address: 'http//missing-colon' }, 'address'],
    ['a last update before the launch', { lastUpdatedOn: '2012-12-31' }, 'lastUpdatedOn'],
    ['a launch after the last update', { launchedOn: '2013-02-01' }, 'lastUpdatedOn'],
    ['an unknown bureau', { bureauId: '999999' }, 'bureauId'],
    ['an empty title', { title: '' }, 'title'],
  ])('refuses %s, naming the field, and changes nothing', async (_case, input, field) => {
    const site = await newWebsite({ address: 'http://keep.gzbb.gov.cn', title: '不应被改', launchedOn: '2013-01-01', lastUpdatedOn: '2013-01-10' });
    const error = onlyError(await server.request(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, network: 'INTRANET', ...input } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await readWebsite(site.id)).toEqual({ ...site, bureau: { code: '520000' } });
  });

  it.each([
    ['network', { network: null }],
    ['address', { address: null }],
    ['title', { title: null }],
  ] as const)('refuses an explicit null %s as bad input naming it, not as an internal error, and changes nothing', async (field, input) => {
    const site = await newWebsite({ address: 'http://null.gzbb.gov.cn', title: '空值网站' });
    const error = onlyError(await server.request(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, ...input } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await readWebsite(site.id)).toEqual({ ...site, bureau: { code: '520000' } });
  });

  it('answers NOT_FOUND for a site that does not exist', async () => {
    const error = onlyError(await server.request(UpdateWebsiteDocument, { input: { id: '999999', version: 1, title: '无此网站' } }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('deleteWebsite', () => {
  it('deletes a site and returns its id', async () => {
    const before = await websiteCount();
    const site = await newWebsite({ address: 'http://delete.gzbb.gov.cn' });
    expect(await websiteCount()).toBe(before + 1);
    expect((await server.data(DeleteWebsiteDocument, { id: site.id, version: site.version })).deleteWebsite).toBe(site.id);
    expect(await readWebsite(site.id)).toBeNull();
    expect(await websiteCount()).toBe(before);
  });

  it('refuses a stale version with CONFLICT and keeps the site', async () => {
    const site = await newWebsite({ address: 'http://keepme.gzbb.gov.cn', title: '保留' });
    await server.data(UpdateWebsiteDocument, { input: { id: site.id, version: site.version, title: '改过了' } });
    const error = onlyError(await server.request(DeleteWebsiteDocument, { id: site.id, version: site.version }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(await readWebsite(site.id)).toMatchObject({ title: '改过了', version: site.version + 1 });
  });

  it('answers NOT_FOUND for a site that does not exist', async () => {
    const error = onlyError(await server.request(DeleteWebsiteDocument, { id: '999999', version: 1 }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
