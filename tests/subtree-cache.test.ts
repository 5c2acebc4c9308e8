import { Client } from 'pg';
import { placedTables } from '../migrations/Migration20261129193000_subtree_generations';
import { annualReportPlacedTables } from '../migrations/Migration20261130023155_annual_report';
import { returnEventPlacedTables } from '../migrations/Migration20261130035622_annual_return_events';
import { AccountRole } from '../server/modules/account/account-role';
import { commonAncestor } from '../server/modules/access/read-scope';
import { tokenFor } from './support/credentials';
import { freePort, startServerProcess } from './support/server-process';
import { useTestServer } from './support/test-server';

const server = useTestServer();

interface Asked {
  cache: string | null;
  data: Record<string, any>;
}

async function ask(query: string, variables: Record<string, unknown> = {}, token = server.adminToken, url = server.bianzhi.url): Promise<Asked> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return { cache: response.headers.get('x-bianzhi-cache'), data: body.data! };
}

/** A statement on a connection of its own, as another program writing straight to the database. */
async function straight<Row extends Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
  const client = new Client({ connectionString: server.bianzhi.orm.config.getClientUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, parameters)).rows;
  } finally {
    await client.end();
  }
}

async function bureauIdOf(code: string): Promise<string> {
  return (await ask('query ($code: String!) { bureauByCode(code: $code) { id } }', { code })).data.bureauByCode.id as string;
}

/** An institution of the bureau that has staff, with one of its staff. */
async function institutionWithStaffIn(code: string): Promise<{ institutionId: string; staffId: string }> {
  const query = 'query ($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 100) { items { id staff(limit: 1) { id } } } }';
  const items = (await ask(query, { bureauId: await bureauIdOf(code) })).data.institutions.items as { id: string; staff: { id: string }[] }[];
  const chosen = items.find((item) => item.staff.length > 0)!;
  return { institutionId: chosen.id, staffId: chosen.staff[0].id };
}

const institutionsOfBureau = 'query ($bureauId: ID!) { institutions(filter: { bureauId: $bureauId }, limit: 200) { totalCount items { id name activeStaffCount } } }';
const renameBureau = 'mutation ($input: UpdateBureauInput!) { updateBureau(input: $input) { id } }';

async function renameThroughApi(code: string, name: string, url = server.bianzhi.url): Promise<void> {
  const bureau = (await ask('query ($code: String!) { bureauByCode(code: $code) { id version } }', { code }, server.adminToken, url)).data.bureauByCode;
  await ask(renameBureau, { input: { id: bureau.id, version: bureau.version, name } }, server.adminToken, url);
}

describe('answers kept per subtree', () => {
  it('keeps the answers read under one county while another county writes, and only those', async () => {
    const nanming = { bureauId: await bureauIdOf('520102') };
    const huaxi = { bureauId: await bureauIdOf('520111') };
    const guiyang = { bureauId: await bureauIdOf('520100') };
    const underGuiyang = 'query ($bureauId: ID!) { institutions(filter: { underBureauId: $bureauId }, limit: 5) { totalCount } }';
    for (const [query, variables] of [[institutionsOfBureau, nanming], [institutionsOfBureau, huaxi], [underGuiyang, guiyang]] as const) {
      await ask(query, variables);
      expect((await ask(query, variables)).cache).toBe('hit');
    }

    await renameThroughApi('520111', '花溪区机构编制委员会办公室（改）');

    expect((await ask(institutionsOfBureau, nanming)).cache).toBe('hit');
    expect((await ask(institutionsOfBureau, huaxi)).cache).toBe('miss');
    // Huaxi lies under Guiyang: an answer read from all of Guiyang saw it.
    expect((await ask(underGuiyang, guiyang)).cache).toBe('miss');
  });

  it("keeps a county's own callers' answers while other counties write", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520102');
    const ownInstitutions = '{ institutions(limit: 5) { totalCount items { name } } }';
    await ask(ownInstitutions, {}, token);
    await renameThroughApi('520111', '花溪区编办（再改）');
    expect((await ask(ownInstitutions, {}, token)).cache).toBe('hit');
    await straight(`update institution set name = name || '（改）' where id = (select min(institution.id) from institution join bureau on bureau.id = institution.bureau_id where bureau.code = '520102')`);
    const after = await ask(ownInstitutions, {}, token);
    expect(after.cache).toBe('miss');
  });

  it('never serves an answer older than a write straight to the database under its subtree, whichever table it touches', async () => {
    const { institutionId, staffId } = await institutionWithStaffIn('520102');
    const page = 'query ($id: ID!) { institution(id: $id) { name staff(limit: 50) { id name } internalBodies(includeAbolished: true) { id name } } }';
    await ask(page, { id: institutionId });

    await straight(`update staff set name = '直写姓名' where id = $1`, [staffId]);
    const renamed = await ask(page, { id: institutionId });
    expect(renamed.cache).toBe('miss');
    expect(renamed.data.institution.staff.find((member: { id: string }) => member.id === staffId).name).toBe('直写姓名');

    await straight(`insert into internal_body (version, created_at, updated_at, institution_id, name) values (1, now(), now(), $1, '直写内设机构')`, [institutionId]);
    const withBody = await ask(page, { id: institutionId });
    expect(withBody.cache).toBe('miss');
    expect(withBody.data.institution.internalBodies.map((body: { name: string }) => body.name)).toContain('直写内设机构');
  });

  it('evicts the answers of both places when a record moves between counties', async () => {
    const from = await institutionWithStaffIn('520102');
    const to = await institutionWithStaffIn('520111');
    const staffOf = 'query ($institutionId: ID!) { staff(filter: { institutionId: $institutionId }, limit: 200) { totalCount items { id } } }';
    const before = { from: await ask(staffOf, { institutionId: from.institutionId }), to: await ask(staffOf, { institutionId: to.institutionId }) };

    await straight('update staff set institution_id = $1 where id = $2', [to.institutionId, from.staffId]);

    const after = { from: await ask(staffOf, { institutionId: from.institutionId }), to: await ask(staffOf, { institutionId: to.institutionId }) };
    expect(after.from.data.staff.totalCount).toBe(before.from.data.staff.totalCount - 1);
    expect(after.to.data.staff.totalCount).toBe(before.to.data.staff.totalCount + 1);
    expect(after.to.data.staff.items.map((member: { id: string }) => member.id)).toContain(from.staffId);
  });

  it('widens an answer to the places of the records it links to', async () => {
    const nanming = await institutionWithStaffIn('520102');
    const huaxi = await institutionWithStaffIn('520111');
    await straight('update institution set supervising_institution_id = $1 where id = $2', [huaxi.institutionId, nanming.institutionId]);
    const page = 'query ($id: ID!) { institution(id: $id) { name supervisingInstitution { id name } } }';
    expect((await ask(page, { id: nanming.institutionId })).data.institution.supervisingInstitution.id).toBe(huaxi.institutionId);

    await straight(`update institution set name = '花溪区直写改名的主管部门' where id = $1`, [huaxi.institutionId]);

    expect((await ask(page, { id: nanming.institutionId })).data.institution.supervisingInstitution.name).toBe('花溪区直写改名的主管部门');
  });

  it("widens a bureau's answer to the ancestors it shows", async () => {
    const chain = 'query ($code: String!) { bureauByCode(code: $code) { name ancestors { code name } } }';
    await ask(chain, { code: '520102' });
    await straight(`update bureau set name = '贵阳市编办（直写改名）' where code = '520100'`);
    const after = await ask(chain, { code: '520102' });
    expect(after.data.bureauByCode.ancestors).toContainEqual({ code: '520100', name: '贵阳市编办（直写改名）' });
  });

  it("sees a new subordinate placed in another county in its supervisor's answers", async () => {
    const supervisor = await institutionWithStaffIn('520102');
    const elsewhere = await institutionWithStaffIn('520122');
    const page = 'query ($id: ID!) { institution(id: $id) { subordinates { id } } }';
    expect((await ask(page, { id: supervisor.institutionId })).data.institution.subordinates).not.toContainEqual({ id: elsewhere.institutionId });

    await straight('update institution set supervising_institution_id = $1 where id = $2', [supervisor.institutionId, elsewhere.institutionId]);

    expect((await ask(page, { id: supervisor.institutionId })).data.institution.subordinates).toContainEqual({ id: elsewhere.institutionId });
  });

  it('never keeps the absence of a record for a subtree: it may be created anywhere', async () => {
    const [{ last }] = await straight<{ last: number }>('select max(id) as last from bureau');
    const nextId = String(last + 1);
    const byId = 'query ($id: ID!) { bureau(id: $id) { id code } }';
    expect((await ask(byId, { id: nextId })).data.bureau).toBeNull();

    await ask('mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id } }', {
      input: { parentId: await bureauIdOf('520100'), code: '520199', name: '贵阳市新设区编办', divisionName: '贵阳市新设区', level: 'COUNTY' },
    });

    expect((await ask(byId, { id: nextId })).data.bureau).toEqual({ id: nextId, code: '520199' });
  });

  it('keeps an answer with a root field that does not say where it reads for the whole jurisdiction', async () => {
    const nanming = { bureauId: await bureauIdOf('520102') };
    const withMe = 'query ($bureauId: ID!) { me { username } institutions(filter: { bureauId: $bureauId }, limit: 1) { totalCount } }';
    const withMeInFragment = 'query ($bureauId: ID!) { ...Caller institutions(filter: { bureauId: $bureauId }, limit: 1) { totalCount } } fragment Caller on Query { me { username } }';
    for (const query of [withMe, withMeInFragment]) {
      await ask(query, nanming);
      expect((await ask(query, nanming)).cache).toBe('hit');
    }
    await renameThroughApi('520111', '花溪区编办（三改）');
    for (const query of [withMe, withMeInFragment]) expect((await ask(query, nanming)).cache).toBe('miss');
  });

  (process.env.TEST_DATABASE_URL ? it : it.skip)('never serves an answer older than a write through another server process', async () => {
    const other = await startServerProcess(server.bianzhi.orm.config.getClientUrl()!, await freePort());
    try {
      const byCode = 'query ($code: String!) { bureauByCode(code: $code) { name } }';
      await ask(byCode, { code: '520102' });
      await renameThroughApi('520102', '南明区编办（另一进程改名）', other.url);
      const after = await ask(byCode, { code: '520102' });
      expect(after.cache).toBe('miss');
      expect(after.data.bureauByCode.name).toBe('南明区编办（另一进程改名）');
    } finally {
      await other.stop();
    }
  });

  it('has every table of records note the places it writes under', async () => {
    const rows = await straight<{ table: string; triggers: string[] }>(`
        select tables.tablename as table, coalesce(array_agg(trigger.tgname::text order by trigger.tgname) filter (where trigger.tgname is not null), '{}') as triggers
          from pg_tables tables
          left join pg_trigger trigger on trigger.tgrelid = format('%I.%I', tables.schemaname, tables.tablename)::regclass and trigger.tgname like '%notes_subtree%'
         where tables.schemaname = current_schema() and tables.tablename not in ('mikro_orm_migrations', 'subtree_generation', 'subtree_write')
         group by tables.tablename order by tables.tablename`);
    expect(rows.map((row) => row.table)).toEqual(Object.keys({ ...placedTables, ...annualReportPlacedTables, ...returnEventPlacedTables }).sort());
    for (const { table, triggers } of rows) {
      expect(triggers).toEqual(['deletes', 'inserts', 'truncate', 'updates'].map((event) => `${table}_notes_subtree_${event}`));
    }
  });
});

describe('the common ancestor of two places', () => {
  it('is the deepest bureau path both lie under', () => {
    expect(commonAncestor('520000/520100/520102/', '520000/520100/520111/')).toBe('520000/520100/');
    expect(commonAncestor('520000/520100/', '520000/520100/520102/')).toBe('520000/520100/');
    expect(commonAncestor('520000/520100/520102/', '520000/520100/520102/')).toBe('520000/520100/520102/');
    expect(commonAncestor('520000/520100/520102/', '520000/520103/')).toBe('520000/');
    expect(commonAncestor('520000/520100/', '530000/')).toBe('');
    expect(commonAncestor('', '520000/')).toBe('');
  });
});
