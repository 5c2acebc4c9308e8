import type { StatisticsScope } from './generated/graphql';
import { SubtreeStatisticsDocument } from './generated/graphql';
import { editStaffAtRandom, editUnitsAndQuotasAtRandom } from './support/random-edits';
import { createRandomProvince } from './support/random-registry';
import { useTestServer } from './support/test-server';

const server = useTestServer();

interface Rows {
  bureaus: { id: number; path: string; level: string; party_intranet_connected_on: string | null; local_area_network_built_on: string | null; paperless_office_built_on: string | null; document_exchange_built_on: string | null }[];
  websites: { bureau_id: number; network: string }[];
  units: { id: number; bureau_id: number; rank: string }[];
  quotas: { institution_id: number; category: string; approved_headcount: number; superseded_on: string | null }[];
  approvals: { institution_id: number; principal_positions: number; deputy_positions: number; internal_head_positions: number; superseded_on: string | null }[];
  staff: { institution_id: number; quota_category: string; status: string; leadership_tier: string | null }[];
}

async function readRows(): Promise<Rows> {
  const connection = server.bianzhi.orm.em.fork().getConnection();
  return {
    bureaus: await connection.execute('select * from bureau'),
    websites: await connection.execute('select bureau_id, network from website'),
    units: await connection.execute('select id, bureau_id, rank from institution where is_egov_body'),
    quotas: await connection.execute('select * from quota'),
    approvals: await connection.execute('select * from establishment_approval'),
    staff: await connection.execute('select institution_id, quota_category, status, leadership_tier from staff'),
  };
}

const percent = (built: number, total: number) => (total === 0 ? 0 : Math.floor((built * 10000) / total) / 100);

/** The statistics of one bureau, counted row by row in plain loops. */
function bruteForce(rows: Rows, rootId: number, scope: StatisticsScope, includeInternalDivisions: boolean) {
  const root = rows.bureaus.find((bureau) => bureau.id === rootId)!;
  const inScope = rows.bureaus.filter((bureau) =>
    scope === 'SELF' ? bureau.id === root.id : bureau.path.startsWith(root.path) && (scope === 'SUBTREE' || bureau.id !== root.id),
  );
  const counted = inScope.filter((bureau) => bureau.level !== 'PROVINCE');
  const cover = (has: (bureau: Rows['bureaus'][number]) => boolean) => {
    const built = counted.filter(has).length;
    return { built, total: counted.length, coverage: percent(built, counted.length) };
  };
  const hasSite = (network: string) => (bureau: Rows['bureaus'][number]) => rows.websites.some((site) => site.bureau_id === bureau.id && site.network === network);
  const indicators = {
    bureauCount: counted.length,
    intranetSite: cover(hasSite('INTRANET')),
    extranetSite: cover(hasSite('EXTRANET')),
    localAreaNetwork: cover((bureau) => bureau.local_area_network_built_on !== null),
    paperlessOffice: cover((bureau) => bureau.paperless_office_built_on !== null),
    documentExchange: cover((bureau) => bureau.document_exchange_built_on !== null),
    partyIntranet: cover((bureau) => bureau.party_intranet_connected_on !== null),
    withUnit: cover((bureau) => rows.units.some((unit) => unit.bureau_id === bureau.id)),
  };

  const units = rows.units.filter(
    (unit) => inScope.some((bureau) => bureau.id === unit.bureau_id) && (includeInternalDivisions || unit.rank !== 'INTERNAL_DIVISION'),
  );
  const cells = units.flatMap((unit) =>
    ['ADMINISTRATIVE', 'LOGISTICS', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION'].map((category) => {
      const quota = rows.quotas.find((row) => row.institution_id === unit.id && row.category === category && row.superseded_on === null);
      const active = rows.staff.filter((person) => person.institution_id === unit.id && person.quota_category === category && person.status === 'ACTIVE');
      return { unit: unit.id, category, present: Boolean(quota) || active.length > 0, headcount: quota?.approved_headcount ?? 0, staff: active.length };
    }),
  ).filter((cell) => cell.present);
  const tierCells = units.flatMap((unit) => {
    const approval = rows.approvals.find((row) => row.institution_id === unit.id && row.superseded_on === null);
    const positions: Record<string, number> = { PRINCIPAL: approval?.principal_positions ?? 0, DEPUTY: approval?.deputy_positions ?? 0, INTERNAL_BODY_HEAD: approval?.internal_head_positions ?? 0 };
    return Object.keys(positions).map((tier) => ({
      unit: unit.id,
      positions: positions[tier],
      leaders: rows.staff.filter((person) => person.institution_id === unit.id && person.leadership_tier === tier && person.status === 'ACTIVE').length,
    }));
  });
  const sum = <Cell>(list: Cell[], pick: (cell: Cell) => number) => list.reduce((total, cell) => total + pick(cell), 0);
  const staffing = (list: typeof cells) => ({
    approvedHeadcount: sum(list, (cell) => cell.headcount),
    activeStaff: sum(list, (cell) => cell.staff),
    vacancies: sum(list, (cell) => Math.max(cell.headcount - cell.staff, 0)),
  });
  const ranks = [...new Set(units.map((unit) => unit.rank))].sort();
  return {
    indicatorStatistics: indicators,
    staffingStatistics: {
      units: units.length,
      unitsByRank: ranks.map((rank) => ({ rank, units: units.filter((unit) => unit.rank === rank).length })),
      byCategory: [...new Set(cells.map((cell) => cell.category))].sort().map((category) => ({ category, ...staffing(cells.filter((cell) => cell.category === category)) })),
      ...staffing(cells),
      approvedLeadershipPositions: sum(tierCells, (cell) => cell.positions),
      activeLeaders: sum(tierCells, (cell) => cell.leaders),
      unitsOverQuota: new Set(cells.filter((cell) => cell.staff > cell.headcount).map((cell) => cell.unit)).size,
      unitsOverPositions: new Set(tierCells.filter((cell) => cell.leaders > cell.positions).map((cell) => cell.unit)).size,
    },
  };
}

describe('rollups agree with a brute-force count on random trees', () => {
  it.each([
    ['53', 1],
    ['54', 2],
    ['61', 3],
  ])('province %s (seed %d): every bureau, every scope, with and without internal divisions', async (digits, seed) => {
    const province = await createRandomProvince(server.bianzhi.orm.em.fork(), digits, seed);
    // Read before the edits too, so that figures a server keeps between requests must follow every write.
    await server.data(SubtreeStatisticsDocument, { underBureauId: String(province.id), scope: 'SUBTREE', includeInternalDivisions: true });
    await editStaffAtRandom(server, String(province.id), seed, 25);
    await editUnitsAndQuotasAtRandom(server, String(province.id), seed, 20);
    const rows = await readRows();
    for (const scope of ['SELF', 'SUBTREE', 'DESCENDANTS'] as const) {
      for (const includeInternalDivisions of [false, true]) {
        const answer = await server.data(SubtreeStatisticsDocument, { underBureauId: String(province.id), scope, includeInternalDivisions });
        expect(answer.bureaus.items.length).toBeGreaterThan(2);
        for (const bureau of answer.bureaus.items) {
          const { id, ...statistics } = bureau;
          expect({ id, ...statistics }).toEqual({ id, ...bruteForce(rows, Number(id), scope, includeInternalDivisions) });
        }
      }
    }
  });
});
