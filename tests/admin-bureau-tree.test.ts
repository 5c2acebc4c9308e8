import { BureausDocument, EstablishmentStatisticsOfDocument, QuotaAlertsDocument, StaffListDocument } from './generated/graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { expectCount, expectText, expectVisible, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';

/**
 * The bureau tree and a bureau's subtree in Debian's Chromium: the province
 * expands the tree down to a county and reads its counts; a prefecture lists
 * the staff and alerts of everything under it from its own page.
 */
describeInBrowser('the bureau tree and the subtree tabs of a bureau page', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  it('expands the tree from the province to a county, with the counts of each node, and opens the county', async () => {
    const { page, open } = await session('province');
    const province = await server.bureauByCode('520000');
    const guiyang = await server.bureauByCode('520100');
    const nanming = await server.bureauByCode('520102');
    const prefectures = (await server.data(BureausDocument, { filter: { parentId: province.id }, limit: 100 })).bureaus;
    const counties = (await server.data(BureausDocument, { filter: { parentId: guiyang.id }, limit: 100 })).bureaus;
    await open('bureaus');
    const tree = page.getByTestId('bureau-tree');
    const row = (code: string) => tree.locator(`tbody tr[data-bureau-code="${code}"]`);

    // The province and its prefectures; nothing below them until expanded.
    await expectCount(tree.locator('tbody tr'), 1 + prefectures.totalCount);
    await expectText(row('520000').locator('[data-column="childCount"]'), String(prefectures.totalCount));
    await expectCount(row('520102'), 0);
    await expectText(row('520100').locator('[data-column="childCount"]'), String(counties.totalCount));
    await row('520100').getByRole('button', { name: `展开${guiyang.name}的下级编办` }).click();
    await expectCount(tree.locator('tbody tr'), 1 + prefectures.totalCount + counties.totalCount);
    await expectVisible(row('520102'));
    expect(await row('520102').getAttribute('aria-level')).toBe('3');

    // The county's counts are its subtree's establishment statistics, as the API gives them.
    const { bureau } = await server.data(EstablishmentStatisticsOfDocument, { id: nanming.id, scope: 'SUBTREE' });
    const statistics = bureau!.establishmentStatistics;
    expect(statistics.institutions).toBeGreaterThan(0);
    await expectText(row('520102').locator('[data-column="institutions"]'), String(statistics.institutions));
    await expectText(row('520102').locator('[data-column="activeStaff"]'), String(statistics.activeStaff));
    await expectText(row('520102').locator('[data-column="overInstitutions"]'), String(statistics.overInstitutions));
    await expectText(row('520102').locator('[data-column="childCount"]'), '0');
    await saveScreenshot(page, 'bureau-tree');

    // Collapsed again, the counties go; expanded, the choice is remembered when the list is opened again.
    await row('520100').getByRole('button', { name: `收起${guiyang.name}的下级编办` }).click();
    await expectCount(row('520102'), 0);
    await row('520100').getByRole('button', { name: `展开${guiyang.name}的下级编办` }).click();
    await row('520102').locator('td').nth(1).click();
    await page.waitForURL(new RegExp(`#/bureaus/${nanming.id}/show$`));
    await expectText(page.getByTestId('bureau-breadcrumbs'), /贵州省机构编制委员会办公室[\s\S]*贵阳市[\s\S]*南明区/);
    await page.goBack();
    await expectVisible(row('520102'));

    // Searched, every bureau found is listed, whatever was collapsed.
    await page.getByPlaceholder('搜索').fill('南明');
    await expectCount(tree.locator('tbody tr'), 1);
    await expectVisible(row('520102'));
  });

  it("lists a prefecture's staff and open alerts over its whole subtree from its page", async () => {
    const { page, open } = await session('guiyang');
    const guiyang = await server.bureauByCode('520100');
    const nanming = await server.bureauByCode('520102');
    const firstPage = (await server.data(StaffListDocument, { filter: { underBureauId: guiyang.id, status: 'ACTIVE' }, sort: { field: 'NAME', direction: 'ASC' }, limit: 25 })).staff;
    const inNanming = new Set((await server.data(StaffListDocument, { filter: { underBureauId: nanming.id, status: 'ACTIVE' }, limit: 1000 })).staff.items.map((person) => person.id));
    // Someone of the county on the prefecture's first page, as the seed has it.
    const nanmingPerson = firstPage.items.find((person) => inNanming.has(person.id))!;
    expect(nanmingPerson).toBeDefined();

    await open(`bureaus/${guiyang.id}/show`);
    await page.getByRole('tab', { name: '所辖人员' }).click();
    const staff = page.getByTestId('bureau-subtree-staff');
    await expectCount(staff.locator('tbody tr'), firstPage.items.length);
    await expectText(staff.locator('tbody tr').first(), firstPage.items[0].name);
    const personRow = staff.locator('tbody tr', { hasText: nanmingPerson.nationalId });
    await expectText(personRow, nanming.name);
    await expectText(page.locator('#main-content'), `共 ${firstPage.totalCount} 条`);
    await saveScreenshot(page, 'bureau-subtree-staff');
    await personRow.click();
    await page.waitForURL(new RegExp(`#/staff/${nanmingPerson.id}/show$`));

    const alerts = (await server.data(QuotaAlertsDocument, { filter: { underBureauId: guiyang.id, open: true }, sort: { field: 'RAISED_AT', direction: 'DESC' }, limit: 25 })).quotaAlerts;
    await open(`bureaus/${guiyang.id}/show/alerts`);
    const table = page.getByTestId('bureau-subtree-alerts');
    await expectText(page.locator('#main-content'), '贵阳市机构编制委员会办公室及其所有下级编办所属机构未解除的预警');
    expect(alerts.totalCount).toBeGreaterThan(0);
    await expectCount(table.locator('tbody tr'), alerts.items.length);
    await expectText(table.locator('tbody tr').first(), alerts.items[0].institutionName);
    await saveScreenshot(page, 'bureau-subtree-alerts');
    await table.locator('tbody tr').first().click();
    await page.waitForURL(new RegExp(`#/institutions/${alerts.items[0].institutionId}/show$`));
  });
});
