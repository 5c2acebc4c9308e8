import fs from 'node:fs';
import { SurveyTablesDocument, StaffListDocument } from './generated/graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { expectCount, expectText, expectVisible, latinTexts, openRow, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';

/**
 * The react-admin client in Debian's Chromium, against a real Bianzhi over a
 * fresh copy of the seeded registry: what an office's administrator sees.
 */
describeInBrowser('the admin client, as an office administrator uses it', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  it('logs in and shows the survey tables and Figure 1 for the whole province', async () => {
    const { page } = await session('province');
    const { table1 } = await server.data(SurveyTablesDocument);
    const table = page.getByTestId('indicator-table');
    // One row per prefecture plus the total, as the API's Table 1 has them.
    await expectCount(table.locator('tbody tr'), table1.rows.length + 1);
    const zunyi = table1.rows.find((row) => row.bureau.code === '520300')!;
    const zunyiRow = table.locator('tbody tr', { hasText: '遵义市' });
    await expectText(zunyiRow.locator('td').nth(1), String(zunyi.statistics.bureauCount));
    await expectText(zunyiRow.locator('td').nth(2), `${zunyi.statistics.documentExchange.built} (`);
    await expectCount(page.getByTestId('indicator-shares').locator('.recharts-pie-sector'), 5);
    await expectVisible(page.getByTestId('units-per-prefecture').locator('.recharts-bar-rectangle').first());
    await saveScreenshot(page, 'dashboard');
  });

  it('walks the tree from the province to a county and back up by the breadcrumbs', async () => {
    const { page } = await session('province');
    await page.getByRole('menuitem', { name: '编办' }).click();
    await openRow(page, /贵州省机构编制委员会办公室/);
    await page.getByRole('tab', { name: '下级编办' }).waitFor();
    await openRow(page, /遵义市机构编制委员会办公室/);
    await expectText(page.getByTestId('bureau-breadcrumbs'), '遵义市机构编制委员会办公室');
    const county = await server.bureauByCode('520302');
    await openRow(page, new RegExp(county.name));
    const breadcrumbs = page.getByTestId('bureau-breadcrumbs');
    await expectText(breadcrumbs, /贵州省机构编制委员会办公室[\s\S]*遵义市机构编制委员会办公室[\s\S]*红花岗区/);
    await page.waitForURL(new RegExp(`#/bureaus/${county.id}/show`));
    await saveScreenshot(page, 'tree-county');
    await page.getByRole('tab', { name: '电子政务机构' }).click();
    await expectText(page.locator('#main-content'), '红花岗区');
    await breadcrumbs.getByRole('link', { name: '遵义市机构编制委员会办公室' }).click();
    await expectVisible(page.getByRole('row', { name: new RegExp(county.name) }));
  });

  it('is in Chinese throughout: no interface text left in English on any page or form', async () => {
    const opened = await session('province');
    const unit = (await server.data(StaffListDocument, { limit: 1 })).staff.items[0];
    const routes = ['', 'bureaus', 'units', 'quotas', 'staff', 'websites', 'alerts', 'audit', 'accounts', 'accounts/create', 'staff/create', 'quotas/create', 'bureaus/create', `units/${unit.institutionId}/show`, `staff/${unit.id}`];
    const untranslated: Record<string, string[]> = {};
    for (const route of routes) {
      await opened.open(route);
      await opened.page.locator('#main-content').waitFor();
      await opened.page.waitForLoadState('networkidle');
      const texts = await latinTexts(opened.page);
      if (texts.length > 0) untranslated[route || 'dashboard'] = texts;
    }
    expect(untranslated).toEqual({});
  });

  it('switches to English and back, and remembers the choice', async () => {
    const { page } = await session('province');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectVisible(page.getByRole('menuitem', { name: 'Bureaus' }));
    await expectVisible(page.getByText('Figure 1', { exact: false }));
    await page.reload();
    await expectVisible(page.getByRole('menuitem', { name: 'Quota Alerts' }));
    await page.getByRole('menuitem', { name: 'Staff' }).click();
    await expectVisible(page.getByRole('columnheader', { name: 'National ID' }));
    await saveScreenshot(page, 'english-staff');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await expectVisible(page.getByRole('columnheader', { name: '公民身份号码' }));
  });

  it('offers an auditor nothing to change, but the audit trail and unmasked records', async () => {
    const opened = await session('auditor');
    const { page } = opened;
    await page.getByRole('menuitem', { name: '实名制人员' }).click();
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    await expectCount(page.getByRole('link', { name: '新增' }), 0);
    await page.locator('tbody tr').first().click();
    await page.waitForURL(/#\/staff\/\d+\/show$/);
    await expectCount(page.getByRole('link', { name: '编辑' }), 0);
    await expectText(page.locator('#main-content'), /\d{17}[\dX]/);
    await page.getByRole('menuitem', { name: '审计记录' }).click();
    await page.getByRole('columnheader', { name: /^操作人/ }).waitFor();
    await opened.open('bureaus');
    await page.getByRole('columnheader', { name: '编办名称' }).waitFor();
    await expectCount(page.getByRole('link', { name: '新增' }), 0);
    await saveScreenshot(page, 'auditor-bureaus');
  });

  it("shows a county administrator only the county's own part of the tree", async () => {
    const opened = await session('nanming');
    const nanming = await server.bureauByCode('520102');
    await opened.open('bureaus');
    await expectCount(opened.page.locator('tbody tr'), 1);
    await expectText(opened.page.locator('tbody tr'), nanming.name);
    // A county office has no bureau below it to create, and cannot delete its own.
    await expectCount(opened.page.getByRole('link', { name: '新增' }), 0);
    await opened.open(`bureaus/${nanming.id}`);
    await opened.page.locator('input[name="name"]').waitFor();
    await expectCount(opened.page.getByRole('button', { name: '删除' }), 0);
    await saveScreenshot(opened.page, 'county-bureau-edit');
  });

  it('exports the filtered staff list to a CSV that Excel reads as Chinese', async () => {
    const { page, open } = await session('province');
    const zunyi = await server.bureauByCode('520300');
    await open(`staff?filter=${encodeURIComponent(JSON.stringify({ status: 'ACTIVE', underBureauId: zunyi.id }))}`);
    await page.getByRole('columnheader', { name: '姓名' }).waitFor();
    const expected = (await server.data(StaffListDocument, { filter: { status: 'ACTIVE', underBureauId: zunyi.id }, limit: 0 })).staff.totalCount;
    await expectCount(page.locator('tbody tr'), Math.min(expected, 25));
    await saveScreenshot(page, 'staff-list');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toContain('姓名');
    expect(lines[0]).toContain('公民身份号码');
    expect(lines[0]).toContain('人员状态');
    expect(expected).toBeGreaterThan(0);
    expect(lines.length - 1).toBe(expected);
    expect(lines.slice(1).every((line) => line.includes('在职'))).toBe(true);
  });

  it('checks the ID number in the form and sends nothing while it is wrong', async () => {
    const opened = await session('province');
    const { page } = opened;
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('mutation')) mutations.push(request.postData()!);
    });
    await opened.open('staff/create');
    await page.locator('input[name="name"]').fill('测试人');
    // 52010219900101123X has a wrong check character: the right one is 4 … any other digit is refused.
    await page.locator('input[name="nationalId"]').fill('520102199001011230');
    await page.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('校验码不正确（GB 11643）'));
    await page.locator('input[name="nationalId"]').fill('52010219900101');
    await expectVisible(page.getByText('应为17位数字加1位数字或X'));
    expect(mutations).toEqual([]);
    await saveScreenshot(page, 'national-id-check');
  });

  it('changes the signed-in account\'s own password, refusing a wrong current one beside its field', async () => {
    const zunyi = await server.bureauByCode('520300');
    const username = `password-${Date.now()}`;
    const oldPassword = 'old password of zunyi';
    const newPassword = 'new password of zunyi 2026';
    const created = await asProvinceAdmin('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username, displayName: '遵义市编办 测试', role: 'PREFECTURE_ADMIN', bureauId: zunyi.id, password: oldPassword },
    });
    expect(created.errors).toBeUndefined();
    const { page } = await session(username, oldPassword);
    await page.getByRole('button', { name: '个人信息' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="currentPassword"]').fill('not the password at all');
    await dialog.locator('input[name="newPassword"]').fill(newPassword);
    await dialog.locator('input[name="confirmation"]').fill(newPassword);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectVisible(dialog.getByText('与当前密码不符'));
    await saveScreenshot(page, 'change-password-refused');
    await dialog.locator('input[name="currentPassword"]').fill(oldPassword);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('密码已修改'));
    const logIn = (password: string) => asProvinceAdmin('mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', { username, password });
    expect((await logIn(newPassword)).data).toMatchObject({ login: { token: expect.any(String) } });
    expect((await logIn(oldPassword)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  async function asProvinceAdmin(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };
  }

  it("creates a county administrator's account that then sees only its county, and disables it", async () => {
    const opened = await session('province');
    const { page } = opened;
    const nanming = await server.bureauByCode('520102');
    const username = `nanming-${Date.now()}`;
    const password = 'nanming office password 2026';
    await opened.open('accounts/create');
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="displayName"]').fill('南明区编办 新管理员');
    await page.getByRole('combobox', { name: '角色' }).click();
    await page.getByRole('option', { name: '县级编办管理员' }).click();
    await page.getByRole('combobox', { name: '所属编办' }).fill('南明区');
    await page.getByRole('option', { name: nanming.name }).click();
    await page.locator('input[name="password"]').fill(password);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/accounts\/\d+\/show$/);
    await expectText(page.locator('#main-content'), nanming.name);
    await saveScreenshot(page, 'account-created');

    const county = await session(username, password);
    await county.open('bureaus');
    await expectCount(county.page.locator('tbody tr'), 1);
    await expectText(county.page.locator('tbody tr'), nanming.name);

    // Its session appears on the account's page; revoked there, it stops working at the county's next request.
    await page.reload();
    const tokens = page.getByTestId('access-tokens');
    await expectText(tokens, '登录令牌');
    await tokens.getByRole('button', { name: '吊销' }).click();
    await expectVisible(page.getByText('令牌已吊销'));
    await county.open('units');
    await county.page.locator('input[name="username"]').waitFor();

    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('已停用').check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/accounts\/\d+\/show$/);
    const login = await asProvinceAdmin('mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', { username, password });
    expect(login.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
