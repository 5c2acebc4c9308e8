import { randomInt } from 'node:crypto';
import {
  AuditEntriesDocument,
  CreateStaffDocument,
  CreateWebsiteDocument,
  QuotaAlertsDocument,
  StaffListDocument,
  StaffMemberDocument,
  UpdateStaffDocument,
  WebsiteDocument,
} from './generated/graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { eventually, expectText, expectVisible, useAdminBrowser } from './support/admin-session';
import { fillNewPerson, newZunyiNationalId, quotaCategoryLabel as categoryLabel, zunyiUnitWithRoom } from './support/staff-form';
import { useTestServer } from './support/test-server';

/**
 * Writing through the admin client: a new staff record reaching the list, an
 * over-staffing alert reaching another window live, and a stale edit caught.
 */
describeInBrowser('writing through the admin client', () => {
  // Sockets' tokens are checked every second, so that an ended session is seen at once.
  const server = useTestServer({ tokenRecheckSeconds: 1 });
  const session = useAdminBrowser(server);

  /** A unit under Zunyi with a quota it has not filled yet (five posts at most, filled by one test), and that category. */
  const unitWithRoom = () => zunyiUnitWithRoom(server, 5);

  it('creates a staff member from the unit page and finds them in the list', async () => {
    const { page, open } = await session('province');
    const { unit, category } = await unitWithRoom();
    await open(`units/${unit.id}/show`);
    await page.getByRole('link', { name: '存量人员登记' }).click();
    await page.waitForURL(/#\/staff\/create/);
    const name = `测试${randomInt(1000, 9999)}`;
    await fillNewPerson(page, name, category);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/staff(\?.*)?$/);
    await page.getByPlaceholder('搜索').fill(name);
    const row = page.locator('tbody tr', { hasText: name });
    await expectText(row, unit.name);
    await expectText(row, categoryLabel[category]);
    await saveScreenshot(page, 'staff-created');
    const stored = (await server.data(StaffListDocument, { filter: { nameContains: name } })).staff.items;
    expect(stored).toMatchObject([{ name, institutionId: unit.id, quotaCategory: category, status: 'ACTIVE' }]);
  });

  it('raises an over-staffing alert in one window that arrives live in another', async () => {
    const { unit, category, vacancies } = await unitWithRoom();
    // Fill the quota to its edge through the API: the next person in the form is one too many.
    for (let filled = 0; filled < vacancies; filled += 1) {
      await server.data(CreateStaffDocument, {
        input: { institutionId: unit.id, quotaCategory: category, name: `填充${filled}`, nationalId: newZunyiNationalId(), education: 'BACHELOR', position: '科员', hiredOn: '2024-01-01' },
      });
    }
    const watcher = await session('province');
    await watcher.open('alerts');
    await watcher.page.locator('[data-live="connected"]').waitFor();
    const openAlertsBefore = (await server.data(QuotaAlertsDocument, { filter: { open: true, institutionId: unit.id } })).quotaAlerts.totalCount;
    expect(openAlertsBefore).toBe(0);

    const writer = await session('province');
    await writer.open(`staff/create?source=${encodeURIComponent(JSON.stringify({ institutionId: unit.id }))}`);
    await fillNewPerson(writer.page, `超编${randomInt(100, 999)}`, category);
    await writer.page.getByRole('button', { name: '保存' }).click();
    await writer.page.waitForURL(/#\/staff(\?.*)?$/);

    // The watcher did nothing: the notification and the new row come over the subscription.
    const notification = watcher.page.getByRole('alert').filter({ hasText: unit.name });
    await expectText(notification, '超编');
    await expectText(notification, categoryLabel[category]);
    await expectVisible(watcher.page.locator('tbody tr', { hasText: unit.name }));
    await saveScreenshot(watcher.page, 'alert-arrived-live');
    const alerts = (await server.data(QuotaAlertsDocument, { filter: { open: true, institutionId: unit.id } })).quotaAlerts.items;
    expect(alerts).toMatchObject([{ kind: 'OVER_STAFFED', category }]);
  });

  it('shows a conflict with the current values when someone else saved the record meanwhile', async () => {
    const { page, open } = await session('province');
    const zunyi = await server.bureauByCode('520300');
    const member = (await server.data(StaffListDocument, { filter: { underBureauId: zunyi.id, status: 'ACTIVE' }, limit: 1 })).staff.items[0];
    await open(`staff/${member.id}`);
    const position = page.locator('input[name="position"]');
    await eventually(async () => expect(await position.inputValue()).toBe(member.position));

    // Someone else saves the same record while the form is open.
    await server.data(UpdateStaffDocument, { input: { id: member.id, version: member.version, position: '副主任' } });

    await position.fill('科长');
    await page.getByRole('button', { name: '保存' }).click();
    const dialog = page.getByTestId('conflict-dialog');
    await expectText(dialog, '记录已被他人修改');
    await expectText(dialog.getByTestId('conflict-current-position'), '副主任');
    await saveScreenshot(page, 'edit-conflict');
    // Nothing of this user's was written over the other change.
    expect((await server.data(StaffMemberDocument, { id: member.id })).staffMember!.position).toBe('副主任');

    await dialog.getByRole('button', { name: '载入最新值后重新编辑' }).click();
    await eventually(async () => expect(await page.locator('input[name="position"]').inputValue()).toBe('副主任'));
    await page.locator('input[name="position"]').fill('科长');
    await page.getByRole('button', { name: '保存' }).click();
    await eventually(async () => expect((await server.data(StaffMemberDocument, { id: member.id })).staffMember!.position).toBe('科长'));
  });

  it("shows the server's refusal beside the field it names, in Chinese, and writes nothing", async () => {
    const { page, open } = await session('province');
    const { unit, category } = await unitWithRoom();
    const zunyi = await server.bureauByCode('520300');
    const active = (await server.data(StaffListDocument, { filter: { underBureauId: zunyi.id, status: 'ACTIVE' }, limit: 1 })).staff.items[0];
    const before = (await server.data(StaffListDocument, { filter: { institutionId: unit.id }, limit: 0 })).staff.totalCount;
    await open(`staff/create?source=${encodeURIComponent(JSON.stringify({ institutionId: unit.id }))}`);
    await fillNewPerson(page, `重复${randomInt(100, 999)}`, category);
    // A valid number, but that person is already active elsewhere: only the server can know.
    await page.locator('input[name="nationalId"]').fill(active.nationalId);
    await page.getByRole('button', { name: '保存' }).click();
    const nationalIdField = page.locator('.ra-input-nationalId');
    await expectText(nationalIdField, '此人已在其他岗位在职');
    await saveScreenshot(page, 'server-field-error');
    expect(page.url()).toMatch(/#\/staff\/create/);
    expect((await server.data(StaffListDocument, { filter: { institutionId: unit.id }, limit: 0 })).staff.totalCount).toBe(before);
  });

  it('sends a window back to the login page when its session is ended elsewhere', async () => {
    const { page } = await session('province');
    await page.locator('[data-live="connected"]').waitFor();
    // The same token, logged out from another program: the live socket is closed, and the window follows.
    const token = (await page.evaluate("JSON.parse(sessionStorage.getItem('bianzhiSession')).token")) as string;
    const answer = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation { logout { id } }' }),
    });
    expect(answer.status).toBe(200);
    await page.locator('input[name="username"]').waitFor({ timeout: 15_000 });
    expect(await page.evaluate("sessionStorage.getItem('bianzhiSession')")).toBeNull();
    await saveScreenshot(page, 'session-ended');
  });

  it('deletes a record after a confirmation, with its version and the reason given in the form', async () => {
    const { page, open } = await session('province');
    const zunyi = await server.bureauByCode('520300');
    const site = (
      await server.data(CreateWebsiteDocument, {
        input: { bureauId: zunyi.id, title: '待撤销的网站', address: 'http://zunyi.example.gov.cn', network: 'EXTRANET', launchedOn: '2020-01-01' },
      })
    ).createWebsite;
    await open(`websites/${site.id}`);
    await page.locator('input[name="title"]').waitFor();
    await page.locator('textarea[name="reason"]').first().fill('遵编〔2026〕3号');
    await page.getByRole('button', { name: '删除' }).click();
    await saveScreenshot(page, 'delete-confirmation');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.waitForURL(/#\/websites(\?.*)?$/);
    await eventually(async () => expect((await server.data(WebsiteDocument, { id: site.id })).website).toBeNull());
    const entries = (await server.data(AuditEntriesDocument, { filter: { recordType: 'Website', recordId: site.id, operation: 'deleteWebsite' } })).auditEntries.items;
    expect(entries).toMatchObject([{ reason: '遵编〔2026〕3号' }]);
  });
});
