import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describeInBrowser, saveScreenshot } from './support/browser';
import { eventually, expectText, expectVisible, useAdminBrowser } from './support/admin-session';
import { useTestServer } from './support/test-server';

/** Inline operations: what the test reads through the API to compare with the pages. */
function operation<Result, Variables = Record<string, unknown>>(text: string): TypedDocumentNode<Result, Variables> {
  return parse(text) as TypedDocumentNode<Result, Variables>;
}

interface InstitutionFacts {
  id: string;
  version: number;
  name: string;
  bureau: { name: string };
  currentEstablishment: { documentNumber: string; internalBodyNames: string[] } | null;
  staff: { name: string }[];
  changes: { kind: string; documentNumber: string; after: string | null }[];
  subordinates: { id: string; name: string }[];
}

const institutionsNamed = operation<{ institutions: { items: InstitutionFacts[] } }, { name: string }>(`
  query InstitutionsNamed($name: String!) {
    institutions(filter: { nameContains: $name }, limit: 5, offset: 0) {
      items {
        id version name bureau { name }
        currentEstablishment { documentNumber internalBodyNames }
        staff(status: ACTIVE) { name }
        changes { kind documentNumber after }
        subordinates { id name }
      }
    }
  }
`);

const institutionById = operation<{ institution: InstitutionFacts }, { id: string }>(`
  query InstitutionById($id: ID!) {
    institution(id: $id) {
      id version name bureau { name }
      currentEstablishment { documentNumber internalBodyNames }
      staff(status: ACTIVE) { name }
      changes { kind documentNumber after }
      subordinates { id name }
    }
  }
`);

const topLevelWithSubordinates = operation<{ institutions: { items: { id: string; name: string; subordinates: { id: string; name: string }[] }[] } }, { bureauId: string }>(`
  query TopLevel($bureauId: ID!) {
    institutions(filter: { bureauId: $bureauId, topLevel: true }, limit: 500, offset: 0) {
      items { id name subordinates { id name } }
    }
  }
`);

const establishmentFigures = operation<{ bureau: { establishmentStatistics: { institutions: number } } }, { id: string }>(`
  query EstablishmentFigures($id: ID!) {
    bureau(id: $id) { establishmentStatistics { institutions } }
  }
`);

const renameMeanwhile = operation<{ renameInstitution: { version: number } }, { id: string; version: number; name: string }>(`
  mutation RenameMeanwhile($id: ID!, $version: Int!, $name: String!) {
    renameInstitution(input: { id: $id, version: $version, name: $name, documentNumber: "南编〔2026〕99号", decidedOn: "2026-01-05" }) { version }
  }
`);

const renameAudit = operation<{ auditEntries: { items: { operation: string; recordId: string; reason: string | null }[] } }, { recordId: string }>(`
  query RenameAudit($recordId: ID!) {
    auditEntries(filter: { recordType: "Institution", recordId: $recordId }, limit: 20) {
      items { operation recordId reason }
    }
  }
`);

/**
 * The institutions (机构) in the admin client, against a real Bianzhi over the
 * seeded registry: their pages with real data, a change recorded with its
 * document and one refused beside its field, the tree by supervising
 * institution, and the establishment statistics on the dashboard.
 */
describeInBrowser('institutions in the admin client', () => {
  const server = useTestServer();
  const session = useAdminBrowser(server);

  async function institutionNamed(name: string): Promise<InstitutionFacts> {
    const found = (await server.data(institutionsNamed, { name })).institutions.items.find((item) => item.name === name);
    if (!found) throw new Error(`no institution named ${name} in the seed`);
    return found;
  }

  it('lists the seeded institutions and shows one with its tabs', async () => {
    const { page, open } = await session('province');
    const facts = await institutionNamed('贵阳市南明区财政局');
    await open('institutions');
    await page.getByPlaceholder('搜索').fill('南明区财政局');
    const row = page.locator('tbody tr', { hasText: facts.name });
    await expectText(row, facts.bureau.name);
    await row.click();
    await page.waitForURL(new RegExp(`#/institutions/${facts.id}/show`));
    const main = page.locator('#main-content');
    await expectText(main, facts.name);
    await page.getByRole('tab', { name: '三定' }).click();
    await expectText(main, facts.currentEstablishment!.documentNumber);
    await page.getByRole('tab', { name: '编制使用情况' }).click();
    await expectText(main, '核定职数');
    await page.getByRole('tab', { name: '实名制人员' }).click();
    await expectText(main, facts.staff[0].name);
    await page.getByRole('tab', { name: '内设机构' }).click();
    await expectText(main, facts.currentEstablishment!.internalBodyNames[0]);
    await page.getByRole('tab', { name: '机构沿革' }).click();
    await expectText(main, '三定批复');
    await saveScreenshot(page, 'institution-show');
  });

  it('renames an institution with its document: the history and the audit trail have it; a refused change shows its field error', async () => {
    const { page, open } = await session('province');
    const facts = await institutionNamed('贵阳市南明区教育局');
    await open(`institutions/${facts.id}/show`);
    const newName = '贵阳市南明区教育局（更名测试）';
    const documentNumber = '南编〔2026〕7号';

    await page.getByRole('button', { name: '更名' }).click();
    const dialog = page.getByTestId('rename-dialog');
    await dialog.locator('input[name="documentNumber"]').fill(documentNumber);
    await dialog.locator('input[name="name"]').fill(newName);
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectText(page.locator('#main-content'), newName);
    await page.getByRole('tab', { name: '机构沿革' }).click();
    const renamed = page.locator('tbody tr', { hasText: '更名' });
    await expectText(renamed, documentNumber);
    await expectText(renamed, newName);
    const stored = (await server.data(institutionById, { id: facts.id })).institution;
    expect(stored.changes).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'RENAMED', documentNumber, after: newName })]));
    const audit = (await server.data(renameAudit, { recordId: facts.id })).auditEntries.items;
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ operation: 'renameInstitution' })]));
    await open(`audit?filter=${encodeURIComponent(JSON.stringify({ recordType: 'Institution', recordId: facts.id }))}`);
    await expectVisible(page.locator('tbody tr', { hasText: '机构更名' }));

    // A name over 200 characters: the server refuses it, and says so beside the name.
    await open(`institutions/${facts.id}/show`);
    await expectText(page.locator('#main-content'), newName);
    await page.getByRole('button', { name: '更名' }).click();
    await dialog.locator('input[name="documentNumber"]').fill('南编〔2026〕8号');
    await dialog.locator('input[name="name"]').fill('长'.repeat(201));
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await expectText(dialog.locator('.MuiFormHelperText-root.Mui-error'), '不能超过 200 个字符');
    await saveScreenshot(page, 'institution-rename-refused');
    await dialog.getByRole('button', { name: '取消' }).click();

    // Someone else changes it while the rank dialog is open: the stale version is said plainly.
    const current = (await server.data(institutionById, { id: facts.id })).institution;
    await page.getByRole('button', { name: '调整规格' }).click();
    const rankDialog = page.getByTestId('rank-dialog');
    await rankDialog.locator('input[name="documentNumber"]').fill('南编〔2026〕9号');
    await server.data(renameMeanwhile, { id: facts.id, version: current.version, name: '贵阳市南明区教育局（他人更名）' });
    await rankDialog.getByRole('button', { name: '确认变更' }).click();
    await expectText(rankDialog.getByTestId('change-problem'), '已被他人修改');
    expect((await server.data(institutionById, { id: facts.id })).institution.changes.filter((change) => change.documentNumber === '南编〔2026〕9号')).toEqual([]);
  });

  it('approves a new 三定 with its quota lines, positions and internal bodies; a duplicate body is refused beside its input', async () => {
    const { page, open } = await session('province');
    const facts = await institutionNamed('贵阳市南明区民政局');
    const bodies = facts.currentEstablishment!.internalBodyNames;
    await open(`institutions/${facts.id}/show`);
    await expectText(page.locator('#main-content'), facts.name);
    await page.getByRole('button', { name: '三定批复' }).click();
    const dialog = page.getByTestId('establishment-dialog');
    // Prefilled from the current 三定: its internal bodies, one input each.
    await eventually(async () => expect(await dialog.locator('input[name^="internalBodies."]').count()).toBe(bodies.length));
    const documentNumber = '南编〔2026〕12号';
    await dialog.locator('input[name="documentNumber"]').fill(documentNumber);
    await dialog.getByRole('button', { name: '添加' }).last().click();
    const added = dialog.locator(`input[name="internalBodies.${bodies.length}.name"]`);
    await added.fill(bodies[0]);
    await saveScreenshot(page, 'institution-establishment-dialog');
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await expectText(dialog.locator('.MuiFormHelperText-root.Mui-error'), '重复或已存在');

    await added.fill('信息化建设科');
    await dialog.getByRole('button', { name: '确认变更' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '三定' }).click();
    await expectText(page.locator('#main-content'), documentNumber);
    await page.getByRole('tab', { name: '内设机构' }).click();
    await expectText(page.locator('#main-content'), '信息化建设科');
    const stored = (await server.data(institutionById, { id: facts.id })).institution;
    expect(stored.currentEstablishment).toMatchObject({ documentNumber, internalBodyNames: [...bodies, '信息化建设科'] });
  });

  it('establishes a public institution: the natures offered are those of its kind, and it must have a funding form', async () => {
    const { page, open } = await session('province');
    await open('institutions');
    await page.getByRole('link', { name: '设立机构' }).click();
    await page.waitForURL(/#\/institutions\/create/);
    const name = '贵州省机构编制电子政务中心（测试）';
    await page.locator('input[name="documentNumber"]').fill('黔编〔2026〕3号');
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('combobox', { name: '机构类别' }).click();
    await page.getByRole('option', { name: '政府工作部门' }).click();
    // An organ is administrative: the only nature it may have is chosen for it.
    await expectText(page.getByRole('combobox', { name: '机构性质' }), '行政机关');
    expect(await page.getByRole('combobox', { name: '经费形式' }).count()).toBe(0);
    await page.getByRole('combobox', { name: '机构类别' }).click();
    await page.getByRole('option', { name: '事业单位' }).click();
    await page.getByRole('combobox', { name: '机构性质' }).click();
    expect(await page.getByRole('option', { name: '行政机关' }).count()).toBe(0);
    await page.getByRole('option', { name: '公益一类' }).click();
    await page.getByRole('combobox', { name: '经费形式' }).click();
    await page.getByRole('option', { name: '财政全额拨款' }).click();
    await page.getByRole('combobox', { name: '机构规格' }).click();
    await page.getByRole('option', { name: '正处级/正县级' }).click();
    await saveScreenshot(page, 'institution-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/institutions\/\d+\/show/);
    await expectText(page.locator('#main-content'), name);
    await page.getByRole('tab', { name: '机构沿革' }).click();
    await expectText(page.locator('tbody tr', { hasText: '设立' }), '黔编〔2026〕3号');
  });

  it('hides the change actions from a role that only reads', async () => {
    const { page, open } = await session('auditor');
    const facts = await institutionNamed('贵阳市南明区财政局');
    await open(`institutions/${facts.id}/show`);
    await expectText(page.locator('#main-content'), facts.name);
    await page.getByRole('tab', { name: '三定' }).waitFor();
    expect(await page.getByRole('button', { name: '更名' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '三定批复' }).count()).toBe(0);
  });

  it('shows the tree of a bureau by supervising institution, expanding subordinates on demand', async () => {
    const { page, open } = await session('province');
    const nanming = await server.bureauByCode('520102');
    const roots = (await server.data(topLevelWithSubordinates, { bureauId: nanming.id })).institutions.items;
    const parent = roots.find((root) => root.subordinates.length > 0);
    if (!parent) throw new Error('no top-level institution of Nanming supervises another');
    await open(`institution-tree?bureauId=${nanming.id}`);
    const tree = page.getByTestId('institution-tree');
    await eventually(async () => expect(await tree.getByTestId('institution-tree-node').count()).toBe(roots.length));
    const child = parent.subordinates[0];
    expect(await tree.getByRole('link', { name: child.name, exact: true }).count()).toBe(0);
    await tree.getByRole('button', { name: `展开${parent.name}的下属机构` }).click();
    await expectVisible(tree.getByRole('link', { name: child.name, exact: true }));
    await saveScreenshot(page, 'institution-tree');
  });

  it("shows the province's establishment statistics on the dashboard and drills down to a prefecture", async () => {
    const { page } = await session('province');
    const province = await server.bureauByCode('520000');
    const guiyang = await server.bureauByCode('520100');
    const expected = (await server.data(establishmentFigures, { id: province.id })).bureau.establishmentStatistics.institutions;
    const panel = page.getByTestId('establishment-panel');
    await expectText(panel.getByTestId('establishment-institutions'), new RegExp(`^${expected}$`));
    await saveScreenshot(page, 'dashboard-establishment');

    const prefecture = (await server.data(establishmentFigures, { id: guiyang.id })).bureau.establishmentStatistics.institutions;
    const row = panel.locator(`[data-testid="establishment-row"][data-bureau-id="${guiyang.id}"]`);
    await row.getByRole('button', { name: guiyang.name }).click();
    await eventually(async () => expect(await panel.getAttribute('data-bureau-id')).toBe(guiyang.id));
    await expectText(panel.getByTestId('establishment-institutions'), new RegExp(`^${prefecture}$`));
    // Back up to the province by the breadcrumbs, and down again.
    await panel.getByTestId('establishment-breadcrumbs').getByRole('button', { name: province.name }).click();
    await expectText(panel.getByTestId('establishment-institutions'), new RegExp(`^${expected}$`));
    await panel.locator(`[data-testid="establishment-row"][data-bureau-id="${guiyang.id}"]`).getByRole('button', { name: guiyang.name }).click();
    await eventually(async () => expect(await panel.getAttribute('data-bureau-id')).toBe(guiyang.id));

    // The Guiyang bureau's own row links to its institutions that are over quota or positions.
    const own = panel.locator(`[data-testid="establishment-row"][data-bureau-id="${guiyang.id}"]`);
    await own.getByTestId('establishment-over-link').click();
    await page.waitForURL(/#\/institutions\?/);
    const filter = JSON.parse(new URL(page.url().replace('/#/', '/')).searchParams.get('filter') ?? '{}');
    expect(filter).toEqual({ bureauId: guiyang.id, overStaffed: true });
  });
});
