import fs from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import * as XLSX from '@e965/xlsx';
import { parse } from 'graphql';
import type { Locator, Page } from 'playwright-core';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { expectText, expectVisible, latinTexts, useAdminBrowser } from './support/admin-session';
import { newPeople } from './support/new-people';
import { useTestServer } from './support/test-server';
import type { CreateStaffInput } from './generated/graphql';

/** Inline operations: what the test sets up and reads through the API to compare with the pages. */
function operation<Result, Variables = Record<string, unknown>>(text: string): TypedDocumentNode<Result, Variables> {
  return parse(text) as TypedDocumentNode<Result, Variables>;
}
const openYear = operation<{ openReportingPeriod: { year: number } }>(`
  mutation OpenYear($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { year } }
`);
const periods = operation<{ reportingPeriods: { year: number; cutoffOn: string; dueOn: string }[] }>(`
  query Periods { reportingPeriods { year cutoffOn dueOn } }
`);
interface ReturnFacts {
  id: string;
  status: string;
  responsiblePerson: string | null;
  preparer: string | null;
  lateReason: string | null;
  returnReason: string | null;
  acceptedAt: string | null;
}
const returnOf = operation<{ annualReturn: ReturnFacts | null }, { bureauId: string }>(`
  query ReturnOf($bureauId: ID!) { annualReturn(year: 2012, bureauId: $bureauId) { id status responsiblePerson preparer lateReason returnReason acceptedAt } }
`);
const freeze = operation<{ freezeAnnualReturn: { id: string } }, { year: number; bureauId: string }>(`
  mutation Freeze($year: Int!, $bureauId: ID!) { freezeAnnualReturn(year: $year, bureauId: $bureauId) { id } }
`);
const institutionsOf = operation<{ institutions: { items: { id: string }[] } }, { bureauId: string }>(`
  query InstitutionsOf($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 1) { items { id } } }
`);
const createStaff = operation<{ createStaff: { id: string } }, { input: CreateStaffInput }>(`
  mutation CreateStaff($input: CreateStaffInput!) { createStaff(input: $input) { id } }
`);
const returnAudit = operation<{ auditEntries: { items: { operation: string; actorUsername: string }[] } }, { recordId: string }>(`
  query ReturnAudit($recordId: ID!) { auditEntries(filter: { recordType: "AnnualReturn", recordId: $recordId }, limit: 20) { items { operation actorUsername } } }
`);

/** Confirms a change dialog and waits until it has closed, the change saved. */
async function confirmChange(dialog: Locator) {
  await dialog.getByRole('button', { name: '确认变更', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The status the return's page shows, once it shows `expected`. */
async function expectStatus(page: Page, expected: string) {
  await expectText(page.locator('#main-content [data-testid="return-status"]'), expected);
}

/**
 * The annual statistical report (统计年报) in the admin client against a real
 * Bianzhi and PostgreSQL: the province opens a year in the form; Nanming's
 * county administrator makes and submits the return, Guiyang's administrator
 * sends it back with a reason that the county then reads, the county makes it
 * again and resubmits, Guiyang accepts it and downloads its exports; each
 * step checked in the API and the audit trail.
 */
describeInBrowser('the annual statistical report in the admin client', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  it('opens a year of the report in the form, for the province only', async () => {
    const { page, open } = await session('province');
    await open('reporting-periods/create');
    await page.locator('input[name="year"]').fill('2013');
    await page.locator('input[name="cutoffOn"]').fill('2013-12-31');
    await page.locator('input[name="dueOn"]').fill('2014-03-31');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(/#\/reporting-periods$/);
    await expectText(page.locator('tbody tr', { hasText: '2013' }), '2014-03-31');
    expect((await server.data(periods)).reportingPeriods).toContainEqual({ year: 2013, cutoffOn: '2013-12-31', dueOn: '2014-03-31' });

    const county = await session('nanming');
    await county.open('reporting-periods');
    await expectText(county.page.locator('tbody tr', { hasText: '2013' }), '2013-12-31');
    expect(await county.page.getByRole('link', { name: '开启年报' }).count()).toBe(0);
  });

  it('goes county → prefecture: submitted late, sent back with a reason the county reads, made again, resubmitted and accepted', async () => {
    await server.data(openYear, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
    const nanming = await server.bureauByCode('520102');
    // Last year's return, then one more person: the comparison has a row to highlight.
    await server.data(openYear, { input: { year: 2011, cutoffOn: '2011-12-31', dueOn: '2012-03-31' } });
    await server.data(freeze, { year: 2011, bureauId: nanming.id });
    const [institution] = (await server.data(institutionsOf, { bureauId: nanming.id })).institutions.items;
    const person = newPeople({ namePrefix: '年报界面测试', regionCode: '520102', birthDate: '1991-04-04', firstSequence: 730, gender: 'FEMALE', hiredOn: '2012-05-01' });
    await server.data(createStaff, { input: person(institution.id) });
    const county = await session('nanming');
    const prefecture = await session('guiyang');
    const countyMain = county.page.locator('#main-content');
    // Both windows listen to the annual returns under them from here on, whatever page they show.
    await prefecture.page.locator('[data-live="connected"]').waitFor();
    await county.page.locator('[data-live="connected"]').waitFor();

    // The county makes its return for 2012 from the list.
    await county.open('annual-returns');
    await county.page.getByRole('button', { name: '生成年报', exact: true }).click();
    const make = county.page.getByTestId('make-return-dialog');
    await make.getByRole('combobox', { name: '报告年度' }).click();
    await county.page.getByRole('option', { name: '2012', exact: true }).click();
    await confirmChange(make);
    await county.page.waitForURL(new RegExp(`#/annual-returns/2012-${nanming.id}/show`));
    await expectStatus(county.page, '未报');
    await expectText(countyMain, '南明区');
    expect(await countyMain.locator('[data-severity="BLOCKING"]').count()).toBe(0);
    expect(await latinTexts(county.page)).toEqual([]);
    await saveScreenshot(county.page, 'annual-return-draft');
    const made = (await server.data(returnOf, { bureauId: nanming.id })).annualReturn!;
    expect(made.status).toBe('DRAFT');

    // Its tables, as frozen.
    await county.page.getByRole('tab', { name: '机构编制情况' }).click();
    await expectVisible(countyMain.getByTestId('establishment-totals'));
    await county.page.getByRole('tab', { name: '人员结构' }).click();
    await expectText(countyMain.getByTestId('staff-profile-total'), /实有人数合计 \d+ 人/);
    await county.page.getByRole('tab', { name: '与上年对比' }).click();
    const activeStaff = countyMain.locator('[data-testid="year-comparison"] tr[data-key="establishment.activeStaff"]');
    await expectText(activeStaff, /实有人数.*\+1/s);
    expect(await activeStaff.getAttribute('data-changed')).toBe('true');
    expect(await countyMain.locator('tr[data-key="establishment.institutions"]').getAttribute('data-changed')).toBe('false');
    await expectText(countyMain.locator('tr[data-key="staffProfile.byGender.FEMALE"]'), '女');
    await saveScreenshot(county.page, 'annual-return-comparison');
    await county.page.getByRole('tab', { name: '概况与审核' }).click();

    // 2012's due date is long past: the submission asks why.
    await county.page.getByRole('button', { name: '报送', exact: true }).click();
    const submit = county.page.getByTestId('submit-return-dialog');
    await expectText(submit, '已过报送期限（2013-03-31）');
    await submit.locator('input[name="responsiblePerson"]').fill('张局长');
    await submit.locator('input[name="preparer"]').fill('李科员');
    await submit.locator('textarea[name="lateReason"]').fill('补报2012年度统计年报');
    await saveScreenshot(county.page, 'annual-return-submit');
    await confirmChange(submit);
    await expectStatus(county.page, '已报');
    expect(await county.page.getByRole('button', { name: '报送', exact: true }).count()).toBe(0);
    expect((await server.data(returnOf, { bureauId: nanming.id })).annualReturn).toMatchObject({
      status: 'SUBMITTED',
      responsiblePerson: '张局长',
      preparer: '李科员',
      lateReason: '补报2012年度统计年报',
    });
    // The prefecture, on its dashboard, is told at once; the county is not told of its own act.
    await expectVisible(prefecture.page.getByRole('alert').filter({ hasText: `${nanming.name} 报送了2012年度年报（逾期：补报2012年度统计年报）` }));
    expect(await county.page.getByRole('alert').filter({ hasText: '报送了' }).count()).toBe(0);
    // It waits on the prefecture's to-do card, linked; not on the county's own, since the bureau above decides it.
    const prefectureTasks = prefecture.page.getByTestId('tasks-card');
    await expectText(prefectureTasks.getByTestId('task-returns-count'), '1');
    await expectText(prefectureTasks.getByTestId('task-returns'), nanming.name);
    const countyDesk = await session('nanming');
    await expectVisible(countyDesk.page.getByTestId('tasks-card'));
    expect(await countyDesk.page.getByTestId('task-returns').count()).toBe(0);

    // The prefecture finds it submitted in the year's progress (from the dashboard's card) and sends it back.
    const card = prefecture.page.getByTestId('annual-report-card');
    await expectText(card, /年度统计年报/);
    await card.getByRole('link').click();
    await prefecture.page.waitForURL(/#\/annual-report-progress\?year=\d{4}/);
    await prefecture.open('annual-report-progress?year=2012');
    const row = prefecture.page.locator('[data-testid="progress-row"][data-code="520102"]');
    await expectText(row, '已报');
    await expectText(prefecture.page.locator('[data-testid="progress-parent"][data-code="520100"] [data-standing="SUBMITTED"]'), '1');
    expect(await latinTexts(prefecture.page)).toEqual([]);
    await saveScreenshot(prefecture.page, 'annual-report-progress');
    await row.getByRole('link', { name: '南明区' }).click();
    await prefecture.page.waitForURL(new RegExp(`#/annual-returns/2012-${nanming.id}/show`));
    await expectStatus(prefecture.page, '已报');
    expect(await prefecture.page.getByRole('button', { name: '报送', exact: true }).count()).toBe(0);
    await prefecture.page.getByRole('button', { name: '退回', exact: true }).click();
    const sendBack = prefecture.page.getByTestId('send-back-return-dialog');
    const reason = '人员结构与实名制台账不符，请核实后重报';
    await sendBack.locator('textarea[name="returnReason"]').fill(reason);
    await confirmChange(sendBack);
    await expectStatus(prefecture.page, '退回');
    expect(await prefecture.page.getByRole('button', { name: '审核通过', exact: true }).count()).toBe(0);
    expect((await server.data(returnOf, { bureauId: nanming.id })).annualReturn).toMatchObject({ status: 'RETURNED', returnReason: reason });

    // The county, its return's page still open, is told why and sees the page refreshed; it makes the return again and resubmits it.
    await expectVisible(county.page.getByRole('alert').filter({ hasText: `${nanming.name} 2012年度年报被退回：${reason}` }));
    await expectStatus(county.page, '退回');
    await expectText(countyMain.getByTestId('return-reason'), reason);
    await saveScreenshot(county.page, 'annual-return-sent-back');
    await county.page.getByRole('button', { name: '重新生成', exact: true }).click();
    await confirmChange(county.page.getByTestId('remake-return-dialog'));
    await county.page.getByRole('button', { name: '报送', exact: true }).click();
    const resubmit = county.page.getByTestId('submit-return-dialog');
    expect(await resubmit.locator('input[name="responsiblePerson"]').inputValue()).toBe('张局长');
    await resubmit.locator('input[name="preparer"]').fill('王科员');
    await confirmChange(resubmit);
    await expectStatus(county.page, '已报');
    expect(await countyMain.getByTestId('return-reason').count()).toBe(0);

    // The prefecture accepts it, and downloads what the central office and people read.
    await prefecture.page.reload();
    await expectStatus(prefecture.page, '已报');
    await prefecture.page.getByRole('button', { name: '审核通过', exact: true }).click();
    await confirmChange(prefecture.page.getByTestId('accept-return-dialog'));
    await expectStatus(prefecture.page, '已审核');
    const [json] = await Promise.all([prefecture.page.waitForEvent('download'), prefecture.page.getByTestId('export-json').click()]);
    expect(json.suggestedFilename()).toBe('annual-return-2012-520102.json');
    const document = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(JSON.stringify(document)).toContain('520102');
    const [xlsx] = await Promise.all([prefecture.page.waitForEvent('download'), prefecture.page.getByTestId('export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('annual-return-2012-520102.xlsx');
    expect(XLSX.read(fs.readFileSync((await xlsx.path())!)).SheetNames.length).toBeGreaterThan(1);
    await saveScreenshot(prefecture.page, 'annual-return-accepted');

    // The county is told, and sees it accepted, with nothing left to do but download it.
    await expectVisible(county.page.getByRole('alert').filter({ hasText: `${nanming.name} 2012年度年报已审核通过` }));
    await expectStatus(county.page, '已审核');
    expect(await county.page.getByRole('button', { name: '报送', exact: true }).count()).toBe(0);
    expect(await county.page.getByRole('button', { name: '重新生成', exact: true }).count()).toBe(0);
    await expectVisible(county.page.getByTestId('export-xlsx'));
    await county.open(`annual-returns?filter=${encodeURIComponent(JSON.stringify({ year: 2012, status: 'ACCEPTED' }))}`);
    await expectText(county.page.locator('tbody tr', { hasText: '南明区' }), '已审核');

    // And in English, every table of it.
    await county.page.getByRole('button', { name: '中文' }).click();
    await county.page.getByRole('menuitem', { name: 'English' }).click();
    await county.open(`annual-returns/2012-${nanming.id}/show`);
    await expectStatus(county.page, 'Accepted');
    await expectVisible(county.page.getByRole('button', { name: 'Download Excel' }));
    for (const [tab, shown] of [['Establishment', 'establishment-totals'], ['Staff Profile', 'staff-profile-total'], ['E-Government', 'return-egov-staffing'], ['Against Last Year', 'year-comparison']]) {
      await county.page.getByRole('tab', { name: tab, exact: true }).click();
      await expectVisible(countyMain.getByTestId(shown));
    }
    await expectText(countyMain.locator('tr[data-key="staffProfile.byGender.FEMALE"]'), 'Female');

    const accepted = (await server.data(returnOf, { bureauId: nanming.id })).annualReturn!;
    expect(accepted).toMatchObject({ id: made.id, status: 'ACCEPTED', preparer: '王科员' });
    expect(accepted.acceptedAt).not.toBeNull();
    const trail = (await server.data(returnAudit, { recordId: made.id })).auditEntries.items;
    expect(trail.map((entry) => `${entry.actorUsername}: ${entry.operation}`).sort()).toEqual(
      [
        'nanming: freezeAnnualReturn',
        'nanming: submitAnnualReturn',
        'guiyang: returnAnnualReturn',
        'nanming: freezeAnnualReturn',
        'nanming: submitAnnualReturn',
        'guiyang: acceptAnnualReturn',
      ].sort(),
    );
  });
});
