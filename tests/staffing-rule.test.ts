import { QuotaAlertsDocument, SubtreeStatisticsDocument, UnitStaffingUnderDocument } from './generated/graphql';
import { editStaffAtRandom, editUnitsAndQuotasAtRandom } from './support/random-edits';
import { createRandomProvince } from './support/random-registry';
import { useTestServer } from './support/test-server';

const server = useTestServer();

const categories = ['ADMINISTRATIVE', 'LOGISTICS', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION'];
const tiers = ['DEPUTY', 'INTERNAL_BODY_HEAD', 'PRINCIPAL'];

interface StaffingRow {
  institution_id: number;
  bureau_id: number;
  dimension: 'CATEGORY' | 'TIER';
  key: string;
  approved: number;
  active: number;
  vacancies: number;
  over: boolean;
  excess: number;
}

const byCell = (first: StaffingRow, second: StaffingRow) =>
  first.institution_id - second.institution_id || first.dimension.localeCompare(second.dimension) || first.key.localeCompare(second.key);

interface AlertSeen {
  institutionId: number;
  kind: string;
  key: string;
  approved: number;
  actual: number;
}

const byAlert = (first: AlertSeen, second: AlertSeen) => first.institutionId - second.institutionId || first.kind.localeCompare(second.kind) || first.key.localeCompare(second.key);

const execute = <Row>(sql: string, parameters: unknown[]) => server.bianzhi.orm.em.fork().getConnection().execute<Row[]>(sql, parameters);

/** What the one definition, the view, says of every cell in use in the province's institutions. */
async function definition(provincePath: string): Promise<StaffingRow[]> {
  const rows = await execute<StaffingRow>(
    `select cell.institution_id, institution.bureau_id, cell.dimension, cell.key, cell.approved, cell.active, cell.vacancies, cell.over, cell.excess
       from staffing_cell_status cell join institution on institution.id = cell.institution_id join bureau on bureau.id = institution.bureau_id
      where bureau.path like ? and cell.in_use`,
    [`${provincePath}%`],
  );
  return rows.sort(byCell);
}

/**
 * The rule as the domain states it, counted person by person: 超编, active staff of a category
 * above its current quota's headcount; 超职数, active holders of a leadership tier above the
 * positions of the current 三定.
 */
async function countedFromPeople(provincePath: string): Promise<StaffingRow[]> {
  const institutions = await execute<{ id: number; bureau_id: number }>('select institution.id, institution.bureau_id from institution join bureau on bureau.id = institution.bureau_id where bureau.path like ?', [`${provincePath}%`]);
  const quotas = await execute<{ institution_id: number; category: string; approved_headcount: number }>('select * from quota where superseded_on is null', []);
  const approvals = await execute<{ institution_id: number; principal_positions: number; deputy_positions: number; internal_head_positions: number }>('select * from establishment_approval where superseded_on is null', []);
  const staff = await execute<{ institution_id: number; quota_category: string; leadership_tier: string | null }>(`select institution_id, quota_category, leadership_tier from staff where status = 'ACTIVE'`, []);
  const cell = (institution: { id: number; bureau_id: number }, dimension: 'CATEGORY' | 'TIER', key: string, hasApproval: boolean, approved: number, active: number) => ({
    inUse: hasApproval || active > 0,
    row: { institution_id: institution.id, bureau_id: institution.bureau_id, dimension, key, approved, active, vacancies: Math.max(approved - active, 0), over: active > approved, excess: Math.max(active - approved, 0) },
  });
  return institutions
    .flatMap((institution) => {
      const mine = staff.filter((person) => person.institution_id === institution.id);
      const approval = approvals.find((row) => row.institution_id === institution.id);
      const positions: Record<string, number> = { PRINCIPAL: approval?.principal_positions ?? 0, DEPUTY: approval?.deputy_positions ?? 0, INTERNAL_BODY_HEAD: approval?.internal_head_positions ?? 0 };
      return [
        ...categories.map((category) => {
          const quota = quotas.find((row) => row.institution_id === institution.id && row.category === category);
          return cell(institution, 'CATEGORY', category, Boolean(quota), quota?.approved_headcount ?? 0, mine.filter((person) => person.quota_category === category).length);
        }),
        ...tiers.map((tier) => cell(institution, 'TIER', tier, Boolean(approval), positions[tier], mine.filter((person) => person.leadership_tier === tier).length)),
      ];
    })
    .filter((entry) => entry.inUse)
    .map((entry) => entry.row)
    .sort(byCell);
}

describe('over-staffing (超编) and over-positions (超职数) are one definition', () => {
  it.each([
    ['71', 4],
    ['72', 5],
  ])('province %s (seed %d): the definition equals the count from people, the open alerts, the units’ staffing and the statistics', async (digits, seed) => {
    const province = await createRandomProvince(server.bianzhi.orm.em.fork(), digits, seed);
    await editStaffAtRandom(server, String(province.id), seed, 25);
    await editUnitsAndQuotasAtRandom(server, String(province.id), seed, 20);
    const cells = await definition(province.path);
    const over = (dimension: string) => cells.filter((cell) => cell.dimension === dimension && cell.over);
    expect(over('CATEGORY').length).toBeGreaterThan(0);
    expect(over('TIER').length).toBeGreaterThan(0);
    expect(cells.some((cell) => !cell.over)).toBe(true);
    expect(cells.some((cell) => cell.active === cell.approved && cell.active > 0)).toBe(true);

    expect(cells).toEqual(await countedFromPeople(province.path));

    const alerts = (await server.data(QuotaAlertsDocument, { filter: { underBureauId: String(province.id), open: true }, limit: 1000 })).quotaAlerts.items;
    const raised: AlertSeen[] = alerts.map(({ institutionId, kind, category, tier, approved, actual }) => ({ institutionId: Number(institutionId), kind, key: (category ?? tier)!, approved, actual }));
    const expectedAlerts = cells
      .filter((cell) => cell.over)
      .map((cell): AlertSeen => ({ institutionId: cell.institution_id, kind: cell.dimension === 'CATEGORY' ? 'OVER_STAFFED' : 'OVER_POSITIONS', key: cell.key, approved: cell.approved, actual: cell.active }));
    expect(raised.sort(byAlert)).toEqual(expectedAlerts.sort(byAlert));

    const units = (await server.data(UnitStaffingUnderDocument, { underBureauId: String(province.id) })).egovUnits.items;
    const shown = units.flatMap((unit): StaffingRow[] => [
      ...unit.staffing.map((staffing) => ({
        institution_id: Number(unit.id),
        bureau_id: Number(unit.bureauId),
        dimension: 'CATEGORY' as const,
        key: staffing.category as string,
        approved: staffing.approvedHeadcount,
        active: staffing.activeStaff,
        vacancies: staffing.vacancies,
        over: staffing.overStaffed,
        excess: staffing.excess,
      })),
      ...unit.institution.leadershipStaffing.map((staffing) => ({
        institution_id: Number(unit.id),
        bureau_id: Number(unit.bureauId),
        dimension: 'TIER' as const,
        key: staffing.tier as string,
        approved: staffing.approvedPositions,
        active: staffing.holders,
        vacancies: staffing.vacantPositions,
        over: staffing.overPositions,
        excess: staffing.excess,
      })),
    ]);
    expect(shown.sort(byCell)).toEqual(cells);

    const bureaus = (await server.data(SubtreeStatisticsDocument, { underBureauId: String(province.id), scope: 'SELF', includeInternalDivisions: true })).bureaus.items;
    const unitsOfBureau = (bureauId: number, over: (cell: StaffingRow) => boolean) =>
      new Set(cells.filter((cell) => cell.bureau_id === bureauId && over(cell)).map((cell) => cell.institution_id)).size;
    expect(bureaus.map((bureau) => ({ id: bureau.id, overQuota: bureau.staffingStatistics.unitsOverQuota, overPositions: bureau.staffingStatistics.unitsOverPositions }))).toEqual(
      bureaus.map((bureau) => ({ id: bureau.id, overQuota: unitsOfBureau(Number(bureau.id), (cell) => cell.dimension === 'CATEGORY' && cell.over), overPositions: unitsOfBureau(Number(bureau.id), (cell) => cell.dimension === 'TIER' && cell.over) })),
    );
  });
});
