import { print } from 'graphql';
import { askGraphql } from './support/http-client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AccountRole } from '../server/modules/account/account-role';
import { makeNationalId } from '../server/modules/staff/national-id';
import { demoPassword } from '../server/seed/demo-accounts';
import {
  CreateBureauDocument,
  CreateEGovUnitDocument,
  CreateQuotaDocument,
  CreateStaffDocument,
  CreateWebsiteDocument,
  DeleteBureauDocument,
  DeleteEGovUnitDocument,
  DeleteQuotaDocument,
  DeleteStaffDocument,
  DeleteWebsiteDocument,
  UpdateBureauDocument,
  UpdateEGovUnitDocument,
  UpdateQuotaDocument,
  UpdateStaffDocument,
  UpdateWebsiteDocument,
  AuditEntriesDocument,
  LogInDocument,
  MeDocument,
  MutationFieldNamesDocument,
  StaffMemberDocument,
  WebsiteDocument,
  type AuditEntriesQuery,
  type AuditEntryFilter,
  type CreateStaffInput,
  type MeQuery,
} from './generated/graphql';
import { tokenFor } from './support/credentials';
import { onlyError, useTestServer, type GraphQLResponse } from './support/test-server';

const server = useTestServer();

type Entry = AuditEntriesQuery['auditEntries']['items'][number];
type Values = Record<string, unknown>;

interface Sent<Result> {
  status: number;
  /** The `x-request-id` header of the answer. */
  requestId: string | null;
  body: GraphQLResponse<Result>;
}

/** An operation over HTTP with a bearer token (the registry-wide admin's unless told), keeping the status and request id. */
async function send<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables, token: string | null = server.adminToken): Promise<Sent<Result>> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as GraphQLResponse<Result> };
}

async function succeeded<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables, token?: string | null): Promise<{ data: Result; requestId: string }> {
  const sent = await send(document, variables, token);
  if (sent.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(sent.body.errors)}`);
  return { data: sent.body.data!, requestId: sent.requestId! };
}

async function auditEntries(filter: AuditEntryFilter = {}, token?: string, limit = 1000, offset = 0) {
  return (await succeeded(AuditEntriesDocument, { filter, limit, offset }, token)).data.auditEntries;
}

/** Every entry in the registry, as the registry-wide administrator counts them. */
async function auditCount(): Promise<number> {
  return (await auditEntries({}, undefined, 0)).totalCount;
}

/** Makes a change that must succeed and write exactly one audit entry; returns its data and that entry. */
async function audited<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<{ data: Result; entry: Entry }> {
  const before = await auditCount();
  const { data, requestId } = await succeeded(document, variables);
  const page = await auditEntries({}, undefined, 2);
  expect(page.totalCount).toBe(before + 1);
  const entry = page.items[0];
  expect(entry.requestId).toBe(requestId);
  return { data, entry };
}

const values = (snapshot: unknown) => snapshot as Values;

let admin: MeQuery['me'];
let zunyi: { id: string; path: string; version: number };
let guiyang: { id: string; path: string; version: number };
let zunyiUnitId: string;
let guiyangUnitId: string;

beforeAll(async () => {
  admin = (await server.data(MeDocument)).me;
  const bureau = async (code: string) => {
    const found = await server.bureauByCode(code);
    return { id: found.id, path: found.path, version: found.version };
  };
  zunyi = await bureau('520300');
  guiyang = await bureau('520100');
  zunyiUnitId = (await succeeded(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: '审计测试中心', rank: 'SECTION' } })).data.createEGovUnit.id;
  guiyangUnitId = (await succeeded(CreateEGovUnitDocument, { input: { bureauId: guiyang.id, name: '审计测试中心（贵阳）', rank: 'SECTION' } })).data.createEGovUnit.id;
});

let sequence = 0;
function person(overrides: Partial<CreateStaffInput> = {}): CreateStaffInput {
  sequence += 1;
  return {
    institutionId: zunyiUnitId,
    quotaCategory: 'PUBLIC_INSTITUTION',
    name: '王审计',
    nationalId: makeNationalId('520302', '1986-09-21', sequence, 'MALE'),
    education: 'BACHELOR',
    position: '科员',
    hiredOn: '2012-05-01',
    ...overrides,
  };
}

async function newStaff(overrides: Partial<CreateStaffInput> = {}) {
  return (await succeeded(CreateStaffDocument, { input: person(overrides) })).data.createStaff;
}

function expectActor(entry: Entry, actor: { id: string; username: string; role: string }) {
  expect({ actorAccountId: String(entry.actorAccountId), actorUsername: entry.actorUsername, actorRole: entry.actorRole }).toEqual({
    actorAccountId: actor.id,
    actorUsername: actor.username,
    actorRole: actor.role,
  });
}

/** The entries of one record, newest first. */
async function historyOf(recordType: string, recordId: string, token?: string): Promise<Entry[]> {
  return (await auditEntries({ recordType, recordId }, token)).items;
}

describe('every registry mutation writes exactly one audit entry', () => {
  it('staff: create, update and delete, with the values before and after, the reason and the request id', async () => {
    const input = person({ name: '李原名' });
    const created = await audited(CreateStaffDocument, { input, reason: '遵人社〔2013〕1号' });
    const staff = created.data.createStaff;
    expectActor(created.entry, admin);
    expect(created.entry).toMatchObject({
      operation: 'createStaff',
      recordType: 'Staff',
      recordId: staff.id,
      bureauPath: zunyi.path,
      previousBureauPath: null,
      before: null,
      reason: '遵人社〔2013〕1号',
    });
    expect(values(created.entry.after)).toMatchObject({ id: Number(staff.id), version: 1, name: '李原名', nationalId: input.nationalId, institutionId: Number(zunyiUnitId), status: 'ACTIVE' });

    const updated = await audited(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, name: '李新名' }, reason: '更正姓名' });
    expectActor(updated.entry, admin);
    expect(updated.entry).toMatchObject({ operation: 'updateStaff', recordType: 'Staff', recordId: staff.id, bureauPath: zunyi.path, previousBureauPath: null, reason: '更正姓名' });
    expect(values(updated.entry.before)).toMatchObject({ name: '李原名', version: 1 });
    expect(values(updated.entry.after)).toMatchObject({ name: '李新名', version: 2, position: '科员' });

    const deleted = await audited(DeleteStaffDocument, { id: staff.id, version: updated.data.updateStaff.version });
    expect(deleted.entry).toMatchObject({ operation: 'deleteStaff', recordType: 'Staff', recordId: staff.id, bureauPath: zunyi.path, after: null, reason: null });
    expect(values(deleted.entry.before)).toMatchObject({ name: '李新名', version: 2 });

    expect((await historyOf('Staff', staff.id)).map((entry) => entry.operation)).toEqual(['deleteStaff', 'updateStaff', 'createStaff']);
  });

  it('bureaus: create, update and delete, placed at the bureau itself', async () => {
    const created = await audited(CreateBureauDocument, {
      input: { code: '520398', name: '审计县机构编制委员会办公室', divisionName: '审计县', level: 'COUNTY', parentId: zunyi.id },
      reason: '黔府函〔2013〕8号',
    });
    const bureau = created.data.createBureau;
    expect(bureau.path).toBe(`${zunyi.path}520398/`);
    expectActor(created.entry, admin);
    expect(created.entry).toMatchObject({ operation: 'createBureau', recordType: 'Bureau', recordId: bureau.id, bureauPath: bureau.path, before: null, reason: '黔府函〔2013〕8号' });
    expect(values(created.entry.after)).toMatchObject({ code: '520398', name: '审计县机构编制委员会办公室', path: bureau.path, parentId: Number(zunyi.id), version: 1 });

    const updated = await audited(UpdateBureauDocument, { input: { id: bureau.id, version: bureau.version, name: '审计县编办' }, reason: '更名' });
    expect(updated.entry).toMatchObject({ operation: 'updateBureau', recordId: bureau.id, bureauPath: bureau.path, reason: '更名' });
    expect(values(updated.entry.before)).toMatchObject({ name: '审计县机构编制委员会办公室', version: 1 });
    expect(values(updated.entry.after)).toMatchObject({ name: '审计县编办', version: 2 });

    const deleted = await audited(DeleteBureauDocument, { id: bureau.id, version: 2, reason: '撤销' });
    expect(deleted.entry).toMatchObject({ operation: 'deleteBureau', recordType: 'Bureau', recordId: bureau.id, bureauPath: bureau.path, after: null, reason: '撤销' });
    expect(values(deleted.entry.before)).toMatchObject({ name: '审计县编办', code: '520398', version: 2 });
  });

  it('e-government units: create, update and delete, placed at their bureau', async () => {
    const created = await audited(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: '信息中心甲', rank: 'SECTION' }, reason: '遵编〔2013〕3号' });
    const unit = created.data.createEGovUnit;
    expect(created.entry).toMatchObject({ operation: 'createEGovUnit', recordType: 'Institution', recordId: unit.id, bureauPath: zunyi.path, before: null, reason: '遵编〔2013〕3号' });
    expect(values(created.entry.after)).toMatchObject({ name: '信息中心甲', rank: 'SECTION', bureauId: Number(zunyi.id), version: 1 });

    const updated = await audited(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, name: '信息中心乙' } });
    expect(updated.entry).toMatchObject({ operation: 'updateEGovUnit', recordId: unit.id, bureauPath: zunyi.path, reason: null });
    expect(values(updated.entry.before)).toMatchObject({ name: '信息中心甲', version: 1 });
    expect(values(updated.entry.after)).toMatchObject({ name: '信息中心乙', version: 2 });

    const deleted = await audited(DeleteEGovUnitDocument, { id: unit.id, version: 2, reason: '撤并' });
    expect(deleted.entry).toMatchObject({ operation: 'deleteEGovUnit', recordType: 'Institution', recordId: unit.id, bureauPath: zunyi.path, after: null, reason: '撤并' });
    expect(values(deleted.entry.before)).toMatchObject({ name: '信息中心乙', version: 2 });
  });

  it("quotas: create, update and delete, placed at their unit's bureau", async () => {
    const input = { institutionId: zunyiUnitId, category: 'ADMINISTRATIVE' as const, approvedHeadcount: 4, documentNumber: '遵编〔2013〕4号', effectiveOn: '2013-02-01' };
    const created = await audited(CreateQuotaDocument, { input, reason: '遵编〔2013〕4号' });
    const quota = created.data.createQuota;
    expect(created.entry).toMatchObject({ operation: 'createQuota', recordType: 'Quota', recordId: quota.id, bureauPath: zunyi.path, before: null, reason: '遵编〔2013〕4号' });
    expect(values(created.entry.after)).toMatchObject({ approvedHeadcount: 4, institutionId: Number(zunyiUnitId), documentNumber: '遵编〔2013〕4号', version: 1 });

    const updated = await audited(UpdateQuotaDocument, { input: { id: quota.id, version: quota.version, approvedHeadcount: 6 }, reason: '更正核定数' });
    expect(updated.entry).toMatchObject({ operation: 'updateQuota', recordId: quota.id, bureauPath: zunyi.path, reason: '更正核定数' });
    expect(values(updated.entry.before)).toMatchObject({ approvedHeadcount: 4, version: 1 });
    expect(values(updated.entry.after)).toMatchObject({ approvedHeadcount: 6, version: 2 });

    const deleted = await audited(DeleteQuotaDocument, { id: quota.id, version: 2 });
    expect(deleted.entry).toMatchObject({ operation: 'deleteQuota', recordType: 'Quota', recordId: quota.id, bureauPath: zunyi.path, after: null });
    expect(values(deleted.entry.before)).toMatchObject({ approvedHeadcount: 6, version: 2 });
  });

  it('websites: create, update and delete, placed at their bureau', async () => {
    const created = await audited(CreateWebsiteDocument, {
      input: { bureauId: zunyi.id, network: 'EXTRANET', address: 'http://audit.zybb.gov.cn', title: '审计网站', launchedOn: '2013-04-01' },
      reason: '新建网站',
    });
    const website = created.data.createWebsite;
    expect(created.entry).toMatchObject({ operation: 'createWebsite', recordType: 'Website', recordId: website.id, bureauPath: zunyi.path, before: null, reason: '新建网站' });
    expect(values(created.entry.after)).toMatchObject({ title: '审计网站', address: 'http://audit.zybb.gov.cn', bureauId: Number(zunyi.id), version: 1 });

    const updated = await audited(UpdateWebsiteDocument, { input: { id: website.id, version: website.version, title: '审计网站（改版）' } });
    expect(values(updated.entry.before)).toMatchObject({ title: '审计网站', version: 1 });
    expect(values(updated.entry.after)).toMatchObject({ title: '审计网站（改版）', version: 2 });
    expect(updated.entry).toMatchObject({ operation: 'updateWebsite', recordId: website.id, bureauPath: zunyi.path });

    const deleted = await audited(DeleteWebsiteDocument, { id: website.id, version: 2, reason: '停办' });
    expect(deleted.entry).toMatchObject({ operation: 'deleteWebsite', recordType: 'Website', recordId: website.id, bureauPath: zunyi.path, after: null, reason: '停办' });
    expect(values(deleted.entry.before)).toMatchObject({ title: '审计网站（改版）', version: 2 });
  });

  it("names the administrator who made the change, with the account's own role", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    const me = (await succeeded(MeDocument, undefined, token)).data.me;
    const staff = (await succeeded(CreateStaffDocument, { input: person() }, token)).data.createStaff;
    const [entry] = await historyOf('Staff', staff.id);
    expectActor(entry, me);
    expect(entry.actorRole).toBe('PREFECTURE_ADMIN');
  });
});

describe('a mutation that fails leaves no entry and no change', () => {
  let guiyangAdmin: string;
  let auditor: string;
  let staff: { id: string; version: number; name: string };
  let guiyangStaff: { id: string; version: number };
  let zunyiWebsite: { id: string; version: number };

  beforeAll(async () => {
    guiyangAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520100');
    auditor = await tokenFor(server.bianzhi, AccountRole.AUDITOR, '520000');
    const created = await newStaff({ name: '赵不变' });
    staff = (await succeeded(UpdateStaffDocument, { input: { id: created.id, version: created.version, position: '主任科员' } })).data.updateStaff;
    guiyangStaff = await newStaff({ institutionId: guiyangUnitId });
    zunyiWebsite = (
      await succeeded(CreateWebsiteDocument, { input: { bureauId: zunyi.id, network: 'INTRANET', address: 'http://nei.zybb.gov', title: '内网站', launchedOn: '2013-01-01' } })
    ).data.createWebsite;
  });

  const cases: [string, () => Promise<Sent<unknown>>, string][] = [
    ['bad input: a wrong national ID number', () => send(CreateStaffDocument, { input: person({ nationalId: '520302198609210000' }) }), 'BAD_USER_INPUT'],
    ['bad input: an empty name', () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, name: '' } }), 'BAD_USER_INPUT'],
    ['bad input: a reason over 500 characters', () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, name: '赵变了' }, reason: '因'.repeat(501) }), 'BAD_USER_INPUT'],
    ['bad input: deleting a bureau that still has counties', () => send(DeleteBureauDocument, { id: zunyi.id, version: zunyi.version }), 'BAD_USER_INPUT'],
    ['a stale version on update', () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version - 1, name: '赵变了' } }), 'CONFLICT'],
    ['a stale version on delete', () => send(DeleteStaffDocument, { id: staff.id, version: staff.version - 1 }), 'CONFLICT'],
    ['a record outside the jurisdiction', () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, name: '赵变了' } }, guiyangAdmin), 'NOT_FOUND'],
    ['a move out of the jurisdiction', () => send(UpdateStaffDocument, { input: { id: guiyangStaff.id, version: guiyangStaff.version, institutionId: zunyiUnitId } }, guiyangAdmin), 'BAD_USER_INPUT'],
    ['a creation outside the jurisdiction', () => send(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: '越权中心', rank: 'SECTION' } }, guiyangAdmin), 'BAD_USER_INPUT'],
    ['a delete outside the jurisdiction', () => send(DeleteWebsiteDocument, { id: zunyiWebsite.id, version: zunyiWebsite.version }, guiyangAdmin), 'NOT_FOUND'],
    ['a change by an auditor, who writes nothing', () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, name: '赵变了' } }, auditor), 'FORBIDDEN'],
  ];

  it.each(cases)('%s', async (_case, run, code) => {
    const before = await auditCount();
    const response = await run();
    expect(onlyError(response.body).extensions?.code).toBe(code);
    expect(await auditCount()).toBe(before);
    const stored = (await server.data(StaffMemberDocument, { id: staff.id })).staffMember!;
    expect(stored).toMatchObject({ name: '赵不变', position: '主任科员', version: staff.version });
    expect((await server.data(StaffMemberDocument, { id: guiyangStaff.id })).staffMember).toMatchObject({ institutionId: guiyangUnitId, version: guiyangStaff.version });
    expect((await server.data(WebsiteDocument, { id: zunyiWebsite.id })).website).toMatchObject({ version: zunyiWebsite.version });
    expect((await server.bureauByCode('520300')).version).toBe(zunyi.version);
  });
});

describe('the audit trail in order', () => {
  it('lists newest first by default, and by operation, record type or actor when asked', async () => {
    await newStaff();
    const list = async (sort: string) =>
      (await askGraphql(server.bianzhi.url, server.adminToken, `{ auditEntries(limit: 1000${sort}) { items { id operation recordType actorUsername } } }`)).data!.auditEntries.items as Record<string, string>[];
    const newestFirst = await list('');
    expect(newestFirst.map((entry) => Number(entry.id))).toEqual([...newestFirst.map((entry) => Number(entry.id))].sort((a, b) => b - a));
    const byOperation = await list(', sort: { field: OPERATION }');
    expect(byOperation.map((entry) => entry.operation)).toEqual([...byOperation.map((entry) => entry.operation)].sort());
    const oldestFirst = await list(', sort: { field: OCCURRED_AT, direction: ASC }');
    expect(oldestFirst.map((entry) => entry.id)).toEqual([...newestFirst.map((entry) => entry.id)].reverse());
  });
});

describe('audit entries cannot be changed or deleted', () => {
  it('has no mutation for them', async () => {
    const fields = (await server.data(MutationFieldNamesDocument)).__type!.fields!.map((field) => field.name);
    expect(fields).toContain('updateStaff');
    expect(fields.filter((name) => /audit/i.test(name))).toEqual([]);
  });

  it.each([
    ['UPDATE', "update audit_entry set reason = 'forged', actor_username = 'someone else'"],
    ['UPDATE of one entry', "update audit_entry set after = null where id = (select max(id) from audit_entry)"],
    ['DELETE', 'delete from audit_entry'],
    ['DELETE of one entry', 'delete from audit_entry where id = (select max(id) from audit_entry)'],
    ['TRUNCATE', 'truncate audit_entry'],
  ])('refuses %s straight in SQL', async (_case, sql) => {
    await newStaff();
    const before = await auditEntries({}, undefined, 1000);
    await expect(server.bianzhi.orm.em.fork().getConnection().execute(sql)).rejects.toThrow(/audit entries cannot be changed or deleted/);
    expect(await auditEntries({}, undefined, 1000)).toEqual(before);
  });
});

describe('auditEntries', () => {
  let staff: { id: string };
  let created: Entry;
  let updated: Entry;

  beforeAll(async () => {
    staff = await newStaff({ name: '钱查询' });
    [created] = await historyOf('Staff', staff.id);
    // The entries' times are milliseconds apart at least, so that a time filter can split them.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await succeeded(UpdateStaffDocument, { input: { id: staff.id, version: 1, position: '副主任科员' } });
    [updated] = await historyOf('Staff', staff.id);
  });

  it('lists entries newest first, a page at a time', async () => {
    const all = await auditEntries();
    expect(all.items.length).toBe(all.totalCount);
    const ids = all.items.map((entry) => Number(entry.id));
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const times = all.items.map((entry) => Date.parse(entry.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const page = await auditEntries({}, undefined, 3, 2);
    expect(page.items).toEqual(all.items.slice(2, 5));
  });

  it('filters by record, operation and actor', async () => {
    expect((await historyOf('Staff', staff.id)).map((entry) => entry.id)).toEqual([updated.id, created.id]);
    expect((await auditEntries({ recordType: 'Staff', recordId: staff.id, operation: 'updateStaff' })).items.map((entry) => entry.id)).toEqual([updated.id]);
    const updates = await auditEntries({ operation: 'updateStaff' });
    expect(updates.totalCount).toBeGreaterThan(1);
    expect(updates.items.every((entry) => entry.operation === 'updateStaff')).toBe(true);
    const websites = await auditEntries({ recordType: 'Website' });
    expect(websites.items.every((entry) => entry.recordType === 'Website')).toBe(true);

    const token = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const me = (await succeeded(MeDocument, undefined, token)).data.me;
    expect((await auditEntries({ actorUsername: me.username })).totalCount).toBe(0);
    const website = (
      await succeeded(CreateWebsiteDocument, { input: { bureauId: (await server.bureauByCode('520302')).id, network: 'EXTRANET', address: 'hhg.gov.cn', title: '红花岗', launchedOn: '2013-06-01' } }, token)
    ).data.createWebsite;
    const mine = await auditEntries({ actorUsername: me.username });
    expect(mine.items.map((entry) => [entry.operation, entry.recordId])).toEqual([['createWebsite', website.id]]);
    expect((await auditEntries({ actorAccountId: Number(me.id) })).items).toEqual(mine.items);
  });

  it('filters by time: from is inclusive, before exclusive', async () => {
    const filter = { recordType: 'Staff', recordId: staff.id };
    expect(Date.parse(updated.occurredAt)).toBeGreaterThan(Date.parse(created.occurredAt));
    expect((await auditEntries({ ...filter, from: updated.occurredAt })).items.map((entry) => entry.id)).toEqual([updated.id]);
    expect((await auditEntries({ ...filter, before: updated.occurredAt })).items.map((entry) => entry.id)).toEqual([created.id]);
    expect((await auditEntries({ ...filter, from: created.occurredAt, before: updated.occurredAt })).items.map((entry) => entry.id)).toEqual([created.id]);
    expect((await auditEntries({ ...filter, from: new Date(Date.parse(updated.occurredAt) + 60_000).toISOString() })).totalCount).toBe(0);
  });

  it('filters by subtree', async () => {
    const underZunyi = await auditEntries({ underBureauId: zunyi.id });
    expect(underZunyi.totalCount).toBeGreaterThan(0);
    expect(underZunyi.items.every((entry) => entry.bureauPath.startsWith(zunyi.path) || entry.previousBureauPath?.startsWith(zunyi.path))).toBe(true);
    expect(underZunyi.items.map((entry) => entry.id)).toContain(updated.id);
    expect((await auditEntries({ underBureauId: guiyang.id })).items.map((entry) => entry.id)).not.toContain(updated.id);
  });

  it("shows a prefecture administrator its subtree's entries only, and refuses another subtree", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520100');
    const guiyangStaff = await newStaff({ institutionId: guiyangUnitId });
    const seen = await auditEntries({}, token);
    expect(seen.totalCount).toBeGreaterThan(0);
    expect(seen.items.every((entry) => entry.bureauPath.startsWith(guiyang.path) || entry.previousBureauPath?.startsWith(guiyang.path))).toBe(true);
    expect(seen.items.map((entry) => entry.recordId)).toContain(guiyangStaff.id);
    expect(seen.items.map((entry) => entry.id)).not.toContain(updated.id);
    expect(seen.totalCount).toBe((await auditEntries({ underBureauId: guiyang.id })).totalCount);
    expect((await auditEntries({ recordType: 'Staff', recordId: staff.id }, token)).totalCount).toBe(0);

    // Outside the jurisdiction reads exactly as no such bureau.
    const refused = await send(AuditEntriesDocument, { filter: { underBureauId: zunyi.id } }, token);
    const unknown = await send(AuditEntriesDocument, { filter: { underBureauId: '999999' } }, token);
    expect(onlyError(refused.body).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.underBureauId' });
    expect(onlyError(refused.body).message.replace(zunyi.id, 'ID')).toBe(onlyError(unknown.body).message.replace('999999', 'ID'));
  });

  it("shows a province auditor its whole subtree", async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.AUDITOR, '520000');
    const all = await auditEntries();
    expect(all.items.every((entry) => entry.bureauPath.startsWith('520000/'))).toBe(true);
    expect(await auditEntries({}, token)).toEqual(all);
  });

  it('refuses integrators with 403 FORBIDDEN', async () => {
    const token = await tokenFor(server.bianzhi, AccountRole.INTEGRATOR, '520000');
    const refused = await send(AuditEntriesDocument, {}, token);
    expect(refused.status).toBe(403);
    expect(onlyError(refused.body).extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data ?? null).toBeNull();
  });

  it('refuses callers without a token', async () => {
    const refused = await send(AuditEntriesDocument, {}, null);
    expect(refused.status).toBe(401);
    expect(onlyError(refused.body).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a record moved between prefectures to the administrators of both, with its previous place', async () => {
    // The record of a person who has left, recorded in the wrong institution: a correction moves it (a person in post would be transferred).
    const moved = await newStaff({ institutionId: guiyangUnitId, name: '孙更正', status: 'RETIRED' });
    const { entry } = await audited(UpdateStaffDocument, { input: { id: moved.id, version: moved.version, institutionId: zunyiUnitId }, reason: '更正所在机构' });
    expect(entry).toMatchObject({ operation: 'updateStaff', bureauPath: zunyi.path, previousBureauPath: guiyang.path, reason: '更正所在机构' });
    expect(values(entry.before)).toMatchObject({ institutionId: Number(guiyangUnitId), version: 1 });
    expect(values(entry.after)).toMatchObject({ institutionId: Number(zunyiUnitId), version: 2 });

    const guiyangAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520100');
    const zunyiAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    expect((await historyOf('Staff', moved.id, guiyangAdmin)).map((seen) => seen.operation)).toEqual(['updateStaff', 'createStaff']);
    expect((await historyOf('Staff', moved.id, zunyiAdmin)).map((seen) => [seen.operation, seen.id])).toEqual([['updateStaff', entry.id]]);
    expect((await auditEntries({ underBureauId: guiyang.id, recordType: 'Staff', recordId: moved.id })).totalCount).toBe(2);
    expect((await auditEntries({ underBureauId: zunyi.id, recordType: 'Staff', recordId: moved.id })).totalCount).toBe(1);
  });
});

describe('login', () => {
  it('writes an entry for the new session token, by the account that logged in, without the secret', async () => {
    const before = await auditCount();
    const { data, requestId } = await succeeded(LogInDocument, { username: 'guiyang', password: demoPassword }, null);
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await historyOf('AccessToken', data.login.accessToken.id);
    expect(entry).toMatchObject({
      operation: 'login',
      recordType: 'AccessToken',
      recordId: data.login.accessToken.id,
      actorAccountId: Number(data.login.account.id),
      actorUsername: 'guiyang',
      actorRole: 'PREFECTURE_ADMIN',
      bureauPath: guiyang.path,
      before: null,
      requestId,
    });
    expect(entry.after).not.toBeNull();
    expect(JSON.stringify(entry)).not.toContain(data.login.token);
    expect((await auditEntries({ operation: 'login' }, data.login.token)).items.map((seen) => seen.id)).toContain(entry.id);
  });

  it('writes nothing for a wrong password', async () => {
    const before = await auditCount();
    const response = await send(LogInDocument, { username: 'guiyang', password: 'wrong password' }, null);
    expect(onlyError(response.body).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await auditCount()).toBe(before);
  });
});
