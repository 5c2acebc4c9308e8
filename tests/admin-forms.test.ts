import type { Page } from 'playwright-core';
import { EGovUnitsDocument, WebsitesDocument } from './generated/graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { eventually, expectText, expectVisible, latinTexts, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';

/**
 * The e-gov unit, website and account forms as an office fills them in
 * Chinese: titled sections, the form's own messages beside the fields before
 * anything is sent (never the browser's bubble), the audit trail dated to the
 * minute, and the same 保存成功 in English.
 */
describeInBrowser("the admin client's unit, website and account forms", () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  /** The mutations a page sends from now on: a refused form sends none. */
  function mutationsSentBy(page: Page): string[] {
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('mutation')) mutations.push(request.postData()!);
    });
    return mutations;
  }

  /** The message react-admin shows under a field (its helper text). */
  const messageBeside = (page: Page, source: string) => page.locator(`#main-content .ra-input-${source} .MuiFormHelperText-root`);

  /** A year from today, as a date input takes it. */
  function nextYear(): string {
    const day = new Date();
    day.setFullYear(day.getFullYear() + 1);
    return day.toISOString().slice(0, 10);
  }

  it('puts each form in titled sections, with no English on it', async () => {
    const opened = await session('province');
    const { page } = opened;
    const sectionsOf: Record<string, string[]> = {
      'units/create': ['机构信息', '职责'],
      'websites/create': ['网站信息', '上线与维护'],
      'accounts/create': ['账号', '权限范围', '登录密码'],
    };
    for (const [route, titles] of Object.entries(sectionsOf)) {
      await opened.open(route);
      const legends = page.locator('#main-content form legend');
      await eventually(async () => expect(await legends.allInnerTexts()).toEqual(titles));
      expect(await page.locator('#main-content form:not([novalidate])').count()).toBe(0);
      expect(await latinTexts(page)).toEqual([]);
    }
    await saveScreenshot(page, 'account-form-sections');
  });

  it('stops the unit form with its own messages beside the fields, and writes nothing', async () => {
    const opened = await session('province');
    const { page } = opened;
    const mutations = mutationsSentBy(page);
    const unitsBefore = (await server.data(EGovUnitsDocument, { limit: 1 })).egovUnits.totalCount;
    await opened.open('units/create');
    // react-admin offers 保存 once something is typed.
    await page.locator('textarea[name="duties"]').fill('电子政务建设');
    await page.getByRole('button', { name: '保存' }).click();
    for (const source of ['name', 'rank', 'bureauId']) await expectText(messageBeside(page, source), '必填');

    // One character more than the server keeps: refused here, in the server's words.
    const tooLong = `表单检查${'长'.repeat(97)}`;
    await page.locator('input[name="name"]').fill(tooLong);
    await page.getByRole('combobox', { name: '机构规格' }).click();
    await page.getByRole('option', { name: '正科级' }).click();
    await page.getByRole('combobox', { name: '所属编办' }).fill('南明区');
    await page.getByRole('option', { name: (await server.bureauByCode('520102')).name }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await expectText(messageBeside(page, 'name'), '不能超过 100 个字符');
    expect(await page.locator('input[name="name"]').evaluate((input) => (input as unknown as { validationMessage: string }).validationMessage)).toBe('');
    expect(await latinTexts(page)).toEqual([]);
    expect(mutations).toEqual([]);
    expect((await server.data(EGovUnitsDocument, { filter: { nameContains: '表单检查' }, limit: 1 })).egovUnits.totalCount).toBe(0);
    expect((await server.data(EGovUnitsDocument, { limit: 1 })).egovUnits.totalCount).toBe(unitsBefore);
  });

  it("stops a website with an address that is none and a launch still to come, with the server's words beside the fields", async () => {
    const opened = await session('province');
    const { page } = opened;
    const mutations = mutationsSentBy(page);
    await opened.open('websites/create');
    await page.locator('input[name="title"]').fill('表单检查网站');
    await page.locator('input[name="address"]').fill('not an address');
    await page.getByRole('combobox', { name: '内网或外网' }).click();
    await page.getByRole('option', { name: '外网' }).click();
    await page.getByRole('combobox', { name: '所属编办' }).fill('南明区');
    await page.getByRole('option', { name: (await server.bureauByCode('520102')).name }).click();
    await page.locator('input[name="launchedOn"]').fill(nextYear());
    await page.getByRole('button', { name: '保存' }).click();
    await expectText(messageBeside(page, 'address'), '须为 http(s) 网址或域名，如 贵州编办.政务');
    await expectText(messageBeside(page, 'launchedOn'), '不得晚于今天');
    // Updated before it went live: the server's order of the two dates, said beside the later one.
    await page.locator('input[name="address"]').fill('http://biaodan.example.gov.cn');
    await page.locator('input[name="launchedOn"]').fill('2020-05-01');
    await page.locator('input[name="lastUpdatedOn"]').fill('2019-01-01');
    await page.getByRole('button', { name: '保存' }).click();
    await expectText(messageBeside(page, 'lastUpdatedOn'), '不得早于开通日期（2020-05-01）');
    expect((await messageBeside(page, 'launchedOn').allTextContents()).join('')).not.toContain('不得');
    expect(mutations).toEqual([]);
    expect((await server.data(WebsitesDocument, { filter: { textContains: '表单检查网站' }, limit: 1 })).websites.totalCount).toBe(0);
    await saveScreenshot(page, 'website-form-refused');
  });

  it('dates the audit trail to the minute', async () => {
    const opened = await session('province');
    await opened.open('audit');
    await expectText(opened.page.locator('tbody td.column-occurredAt'), /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  });

  it('says Saved in English where Chinese says 保存成功', async () => {
    const opened = await session('province');
    const { page } = opened;
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const website = (await server.data(WebsitesDocument, { limit: 1 })).websites.items[0];
    await opened.open(`websites/${website.id}`);
    const title = page.locator('input[name="title"]');
    await eventually(async () => expect(await title.inputValue()).toBe(website.title));
    await title.fill(`${website.title}（改）`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expectVisible(page.getByText('Saved', { exact: true }));
  });
});
