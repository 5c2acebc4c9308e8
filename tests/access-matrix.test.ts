import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AccountRole } from '../server/modules/account/account-role';
import { makeNationalId } from '../server/modules/staff/national-id';
import { tokenFor } from './support/credentials';
import { askGraphql, type Answer } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * Every role × every query, mutation and subscription × a record inside and
 * outside its jurisdiction. Records sit in four places: two counties of the
 * same prefecture (520102, 520103), a county of another prefecture (520302),
 * and a county of another province (530102). A leak is any record returned
 * whose bureau path lies outside the caller's subtree, or personal data shown
 * unmasked to an integrator; an unauthorized write is any refused-by-rule
 * mutation that changed the database.
 */
const server = useTestServer();

function ask(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  return askGraphql(server.bianzhi.url, token, query, variables);
}

async function asAdmin(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const answer = await ask(server.adminToken, query, variables);
  if (answer.errors.length) throw new Error(`${query}: ${JSON.stringify(answer.errors)}`);
  return answer.data!;
}

/** Raised by every committed write to the registry (statement triggers): unchanged means nothing was written. */
async function writeState(): Promise<string> {
  const rows = await server.bianzhi.orm.em.fork().getConnection().execute<{ generation: string; audits: string; accounts: string; tokens: string }[]>(
    `select (select coalesce(sum(generation), 0) from registry_generation)::text as generation,
            (select count(*) from audit_entry)::text as audits,
            (select count(*) from account)::text as accounts,
            (select count(*) filter (where revoked_at is not null) from access_token)::text as tokens`,
  );
  return JSON.stringify(rows[0]);
}

interface Place {
  name: string;
  prefectureId: string;
  prefecturePath: string;
  countyId: string;
  countyCode: string;
  countyPath: string;
  institutionId: string;
  quotaId: string;
  staffId: string;
  websiteId: string;
  alertId: string;
}

interface Caller {
  label: string;
  role: AccountRole;
  bureauCode: string | null;
  token: string;
  path: string;
  accountId: string;
}

const counters = { reads: 0, writes: 0, subscriptions: 0, leaks: [] as string[], unauthorizedWrites: [] as string[], wronglyRefused: [] as string[] };
let sequence = 0;
const next = () => (sequence += 1);

const places: Place[] = [];
const callers: Caller[] = [];

const inside = (caller: Caller, path: string) => path.startsWith(caller.path);
const writes = (caller: Caller) => [AccountRole.PROVINCE_ADMIN, AccountRole.PREFECTURE_ADMIN, AccountRole.COUNTY_ADMIN].includes(caller.role);
const seesPersonalData = (caller: Caller) => caller.role !== AccountRole.INTEGRATOR;

/** Walks an answer: every bureau path and alert path must lie inside; an integrator sees no national ID or birth date. */
function checkForLeaks(caller: Caller, where: string, value: unknown): void {
  if (Array.isArray(value)) return value.forEach((item) => checkForLeaks(caller, where, item));
  if (value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if ((key === 'path' || key === 'bureauPath') && typeof field === 'string' && !inside(caller, field)) {
      counters.leaks.push(`${caller.label} ${where}: ${key} ${field}`);
    }
    if (key === 'nationalId' && typeof field === 'string' && !seesPersonalData(caller) && !/^\d{6}\*{8}[\dX]{4}$/.test(field)) {
      counters.leaks.push(`${caller.label} ${where}: national ID ${field} unmasked`);
    }
    if (key === 'birthDate' && field !== null && !seesPersonalData(caller)) counters.leaks.push(`${caller.label} ${where}: birth date shown`);
    checkForLeaks(caller, where, field);
  }
}

async function createCounty(prefectureId: string, code: string, divisionName: string): Promise<{ id: string; path: string; version: number }> {
  return (
    await asAdmin(
      'mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id path version } }',
      { input: { parentId: prefectureId, code, level: 'COUNTY', name: `${divisionName}机构编制委员会办公室`, divisionName } },
    )
  ).createBureau;
}

async function createUnit(bureauId: string, name: string): Promise<{ id: string; version: number }> {
  return (await asAdmin('mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id version } }', { input: { bureauId, name, rank: 'SECTION' } })).createEGovUnit;
}

async function createQuota(institutionId: string, category = 'PUBLIC_INSTITUTION'): Promise<{ id: string; version: number }> {
  return (
    await asAdmin('mutation ($input: CreateQuotaInput!) { createQuota(input: $input) { id version } }', {
      input: { institutionId, category, approvedHeadcount: 1, documentNumber: `矩阵编〔2013〕${next()}号`, effectiveOn: '2013-01-01' },
    })
  ).createQuota;
}

async function createStaff(institutionId: string, regionCode: string): Promise<{ id: string; version: number }> {
  const number = next();
  return (
    await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id version } }', {
      input: { institutionId, quotaCategory: 'PUBLIC_INSTITUTION', name: `矩阵${number}`, nationalId: makeNationalId(regionCode, '1980-01-01', number, 'MALE'), education: 'BACHELOR', position: '科员', hiredOn: '2013-02-01' },
    })
  ).createStaff;
}

async function createWebsite(bureauId: string): Promise<{ id: string; version: number }> {
  return (
    await asAdmin('mutation ($input: CreateWebsiteInput!) { createWebsite(input: $input) { id version } }', {
      input: { bureauId, network: 'EXTRANET', address: `https://matrix-${next()}.example.cn`, title: '矩阵网站', launchedOn: '2012-01-01' },
    })
  ).createWebsite;
}

async function versionOf(field: string, id: string): Promise<number> {
  return (await asAdmin(`query ($id: ID!) { ${field}(id: $id) { version } }`, { id }))[field].version;
}

async function makePlace(name: string, prefectureCode: string, countyCode: string): Promise<Place> {
  const prefecture = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id path } }', { code: prefectureCode })).bureauByCode;
  const county = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id path } }', { code: countyCode })).bureauByCode;
  const unit = await createUnit(county.id, `矩阵中心${name}`);
  const quota = await createQuota(unit.id);
  const staff = await createStaff(unit.id, countyCode);
  await createStaff(unit.id, countyCode);
  const website = await createWebsite(county.id);
  const alerts = (await asAdmin('query ($institutionId: ID!) { quotaAlerts(filter: { institutionId: $institutionId, open: true }) { items { id } } }', { institutionId: unit.id })).quotaAlerts.items;
  expect(alerts).toHaveLength(1);
  return {
    name,
    prefectureId: prefecture.id,
    prefecturePath: prefecture.path,
    countyId: county.id,
    countyCode,
    countyPath: county.path,
    institutionId: unit.id,
    quotaId: quota.id,
    staffId: staff.id,
    websiteId: website.id,
    alertId: alerts[0].id,
  };
}

beforeAll(async () => {
  const yunnan = (await asAdmin('mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id } }', { input: { code: '530000', level: 'PROVINCE', name: '云南省机构编制委员会办公室', divisionName: '云南省' } })).createBureau;
  const kunming = (await asAdmin('mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id } }', { input: { parentId: yunnan.id, code: '530100', level: 'PREFECTURE', name: '昆明市机构编制委员会办公室', divisionName: '昆明市' } })).createBureau;
  await createCounty(kunming.id, '530102', '五华区');
  places.push(
    await makePlace('A 南明区', '520100', '520102'),
    await makePlace('B 云岩区', '520100', '520103'),
    await makePlace('C 红花岗区', '520300', '520302'),
    await makePlace('D 五华区 (云南)', '530100', '530102'),
  );
  const roles: [AccountRole, string | null][] = [
    [AccountRole.PROVINCE_ADMIN, '520000'],
    [AccountRole.PREFECTURE_ADMIN, '520100'],
    [AccountRole.COUNTY_ADMIN, '520102'],
    [AccountRole.AUDITOR, '520100'],
    [AccountRole.INTEGRATOR, '520100'],
    [AccountRole.INTEGRATOR, null],
  ];
  for (const [role, bureauCode] of roles) {
    const path = bureauCode === null ? '' : (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { path } }', { code: bureauCode })).bureauByCode.path;
    const token = await tokenFor(server.bianzhi, role, bureauCode);
    const accountId = (await ask(token, '{ me { id } }')).data!.me.id;
    callers.push({ label: `${role}@${bureauCode ?? 'registry'}`, role, bureauCode, token, path, accountId });
  }
}, 120_000);

/** A read of one record by id: inside, the record; outside, null, exactly as a record that does not exist. */
const singleReads: { field: string; selection: string; id: (place: Place) => string; argument?: string }[] = [
  { field: 'bureau', selection: 'id path parent { path } ancestors { path } children { path } descendants { path } units { bureau { path } } websites { bureau { path } }', id: (place) => place.countyId },
  { field: 'bureauByCode', argument: 'code: String!', selection: 'id path', id: (place) => place.countyCode },
  { field: 'egovUnit', selection: 'id bureau { path } quotas(includeSuperseded: true) { unit { bureau { path } } } staff { nationalId birthDate unit { bureau { path } } }', id: (place) => place.institutionId },
  { field: 'quota', selection: 'id unit { bureau { path } } replaces { unit { bureau { path } } }', id: (place) => place.quotaId },
  { field: 'staffMember', selection: 'id nationalId birthDate unit { bureau { path } }', id: (place) => place.staffId },
  { field: 'website', selection: 'id bureau { path }', id: (place) => place.websiteId },
  { field: 'quotaAlert', selection: 'id bureauPath institution { bureau { path } } bureau { path }', id: (place) => place.alertId },
];

/** Lists filtered to a place: inside, its records; outside, refused naming the filter exactly as a bureau that does not exist. */
const placeFilters: { query: string; field: string; bureau: (place: Place) => string; expectsRecord?: (place: Place) => string }[] = [
  { field: 'bureaus', query: 'query ($id: ID!) { bureaus(filter: { underBureauId: $id }) { items { id path } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.countyId },
  { field: 'egovUnits', query: 'query ($id: ID!) { egovUnits(filter: { underBureauId: $id }) { items { id bureau { path } } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.institutionId },
  { field: 'quotas', query: 'query ($id: ID!) { quotas(filter: { underBureauId: $id }) { items { id unit { bureau { path } } } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.quotaId },
  { field: 'staff', query: 'query ($id: ID!) { staff(filter: { underBureauId: $id }) { items { id nationalId unit { bureau { path } } } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.staffId },
  { field: 'websites', query: 'query ($id: ID!) { websites(filter: { underBureauId: $id }) { items { id bureau { path } } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.websiteId },
  { field: 'quotaAlerts', query: 'query ($id: ID!) { quotaAlerts(filter: { underBureauId: $id }) { items { id bureauPath } } }', bureau: (place) => place.countyId, expectsRecord: (place) => place.alertId },
  { field: 'indicatorTable', query: 'query ($id: ID!) { indicatorTable(underBureauId: $id) { rows { bureau { path } } } }', bureau: (place) => place.prefectureId },
  { field: 'unitTable', query: 'query ($id: ID!) { unitTable(underBureauId: $id) { rows { bureau { path } units { bureau { path } } } } }', bureau: (place) => place.prefectureId },
  { field: 'indicatorShares', query: 'query ($id: ID!) { indicatorShares(underBureauId: $id) { totalBuilt } }', bureau: (place) => place.prefectureId },
];

/** Whole lists, unfiltered: everything returned must lie inside; each place's records present exactly when inside. */
const wholeLists: { field: string; query: string; ids: (place: Place) => string }[] = [
  { field: 'bureaus', query: 'query ($offset: Int! = 0) { bureaus(limit: 1000, offset: $offset) { items { id path parent { path } ancestors { path } } } }', ids: (place) => place.countyId },
  { field: 'egovUnits', query: 'query ($offset: Int! = 0) { egovUnits(limit: 1000, offset: $offset) { items { id bureau { path } } } }', ids: (place) => place.institutionId },
  { field: 'quotas', query: 'query ($offset: Int! = 0) { quotas(limit: 1000, offset: $offset) { items { id unit { bureau { path } } } } }', ids: (place) => place.quotaId },
  { field: 'staff', query: 'query ($offset: Int! = 0) { staff(limit: 1000, offset: $offset) { items { id nationalId birthDate unit { bureau { path } } } } }', ids: (place) => place.staffId },
  { field: 'websites', query: 'query ($offset: Int! = 0) { websites(limit: 1000, offset: $offset) { items { id bureau { path } } } }', ids: (place) => place.websiteId },
  { field: 'quotaAlerts', query: 'query ($offset: Int! = 0) { quotaAlerts(limit: 1000, offset: $offset) { items { id bureauPath institution { bureau { path } } bureau { path } } } }', ids: (place) => place.alertId },
];

describe('the access matrix', () => {
  it('without credentials, everything but login is refused with 401', async () => {
    const queries = [
      ...singleReads.map((read) => `{ ${read.field}(${read.argument ? 'code: "520102"' : 'id: "1"'}) { id } }`),
      ...wholeLists.map((list) => list.query),
      '{ indicatorTable { rows { bureau { path } } } }',
      '{ auditEntries { items { id } } }',
      '{ me { id } }',
      'mutation { deleteStaff(id: "1", version: 1) }',
    ];
    for (const query of queries) {
      const before = await writeState();
      const answer = await ask(null, query);
      counters.reads += 1;
      expect(answer.status).toBe(401);
      expect(answer.errors[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data).toBeNull();
      expect(await writeState()).toBe(before);
    }
  });

  it('single reads: every record inside is readable, every record outside reads as no record at all', async () => {
    for (const caller of callers) {
      for (const place of places) {
        for (const read of singleReads) {
          const answer = await ask(caller.token, `query ($id: ${read.argument ? 'String!' : 'ID!'}) { ${read.field}(${read.argument ? 'code' : 'id'}: $id) { ${read.selection} } }`, { id: read.id(place) });
          counters.reads += 1;
          checkForLeaks(caller, `${read.field} of ${place.name}`, answer.data);
          if (inside(caller, place.countyPath)) {
            expect([caller.label, read.field, place.name, answer.errors]).toEqual([caller.label, read.field, place.name, []]);
            expect(answer.data![read.field].id).toBeDefined();
          } else {
            const missing = await ask(caller.token, `query ($id: ${read.argument ? 'String!' : 'ID!'}) { ${read.field}(${read.argument ? 'code' : 'id'}: $id) { ${read.selection} } }`, { id: read.argument ? '529999' : '2147483000' });
            expect([caller.label, read.field, place.name, answer.status, answer.data, answer.errors]).toEqual([caller.label, read.field, place.name, missing.status, missing.data, missing.errors]);
            expect([caller.label, read.field, place.name, answer.data?.[read.field]]).toEqual([caller.label, read.field, place.name, null]);
          }
        }
      }
    }
  });

  it('lists, tables and statistics filtered to a place outside are refused as an unknown place; inside they list the place', async () => {
    for (const caller of callers) {
      for (const place of places) {
        for (const filter of placeFilters) {
          const answer = await ask(caller.token, filter.query, { id: filter.bureau(place) });
          counters.reads += 1;
          checkForLeaks(caller, `${filter.field} under ${place.name}`, answer.data);
          const placeInside = inside(caller, filter.field.startsWith('indicator') || filter.field === 'unitTable' ? place.prefecturePath : place.countyPath);
          if (placeInside) {
            expect([caller.label, filter.field, place.name, answer.errors]).toEqual([caller.label, filter.field, place.name, []]);
            if (filter.expectsRecord) expect(answer.data![filter.field].items.map((item: { id: string }) => item.id)).toContain(filter.expectsRecord(place));
          } else {
            const missing = await ask(caller.token, filter.query, { id: '2147483000' });
            const seen = answer.errors.map((error) => ({ ...error, message: error.message.replace(filter.bureau(place), 'ID'), extensions: { ...error.extensions, id: undefined, requestId: undefined } }));
            const unknown = missing.errors.map((error) => ({ ...error, message: error.message.replace('2147483000', 'ID'), extensions: { ...error.extensions, id: undefined, requestId: undefined } }));
            expect([caller.label, filter.field, place.name, answer.status, seen]).toEqual([caller.label, filter.field, place.name, missing.status, unknown]);
            expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          }
        }
      }
    }
  });

  it('whole lists, tables by default and the audit trail hold nothing from outside', async () => {
    for (const caller of callers) {
      for (const list of wholeLists) {
        // The seed alone holds thousands of staff: page through the whole list, a page of the most allowed at a time.
        const ids: string[] = [];
        for (let offset = 0; ; offset += 1000) {
          const answer = await ask(caller.token, list.query, { offset });
          counters.reads += 1;
          expect([caller.label, list.field, offset, answer.errors]).toEqual([caller.label, list.field, offset, []]);
          checkForLeaks(caller, list.field, answer.data);
          const items: { id: string }[] = answer.data![list.field].items;
          ids.push(...items.map((item) => item.id));
          if (items.length < 1000) break;
        }
        for (const place of places) expect([caller.label, list.field, place.name, ids.includes(list.ids(place))]).toEqual([caller.label, list.field, place.name, inside(caller, place.countyPath)]);
      }
      const tables = await ask(caller.token, '{ indicatorTable { rows { bureau { path } } } unitTable { rows { bureau { path } units { bureau { path } } } } me { username bureau { path } } }');
      counters.reads += 1;
      if (caller.bureauCode === null) {
        // The registry holds two provinces now: a registry-wide caller must name the table's root.
        expect(tables.errors[0]?.extensions?.field).toBe('underBureauId');
      } else {
        expect(tables.errors).toEqual([]);
      }
      checkForLeaks(caller, 'default tables', tables.data);
      const accounts = await ask(caller.token, '{ accounts(limit: 1000) { items { username bureau { path } accessTokens { id } } } }');
      counters.reads += 1;
      if (caller.role === AccountRole.INTEGRATOR) {
        expect([caller.label, accounts.status, accounts.errors[0]?.extensions?.code]).toEqual([caller.label, 403, 'FORBIDDEN']);
      } else {
        expect(accounts.errors).toEqual([]);
        checkForLeaks(caller, 'accounts', accounts.data);
        for (const account of accounts.data!.accounts.items) {
          if (account.bureau === null && caller.bureauCode !== null) counters.leaks.push(`${caller.label} accounts: registry-wide ${account.username}`);
        }
      }
      // Every caller's account, read one by one: only inside the jurisdiction, and never by an integrator.
      for (const target of callers) {
        const single = await ask(caller.token, 'query ($id: ID!) { account(id: $id) { id bureau { path } } }', { id: target.accountId });
        counters.reads += 1;
        const outcome = single.errors[0]?.extensions?.code ?? (single.data?.account?.id === target.accountId ? 'read' : 'missing');
        const expected = caller.role === AccountRole.INTEGRATOR ? 'FORBIDDEN' : inside(caller, target.path) ? 'read' : 'missing';
        if (outcome === 'read' && expected !== 'read') counters.leaks.push(`${caller.label} account(${target.label})`);
        expect([caller.label, target.label, outcome]).toEqual([caller.label, target.label, expected]);
      }
      const audit = await ask(caller.token, '{ auditEntries(limit: 1000) { items { bureauPath previousBureauPath after } } }');
      counters.reads += 1;
      if (caller.role === AccountRole.INTEGRATOR) {
        expect([caller.label, audit.status, audit.errors[0]?.extensions?.code]).toEqual([caller.label, 403, 'FORBIDDEN']);
      } else {
        expect(audit.errors).toEqual([]);
        for (const entry of audit.data!.auditEntries.items) {
          if (!inside(caller, entry.bureauPath) && !(entry.previousBureauPath && inside(caller, entry.previousBureauPath))) {
            counters.leaks.push(`${caller.label} auditEntries: ${entry.bureauPath}`);
          }
        }
      }
    }
  });

  /** A mutation to try as each caller on each place, and the places it touches: allowed only to writers for whom all of them lie inside. */
  interface Attempt {
    name: string;
    prepare: (place: Place) => Promise<{ query: string; variables: Record<string, unknown>; touches: string[] }>;
  }

  const countyCodes = new Map<string, number>();
  const freshCountyCode = (prefectureCode: string) => {
    const number = (countyCodes.get(prefectureCode) ?? 60) + 1;
    countyCodes.set(prefectureCode, number);
    return `${prefectureCode.slice(0, 4)}${number}`;
  };
  const target = () => places[0];

  const attempts: Attempt[] = [
    {
      name: 'createBureau',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateBureauInput!) { createBureau(input: $input) { id path } }',
        variables: { input: { parentId: place.prefectureId, code: freshCountyCode(place.prefecturePath.split('/').at(-2)!), level: 'COUNTY', name: `矩阵县${next()}编办`, divisionName: '矩阵县' } },
        touches: [place.prefecturePath],
      }),
    },
    {
      name: 'updateBureau',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateBureauInput!) { updateBureau(input: $input) { id path } }',
        variables: { input: { id: place.countyId, version: await versionOf('bureau', place.countyId), partyIntranetConnectedOn: '2012-06-01' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'deleteBureau',
      prepare: async (place) => {
        const county = await createCounty(place.prefectureId, freshCountyCode(place.prefecturePath.split('/').at(-2)!), '待删县');
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteBureau(id: $id, version: $version) }', variables: { id: county.id, version: county.version }, touches: [county.path] };
      },
    },
    {
      name: 'createEGovUnit',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id bureau { path } } }',
        variables: { input: { bureauId: place.countyId, name: `矩阵新中心${next()}`, rank: 'SECTION' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'updateEGovUnit',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateEGovUnitInput!) { updateEGovUnit(input: $input) { id bureau { path } } }',
        variables: { input: { id: place.institutionId, version: await versionOf('egovUnit', place.institutionId), duties: '电子政务' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'deleteEGovUnit',
      prepare: async (place) => {
        const unit = await createUnit(place.countyId, `待删中心${next()}`);
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteEGovUnit(id: $id, version: $version) }', variables: { id: unit.id, version: unit.version }, touches: [place.countyPath] };
      },
    },
    {
      name: 'moveEGovUnit',
      prepare: async (place) => {
        const unit = await createUnit(place.countyId, `迁移中心${next()}`);
        return {
          query: 'mutation ($input: UpdateEGovUnitInput!) { updateEGovUnit(input: $input) { id bureau { path } } }',
          variables: { input: { id: unit.id, version: unit.version, bureauId: target().countyId } },
          touches: [place.countyPath, target().countyPath],
        };
      },
    },
    {
      name: 'createQuota',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateQuotaInput!) { createQuota(input: $input) { id unit { bureau { path } } } }',
        variables: { input: { institutionId: place.institutionId, category: 'ADMINISTRATIVE', approvedHeadcount: 3, documentNumber: `矩阵编〔2014〕${next()}号`, effectiveOn: '2014-01-01' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'updateQuota',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateQuotaInput!) { updateQuota(input: $input) { id unit { bureau { path } } } }',
        variables: { input: { id: place.quotaId, version: await versionOf('quota', place.quotaId), documentNumber: `矩阵更正〔2013〕${next()}号` } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'deleteQuota',
      prepare: async (place) => {
        const unit = await createUnit(place.countyId, `待删编制中心${next()}`);
        const quota = await createQuota(unit.id, 'LOGISTICS');
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteQuota(id: $id, version: $version) }', variables: { id: quota.id, version: quota.version }, touches: [place.countyPath] };
      },
    },
    {
      name: 'createStaff',
      prepare: async (place) => {
        const number = next();
        return {
          query: 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id nationalId unit { bureau { path } } } }',
          variables: { input: { institutionId: place.institutionId, quotaCategory: 'PUBLIC_INSTITUTION', name: `新人${number}`, nationalId: makeNationalId(place.countyCode, '1990-02-02', number, 'FEMALE'), education: 'MASTER', position: '科员', hiredOn: '2014-03-01' } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'updateStaff',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id nationalId unit { bureau { path } } } }',
        variables: { input: { id: place.staffId, version: await versionOf('staffMember', place.staffId), education: 'DOCTORATE' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'deleteStaff',
      prepare: async (place) => {
        const staff = await createStaff(place.institutionId, place.countyCode);
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteStaff(id: $id, version: $version) }', variables: { id: staff.id, version: staff.version }, touches: [place.countyPath] };
      },
    },
    {
      name: 'moveStaff',
      prepare: async (place) => {
        const staff = await createStaff(place.institutionId, place.countyCode);
        return {
          query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id unit { bureau { path } } } }',
          variables: { input: { id: staff.id, version: staff.version, institutionId: target().institutionId } },
          touches: [place.countyPath, target().countyPath],
        };
      },
    },
    {
      name: 'createWebsite',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateWebsiteInput!) { createWebsite(input: $input) { id bureau { path } } }',
        variables: { input: { bureauId: place.countyId, network: 'INTRANET', address: `https://matrix-new-${next()}.example.cn`, title: '新网站', launchedOn: '2013-01-01' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'updateWebsite',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateWebsiteInput!) { updateWebsite(input: $input) { id bureau { path } } }',
        variables: { input: { id: place.websiteId, version: await versionOf('website', place.websiteId), lastUpdatedOn: '2013-05-05' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'deleteWebsite',
      prepare: async (place) => {
        const website = await createWebsite(place.countyId);
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteWebsite(id: $id, version: $version) }', variables: { id: website.id, version: website.version }, touches: [place.countyPath] };
      },
    },
    {
      name: 'moveWebsite',
      prepare: async (place) => {
        const website = await createWebsite(place.countyId);
        return {
          query: 'mutation ($input: UpdateWebsiteInput!) { updateWebsite(input: $input) { id bureau { path } } }',
          variables: { input: { id: website.id, version: website.version, bureauId: target().countyId } },
          touches: [place.countyPath, target().countyPath],
        };
      },
    },
    {
      name: 'createAccount',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id bureau { path } } }',
        variables: { input: { username: `matrix-${next()}`, displayName: '矩阵管理员', role: 'COUNTY_ADMIN', bureauId: place.countyId, password: 'correct horse battery staple' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'updateAccount',
      prepare: async (place) => {
        const account = (
          await asAdmin('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { username: `matrix-updated-${next()}`, displayName: '待停用', role: 'COUNTY_ADMIN', bureauId: place.countyId, password: 'correct horse battery staple' } })
        ).createAccount;
        return { query: 'mutation ($input: UpdateAccountInput!) { updateAccount(input: $input) { id bureau { path } } }', variables: { input: { id: account.id, disabled: true } }, touches: [place.countyPath] };
      },
    },
    {
      name: 'issueApiToken',
      prepare: async (place) => {
        const account = (
          await asAdmin('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { username: `matrix-system-${next()}`, displayName: '对接系统', role: 'INTEGRATOR', bureauId: place.countyId } })
        ).createAccount;
        return { query: 'mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token account { bureau { path } } } }', variables: { input: { accountId: account.id, label: '矩阵' } }, touches: [place.countyPath] };
      },
    },
    {
      name: 'revokeAccessToken',
      prepare: async (place) => {
        const account = (
          await asAdmin('mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }', { input: { username: `matrix-revoked-${next()}`, displayName: '对接系统', role: 'INTEGRATOR', bureauId: place.countyId } })
        ).createAccount;
        const issued = (await asAdmin('mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { accessToken { id } } }', { input: { accountId: account.id, label: '待吊销' } })).issueApiToken;
        return { query: 'mutation ($id: ID!) { revokeAccessToken(id: $id) { id revokedAt } }', variables: { id: issued.accessToken.id }, touches: [place.countyPath] };
      },
    },
  ];

  /** Mutations every account may send (each on its own tokens): a token outside reads as no token. */
  const selfService = new Set(['revokeAccessToken']);

  it('every mutation: allowed to administrators for places inside, refused with nothing written otherwise', async () => {
    for (const caller of callers) {
      for (const place of places) {
        for (const attempt of attempts) {
          const { query, variables, touches } = await attempt.prepare(place);
          const allowed = writes(caller) && touches.every((path) => inside(caller, path));
          const before = await writeState();
          const answer = await ask(caller.token, query, variables);
          counters.writes += 1;
          checkForLeaks(caller, `${attempt.name} on ${place.name}`, answer.data);
          const succeeded = answer.errors.length === 0;
          const where = `${caller.label} ${attempt.name} on ${place.name}`;
          if (allowed && !succeeded) counters.wronglyRefused.push(`${where}: ${JSON.stringify(answer.errors)}`);
          if (!allowed) {
            if (succeeded) counters.unauthorizedWrites.push(where);
            // Readers are refused the operation; writers are told of a place outside exactly what they would be told of no such place.
            else expect([where, answer.errors[0].extensions?.code]).toEqual([where, writes(caller) || (selfService.has(attempt.name) && !touches.every((path) => inside(caller, path))) ? expect.stringMatching(/^(NOT_FOUND|BAD_USER_INPUT)$/) : 'FORBIDDEN']);
            if ((await writeState()) !== before) counters.unauthorizedWrites.push(`${where}: the database changed`);
          }
        }
      }
    }
    expect(counters.wronglyRefused).toEqual([]);
  }, 300_000);

  it('subscriptions: refused outside; each caller receives the alerts of its own subtree only', async () => {
    for (const caller of callers) {
      const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
      try {
        for (const place of places) {
          const outcome = await new Promise<string>((resolve) => {
            const stop = client.subscribe(
              { query: 'subscription ($under: ID!) { quotaAlerts(under: $under) { cursor } }', variables: { under: place.countyId } },
              {
                // A subscription refused by its resolver answers with a result holding the error, then completes.
                next: (message) => (message.errors ? resolve(JSON.stringify(message.errors)) : undefined),
                error: (error) => resolve(JSON.stringify(error)),
                complete: () => resolve('complete'),
              },
            );
            setTimeout(() => {
              stop();
              resolve('open');
            }, 300);
          });
          counters.subscriptions += 1;
          if (inside(caller, place.countyPath)) expect([caller.label, place.name, outcome]).toEqual([caller.label, place.name, 'open']);
          else expect([caller.label, place.name, outcome]).toEqual([caller.label, place.name, expect.stringContaining('BAD_USER_INPUT')]);
        }
      } finally {
        await client.dispose();
      }
    }

    const listeners = await Promise.all(
      callers
        .filter((caller) => caller.bureauCode !== null)
        .map(async (caller) => {
          const root = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id } }', { code: caller.bureauCode })).bureauByCode;
          const paths: string[] = [];
          const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
          await new Promise<void>((resolve) => {
            client.subscribe(
              { query: 'subscription ($under: ID!) { quotaAlerts(under: $under, since: "0") { alert { bureauPath institution { bureau { path } } bureau { path } } } }', variables: { under: root.id } },
              { next: (message) => { paths.push((message.data as { quotaAlerts: { alert: { bureauPath: string } } }).quotaAlerts.alert.bureauPath); checkForLeaks(caller, 'alert event', message.data); }, error: () => resolve(), complete: () => resolve() },
            );
            setTimeout(resolve, 300);
          });
          return { caller, paths, client };
        }),
    );
    for (const place of places) {
      const staff = await createStaff(place.institutionId, place.countyCode);
      expect(staff.id).toBeDefined();
    }
    // Each place's unit stays over its quota; a new unit over quota raises a fresh alert in each place.
    for (const place of places) {
      const unit = await createUnit(place.countyId, `推送中心${next()}`);
      await createQuota(unit.id);
      await createStaff(unit.id, place.countyCode);
      await createStaff(unit.id, place.countyCode);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const { caller, paths, client } of listeners) {
      await client.dispose();
      for (const path of paths) if (!inside(caller, path)) counters.leaks.push(`${caller.label} alert event at ${path}`);
      for (const place of places) {
        expect([caller.label, place.name, paths.some((path) => path === place.countyPath)]).toEqual([caller.label, place.name, inside(caller, place.countyPath)]);
      }
    }
  }, 60_000);

  it('replays a unit moved across jurisdictions as each side saw it live: raised where it was raised, resolved where it was resolved', async () => {
    const [from, , to] = places;
    const raisedName = `迁出预警${next()}`;
    const unit = await createUnit(from.countyId, raisedName);
    await createQuota(unit.id);
    await createStaff(unit.id, from.countyCode);
    const extra = await createStaff(unit.id, from.countyCode);
    const movedName = `迁入预警${next()}`;
    await asAdmin('mutation ($input: UpdateEGovUnitInput!) { updateEGovUnit(input: $input) { id } }', { input: { id: unit.id, version: unit.version, bureauId: to.countyId, name: movedName } });
    await asAdmin('mutation ($id: ID!, $version: Int!) { deleteStaff(id: $id, version: $version) }', { id: extra.id, version: extra.version });
    for (const caller of callers.filter((candidate) => candidate.bureauCode !== null)) {
      const root = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id } }', { code: caller.bureauCode })).bureauByCode;
      const events: { type: string; alert: { institutionId: string | null; unitName: string; bureauPath: string; open: boolean } }[] = [];
      const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
      try {
        await new Promise<void>((resolve) => {
          client.subscribe(
            { query: 'subscription ($under: ID!) { quotaAlerts(under: $under, since: "0") { type alert { institutionId unitName bureauPath open } } }', variables: { under: root.id } },
            {
              next: (message) => {
                checkForLeaks(caller, 'replayed alert event', message.data);
                events.push((message.data as { quotaAlerts: (typeof events)[number] }).quotaAlerts);
              },
              error: () => resolve(),
              complete: () => resolve(),
            },
          );
          setTimeout(resolve, 500);
        });
      } finally {
        await client.dispose();
      }
      counters.subscriptions += 1;
      for (const event of events) if (!inside(caller, event.alert.bureauPath)) counters.leaks.push(`${caller.label} replayed alert event at ${event.alert.bureauPath}`);
      const ofUnit = events.filter((event) => event.alert.institutionId === unit.id).map((event) => [event.type, event.alert.unitName, event.alert.bureauPath, event.alert.open]);
      const expected = [
        ...(inside(caller, from.countyPath) ? [['RAISED', raisedName, from.countyPath, true]] : []),
        // The alert keeps the unit's name from when it was raised; where it was resolved is the unit's new place.
        ...(inside(caller, to.countyPath) ? [['RESOLVED', expect.any(String), to.countyPath, false]] : []),
      ];
      expect([caller.label, ofUnit]).toEqual([caller.label, expected]);
      if (!inside(caller, to.countyPath)) expect([caller.label, JSON.stringify(events)]).toEqual([caller.label, expect.not.stringContaining(movedName)]);
    }
  }, 60_000);

  it('finds 0 leaks and 0 unauthorized writes', () => {
    console.info(
      `access matrix: ${callers.length} callers × ${places.length} places; ${counters.reads} reads, ${counters.writes} mutations, ${counters.subscriptions} subscriptions; ` +
        `${counters.leaks.length} leaks, ${counters.unauthorizedWrites.length} unauthorized writes`,
    );
    expect(counters.reads).toBeGreaterThan(400);
    expect(counters.writes).toBe(callers.length * places.length * attempts.length);
    expect(counters.leaks).toEqual([]);
    expect(counters.unauthorizedWrites).toEqual([]);
  });
});
