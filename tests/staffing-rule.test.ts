import { QuotaAlertsDocument, SubtreeStatisticsDocument, UnitStaffingUnderDocument } from './generated/graphql';
import { editStaffAtRandom, editUnitsAndQuotasAtRandom } from './support/random-edits';
import { createRandomProvince } from './support/random-registry';
import { useTestServer } from './support/test-server';

const server = useTestServer();

const categories = ['ADMINISTRATIVE', 'LOGISTICS', 'PUBLIC_INSTITUTION'];

interface StaffingRow {
  unit_id: number;
  bureau_id: number;
  category: string;
  approved_headcount: number;
  approved_leadership_positions: number;
  active_staff: number;
  active_leaders: number;
  vacancies: number;
  over_staffed: boolean;
  staff_excess: number;
  over_positions: boolean;
  leader_excess: number;
}

const byCell = (first: { unit_id: number; category: string }, second: { unit_id: number; category: string }) =>
  first.unit_id - second.unit_id || first.category.localeCompare(second.category);

interface AlertSeen {
  unitId: number;
  kind: string;
  category: string;
  approved: number;
  actual: number;
}

const byAlert = (first: AlertSeen, second: AlertSeen) => first.unitId - second.unitId || first.kind.localeCompare(second.kind) || first.category.localeCompare(second.category);

const execute = <Row>(sql: string, parameters: unknown[]) => server.bianzhi.orm.em.fork().getConnection().execute<Row[]>(sql, parameters);

/** What the one definition, the view, says of every category in use in the province's units. */
async function definition(provincePath: string): Promise<StaffingRow[]> {
  const rows = await execute<StaffingRow>(
    `select cell.unit_id, unit.bureau_id, cell.category, cell.approved_headcount, cell.approved_leadership_positions, cell.active_staff, cell.active_leaders,
            cell.vacancies, cell.over_staffed, cell.staff_excess, cell.over_positions, cell.leader_excess
       from unit_category_staffing cell join egov_unit unit on unit.id = cell.unit_id join bureau on bureau.id = unit.bureau_id
      where bureau.path like ? and cell.in_use`,
    [`${provincePath}%`],
  );
  return rows.sort(byCell);
}

/** The rule as the domain states it (超编: active staff above the current quota's headcount; 超职数: active leaders above its positions), counted person by person. */
async function countedFromPeople(provincePath: string): Promise<StaffingRow[]> {
  const units = await execute<{ id: number; bureau_id: number }>('select unit.id, unit.bureau_id from egov_unit unit join bureau on bureau.id = unit.bureau_id where bureau.path like ?', [`${provincePath}%`]);
  const quotas = await execute<{ unit_id: number; category: string; approved_headcount: number; approved_leadership_positions: number }>('select * from quota where superseded_on is null', []);
  const staff = await execute<{ unit_id: number; quota_category: string; is_leader: boolean }>(`select unit_id, quota_category, is_leader from staff where status = 'ACTIVE'`, []);
  return units
    .flatMap((unit) =>
      categories.map((category) => {
        const quota = quotas.find((row) => row.unit_id === unit.id && row.category === category);
        const active = staff.filter((person) => person.unit_id === unit.id && person.quota_category === category);
        const headcount = quota?.approved_headcount ?? 0;
        const positions = quota?.approved_leadership_positions ?? 0;
        const leaders = active.filter((person) => person.is_leader).length;
        return {
          inUse: Boolean(quota) || active.length > 0,
          row: {
            unit_id: unit.id,
            bureau_id: unit.bureau_id,
            category,
            approved_headcount: headcount,
            approved_leadership_positions: positions,
            active_staff: active.length,
            active_leaders: leaders,
            vacancies: Math.max(headcount - active.length, 0),
            over_staffed: active.length > headcount,
            staff_excess: Math.max(active.length - headcount, 0),
            over_positions: leaders > positions,
            leader_excess: Math.max(leaders - positions, 0),
          },
        };
      }),
    )
    .filter((cell) => cell.inUse)
    .map((cell) => cell.row)
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
    expect(cells.some((cell) => cell.over_staffed)).toBe(true);
    expect(cells.some((cell) => cell.over_positions)).toBe(true);
    expect(cells.some((cell) => !cell.over_staffed)).toBe(true);
    expect(cells.some((cell) => cell.active_staff === cell.approved_headcount && cell.active_staff > 0)).toBe(true);

    expect(cells).toEqual(await countedFromPeople(province.path));

    const alerts = (await server.data(QuotaAlertsDocument, { filter: { underBureauId: String(province.id), open: true }, limit: 1000 })).quotaAlerts.items;
    const raised: AlertSeen[] = alerts.map(({ unitId, kind, category, approved, actual }) => ({ unitId: Number(unitId), kind, category, approved, actual }));
    const expectedAlerts = cells.flatMap((cell): AlertSeen[] => [
      ...(cell.over_staffed ? [{ unitId: cell.unit_id, kind: 'OVER_STAFFED', category: cell.category, approved: cell.approved_headcount, actual: cell.active_staff }] : []),
      ...(cell.over_positions ? [{ unitId: cell.unit_id, kind: 'OVER_POSITIONS', category: cell.category, approved: cell.approved_leadership_positions, actual: cell.active_leaders }] : []),
    ]);
    expect(raised.sort(byAlert)).toEqual(expectedAlerts.sort(byAlert));
    for (const cell of cells) {
      expect(cell.staff_excess).toBe(cell.over_staffed ? cell.active_staff - cell.approved_headcount : 0);
      expect(cell.leader_excess).toBe(cell.over_positions ? cell.active_leaders - cell.approved_leadership_positions : 0);
    }

    const units = (await server.data(UnitStaffingUnderDocument, { underBureauId: String(province.id) })).egovUnits.items;
    const shown = units.flatMap((unit) =>
      unit.staffing.map((staffing) => ({
        unit_id: Number(unit.id),
        bureau_id: Number(unit.bureauId),
        category: staffing.category as string,
        approved_headcount: staffing.approvedHeadcount,
        approved_leadership_positions: staffing.approvedLeadershipPositions,
        active_staff: staffing.activeStaff,
        active_leaders: staffing.activeLeaders,
        vacancies: staffing.vacancies,
        over_staffed: staffing.overStaffed,
        over_positions: staffing.overPositions,
      })),
    );
    expect(shown.sort(byCell)).toEqual(cells.map(({ staff_excess: _staff, leader_excess: _leaders, ...figures }) => figures));

    const bureaus = (await server.data(SubtreeStatisticsDocument, { underBureauId: String(province.id), scope: 'SELF', includeInternalDivisions: true })).bureaus.items;
    const unitsOfBureau = (bureauId: number, over: (cell: StaffingRow) => boolean) =>
      new Set(cells.filter((cell) => cell.bureau_id === bureauId && over(cell)).map((cell) => cell.unit_id)).size;
    expect(bureaus.map((bureau) => ({ id: bureau.id, overQuota: bureau.staffingStatistics.unitsOverQuota, overPositions: bureau.staffingStatistics.unitsOverPositions }))).toEqual(
      bureaus.map((bureau) => ({ id: bureau.id, overQuota: unitsOfBureau(Number(bureau.id), (cell) => cell.over_staffed), overPositions: unitsOfBureau(Number(bureau.id), (cell) => cell.over_positions) })),
    );
  });
});
