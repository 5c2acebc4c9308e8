import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { makeNationalId } from '../server/modules/staff/national-id';
import {
  CreateEGovUnitDocument,
  CreateStaffDocument,
  UpdateStaffDocument,
  AuditEntriesDocument,
  StaffListDocument,
  StaffMemberDocument,
  type CreateStaffInput,
} from './generated/graphql';
import { useTestServer, type GraphQLResponse } from './support/test-server';

const server = useTestServer();
const burst = 100;

/** An operation over HTTP as the registry-wide administrator, with the answer's `x-request-id`. */
async function send<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<{ requestId: string | null; body: GraphQLResponse<Result> }> {
  const response = await fetch(`${server.bianzhi.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { requestId: response.headers.get('x-request-id'), body: (await response.json()) as GraphQLResponse<Result> };
}

/** Sends all at once and waits for every answer; reports the wall time. */
async function timedBurst<Answer>(label: string, requests: (() => Promise<Answer>)[]): Promise<Answer[]> {
  const started = performance.now();
  const answers = await Promise.all(requests.map((request) => request()));
  console.info(`${label}: ${requests.length} requests in ${Math.round(performance.now() - started)} ms (${server.bianzhi.databaseDescription})`);
  return answers;
}

async function auditEntries(filter: { recordType?: string; recordId?: string; operation?: string; underBureauId?: string }) {
  return (await server.data(AuditEntriesDocument, { filter, limit: 1000 })).auditEntries;
}

let bureauId: string;
let sequence = 0;

async function newUnit(name: string): Promise<string> {
  return (await server.data(CreateEGovUnitDocument, { input: { bureauId, name, rank: 'SECTION' } })).createEGovUnit.id;
}

function person(institutionId: string, overrides: Partial<CreateStaffInput> = {}): CreateStaffInput {
  sequence += 1;
  return {
    institutionId,
    quotaCategory: 'PUBLIC_INSTITUTION',
    name: `并发${sequence}`,
    nationalId: makeNationalId('520322', '1990-06-15', sequence, sequence % 2 ? 'MALE' : 'FEMALE'),
    education: 'BACHELOR',
    position: '科员',
    hiredOn: '2013-01-01',
    ...overrides,
  };
}

beforeAll(async () => {
  bureauId = (await server.bureauByCode('520322')).id;
});

it('100 concurrent conflicting edits of one record: exactly one wins, the rest get CONFLICT, nothing lost', async () => {
  const institutionId = await newUnit('并发冲突测试中心');
  const created = (await server.data(CreateStaffDocument, { input: person(institutionId) })).createStaff;
  const read = (await server.data(StaffMemberDocument, { id: created.id })).staffMember!;

  const answers = await timedBurst(
    `${burst} conflicting updateStaff of one record`,
    Array.from({ length: burst }, (_, index) => () =>
      send(UpdateStaffDocument, { input: { id: read.id, version: read.version, position: `岗位${index}` }, reason: `并发修改 ${index}` }),
    ),
  );

  const winners = answers.filter((answer) => !answer.body.errors);
  const losers = answers.filter((answer) => answer.body.errors);
  expect(winners).toHaveLength(1);
  expect(losers).toHaveLength(burst - 1);
  for (const loser of losers) {
    expect(loser.body.errors!.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
    expect(loser.body.data ?? null).toBeNull();
  }
  const winner = winners[0].body.data!.updateStaff;
  expect(winner.version).toBe(read.version + 1);

  const stored = (await server.data(StaffMemberDocument, { id: read.id })).staffMember!;
  expect(stored).toMatchObject({ position: winner.position, version: read.version + 1, name: read.name });

  const updates = await auditEntries({ recordType: 'Staff', recordId: read.id, operation: 'updateStaff' });
  expect(updates.totalCount).toBe(1);
  const [entry] = updates.items;
  expect(entry.requestId).toBe(winners[0].requestId);
  expect(entry.reason).toBe(`并发修改 ${winner.position.slice('岗位'.length)}`);
  expect(entry.before).toMatchObject({ position: read.position, version: read.version });
  expect(entry.after).toMatchObject({ position: winner.position, version: read.version + 1 });
});

it('100 concurrent edits of different records all succeed, and nothing is lost', async () => {
  const institutionId = await newUnit('并发新增测试中心');
  const inputs = Array.from({ length: burst }, () => person(institutionId));

  const createdAnswers = await timedBurst(
    `${burst} concurrent createStaff into one unit`,
    inputs.map((input) => () => send(CreateStaffDocument, { input })),
  );
  expect(createdAnswers.flatMap((answer) => answer.body.errors ?? [])).toEqual([]);
  const created = createdAnswers.map((answer) => answer.body.data!.createStaff);
  expect(new Set(created.map((staff) => staff.id)).size).toBe(burst);

  const listed = (await server.data(StaffListDocument, { filter: { institutionId }, limit: 1000 })).staff;
  expect(listed.totalCount).toBe(burst);
  expect(listed.items.map((staff) => staff.nationalId).sort()).toEqual(inputs.map((input) => input.nationalId).sort());

  const createdIds = new Set(created.map((staff) => staff.id));
  const creations = (await auditEntries({ operation: 'createStaff' })).items.filter((entry) => createdIds.has(entry.recordId));
  expect(creations).toHaveLength(burst);
  expect(new Set(creations.map((entry) => entry.recordId)).size).toBe(burst);
  expect(new Set(creations.map((entry) => entry.requestId))).toEqual(new Set(createdAnswers.map((answer) => answer.requestId)));

  const updatedAnswers = await timedBurst(
    `${burst} concurrent updateStaff, one record each`,
    created.map((staff, index) => () => send(UpdateStaffDocument, { input: { id: staff.id, version: staff.version, position: `岗位${index}` } })),
  );
  expect(updatedAnswers.flatMap((answer) => answer.body.errors ?? [])).toEqual([]);
  const after = (await server.data(StaffListDocument, { filter: { institutionId }, limit: 1000 })).staff.items;
  expect(after).toHaveLength(burst);
  const positionById = new Map(created.map((staff, index) => [staff.id, `岗位${index}`]));
  for (const staff of after) expect({ id: staff.id, position: staff.position, version: staff.version }).toEqual({ id: staff.id, position: positionById.get(staff.id), version: 2 });

  const updates = (await auditEntries({ operation: 'updateStaff' })).items.filter((entry) => createdIds.has(entry.recordId));
  expect(updates).toHaveLength(burst);
  expect(new Set(updates.map((entry) => entry.recordId)).size).toBe(burst);
  for (const entry of updates) expect(entry.after).toMatchObject({ position: positionById.get(entry.recordId), version: 2 });
});
