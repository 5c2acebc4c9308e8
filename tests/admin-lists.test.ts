import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { InstitutionsOfBureauDocument, StaffListDocument, type QuotaCategory } from './generated/graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { eventually, expectCount, expectText, expectVisible, latinTexts, useAdminBrowser } from './support/admin-session';
import { fillNewPerson, quotaCategoryLabel as categoryLabel, zunyiUnitWithRoom } from './support/staff-form';
import { useTestServer } from './support/test-server';

/**
 * The lists as an office's daily tool: a person found by ID number from the
 * top bar and from the staff list, filters added from the toolbar, columns
 * chosen, and a new person visible in the list right after saving.
 */
describeInBrowser('the admin lists and the global search', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  /** An active person of Zunyi, as the API gives them to the province (ID number unmasked). */
  async function someoneInZunyi() {
    const zunyi = await server.bureauByCode('520300');
    return (await server.data(StaffListDocument, { filter: { underBureauId: zunyi.id, status: 'ACTIVE' }, limit: 1 })).staff.items[0];
  }

  async function globalSearch(page: Page, text: string) {
    const box = page.getByTestId('global-search');
    await box.fill(text);
    await box.press('Enter');
    await page.waitForURL(/#\/search\?q=/);
  }

  it('finds a person by ID number from the top bar, and opens their page', async () => {
    const { page } = await session('province');
    const person = await someoneInZunyi();
    expect(person.nationalId).toMatch(/^\d{17}[\dX]$/);
    await globalSearch(page, person.nationalId);
    const staff = page.getByTestId('search-staff');
    await expectText(staff, person.name);
    await expectCount(staff.getByRole('link'), 1);
    await expectCount(page.getByTestId('search-institutions'), 0);
    await saveScreenshot(page, 'global-search-national-id');
    await staff.getByRole('link', { name: new RegExp(person.name) }).click();
    await page.waitForURL(new RegExp(`#/staff/${person.id}/show$`));
    await expectText(page.locator('#main-content'), person.nationalId);
  });

  it('finds a bureau by its division code, an institution by its credit code, and records by name, in Chinese', async () => {
    const opened = await session('province');
    const { page } = opened;
    const zunyi = await server.bureauByCode('520300');
    await globalSearch(page, '520300');
    await expectText(page.getByTestId('search-bureaus'), zunyi.name);
    await expectCount(page.getByTestId('search-staff'), 0);

    const nanming = await server.bureauByCode('520102');
    const institution = (await server.data(InstitutionsOfBureauDocument, { bureauId: nanming.id })).institutions.items.find((item) => item.creditCode)!;
    await globalSearch(page, institution.creditCode!);
    const institutions = page.getByTestId('search-institutions');
    await expectText(institutions, institution.name);
    await expectCount(institutions.getByRole('link'), 1);

    await globalSearch(page, '遵义');
    await expectText(page.getByTestId('search-bureaus'), zunyi.name);
    await expectVisible(page.getByTestId('search-institutions'));
    await page.waitForLoadState('networkidle');
    expect(await latinTexts(page)).toEqual([]);

    await globalSearch(page, '没有这样的名字');
    await expectVisible(page.getByText('所辖范围内未找到匹配的记录'));
  });

  it("finds a person by ID number from the staff list's search box", async () => {
    const { page, open } = await session('province');
    const person = await someoneInZunyi();
    await open('staff');
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    await page.getByPlaceholder('搜索姓名或公民身份号码').fill(person.nationalId);
    await expectCount(page.locator('tbody tr'), 1);
    await expectText(page.locator('tbody tr'), person.name);
    await expectText(page.locator('tbody tr'), person.nationalId);
  });

  it('filters the staff by quota category from the toolbar, sorted by name', async () => {
    const { page, open } = await session('province');
    await open('staff');
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    // The default order is by name, as the column header shows.
    await expectVisible(page.locator('.MuiTableSortLabel-root.Mui-active', { hasText: '姓名' }));
    await page.getByRole('button', { name: '添加筛选条件' }).click();
    await page.getByRole('menuitemcheckbox', { name: '占用编制类别' }).click();
    await page.getByRole('combobox', { name: '占用编制类别' }).click();
    await page.getByRole('option', { name: categoryLabel.LOGISTICS }).click();
    await page.waitForURL(/quotaCategory/);
    const expected = (await server.data(StaffListDocument, { filter: { status: 'ACTIVE', quotaCategory: 'LOGISTICS' }, limit: 0 })).staff.totalCount;
    expect(expected).toBeGreaterThan(0);
    await expectCount(page.locator('tbody tr'), Math.min(expected, 25));
    await eventually(async () => {
      const categories = await page.locator('tbody tr td.column-quotaCategory').allInnerTexts();
      expect(categories.length).toBe(Math.min(expected, 25));
      expect(new Set(categories)).toEqual(new Set([categoryLabel.LOGISTICS]));
    });
    await saveScreenshot(page, 'staff-filtered-by-category');
    expect(await latinTexts(page)).toEqual([]);
  });

  it('hides a column chosen in the column chooser, and shows it again', async () => {
    const { page, open } = await session('province');
    await open('staff');
    const header = (source: string) => page.locator(`thead th.column-${source}`);
    await expectText(header('position'), '职务');
    await expectCount(header('birthDate'), 0);
    await page.getByRole('button', { name: '显示列' }).click();
    const chooser = page.getByRole('presentation').filter({ has: page.getByRole('option') });
    await chooser.getByRole('switch', { name: '职务', exact: true }).uncheck();
    await expectCount(header('position'), 0);
    // The birth date is offered though not shown at first.
    await chooser.getByRole('switch', { name: '出生日期' }).check();
    await expectText(header('birthDate'), '出生日期');
    await saveScreenshot(page, 'staff-columns-chosen');
    await chooser.getByRole('switch', { name: '职务', exact: true }).check();
    await expectText(header('position'), '职务');
  });

  it('exports the selected rows only', async () => {
    const { page, open } = await session('province');
    await open('staff');
    const rows = page.locator('tbody tr');
    await expectCount(rows, 25);
    const names = [await rows.nth(0).locator('td.column-name').innerText(), await rows.nth(1).locator('td.column-name').innerText()];
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="bulk-actions-toolbar"]').getByRole('button', { name: '导出' }).click()]);
    const lines = fs.readFileSync((await download.path())!, 'utf8').slice(1).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('公民身份号码');
    expect(lines[1]).toContain(names[0]);
    expect(lines[2]).toContain(names[1]);
  });

  it('shows the new person in the list after saving, whatever the list was filtered by before', async () => {
    const { page, open } = await session('province');
    const { unit, category } = await zunyiUnitWithRoom(server);
    const other = (Object.keys(categoryLabel) as QuotaCategory[]).find((candidate) => candidate !== category)!;
    // The list was last left filtered by another category: the new person would not be in it.
    await open(`staff?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE', quotaCategory: other }))}`);
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    await open(`staff/create?source=${encodeURIComponent(JSON.stringify({ institutionId: unit.id }))}`);
    const name = `列表${randomInt(1000, 9999)}`;
    await fillNewPerson(page, name, category);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/staff\?/);
    const row = page.locator('tbody tr', { hasText: name });
    await expectText(row, unit.name);
    await expectText(row, categoryLabel[category]);
    expect(page.url()).not.toContain('quotaCategory');
    await saveScreenshot(page, 'staff-created-listed');
  });
});
