import fs from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { DashboardDocument, type IndicatorCoverageFragment } from '../admin/src/gql/graphql';
import { CreateStaffDocument } from './generated/graphql';
import { describeInBrowser, pdfFolder } from './support/browser';
import { eventually, expectCount, expectText, expectVisible, useAdminBrowser } from './support/admin-session';
import { pdfText } from './support/pdf-text';
import { newZunyiNationalId, zunyiUnitWithRoom } from './support/staff-form';
import { useTestServer } from './support/test-server';

const indicators = ['documentExchange', 'localAreaNetwork', 'paperlessOffice', 'intranetSite', 'extranetSite'] as const;

/**
 * The dashboard as an office's working page: what waits on it (待办), the
 * survey's tables exported to XLSX and printed, and Figure 1 readable for a
 * single county. The figures are checked against the API's own answer to the
 * query the dashboard makes.
 */
describeInBrowser('the dashboard: to do, export, print and charts', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  it('exports Table 1 to XLSX with the same numbers as the API', async () => {
    const { page } = await session('province');
    const province = await server.bureauByCode('520000');
    const { indicatorTable } = await server.data(DashboardDocument, { underBureauId: province.id });
    const card = page.getByTestId('indicator-card');
    await expectCount(card.locator('tbody tr'), indicatorTable.rows.length + 1);
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('各市州五项指标覆盖情况（表一）.xlsx');
    const workbook = XLSX.read(fs.readFileSync((await download.path())!), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1, defval: '' });
    expect(rows[0][0]).toBe('各市州五项指标覆盖情况（表一）');
    // Two heading rows: the indicators over their 已建数 and 覆盖率 columns.
    expect(rows[1]).toEqual(['市州', '编办数', '电子公文交换', '', '局域网', '', '无纸化办公', '', '内网及网站', '', '外网及网站', ''].slice(0, rows[1].length));
    expect(rows[2].slice(2, 4)).toEqual(['已建数', '覆盖率（%）']);
    const expected: [string, IndicatorCoverageFragment][] = [...indicatorTable.rows.map((row): [string, IndicatorCoverageFragment] => [row.bureau.divisionName, row.statistics]), ['合计', indicatorTable.total]];
    const body = rows.slice(3);
    expect(body).toHaveLength(expected.length);
    expected.forEach(([name, statistics], index) => {
      expect(body[index]).toEqual([name, statistics.bureauCount, ...indicators.flatMap((indicator) => [statistics[indicator].built, statistics[indicator].coverage])]);
    });
  });

  it("keeps Table 1's headings on one line at 1440 pixels", async () => {
    const { page } = await session('province');
    await page.setViewportSize({ width: 1440, height: 900 });
    const headings = page.getByTestId('indicator-table').locator('thead th');
    await expectCount(headings, 7);
    await eventually(async () => {
      const heights = await Promise.all((await headings.all()).map(async (heading) => (await heading.boundingBox())!.height));
      const texts = await headings.allInnerTexts();
      expect(texts).toContain('编办数');
      expect(texts).toContain('电子公文交换');
      // All the same height, one line's.
      expect(new Set(heights).size).toBe(1);
      expect(heights[0]).toBeLessThan(45);
    });
  });

  it("prints the dashboard: the PDF holds the tables' text, without the menu and buttons", async () => {
    const { page } = await session('province');
    const province = await server.bureauByCode('520000');
    const { indicatorTable, unitTable } = await server.data(DashboardDocument, { underBureauId: province.id });
    await expectCount(page.getByTestId('indicator-table').locator('tbody tr'), indicatorTable.rows.length + 1);
    await expectVisible(page.getByTestId('unit-table'));
    await expectVisible(page.getByTestId('indicator-shares').locator('.recharts-pie-sector'));
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(pdfFolder, { recursive: true });
    const pdf = await page.pdf({ path: `${pdfFolder}/dashboard.pdf`, format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const text = await pdfText(pdf);
    for (const title of ['各市州五项指标覆盖情况（表一）', '各市州电子政务机构、编制与人员（表三）', '图一各项指标占比', '待办', '机构编制统计（各级各类机构）']) {
      expect(text).toContain(title.replace(/\s+/g, ''));
    }
    const zunyi = indicatorTable.rows.find((row) => row.bureau.divisionName === '遵义市')!;
    expect(text).toContain(`遵义市${zunyi.statistics.bureauCount}${zunyi.statistics.documentExchange.built}(${zunyi.statistics.documentExchange.coverage.toFixed(2)}%)`);
    const total = unitTable.total;
    expect(text).toContain(`合计${total.bureauCount}${total.bureausWithUnit}${total.coverage.toFixed(2)}%${total.units.length}${total.approvedHeadcount}${total.activeStaff}`);
    // The charts' legends: Table 3's figures, Figure 1's indicators.
    expect(text).toMatch(/机构数编制数实有人数|实有人数机构数编制数/);
    const figure1 = text.slice(text.indexOf('图一各项指标占比'));
    for (const indicator of ['电子公文交换', '无纸化办公', '外网及网站']) expect(figure1).toContain(indicator);
    // The buttons are left off the page.
    expect(text).not.toContain('导出电子表格');
    expect(text).not.toContain('打印');
  });

  it("lists the open alerts to do, as many as the API counts, linked to the alert list", async () => {
    const { page } = await session('province');
    const province = await server.bureauByCode('520000');
    const tasks = await server.data(DashboardDocument, { underBureauId: province.id });
    expect(tasks.openAlerts.totalCount).toBeGreaterThan(0);
    const card = page.getByTestId('tasks-card');
    await expectText(card.getByTestId('task-alerts-count'), String(tasks.openAlerts.totalCount));
    await expectCount(card.getByTestId('task-alerts').locator('li'), Math.min(5, tasks.openAlerts.totalCount));
    await expectText(card.getByTestId('task-alerts').locator('li').first(), tasks.openAlerts.items[0].institutionName);
    if (tasks.pendingApplications.totalCount > 0) {
      await expectText(card.getByTestId('task-applications-count'), String(tasks.pendingApplications.totalCount));
    }
    await card.getByTestId('task-alerts-count').click();
    await page.waitForURL(/#\/alerts\?filter=/);
    await expectCount(page.locator('#main-content tbody tr'), Math.min(tasks.openAlerts.totalCount, 25));
  });

  it('counts an alert raised by someone else on the to-do card, without a reload', async () => {
    const { page } = await session('province');
    const province = await server.bureauByCode('520000');
    const before = (await server.data(DashboardDocument, { underBureauId: province.id })).openAlerts.totalCount;
    const card = page.getByTestId('tasks-card');
    await expectText(card.getByTestId('task-alerts-count'), String(before));
    await page.locator('[data-live="connected"]').waitFor();

    // A unit under Zunyi with room in one category, filled one past it through the API.
    const target = await zunyiUnitWithRoom(server, 3);
    for (let person = 0; person <= target.vacancies; person += 1) {
      await server.data(CreateStaffDocument, {
        input: { institutionId: target.unit.id, quotaCategory: target.category, name: `待办${person}`, nationalId: newZunyiNationalId(), education: 'BACHELOR', position: '科员', hiredOn: '2024-01-01' },
      });
    }
    await expectText(card.getByTestId('task-alerts-count'), String(before + 1));
    await expectText(card.getByTestId('task-alerts').locator('li').first(), target.unit.name);
  });

  it("draws a county's Figure 1 with no label for an empty slice and none cut off", async () => {
    const { page } = await session('nanming');
    const nanming = await server.bureauByCode('520102');
    const { indicatorShares } = await server.data(DashboardDocument, { underBureauId: nanming.id });
    const built = indicatorShares.shares.filter((share) => share.built > 0);
    const chart = page.getByTestId('indicator-shares');
    await expectVisible(chart.locator('.recharts-pie-sector'));
    const labels = chart.locator('.recharts-pie-label-text');
    await expectCount(labels, built.length);
    expect((await labels.allTextContents()).sort()).toEqual(built.map((share) => `${share.share.toFixed(2)}%`).sort());
    expect(await labels.allTextContents()).not.toContain('0.00%');
    // Each label lies inside the chart, and no two overlap.
    const frame = (await chart.boundingBox())!;
    const boxes = await Promise.all((await labels.all()).map(async (label) => (await label.boundingBox())!));
    for (const box of boxes) {
      expect(box.y).toBeGreaterThanOrEqual(frame.y);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });
});
