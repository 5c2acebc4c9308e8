import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { makeNationalId } from '../server/modules/staff/national-id';
import { describeInBrowser, savePdf, saveScreenshot } from './support/browser';
import { expectText, useAdminBrowser } from './support/admin-session';
import { pdfText } from './support/pdf-text';
import { useTestServer } from './support/test-server';
import { establishedInstitution } from './support/staffing-use';

/** Inline operations: what the test sets up and reads through the API to compare with the pages. */
function operation<Result, Variables = Record<string, unknown>>(text: string): TypedDocumentNode<Result, Variables> {
  return parse(text) as TypedDocumentNode<Result, Variables>;
}
const approveUse = operation<{ approveStaffingUse: { id: string; noticeNumber: string } }>(`
  mutation ApproveUse($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id noticeNumber } }
`);
const enter = operation<{ enterEstablishment: { id: string } }>(`
  mutation Enter($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id } }
`);

interface ApprovalFacts {
  id: string;
  status: string;
  approvedCount: number;
  usedCount: number;
  postsHeld: number;
  institutionId: string;
}
const approvalsNumbered = operation<{ staffingUseApprovals: { items: ApprovalFacts[] } }, { noticeNumber: string }>(`
  query ApprovalsNumbered($noticeNumber: String!) {
    staffingUseApprovals(filter: { noticeNumber: $noticeNumber }, limit: 5) { items { id status approvedCount usedCount postsHeld institutionId } }
  }
`);
const approvalById = operation<{ staffingUseApproval: ApprovalFacts }, { id: string }>(`
  query ApprovalById($id: ID!) { staffingUseApproval(id: $id) { id status approvedCount usedCount postsHeld institutionId } }
`);

interface StaffFacts {
  id: string;
  name: string;
  institutionId: string;
  quotaCategory: string;
  status: string;
  exitReason: string | null;
  exitedOn: string | null;
  exitDocumentNumber: string | null;
}
const staffById = operation<{ staffMember: StaffFacts }, { id: string }>(`
  query StaffById($id: ID!) { staffMember(id: $id) { id name institutionId quotaCategory status exitReason exitedOn exitDocumentNumber } }
`);
const vacanciesOf = operation<{ institution: { vacancies: { category: string | null; approved: number; active: number; reserved: number; free: number }[] } }, { id: string }>(`
  query VacanciesOf($id: ID!) { institution(id: $id) { vacancies { category approved active reserved free } } }
`);
const staffAudit = operation<{ auditEntries: { items: { operation: string; reason: string | null }[] } }, { recordId: string }>(`
  query StaffAudit($recordId: ID!) { auditEntries(filter: { recordType: "Staff", recordId: $recordId }, limit: 20) { items { operation reason } } }
`);

/** A day in China's calendar, as the server counts them, `days` from today. */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Approvals to use posts (用编核准), entry (入编) and exit (出编) in the admin
 * client against a real Bianzhi and PostgreSQL: an approval made in the form,
 * a person entered against it, transferred to another institution and
 * leaving, each checked in the API and the person's history;
 * a withdrawal; the printed notice and establishment certificate read back
 * from Chromium's PDF.
 */
describeInBrowser('approvals to use posts in the admin client', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  /** A new institution of Nanming with a 三定 of `headcount` administrative posts; its id, name and the 三定's document. */
  async function institutionWith(name: string, headcount: number) {
    const nanming = await server.bureauByCode('520102');
    return establishedInstitution(server, nanming.id, headcount, { name, principals: 1, mainFunctions: '负责全区用编测试工作', internalBodyNames: ['综合科', '业务科'] });
  }

  async function approvalOf(institutionId: string, noticeNumber: string) {
    return (
      await server.data(approveUse, {
        input: { institutionId, category: 'ADMINISTRATIVE', count: 2, purpose: 'OPEN_RECRUITMENT', noticeNumber, issuedOn: chinaDay(-3), validUntil: chinaDay(60) },
      })
    ).approveStaffingUse;
  }

  it('approves posts in the form, enters a person against the approval (入编), transfers them (调动) and lets them leave (出编)', async () => {
    const { page, open } = await session('province');
    const institution = await institutionWith('贵阳市南明区用编界面测试局', 3);
    const noticeNumber = '南编用〔2026〕21号';
    const main = page.locator('#main-content');

    await open('staffing-use-approvals/create');
    await page.getByRole('combobox', { name: '用编机构' }).fill('用编界面测试局');
    await page.getByRole('option', { name: institution.name }).click();
    await page.getByRole('combobox', { name: '编制类别' }).click();
    await page.getByRole('option', { name: '行政编制' }).click();
    await page.locator('input[name="count"]').fill('2');
    await page.locator('input[name="noticeNumber"]').fill(noticeNumber);
    await page.locator('input[name="validUntil"]').fill(chinaDay(90));
    await saveScreenshot(page, 'staffing-use-approve');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/staffing-use-approvals\/\d+\/show/);
    await expectText(main, noticeNumber);
    await expectText(main, '有效');
    const [approval] = (await server.data(approvalsNumbered, { noticeNumber })).staffingUseApprovals.items;
    expect(approval).toMatchObject({ institutionId: institution.id, status: 'OPEN', approvedCount: 2, usedCount: 0, postsHeld: 2 });

    // The institution's vacancies: the two posts are held by the approval, one is free.
    await open(`institutions/${institution.id}/show/staffing`);
    const vacancies = page.getByTestId('institution-vacancies');
    await expectText(vacancies.locator('tbody tr', { hasText: '行政编制' }), /3\s+0\s+2\s+1/);
    expect((await server.data(vacanciesOf, { id: institution.id })).institution.vacancies).toContainEqual({ category: 'ADMINISTRATIVE', approved: 3, active: 0, reserved: 2, free: 1 });

    // 入编: the new person's record is shown, in the approval's institution and category.
    await open(`staffing-use-approvals/${approval.id}/show`);
    await page.getByRole('button', { name: '入编', exact: true }).click();
    const enterDialog = page.getByTestId('enter-dialog');
    const name = '龙晓燕';
    await enterDialog.locator('input[name="name"]').fill(name);
    await enterDialog.locator('input[name="nationalId"]').fill(makeNationalId('520102', '1994-07-19', 377, 'FEMALE'));
    await enterDialog.getByRole('combobox', { name: '学历' }).click();
    await page.getByRole('option', { name: '大学本科' }).click();
    await enterDialog.locator('input[name="position"]').fill('一级科员');
    await saveScreenshot(page, 'staffing-use-enter');
    await enterDialog.getByRole('button', { name: '确认变更', exact: true }).click();
    await page.waitForURL(/#\/staff\/\d+\/show/);
    const staffId = /#\/staff\/(\d+)\/show/.exec(page.url())![1];
    await expectText(main, name);
    await expectText(main, '在编');
    expect((await server.data(staffById, { id: staffId })).staffMember).toMatchObject({ name, institutionId: institution.id, quotaCategory: 'ADMINISTRATIVE', status: 'ACTIVE', exitReason: null });
    expect((await server.data(approvalById, { id: approval.id })).staffingUseApproval).toMatchObject({ usedCount: 1, postsHeld: 1, status: 'OPEN' });

    // 调动: to another institution, against its open approval; the record there is shown, and the history has both halves.
    const receiving = await institutionWith('贵阳市南明区调入测试局', 2);
    const receivingApproval = await approvalOf(receiving.id, '南编用〔2026〕24号');
    await page.getByRole('button', { name: '调动', exact: true }).click();
    const transferDialog = page.getByTestId('transfer-dialog');
    await transferDialog.getByRole('combobox', { name: '调入单位用编核准' }).fill('调入测试局');
    // The person's own institution's approvals are not offered.
    await page.getByRole('option', { name: `${receiving.name} · ${receivingApproval.noticeNumber}` }).click();
    expect(await page.getByRole('option', { name: new RegExp(noticeNumber) }).count()).toBe(0);
    const transferDocument = '南组调〔2026〕3号';
    await transferDialog.locator('input[name="documentNumber"]').fill(transferDocument);
    await transferDialog.locator('input[name="position"]').fill('二级主任科员');
    await saveScreenshot(page, 'staffing-use-transfer');
    await transferDialog.getByRole('button', { name: '确认变更', exact: true }).click();
    await page.waitForURL((url) => /#\/staff\/\d+\/show/.test(url.hash) && !url.hash.includes(`/staff/${staffId}/`));
    const arrivedId = /#\/staff\/(\d+)\/show/.exec(page.url())![1];
    await expectText(main, receiving.name);
    const history = page.getByTestId('establishment-history');
    await expectText(history.locator('tbody tr', { hasText: '调出' }), transferDocument);
    await expectText(history.locator('tbody tr', { hasText: '调入' }), receivingApproval.noticeNumber);
    await expectText(history.locator('tbody tr', { hasText: noticeNumber }), '入编');
    expect((await server.data(staffById, { id: staffId })).staffMember).toMatchObject({ status: 'TRANSFERRED_OUT', institutionId: institution.id });
    expect((await server.data(staffById, { id: arrivedId })).staffMember).toMatchObject({ name, status: 'ACTIVE', institutionId: receiving.id, exitReason: null });
    expect((await server.data(approvalById, { id: receivingApproval.id })).staffingUseApproval).toMatchObject({ usedCount: 1, postsHeld: 1 });
    await saveScreenshot(page, 'staffing-use-transferred');

    // 出编 from the receiving institution: resignation, by a document; the record stays with why, when and which document.
    await page.getByRole('button', { name: '出编', exact: true }).click();
    const exitDialog = page.getByTestId('exit-dialog');
    await exitDialog.getByRole('combobox', { name: '出编原因' }).click();
    await page.getByRole('option', { name: '辞职' }).click();
    const exitDocument = '南人社〔2026〕5号';
    await exitDialog.locator('input[name="documentNumber"]').fill(exitDocument);
    await exitDialog.getByRole('button', { name: '确认变更', exact: true }).click();
    await exitDialog.waitFor({ state: 'detached' });
    await expectText(main, '离职');
    await expectText(history.locator('tbody tr', { hasText: '出编' }), exitDocument);
    expect(await page.getByRole('button', { name: '出编', exact: true }).count()).toBe(0);
    await saveScreenshot(page, 'staffing-use-exited');
    const left = (await server.data(staffById, { id: arrivedId })).staffMember;
    expect(left).toMatchObject({ status: 'LEFT', exitReason: 'RESIGNATION', exitDocumentNumber: exitDocument });
    expect(left.exitedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const entered = (await server.data(staffAudit, { recordId: staffId })).auditEntries.items;
    expect(entered).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'enterEstablishment', reason: noticeNumber }),
        expect.objectContaining({ operation: 'transferStaff', reason: transferDocument }),
      ]),
    );
    const exited = (await server.data(staffAudit, { recordId: arrivedId })).auditEntries.items;
    expect(exited).toEqual(expect.arrayContaining([expect.objectContaining({ operation: 'exitEstablishment', reason: exitDocument })]));
  });

  it('withdraws an open approval: its posts are free again and it offers no entry', async () => {
    const { page, open } = await session('province');
    const institution = await institutionWith('贵阳市南明区撤回测试局', 4);
    const approval = await approvalOf(institution.id, '南编用〔2026〕22号');
    await open(`staffing-use-approvals/${approval.id}/show`);
    const main = page.locator('#main-content');
    await expectText(main, '有效');
    await page.getByRole('button', { name: '撤回', exact: true }).click();
    const dialog = page.getByTestId('withdraw-dialog');
    await expectText(dialog, approval.noticeNumber);
    await dialog.getByRole('button', { name: '确认变更', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(main, '已撤回');
    expect(await page.getByRole('button', { name: '入编', exact: true }).count()).toBe(0);
    expect((await server.data(approvalById, { id: approval.id })).staffingUseApproval).toMatchObject({ status: 'WITHDRAWN', postsHeld: 0 });
    expect((await server.data(vacanciesOf, { id: institution.id })).institution.vacancies).toContainEqual({ category: 'ADMINISTRATIVE', approved: 4, active: 0, reserved: 0, free: 4 });

    // The list's status filter finds it among the withdrawn ones, not among the open ones.
    await open(`staffing-use-approvals?filter=${encodeURIComponent(JSON.stringify({ institutionId: institution.id, status: 'WITHDRAWN' }))}`);
    await expectText(page.locator('tbody tr', { hasText: approval.noticeNumber }), '已撤回');
    await open(`staffing-use-approvals?filter=${encodeURIComponent(JSON.stringify({ institutionId: institution.id, status: 'OPEN' }))}`);
    await expectText(main, /没有找到/);
    expect(await page.locator('tbody tr', { hasText: approval.noticeNumber }).count()).toBe(0);
  });

  it('prints the approval notice and the establishment certificate, without the client around them', async () => {
    const { page, open } = await session('province');
    const institution = await institutionWith('贵阳市南明区证卡测试局', 5);
    const approval = await approvalOf(institution.id, '南编用〔2026〕23号');
    const person = { name: '杨文俊', position: '办公室副主任' };
    await server.data(enter, {
      input: { approvalId: approval.id, name: person.name, nationalId: makeNationalId('520102', '1989-11-02', 388, 'MALE'), education: 'MASTER', position: person.position, enteredOn: chinaDay(-1) },
    });

    const bureau = await server.bureauByCode('520102');
    await open(`staffing-use-approvals/${approval.id}/show`);
    await expectText(page.locator('#main-content'), approval.noticeNumber);
    await page.getByTestId('open-print').click();
    await page.waitForURL(new RegExp(`#/print/staffing-use-notice/${approval.id}$`));
    await expectText(page.getByTestId('print-sheet'), institution.name);
    const notice = await pdfText(await savePdf(page, 'staffing-use-notice'));
    for (const expected of ['编制使用核准通知单', approval.noticeNumber, institution.name, bureau.name, '行政编制', '公开招聘', chinaDay(-3), chinaDay(60)]) {
      expect(notice).toContain(expected.replace(/\s+/g, ''));
    }
    // The print stylesheet leaves out the app bar, the menu and the buttons.
    for (const chrome of ['首页', '实名制人员', '打印']) expect(notice).not.toContain(chrome);

    await open(`institutions/${institution.id}/show`);
    await expectText(page.locator('#main-content'), institution.name);
    await page.getByTestId('open-print').click();
    await page.waitForURL(new RegExp(`#/print/institution-certificate/${institution.id}$`));
    await expectText(page.getByTestId('certificate-staff'), person.name);
    await saveScreenshot(page, 'institution-certificate');
    const certificate = await pdfText(await savePdf(page, 'institution-certificate'));
    for (const expected of ['机构编制管理证', institution.name, '政府工作部门', '正科级', institution.documentNumber, '负责全区用编测试工作', '综合科', '业务科', person.name, person.position]) {
      expect(certificate).toContain(expected);
    }
    expect(certificate).toMatch(/行政编制5/);
    for (const chrome of ['首页', '用编核准', '打印']) expect(certificate).not.toContain(chrome);
  });
});
