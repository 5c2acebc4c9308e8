import { Bureau } from '../server/modules/bureau/bureau.entity';
import { QuotaCategory } from '../server/modules/quota/quota-category';
import { Quota } from '../server/modules/quota/quota.entity';
import { makeNationalId } from '../server/modules/staff/national-id';
import { Education, Gender } from '../server/modules/staff/staff-enums';
import { Staff } from '../server/modules/staff/staff.entity';
import { InstitutionRank } from '../server/modules/institution/institution-rank';
import { Institution } from '../server/modules/institution/institution.entity';
import { FundingForm, InstitutionKind, InstitutionNature } from '../server/modules/institution/institution-enums';
import { NestedTreeDocument } from './generated/graphql';
import { parse, print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AccountRole } from '../server/modules/account/account-role';
import { tokenFor } from './support/credentials';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

const server = useTestServer();

async function statementsFor(run: () => Promise<unknown>): Promise<number> {
  const before = server.bianzhi.statementCount();
  await run();
  return server.bianzhi.statementCount() - before;
}

/** Adds units, quotas and staff to every county, multiplying the rows the nested query walks. */
async function growRegistry(unitsPerCounty: number, staffPerUnit: number): Promise<void> {
  const em = server.bianzhi.orm.em.fork();
  const counties = await em.find(Bureau, { level: 'COUNTY' as never });
  let person = 0;
  for (const county of counties) {
    for (let index = 0; index < unitsPerCounty; index += 1) {
      const unit = em.create(Institution, {
        bureau: county,
        name: `扩充中心${county.code}-${index}`,
        rank: InstitutionRank.SUB_SECTION,
        kind: InstitutionKind.PUBLIC_INSTITUTION,
        nature: InstitutionNature.PUBLIC_WELFARE_ONE,
        funding: FundingForm.FULL,
        isEgovBody: true,
      });
      em.create(Quota, { institution: unit, category: QuotaCategory.ADMINISTRATIVE, approvedHeadcount: 3, documentNumber: '扩编〔2013〕1号', effectiveOn: '2013-01-01' });
      for (let staff = 0; staff < staffPerUnit; staff += 1) {
        person += 1;
        em.create(Staff, {
          institution: unit,
          quotaCategory: QuotaCategory.ADMINISTRATIVE,
          name: `扩充${person}`,
          gender: Gender.FEMALE,
          nationalId: makeNationalId(county.code, '1991-01-01', person, 'FEMALE'),
          birthDate: '1991-01-01',
          education: Education.BACHELOR,
          position: '科员',
          hiredOn: '2013-01-01',
        });
      }
    }
  }
  await em.flush();
}

describe('SQL statements per request', () => {
  it('do not grow with the number of rows: no N+1 in the nested tree query', async () => {
    // A statement runs alone the first time, which tells its columns; from then on a level's statements go as one (combined-statement.ts).
    // The write after it keeps the kept answer from answering the next.
    await server.data(NestedTreeDocument);
    await server.bianzhi.orm.em.fork().getConnection().execute(`update bureau set name = name where code = '520000'`);
    const small = await statementsFor(async () => {
      const tree = await server.data(NestedTreeDocument);
      expect(tree.bureauByCode!.children).toHaveLength(9);
    });
    await growRegistry(3, 4);
    let units = 0;
    const large = await statementsFor(async () => {
      const tree = await server.data(NestedTreeDocument);
      units = tree.bureauByCode!.children.flatMap((prefecture) => prefecture.children.flatMap((county) => county.units)).length;
    });
    expect(units).toBeGreaterThanOrEqual(89 * 3);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(14);
    console.info(`nested tree query: ${small} SQL statements at ${units} units`);
  });
});

describe('a record read by id', () => {
  const StaffById = parse('query ($id: ID!) { staffMember(id: $id) { id name position } }') as TypedDocumentNode<{ staffMember: { id: string } | null }, { id: string }>;
  const countyAdminStatements = async (id: string) => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const before = server.bianzhi.statementCount();
    const answer = await askGraphql(server.bianzhi.url, token, print(StaffById), { id });
    return { statements: server.bianzhi.statementCount() - before, answer };
  };

  it('costs the token and the record only: the bureau path its jurisdiction check needs is read in the same statement', async () => {
    const [inside] = await server.bianzhi.orm.em.fork().find(Staff, { institution: { bureau: { code: '520302' } } }, { limit: 1 });
    const [outside] = await server.bianzhi.orm.em.fork().find(Staff, { institution: { bureau: { code: '520102' } } }, { limit: 1 });
    const seen = await countyAdminStatements(String(inside.id));
    expect(seen.answer.data?.staffMember?.id).toBe(String(inside.id));
    expect(seen.statements).toBe(2);
    // Outside the jurisdiction it answers null, as for no such record, at the same cost.
    const refused = await countyAdminStatements(String(outside.id));
    expect(refused.answer.data?.staffMember).toBeNull();
    expect(refused.statements).toBe(2);
  });
});

describe('rollups over the tree', () => {
  // The second query differs from the first in text only, so that the response cache cannot answer it while the staffing cache, warmed by the first, does.
  const warmedBy = <Document extends TypedDocumentNode<unknown, Record<string, never>>>(query: string) =>
    [parse(query), parse(query.replace('{', '{ __typename'))] as [Document, Document];
  const [WarmTree, TreeWithRollups] = warmedBy<TypedDocumentNode<{ bureauByCode: { children: { children: unknown[] }[] } }, Record<string, never>>>(
    '{ bureauByCode(code: "520000") { code staffingStatistics { activeStaff } children { code staffingStatistics { activeStaff } indicatorStatistics { bureauCount } children { code staffingStatistics { activeStaff } indicatorStatistics { bureauCount } } } } }',
  );
  const [WarmTable, IndicatorTableQuery] = warmedBy<TypedDocumentNode<{ indicatorTable: { rows: unknown[] } }, Record<string, never>>>(
    '{ indicatorTable { rows { bureau { code } statistics { bureauCount } } total { bureauCount } } }',
  );

  it('read every bureau once, with their figures, and the root and children with them: the token and that read only', async () => {
    await server.data(WarmTree);
    const statements = await statementsFor(async () => {
      const tree = await server.data(TreeWithRollups);
      expect(tree.bureauByCode.children.flatMap((prefecture) => prefecture.children)).toHaveLength(89);
    });
    expect(statements).toBe(2);
  });

  it("cost the survey's table the token and that read only", async () => {
    await server.data(WarmTable);
    const statements = await statementsFor(async () => {
      expect((await server.data(IndicatorTableQuery)).indicatorTable.rows).toHaveLength(9);
    });
    expect(statements).toBe(2);
  });

  it('keep a bureau outside the jurisdiction out of sight when it comes with that read', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const ask = (code: string) => askGraphql(server.bianzhi.url, token, `{ bureauByCode(code: "${code}") { code staffingStatistics { activeStaff } children { code } } }`);
    expect((await ask('520000')).data?.bureauByCode).toBeNull();
    expect((await ask('520102')).data?.bureauByCode).toBeNull();
    expect((await ask('520302')).data?.bureauByCode).toMatchObject({ code: '520302' });
  });
});

describe('a staff page with its institutions', () => {
  const StaffPage = parse(
    'query ($institutionId: ID, $offset: Int!) { staff(filter: { institutionId: $institutionId }, sort: { field: NAME }, limit: 50, offset: $offset) { totalCount items { id name institution { name } } } }',
  ) as TypedDocumentNode<{ staff: { totalCount: number; items: { id: string }[] } }, { institutionId?: string; offset: number }>;
  const pageStatements = async (variables: { institutionId?: string; offset: number }) => {
    // A county's administrator: the jurisdiction's condition is part of the page's statement.
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    const before = server.bianzhi.statementCount();
    const answer = await askGraphql(server.bianzhi.url, token, print(StaffPage), variables);
    return { statements: server.bianzhi.statementCount() - before, page: answer.data!.staff };
  };

  it('costs the token and one statement for the rows, their count and their institutions, however many rows', async () => {
    const county = await server.bianzhi.orm.em.fork().findOneOrFail(Bureau, { code: '520102' });
    const [institution] = await server.bianzhi.orm.em.fork().find(Institution, { bureau: county }, { limit: 1 });
    const few = await pageStatements({ institutionId: String(institution.id), offset: 0 });
    const many = await pageStatements({ offset: 0 });
    expect(many.page.items.length).toBeGreaterThan(few.page.items.length);
    expect(many.page.totalCount).toBeGreaterThanOrEqual(many.page.items.length);
    expect(few.statements).toBe(2);
    expect(many.statements).toBe(2);
  });

  it('still counts them all on a page past the end, with a statement of its own', async () => {
    const first = await pageStatements({ offset: 0 });
    const beyond = await pageStatements({ offset: first.page.totalCount + 50 });
    expect(beyond.page.items).toEqual([]);
    expect(beyond.page.totalCount).toBe(first.page.totalCount);
    // The token, the page that has no row to carry the count, and the count.
    expect(beyond.statements).toBe(3);
  });
});

describe('a staff record with its institution and bureau', () => {
  const StaffWithPlace = parse('query ($id: ID!) { staffMember(id: $id) { name institution { name bureau { name path } } } }') as TypedDocumentNode<
    { staffMember: { institution: { bureau: { path: string } } } | null },
    { id: string }
  >;

  it('reads the institution and its bureau in one statement', async () => {
    const [inside] = await server.bianzhi.orm.em.fork().find(Staff, { institution: { bureau: { code: '520302' } } }, { limit: 1 });
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const before = server.bianzhi.statementCount();
    const answer = await askGraphql(server.bianzhi.url, token, print(StaffWithPlace), { id: String(inside.id) });
    expect(answer.data?.staffMember?.institution.bureau.path).toMatch(/520302/);
    expect(server.bianzhi.statementCount() - before).toBe(3);
  });
});

describe("a bureau's units with their quotas and staff counts", () => {
  const UnitsWithQuotas = parse('query ($code: String!) { bureauByCode(code: $code) { code units { name activeStaffCount quotas { category approvedHeadcount } staffing { category activeStaff } } } }') as TypedDocumentNode<
    { bureauByCode: { units: { quotas: unknown[] }[] } | null },
    { code: string }
  >;

  it('reads the bureau, its units, their quotas and their staffing in one statement, however many units', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
    const statements = async (code: string) => {
      const before = server.bianzhi.statementCount();
      const answer = await askGraphql(server.bianzhi.url, token, print(UnitsWithQuotas), { code });
      return { statements: server.bianzhi.statementCount() - before, units: answer.data!.bureauByCode.units.length as number };
    };
    // A statement runs alone the first time, which tells its columns (combined-statement.ts); another county, so that no kept answer serves the next.
    await statements('520303');
    const small = await statements('520302');
    await growRegistry(2, 0);
    const large = await statements('520302');
    expect(large.units).toBeGreaterThan(small.units);
    // The token, and the bureau read with its units and everything under them.
    expect(small.statements).toBe(2);
    expect(large.statements).toBe(2);
  });
});

describe('a bureau by code with its indicators', () => {
  const BureauIndicators = parse('query ($code: String!) { bureauByCode(code: $code) { code indicators { intranetSite { built builtOn } extranetSite { built builtOn } } websites { address } } }') as TypedDocumentNode<
    { bureauByCode: { code: string } | null },
    { code: string }
  >;

  it('reads the bureau and its websites in one statement', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
    const before = server.bianzhi.statementCount();
    const answer = await askGraphql(server.bianzhi.url, token, print(BureauIndicators), { code: '520302' });
    expect(answer.data?.bureauByCode?.code).toBe('520302');
    expect(server.bianzhi.statementCount() - before).toBe(2);
  });
});

describe('a page of institutions with their staffing', () => {
  const fields = 'id activeStaffCount overStaffed staffing { category approvedHeadcount activeStaff } leadershipStaffing { tier approvedPositions holders }';
  const page = `query ($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 500) { totalCount items { ...Staffed } } } fragment Staffed on Institution { ${fields} }`;
  const one = `query ($id: ID!) { institution(id: $id) { ${fields} } }`;

  it('reads the staffing along with the page, the same staffing as each institution read alone', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, null);
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const before = server.bianzhi.statementCount();
      const answer = await askGraphql(server.bianzhi.url, token, query, variables);
      expect(answer.errors).toEqual([]);
      return { data: answer.data as Record<string, { items: { id: string }[] } & Record<string, unknown>>, statements: server.bianzhi.statementCount() - before };
    };
    // A statement runs alone the first time, which tells its columns; another county, so that no kept answer serves the next.
    await ask(page, { bureauId: (await server.bureauByCode('520303')).id });
    const read = await ask(page, { bureauId: (await server.bureauByCode('520302')).id });
    // The token, the page with its staffing, and the bureau whose subtree the kept answer covers (the response cache is on).
    expect(read.statements).toBe(3);
    const items = read.data.institutions.items;
    expect(items.length).toBeGreaterThan(1);
    for (const item of items.slice(0, 5)) expect(item).toEqual((await ask(one, { id: item.id })).data.institution);
  });
});
