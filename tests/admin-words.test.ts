import { makeNationalId } from '../server/modules/staff/national-id';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { callGraphql } from './support/http-client';
import { eventually, expectText, expectVisible, latinTexts, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';

/**
 * The admin client's words, as an office reads them in Chinese: the audit
 * trail's before and after in words (labels, names, dates), the forms' own
 * validation messages instead of the browser's, the usual 保存成功, and the
 * product's name in the tab.
 */
describeInBrowser("the admin client's words", () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);
  const api = <Result,>(query: string, variables: Record<string, unknown> = {}) => callGraphql<Result, Record<string, unknown>>(server.bianzhi.url, server.adminToken, query, variables);

  /** An institution with a current public-institution quota and its name. */
  async function institutionWithQuota() {
    const { quotas } = await api<{ quotas: { items: { institutionId: string; approvedHeadcount: number }[] } }>(
      '{ quotas(filter: { category: PUBLIC_INSTITUTION, current: true }, limit: 1, offset: 0) { items { institutionId approvedHeadcount } } }',
    );
    const { institution } = await api<{ institution: { id: string; name: string } }>('query ($id: ID!) { institution(id: $id) { id name } }', { id: quotas.items[0].institutionId });
    return institution;
  }

  it("shows an audit entry's changes in words: labels, the institution by name, Chinese dates, no codes", async () => {
    const institution = await institutionWithQuota();
    const { createStaff } = await api<{ createStaff: { id: string } }>('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }', {
      input: {
        institutionId: institution.id,
        quotaCategory: 'PUBLIC_INSTITUTION',
        name: '审计词语甲',
        nationalId: makeNationalId('520102', '1990-03-01', 917, 'FEMALE'),
        education: 'BACHELOR',
        position: '科员',
        hiredOn: '2015-07-01',
      },
    });
    const opened = await session('province');
    const { page } = opened;
    await opened.open(`audit?filter=${encodeURIComponent(JSON.stringify({ recordType: 'Staff', recordId: createStaff.id }))}`);
    await expectText(page.locator('tbody tr'), `#${createStaff.id}`);
    await page.locator('tbody tr').first().click();
    const changes = page.getByTestId('audit-changes');
    await expectText(changes, '审计词语甲');
    await expectText(changes, institution.name);
    await expectVisible(changes.getByRole('link', { name: institution.name }));
    const text = await changes.innerText();
    for (const words of ['女', '本科', '在职', '事业编制', '1990年3月1日', '2015年7月1日', '所在机构', '性别', '学历', '人员状态']) expect(text).toContain(words);
    for (const code of ['FEMALE', 'BACHELOR', 'ACTIVE', 'PUBLIC_INSTITUTION', 'RECORDED', 'false', 'true', 'institutionId', 'createdAt']) expect(text).not.toContain(code);
    // Timestamps as Chinese dates, never ISO.
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}:\d{2}/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await latinTexts(page)).toEqual([]);
    await saveScreenshot(page, 'audit-in-words');

    // A login: its token's fields by name, the account by its username, 登录 not `login`.
    await opened.open(`audit?filter=${encodeURIComponent(JSON.stringify({ recordType: 'AccessToken', operation: 'login' }))}`);
    // The list shows the filtered entries before a row is opened: a row of the list before would close as they arrive.
    await expectText(page.locator('tbody tr'), '访问令牌');
    await page.locator('tbody tr').first().click();
    const login = page.getByTestId('audit-changes');
    await expectText(login, '登录令牌');
    const loginText = await login.innerText();
    for (const words of ['令牌类型', '用途', '到期时间', '登录']) expect(loginText).toContain(words);
    for (const key of ['accountId', 'expiresAt', 'kind', 'label', 'SESSION', 'login']) expect(loginText).not.toContain(key);
    expect(await latinTexts(page)).toEqual([]);

    // An account: 是/否 for a flag, its bureau by name.
    const nanming = await server.bureauByCode('520102');
    const { createAccount } = await api<{ createAccount: { id: string } }>('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { username: `words-${Date.now()}`, displayName: '南明区编办 词语', role: 'COUNTY_ADMIN', bureauId: nanming.id, password: 'a password of twelve' },
    });
    await opened.open(`audit?filter=${encodeURIComponent(JSON.stringify({ recordType: 'Account', recordId: createAccount.id }))}`);
    await expectText(page.locator('tbody tr'), `#${createAccount.id}`);
    await page.locator('tbody tr').first().click();
    const account = page.getByTestId('audit-changes');
    await expectText(account, nanming.name);
    const accountText = await account.innerText();
    expect(accountText).toContain('否');
    expect(accountText).toContain('县级编办管理员');
    for (const code of ['false', 'COUNTY_ADMIN', 'bureauId']) expect(accountText).not.toContain(code);
  });

  it("stops a negative quota with the form's own message, not the browser's bubble", async () => {
    const opened = await session('province');
    const { page } = opened;
    const mutations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('mutation')) mutations.push(request.postData()!);
    });
    const { quotas } = await api<{ quotas: { items: { id: string }[] } }>('{ quotas(filter: { current: true }, limit: 1, offset: 0) { items { id } } }');
    await opened.open(`quotas/${quotas.items[0].id}`);
    const headcount = page.locator('input[name="approvedHeadcount"]');
    await headcount.waitFor();
    expect(await headcount.getAttribute('min')).toBeNull();
    expect(await page.locator('#main-content form:not([novalidate])').count()).toBe(0);
    // One field for the document: 批文号, not 批文号 and 批准文号或变更原因 both.
    expect(await page.locator('textarea[name="reason"], input[name="reason"]').count()).toBe(0);
    await headcount.fill('-1');
    await page.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('不能为负数'));
    expect(await headcount.evaluate((input) => (input as unknown as { validationMessage: string }).validationMessage)).toBe('');
    expect(mutations).toEqual([]);
    expect(await latinTexts(page)).toEqual([]);
    await saveScreenshot(page, 'quota-negative');
  });

  it('shows the vacancy of the chosen institution and category before saving, and every required field in Chinese', async () => {
    const opened = await session('province');
    const { page } = opened;
    const institution = await institutionWithQuota();
    await opened.open('staff/create');
    await page.locator('input[name="position"]').fill('科员');
    await page.getByRole('button', { name: '保存' }).click();
    await expectText(page.locator('#main-content'), '必填');
    // The browser checks nothing itself: every message is the form's.
    expect(await page.locator('#main-content form:not([novalidate])').count()).toBe(0);
    expect(await latinTexts(page)).toEqual([]);
    await page.getByRole('combobox', { name: '所在机构' }).fill(institution.name);
    await page.getByRole('option', { name: institution.name }).first().click();
    await page.getByRole('combobox', { name: '占用编制类别' }).click();
    await page.getByRole('option', { name: '事业编制' }).click();
    await expectText(page.getByTestId('staff-vacancy'), /事业编制[\s\S]*核定 \d+|已无空编/);
    await expectVisible(page.getByText('所在机构与编制类别'));
    await saveScreenshot(page, 'staff-form-sections');
  });

  it('says 保存成功 after saving, and names the product in the tab in both languages', async () => {
    const opened = await session('province');
    const { page } = opened;
    expect(await page.title()).toBe('编制管理 · 贵州');
    const { staff } = await api<{ staff: { items: { id: string }[] } }>('{ staff(filter: { status: ACTIVE }, limit: 1, offset: 0) { items { id } } }');
    await opened.open(`staff/${staff.items[0].id}`);
    const position = page.locator('input[name="position"]');
    await position.waitFor();
    await eventually(async () => expect(await position.inputValue()).not.toBe(''));
    await position.fill('副科长');
    await page.getByRole('button', { name: '保存' }).click();
    await expectVisible(page.getByText('保存成功'));
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await eventually(async () => expect(await page.title()).toBe('Bianzhi · Guizhou'));
  });
});
