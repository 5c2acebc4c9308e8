import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Locator } from 'playwright-core';
import { makeNationalId } from '../server/modules/staff/national-id';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { eventually, expectText, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';
import { establishedInstitution } from './support/staffing-use';

/** Inline operations: what the test sets up and reads through the API to compare with the pages. */
function operation<Result, Variables = Record<string, unknown>>(text: string): TypedDocumentNode<Result, Variables> {
  return parse(text) as TypedDocumentNode<Result, Variables>;
}
const apply = operation<{ applyForStaffingUse: { id: string } }>(`
  mutation Apply($input: ApplyForStaffingUseInput!) { applyForStaffingUse(input: $input) { id } }
`);
const approveUse = operation<{ approveStaffingUse: { id: string } }>(`
  mutation ApproveUse($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id } }
`);
const enter = operation<{ enterEstablishment: { id: string; version: number } }>(`
  mutation Enter($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id version } }
`);
const exit = operation<{ exitEstablishment: { id: string } }>(`
  mutation Exit($input: ExitEstablishmentInput!) { exitEstablishment(input: $input) { id } }
`);

interface ApplicationFacts {
  id: string;
  status: string;
  requestedCount: number;
  appliedOn: string;
  rejectionReason: string | null;
  decidedOn: string | null;
  approval: { id: string; noticeNumber: string; approvedCount: number; postsHeld: number; application: { id: string } | null } | null;
}
const applicationsOf = operation<{ staffingUseApplications: { items: ApplicationFacts[] } }, { institutionId: string }>(`
  query ApplicationsOf($institutionId: ID!) {
    staffingUseApplications(filter: { institutionId: $institutionId }, limit: 5) {
      items { id status requestedCount appliedOn rejectionReason decidedOn approval { id noticeNumber approvedCount postsHeld application { id } } }
    }
  }
`);

/** Confirms a change dialog and waits until it has closed, the change saved. */
async function confirmChange(dialog: Locator) {
  await dialog.getByRole('button', { name: '确认变更', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A day in China's calendar, as the server counts them, `days` from today. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Applications to use posts (用编申请) in the admin client against a real
 * Bianzhi and PostgreSQL: one made in the form and approved for fewer posts,
 * leading to the approval's page; one rejected with its reason; one withdrawn; each checked
 * in the API. And the staff edit form, which no longer moves a person in post.
 */
describeInBrowser('applications to use posts in the admin client', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  /** A new institution of Nanming with a 三定 of `headcount` administrative posts; its id, name and the 三定's document. */
  async function institutionWith(name: string, headcount: number) {
    const nanming = await server.bureauByCode('520102');
    return establishedInstitution(server, nanming.id, headcount, { name, principals: 1, mainFunctions: '负责全区用编申请测试工作', internalBodyNames: ['综合科'] });
  }

  /** A pending application of a new institution, recorded through the API, shown to the province's administrator. */
  async function pendingApplicationShown(institutionName: string, count: number, justification: string) {
    const { page, open } = await session('province');
    const institution = await institutionWith(institutionName, 2);
    const { id } = (
      await server.data(apply, {
        input: { institutionId: institution.id, category: 'ADMINISTRATIVE', count, purpose: 'OPEN_RECRUITMENT', appliedOn: chinaDay(-1), justification },
      })
    ).applyForStaffingUse;
    await open(`staffing-use-applications/${id}/show`);
    const main = page.locator('#main-content');
    await expectText(main, '待审核');
    return { page, open, main, institution, id };
  }

  it('applies in the form and approves fewer posts than applied for, leading to the approval (核准)', async () => {
    const { page, open } = await session('province');
    const institution = await institutionWith('贵阳市南明区用编申请测试局', 5);
    const main = page.locator('#main-content');

    await open('staffing-use-applications/create');
    await page.getByRole('combobox', { name: '申请机构' }).fill('用编申请测试局');
    await page.getByRole('option', { name: institution.name }).click();
    await page.getByRole('combobox', { name: '编制类别' }).click();
    await page.getByRole('option', { name: '行政编制' }).click();
    await page.locator('input[name="count"]').fill('3');
    await page.locator('textarea[name="justification"]').fill('业务量增加，需补充工作人员');
    await saveScreenshot(page, 'staffing-use-apply');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/staffing-use-applications\/\d+\/show/);
    await expectText(main, '待审核');
    const [applied] = (await server.data(applicationsOf, { institutionId: institution.id })).staffingUseApplications.items;
    expect(applied).toMatchObject({ status: 'PENDING', requestedCount: 3, approval: null });
    const applicationName = `${institution.name} · ${applied.appliedOn}`;

    await page.getByRole('button', { name: '核准', exact: true }).click();
    const dialog = page.getByTestId('approve-application-dialog');
    expect(await dialog.locator('input[name="count"]').inputValue()).toBe('3');
    await dialog.locator('input[name="count"]').fill('2');
    const noticeNumber = '南编用〔2026〕51号';
    await dialog.locator('input[name="noticeNumber"]').fill(noticeNumber);
    await dialog.locator('input[name="validUntil"]').fill(chinaDay(90));
    await saveScreenshot(page, 'staffing-use-application-approve');
    await dialog.getByRole('button', { name: '确认变更', exact: true }).click();
    await page.waitForURL(/#\/staffing-use-approvals\/\d+\/show/);
    const approvalId = /#\/staffing-use-approvals\/(\d+)\/show/.exec(page.url())![1];
    await expectText(main, noticeNumber);
    // The approval links back to its application, under its label.
    await expectText(main, applicationName);
    expect(await main.getByText('用编申请', { exact: true }).count()).toBe(1);
    await saveScreenshot(page, 'staffing-use-application-approved');

    const [approved] = (await server.data(applicationsOf, { institutionId: institution.id })).staffingUseApplications.items;
    expect(approved).toMatchObject({ id: applied.id, status: 'APPROVED', approval: { id: approvalId, noticeNumber, approvedCount: 2, postsHeld: 2, application: { id: applied.id } } });

    // The application shows its approval, and no longer offers a decision.
    await main.getByRole('link', { name: applicationName }).click();
    await page.waitForURL(new RegExp(`#/staffing-use-applications/${applied.id}/show`));
    await expectText(main, '已核准');
    await expectText(main.getByRole('link', { name: noticeNumber }), noticeNumber);
    expect(await page.getByRole('button', { name: '核准', exact: true }).count()).toBe(0);
  });

  it('rejects an application with its reason (不予核准)', async () => {
    const { page, open, main, institution, id } = await pendingApplicationShown('贵阳市南明区不予核准测试局', 1, '拟公开招聘一名');
    await page.getByRole('button', { name: '不予核准', exact: true }).click();
    const dialog = page.getByTestId('reject-application-dialog');
    const reason = '该单位尚有未使用的用编核准';
    await dialog.locator('textarea[name="rejectionReason"]').fill(reason);
    await confirmChange(dialog);
    await expectText(main, reason);
    await expectText(main, '不予核准理由');
    expect(await page.getByRole('button', { name: '撤回', exact: true }).count()).toBe(0);
    const [rejected] = (await server.data(applicationsOf, { institutionId: institution.id })).staffingUseApplications.items;
    expect(rejected).toMatchObject({ id, status: 'REJECTED', rejectionReason: reason, approval: null });
    expect(rejected.decidedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The list's status filter finds it among the rejected ones.
    await open(`staffing-use-applications?filter=${encodeURIComponent(JSON.stringify({ institutionId: institution.id, status: 'REJECTED' }))}`);
    await expectText(page.locator('tbody tr', { hasText: institution.name }), '不予核准');
  });

  it('withdraws a pending application (撤回) with the version read', async () => {
    const { page, main, institution, id } = await pendingApplicationShown('贵阳市南明区申请撤回测试局', 2, '拟公开招聘两名');
    await page.getByRole('button', { name: '撤回', exact: true }).click();
    const dialog = page.getByTestId('withdraw-application-dialog');
    await expectText(dialog, institution.name);
    await confirmChange(dialog);
    await expectText(main, '已撤回');
    expect(await page.getByRole('button', { name: '核准', exact: true }).count()).toBe(0);
    const [withdrawn] = (await server.data(applicationsOf, { institutionId: institution.id })).staffingUseApplications.items;
    expect(withdrawn).toMatchObject({ id, status: 'WITHDRAWN', approval: null });
  });

  it('shows the institution of a person in post read-only in the staff edit form, and does not offer 在职 for one who left', async () => {
    const { page, open } = await session('province');
    const institution = await institutionWith('贵阳市南明区人员编辑测试局', 2);
    const approval = (
      await server.data(approveUse, {
        input: { institutionId: institution.id, category: 'ADMINISTRATIVE', count: 1, purpose: 'OPEN_RECRUITMENT', noticeNumber: '南编用〔2026〕52号', issuedOn: chinaDay(-3), validUntil: chinaDay(60) },
      })
    ).approveStaffingUse;
    const { id, version } = (
      await server.data(enter, {
        input: { approvalId: approval.id, name: '吴思远', nationalId: makeNationalId('520102', '1991-03-08', 395, 'MALE'), education: 'BACHELOR', position: '一级科员', enteredOn: chinaDay(-1) },
      })
    ).enterEstablishment;
    await open(`staff/${id}`);
    const institutionInput = page.getByRole('combobox', { name: '所在机构' });
    await expectText(page.locator('#main-content'), '调动');
    // The autocomplete shows the name once the institution is read.
    await eventually(async () => expect(await institutionInput.inputValue()).toBe(institution.name));
    expect(await institutionInput.isEditable()).toBe(false);
    await expectText(page.locator('#main-content'), '在编人员变更单位请在其人员页面办理“调动”');
    await saveScreenshot(page, 'staff-edit-in-post');

    await server.data(exit, { input: { id, version, reason: 'RESIGNATION', exitedOn: chinaDay(-1), documentNumber: '南人社〔2026〕15号' } });
    // The same address again: the page is reloaded for the record as the API now has it.
    await page.reload();
    const status = page.getByRole('combobox', { name: '人员状态' });
    await expectText(status, '离职');
    await status.click();
    await expectText(page.getByRole('listbox'), '退休');
    expect(await page.getByRole('option', { name: '在职', exact: true }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    expect(await institutionInput.isEditable()).toBe(true);
  });
});
