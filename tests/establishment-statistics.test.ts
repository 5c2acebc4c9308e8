import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse, print } from 'graphql';
import { AccountRole } from '../server/modules/account/account-role';
import { BureauLevel } from '../server/modules/bureau/bureau-level';
import { Bureau } from '../server/modules/bureau/bureau.entity';
import { EstablishmentApproval } from '../server/modules/establishment/establishment-approval.entity';
import { LeadershipTier } from '../server/modules/establishment/leadership-tier';
import { FundingForm, InstitutionKind, InstitutionNature, InstitutionStatus, naturesOfKind } from '../server/modules/institution/institution-enums';
import { InstitutionRank } from '../server/modules/institution/institution-rank';
import { Institution } from '../server/modules/institution/institution.entity';
import { QuotaCategory } from '../server/modules/quota/quota-category';
import { Quota } from '../server/modules/quota/quota.entity';
import { makeNationalId } from '../server/modules/staff/national-id';
import { Education, Gender, StaffStatus } from '../server/modules/staff/staff-enums';
import { Staff } from '../server/modules/staff/staff.entity';
import { seededRandom } from '../server/seed/synthetic-people';
import { tokenFor } from './support/credentials';
import { createRandomProvince } from './support/random-registry';
import { useTestServer, type GraphQLResponse } from './support/test-server';

const server = useTestServer();

// Inline documents, typed loosely: the generated types are regenerated on merge.
const document = (source: string) => parse(source) as TypedDocumentNode<any, any>;

const fields = `
  institutions
  byKind { kind institutions }
  byNature { nature institutions }
  byRank { rank institutions }
  byFunding { funding institutions }
  byCategory { category approvedHeadcount activeStaff vacancies excess overStaffedInstitutions }
  byTier { tier approvedPositions holders vacantPositions excess overInstitutions }
  approvedHeadcount activeStaff vacancies excess approvedPositions leaders
  overStaffedInstitutions overPositionsInstitutions overInstitutions`;

const subtreeStatistics = document(`
  query EstablishmentUnder($underBureauId: ID!, $scope: StatisticsScope!) {
    bureaus(filter: { underBureauId: $underBureauId }, limit: 500) { items { id establishmentStatistics(scope: $scope) { ${fields} } } }
  }`);

const bureauStatistics = document(`
  query EstablishmentOf($id: ID!, $scope: StatisticsScope!) {
    bureau(id: $id) { id establishmentStatistics(scope: $scope) { ${fields} } }
  }`);

const drillDown = document(`
  query EstablishmentDrillDown($id: ID!) {
    bureau(id: $id) {
      establishmentStatistics { institutions approvedHeadcount activeStaff overInstitutions }
      children { id establishmentStatistics { institutions approvedHeadcount activeStaff overInstitutions } }
      establishmentTable { bureau { id } scope statistics { institutions approvedHeadcount activeStaff vacancies overInstitutions } }
    }
  }`);

const overInstitutions = document(`
  query OverInstitutions($bureauId: ID!) {
    institutions(filter: { bureauId: $bureauId, overStaffed: true }, limit: 500) { totalCount }
  }`);

const institutionVersion = document(`query InstitutionVersion($id: ID!) { institution(id: $id) { id version status } }`);

const createStaff = document(`
  mutation CreateStaffForStatistics($input: CreateStaffInput!) { createStaff(input: $input) { id } }`);

const abolishInstitution = document(`
  mutation AbolishForStatistics($input: AbolishInstitutionInput!) { abolishInstitution(input: $input) { id status } }`);

interface Rows {
  bureaus: { id: number; path: string }[];
  institutions: { id: number; bureau_id: number; kind: InstitutionKind; nature: InstitutionNature; rank: InstitutionRank; funding: FundingForm | null; status: string }[];
  quotas: { institution_id: number; category: QuotaCategory; approved_headcount: number; superseded_on: unknown }[];
  approvals: { institution_id: number; principal_positions: number; deputy_positions: number; internal_head_positions: number; superseded_on: unknown }[];
  staff: { institution_id: number; quota_category: QuotaCategory; leadership_tier: LeadershipTier | null; status: string }[];
}

/** The tables themselves, not the staffing cells or their view. */
async function readRows(): Promise<Rows> {
  const connection = server.bianzhi.orm.em.fork().getConnection();
  return {
    bureaus: await connection.execute('select id, path from bureau'),
    institutions: await connection.execute('select id, bureau_id, kind, nature, rank, funding, status from institution'),
    quotas: await connection.execute('select institution_id, category, approved_headcount, superseded_on from quota'),
    approvals: await connection.execute('select institution_id, principal_positions, deputy_positions, internal_head_positions, superseded_on from establishment_approval'),
    staff: await connection.execute('select institution_id, quota_category, leadership_tier, status from staff'),
  };
}

function positionsOf(approval: Rows['approvals'][number], tier: LeadershipTier): number {
  if (tier === LeadershipTier.PRINCIPAL) return approval.principal_positions;
  if (tier === LeadershipTier.DEPUTY) return approval.deputy_positions;
  return approval.internal_head_positions;
}

/** The establishment statistics of one bureau in a scope, counted row by row in plain loops. */
function bruteForce(rows: Rows, rootId: number, scope: 'SELF' | 'SUBTREE' | 'DESCENDANTS') {
  const root = rows.bureaus.find((bureau) => bureau.id === rootId)!;
  const inScope = new Set(
    rows.bureaus
      .filter((bureau) => (scope === 'SELF' ? bureau.id === root.id : bureau.path.startsWith(root.path) && (scope === 'SUBTREE' || bureau.id !== root.id)))
      .map((bureau) => bureau.id),
  );
  const members = rows.institutions.filter((institution) => inScope.has(institution.bureau_id) && institution.status === 'ACTIVE');
  const countBy = <Value extends string, Name extends string>(values: Value[], name: Name, pick: (institution: (typeof members)[number]) => Value | null) =>
    values
      .map((value) => ({ [name]: value, institutions: members.filter((institution) => pick(institution) === value).length }) as Record<Name, Value> & { institutions: number })
      .filter((count) => count.institutions > 0);

  const categoryCells: Cell[] = members.flatMap((institution) =>
    Object.values(QuotaCategory).map((category) => {
      const quota = rows.quotas.find((row) => row.institution_id === institution.id && row.category === category && row.superseded_on === null);
      const active = rows.staff.filter((person) => person.institution_id === institution.id && person.quota_category === category && person.status === 'ACTIVE').length;
      return { institution: institution.id, key: category, inUse: Boolean(quota) || active > 0, approved: quota?.approved_headcount ?? 0, active };
    }),
  );
  const tierCells: Cell[] = members.flatMap((institution) =>
    Object.values(LeadershipTier).map((tier) => {
      const approval = rows.approvals.find((row) => row.institution_id === institution.id && row.superseded_on === null);
      const active = rows.staff.filter((person) => person.institution_id === institution.id && person.leadership_tier === tier && person.status === 'ACTIVE').length;
      return { institution: institution.id, key: tier, inUse: Boolean(approval) || active > 0, approved: approval ? positionsOf(approval, tier) : 0, active };
    }),
  );
  type Cell = { institution: number; key: string; inUse: boolean; approved: number; active: number };
  const sum = (cells: Cell[], pick: (cell: Cell) => number) => cells.reduce((total, cell) => total + pick(cell), 0);
  const vacancies = (cell: Cell) => Math.max(cell.approved - cell.active, 0);
  const excess = (cell: Cell) => Math.max(cell.active - cell.approved, 0);
  const over = (cells: Cell[]) => new Set(cells.filter((cell) => cell.active > cell.approved).map((cell) => cell.institution));
  const byCategory = Object.values(QuotaCategory)
    .map((category) => ({ category, cells: categoryCells.filter((cell) => cell.key === category && cell.inUse) }))
    .filter(({ cells }) => cells.length > 0)
    .map(({ category, cells }) => ({
      category,
      approvedHeadcount: sum(cells, (cell) => cell.approved),
      activeStaff: sum(cells, (cell) => cell.active),
      vacancies: sum(cells, vacancies),
      excess: sum(cells, excess),
      overStaffedInstitutions: over(cells).size,
    }));
  const byTier = Object.values(LeadershipTier)
    .map((tier) => ({ tier, cells: tierCells.filter((cell) => cell.key === tier && cell.inUse) }))
    .filter(({ cells }) => cells.length > 0)
    .map(({ tier, cells }) => ({
      tier,
      approvedPositions: sum(cells, (cell) => cell.approved),
      holders: sum(cells, (cell) => cell.active),
      vacantPositions: sum(cells, vacancies),
      excess: sum(cells, excess),
      overInstitutions: over(cells).size,
    }));
  const overStaffed = over(categoryCells);
  const overPositions = over(tierCells);
  return {
    institutions: members.length,
    byKind: countBy(Object.values(InstitutionKind), 'kind', (institution) => institution.kind),
    byNature: countBy(Object.values(InstitutionNature), 'nature', (institution) => institution.nature),
    byRank: countBy(Object.values(InstitutionRank), 'rank', (institution) => institution.rank),
    byFunding: countBy(Object.values(FundingForm), 'funding', (institution) => institution.funding),
    byCategory,
    byTier,
    approvedHeadcount: sum(categoryCells, (cell) => cell.approved),
    activeStaff: sum(categoryCells, (cell) => cell.active),
    vacancies: sum(categoryCells, vacancies),
    excess: sum(categoryCells, excess),
    approvedPositions: sum(tierCells, (cell) => cell.approved),
    leaders: sum(tierCells, (cell) => cell.active),
    overStaffedInstitutions: overStaffed.size,
    overPositionsInstitutions: overPositions.size,
    overInstitutions: new Set([...overStaffed, ...overPositions]).size,
  };
}

/**
 * Institutions of every kind, nature, rank and funding form in every bureau of
 * the province, some merged or abolished, with current and superseded quotas
 * and 三定, and staff of every status and tier, some institutions over.
 */
async function addInstitutionsOfEveryKind(em: EntityManager, province: Bureau, seed: number): Promise<void> {
  const random = seededRandom(seed * 104729);
  const chance = (probability: number) => random() < probability;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const bureaus = await em.find(Bureau, { path: { $like: `${province.path}%` } });
  let person = 0;
  for (const bureau of bureaus) {
    for (let index = 0; index < between(1, 5); index += 1) {
      const kind = pick(Object.values(InstitutionKind));
      // The province's first institution has always ended, so that every tree has one to leave out.
      const ended = chance(0.15) || (bureau.id === province.id && index === 0);
      const status = ended ? pick([InstitutionStatus.ABOLISHED, InstitutionStatus.MERGED]) : InstitutionStatus.ACTIVE;
      const institution = em.create(Institution, {
        bureau,
        name: `随机机构${bureau.code}-${index}`,
        kind,
        nature: pick(naturesOfKind[kind]),
        rank: pick(Object.values(InstitutionRank)),
        funding: kind === InstitutionKind.PUBLIC_INSTITUTION ? pick(Object.values(FundingForm)) : null,
        status,
        endedOn: status === InstitutionStatus.ACTIVE ? null : '2020-01-01',
      });
      let previousApproval: EstablishmentApproval | null = null;
      for (let approval = 0; approval < (chance(0.75) ? between(1, 2) : 0); approval += 1) {
        const approvedOn = `201${approval}-06-01`;
        if (previousApproval) previousApproval.supersededOn = approvedOn;
        previousApproval = em.create(EstablishmentApproval, {
          institution,
          documentNumber: `随三定〔201${approval}〕${index}号`,
          approvedOn,
          internalBodyNames: [],
          principalPositions: between(0, 1),
          deputyPositions: between(0, 3),
          internalHeadPositions: between(0, 4),
          replaces: previousApproval,
        });
      }
      for (const category of Object.values(QuotaCategory)) {
        if (!chance(0.5)) continue;
        let previous: Quota | null = null;
        for (let approval = 0; approval < between(1, 2); approval += 1) {
          const effectiveOn = `201${approval}-01-01`;
          if (previous) previous.supersededOn = effectiveOn;
          previous = em.create(Quota, { institution, category, approvedHeadcount: between(0, 8), documentNumber: `随编〔201${approval}〕${index}号`, effectiveOn, replaces: previous });
        }
      }
      for (let staffIndex = 0; staffIndex < between(0, 10); staffIndex += 1) {
        person += 1;
        const gender = pick([Gender.MALE, Gender.FEMALE]);
        const birthDate = `19${70 + (person % 25)}-0${1 + (person % 9)}-1${person % 10}`;
        em.create(Staff, {
          institution,
          quotaCategory: pick(Object.values(QuotaCategory)),
          name: `随机人员${person}`,
          gender,
          nationalId: makeNationalId(bureau.code, birthDate, person, gender),
          birthDate,
          education: Education.BACHELOR,
          position: '科员',
          leadershipTier: chance(0.3) ? pick(Object.values(LeadershipTier)) : null,
          hiredOn: '2015-01-01',
          status: chance(0.8) ? StaffStatus.ACTIVE : pick([StaffStatus.LEFT, StaffStatus.RETIRED, StaffStatus.TRANSFERRED_OUT]),
        });
      }
    }
  }
  await em.flush();
}

async function randomProvince(digits: string, seed: number): Promise<Bureau> {
  const province = await createRandomProvince(server.bianzhi.orm.em.fork(), digits, seed);
  await addInstitutionsOfEveryKind(server.bianzhi.orm.em.fork(), province, seed);
  return province;
}

async function expectBruteForceEverywhere(provinceId: number): Promise<number> {
  const rows = await readRows();
  let compared = 0;
  for (const scope of ['SELF', 'SUBTREE', 'DESCENDANTS'] as const) {
    const answer = await server.data(subtreeStatistics, { underBureauId: String(provinceId), scope });
    expect(answer.bureaus.items.length).toBeGreaterThan(2);
    for (const { id, establishmentStatistics } of answer.bureaus.items) {
      expect({ id, ...establishmentStatistics }).toEqual({ id, ...bruteForce(rows, Number(id), scope) });
      compared += 1;
    }
  }
  return compared;
}

describe('establishment statistics agree with a brute-force count of the tables on random trees', () => {
  it.each([
    ['53', 11],
    ['54', 12],
    ['61', 13],
  ])('province %s (seed %d): every bureau, every scope, by kind, nature, rank, funding, category and tier', async (digits, seed) => {
    const province = await randomProvince(digits, seed);
    const compared = await expectBruteForceEverywhere(province.id);
    expect(compared).toBeGreaterThan(9);
    // Read a second time, from the server's cache this time: the same figures.
    await expectBruteForceEverywhere(province.id);
    const all = (await server.data(bureauStatistics, { id: String(province.id), scope: 'SUBTREE' })).bureau.establishmentStatistics;
    expect(all.byKind.length).toBeGreaterThan(3);
    // The trees hold what the rule must see: over institutions, and ended ones left out.
    expect(all.overStaffedInstitutions).toBeGreaterThan(0);
    expect(all.overPositionsInstitutions).toBeGreaterThan(0);
    expect(all.vacancies).toBeGreaterThan(0);
    const rows = await readRows();
    const under = new Set(rows.bureaus.filter((bureau) => bureau.path.startsWith(province.path)).map((bureau) => bureau.id));
    expect(rows.institutions.filter((institution) => under.has(institution.bureau_id) && institution.status !== 'ACTIVE').length).toBeGreaterThan(0);
    expect(all.institutions).toBeGreaterThan(all.byFunding.reduce((total: number, count: { institutions: number }) => total + count.institutions, 0));
  });
});

describe('scopes, drill-down and the table', () => {
  const sumOf = (parts: Record<string, number>[], key: string) => parts.reduce((total, part) => total + part[key], 0);

  it('SELF plus DESCENDANTS is SUBTREE, in every figure of every list', async () => {
    const province = await randomProvince('62', 21);
    const { bureaus } = await server.data(subtreeStatistics, { underBureauId: String(province.id), scope: 'SUBTREE' });
    for (const { id, establishmentStatistics: subtree } of bureaus.items) {
      const self = (await server.data(bureauStatistics, { id, scope: 'SELF' })).bureau.establishmentStatistics;
      const descendants = (await server.data(bureauStatistics, { id, scope: 'DESCENDANTS' })).bureau.establishmentStatistics;
      for (const key of Object.keys(subtree)) {
        if (Array.isArray(subtree[key])) {
          for (const entry of subtree[key]) {
            const [name, value] = Object.entries(entry)[0];
            const findIn = (list: Record<string, unknown>[]) => list.find((other) => other[name] === value);
            for (const [figure, number] of Object.entries(entry).slice(1)) {
              expect([key, value, figure, ((findIn(self[key])?.[figure] as number) ?? 0) + ((findIn(descendants[key])?.[figure] as number) ?? 0)]).toEqual([key, value, figure, number]);
            }
          }
        } else {
          expect([key, self[key] + descendants[key]]).toEqual([key, subtree[key]]);
        }
      }
    }
  });

  it('drills down from the province through children to the over institutions, and the table adds up', async () => {
    const province = await randomProvince('63', 22);
    const { bureau } = await server.data(drillDown, { id: String(province.id) });
    expect(bureau.children.length).toBeGreaterThan(1);
    const table = bureau.establishmentTable;
    expect(table.map((row: { bureau: { id: string }; scope: string }) => [row.bureau.id, row.scope])).toEqual([
      [String(province.id), 'SELF'],
      ...bureau.children.map((child: { id: string }) => [child.id, 'SUBTREE']),
    ]);
    const statistics = table.map((row: { statistics: Record<string, number> }) => row.statistics);
    for (const key of ['institutions', 'approvedHeadcount', 'activeStaff', 'overInstitutions']) expect([key, sumOf(statistics, key)]).toEqual([key, bureau.establishmentStatistics[key]]);
    for (const [index, child] of bureau.children.entries()) expect(table[index + 1].statistics).toMatchObject(child.establishmentStatistics);
    // The over institutions a bureau's own figures count are the ones the institutions list finds.
    for (const child of [{ id: String(province.id) }, ...bureau.children]) {
      const self = (await server.data(bureauStatistics, { id: child.id, scope: 'SELF' })).bureau.establishmentStatistics;
      expect((await server.data(overInstitutions, { bureauId: child.id })).institutions.totalCount).toBe(self.overInstitutions);
    }
  });

  it('counts the seeded registry: every e-government unit is among the institutions', async () => {
    const guizhou = await server.bureauByCode('520000');
    const statistics = (await server.data(bureauStatistics, { id: guizhou.id, scope: 'SUBTREE' })).bureau.establishmentStatistics;
    const rows = await readRows();
    expect(statistics).toEqual(bruteForce(rows, Number(guizhou.id), 'SUBTREE'));
    const connection = server.bianzhi.orm.em.fork().getConnection();
    const [{ count }] = await connection.execute(`select count(*)::int as count from institution where is_egov_body and status = 'ACTIVE'`);
    expect(statistics.institutions).toBeGreaterThanOrEqual(count);
  });
});

describe('figures follow every write', () => {
  it('moves after a staff member is added and after an institution is abolished, through the cache', async () => {
    const province = await randomProvince('64', 31);
    const em = server.bianzhi.orm.em.fork();
    const bureaus = await em.find(Bureau, { path: { $like: `${province.path}%` } }, { orderBy: { path: 'asc' } });
    const county = bureaus.find((bureau) => bureau.level === BureauLevel.COUNTY) ?? bureaus[1];
    const target = em.create(Institution, { bureau: county, name: '统计测试中心', kind: InstitutionKind.PUBLIC_INSTITUTION, nature: InstitutionNature.PUBLIC_WELFARE_ONE, rank: InstitutionRank.SECTION, funding: FundingForm.FULL });
    em.create(Quota, { institution: target, category: QuotaCategory.PUBLIC_INSTITUTION, approvedHeadcount: 3, documentNumber: '统编〔2020〕1号', effectiveOn: '2020-01-01' });
    const doomed = em.create(Institution, { bureau: county, name: '统计测试撤销站', kind: InstitutionKind.PUBLIC_INSTITUTION, nature: InstitutionNature.COMMERCIAL, rank: InstitutionRank.SUB_SECTION, funding: FundingForm.SELF_FUNDED });
    em.create(Quota, { institution: doomed, category: QuotaCategory.LOGISTICS, approvedHeadcount: 2, documentNumber: '统编〔2020〕2号', effectiveOn: '2020-01-01' });
    await em.flush();

    const read = async (id: number, scope = 'SUBTREE') => (await server.data(bureauStatistics, { id: String(id), scope })).bureau.establishmentStatistics;
    // Warm the server's cache at the current versions.
    const before = await read(province.id);
    const countyBefore = await read(county.id, 'SELF');
    await expectBruteForceEverywhere(province.id);

    const added = await server.request(createStaff, {
      input: {
        institutionId: String(target.id),
        quotaCategory: 'PUBLIC_INSTITUTION',
        name: '统计新人',
        nationalId: makeNationalId(county.code, '1992-02-02', 7, 'FEMALE'),
        education: 'BACHELOR',
        position: '科员',
        hiredOn: '2021-03-01',
      },
    });
    expect(added.errors).toBeUndefined();
    const afterStaff = await read(province.id);
    expect(afterStaff.activeStaff).toBe(before.activeStaff + 1);
    expect(afterStaff.vacancies).toBe(before.vacancies - 1);
    expect((await read(county.id, 'SELF')).activeStaff).toBe(countyBefore.activeStaff + 1);
    await expectBruteForceEverywhere(province.id);

    const { institution } = await server.data(institutionVersion, { id: String(doomed.id) });
    const abolished = await server.request(abolishInstitution, { input: { id: String(doomed.id), version: institution.version, decidedOn: '2021-06-01', documentNumber: '统编〔2021〕3号' } });
    expect(abolished.errors).toBeUndefined();
    const afterAbolition = await read(province.id);
    expect(afterAbolition.institutions).toBe(before.institutions - 1);
    expect(afterAbolition.approvedHeadcount).toBe(before.approvedHeadcount - 2);
    expect((await read(county.id, 'SELF')).institutions).toBe(countyBefore.institutions - 1);
    await expectBruteForceEverywhere(province.id);
  });
});

describe('jurisdiction', () => {
  async function asCaller(token: string, query: TypedDocumentNode<any, any>, variables: Record<string, unknown>): Promise<GraphQLResponse<any>> {
    const response = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(query), variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  }

  it("refuses a county administrator the province's figures as an unknown bureau, and gives it its own", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    const province = await server.bureauByCode('520000');
    const nanming = await server.bureauByCode('520102');
    const refused = await asCaller(token, bureauStatistics, { id: province.id, scope: 'SUBTREE' });
    const unknown = await asCaller(token, bureauStatistics, { id: '999999', scope: 'SUBTREE' });
    expect(refused).toEqual({ data: { bureau: null } });
    expect(refused).toEqual(unknown);
    const own = await asCaller(token, bureauStatistics, { id: nanming.id, scope: 'SUBTREE' });
    expect(own.errors).toBeUndefined();
    expect(own.data.bureau.establishmentStatistics).toEqual((await server.data(bureauStatistics, { id: nanming.id, scope: 'SUBTREE' })).bureau.establishmentStatistics);
    const anonymous = await fetch(`${server.bianzhi.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ bureau(id: "${province.id}") { establishmentStatistics { institutions } } }` }),
    });
    expect(((await anonymous.json()) as GraphQLResponse<any>).data?.bureau ?? null).toBeNull();
  });
});

describe('statements', () => {
  const statementsFor = async (run: () => Promise<unknown>) => {
    const before = server.bianzhi.statementCount();
    await run();
    return server.bianzhi.statementCount() - before;
  };

  it('reads every bureau of the province in a constant number of statements, the own figures only of bureaus changed since', async () => {
    const guizhou = await server.bureauByCode('520000');
    // Each scope is another operation for the server's response cache, which a write empties: the reads below all run.
    const everyBureau = (scope: string) => server.data(subtreeStatistics, { underBureauId: guizhou.id, scope });
    await everyBureau('SUBTREE');
    // A staff member leaves one institution of one county: that county's figures must be read again.
    const em = server.bianzhi.orm.em.fork();
    const someone = await em.findOneOrFail(Staff, { status: StaffStatus.ACTIVE, institution: { bureau: { level: BureauLevel.COUNTY }, status: InstitutionStatus.ACTIVE } } as never);
    someone.status = StaffStatus.RETIRED;
    await em.flush();
    const afterWrite = await statementsFor(() => everyBureau('DESCENDANTS'));
    const cached = await statementsFor(() => everyBureau('SELF'));
    expect(cached).toBe(afterWrite - 1);
    const page = await everyBureau('SELF');
    expect(page.bureaus.items.length).toBeGreaterThan(90);
    // One bureau costs what a hundred do.
    const one = await statementsFor(() => server.data(bureauStatistics, { id: guizhou.id, scope: 'DESCENDANTS' }));
    expect(one).toBeLessThanOrEqual(cached);
  });
});
