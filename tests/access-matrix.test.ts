import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AccountRole } from '../server/modules/account/account-role';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { makeNationalId } from '../server/modules/staff/national-id';
import { tokenFor } from './support/credentials';
import { askGraphql, type Answer } from './support/http-client';
import { sheetRows, uploadRegister, workbookOf } from './support/registers';
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
    `select (select coalesce(sum(generation), 0) from subtree_generation)::text as generation,
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
  /** The place's e-government unit (an institution with isEgovBody), over its one quota: an OVER_STAFFED alert. */
  unitId: string;
  quotaId: string;
  staffId: string;
  websiteId: string;
  alertId: string;
  /** A non-e-gov institution (机构) with a supervising institution, a subordinate, a 三定 with an internal body, and two deputies over one deputy position. */
  organId: string;
  organName: string;
  organCreditCode: string;
  supervisorId: string;
  subordinateId: string;
  approvalId: string;
  internalBodyId: string;
  leaderId: string;
  /** The organ's OVER_POSITIONS alert in the DEPUTY tier. */
  tierAlertId: string;
  /** One of the organ's change records (机构沿革). */
  changeId: string;
  /** An institution merged (by a registry-wide administrator) into the organ of another place, and the subordinate it had, which came under that organ. */
  mergedId: string;
  mergedName: string;
  mergedSubordinateId: string;
  /** The organ the merged institution went into, and its place's path. */
  mergedIntoId: string;
  mergedIntoPath: string;
  /** Two institutions with posts to use (用编): approvals, entries, exits and transfers are tried on them. */
  staffingId: string;
  staffingOtherId: string;
  /** An open approval to use posts of the first, and a pending application. */
  useApprovalId: string;
  applicationId: string;
  /** A person transferred in from the place before (by a registry-wide administrator): their history spans two places. */
  arrivedId: string;
  departedId: string;
  departedPath: string;
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

/**
 * A national ID number no one holds: the matrix makes over a thousand people, more than one birth date has order codes, so each run of
 * 400 takes the next day from 1962 on (the seed's people are born 1978 to 1990).
 */
let people = 0;
function newNationalId(regionCode: string): string {
  people += 1;
  const birthDate = new Date(Date.UTC(1962, 0, 1) + Math.floor(people / 400) * 86_400_000).toISOString().slice(0, 10);
  return makeNationalId(regionCode, birthDate, people % 400, 'MALE');
}

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

async function createStaff(institutionId: string, regionCode: string, { category = 'PUBLIC_INSTITUTION', tier = null as string | null, status = 'ACTIVE' } = {}): Promise<{ id: string; version: number }> {
  const number = next();
  return (
    await asAdmin('mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id version } }', {
      input: { institutionId, quotaCategory: category, leadershipTier: tier, name: `矩阵${number}`, nationalId: newNationalId(regionCode), education: 'BACHELOR', position: tier ? '副局长' : '科员', hiredOn: '2013-02-01', status },
    })
  ).createStaff;
}

/** A valid unified social credit code no institution holds (the seed's run from 101 per division). */
const freshCreditCode = (divisionCode: string) => makeCreditCode('11', divisionCode, 500_000 + next());

/** The document and date of a change by decision (merger, abolition, move, rename...): after every 三定 and quota the matrix records. */
const decision = () => ({ documentNumber: `矩阵决〔2020〕${next()}号`, decidedOn: '2020-06-01' });

function establishInput(bureauId: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { bureauId, name: `${name}${next()}`, kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN', rank: 'SECTION', decidedOn: '2015-01-01', documentNumber: `矩阵设〔2015〕${next()}号`, ...extra };
}

async function establish(bureauId: string, name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number; name: string }> {
  return (await asAdmin('mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { id version name } }', { input: establishInput(bureauId, name, extra) })).establishInstitution;
}

/** A 三定: three administrative posts, one deputy position, one internal body. */
function establishmentInput(institutionId: string): Record<string, unknown> {
  return {
    institutionId,
    documentNumber: `矩阵三定〔2016〕${next()}号`,
    approvedOn: '2016-01-01',
    mainFunctions: '矩阵职能',
    internalBodyNames: ['办公室'],
    quotas: [{ category: 'ADMINISTRATIVE', headcount: 3 }],
    principalPositions: 0,
    deputyPositions: 1,
    internalHeadPositions: 0,
  };
}

async function approve(institutionId: string, headcount = 3): Promise<{ id: string; version: number }> {
  const input = { ...establishmentInput(institutionId), quotas: [{ category: 'ADMINISTRATIVE', headcount }] };
  return (await asAdmin('mutation ($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id version } }', { input })).approveEstablishment;
}

const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** The input of an approval to use one administrative post (用编核准), issued today. */
function useInput(institutionId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { institutionId, category: 'ADMINISTRATIVE', count: 1, purpose: 'OPEN_RECRUITMENT', noticeNumber: `矩阵用〔2024〕${next()}号`, issuedOn: chinaToday(), validUntil: '2099-12-31', ...extra };
}

async function approveUse(institutionId: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  return (await asAdmin('mutation ($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id version } }', { input: useInput(institutionId, extra) })).approveStaffingUse;
}

async function applyFor(institutionId: string): Promise<{ id: string; version: number }> {
  return (
    await asAdmin('mutation ($input: ApplyForStaffingUseInput!) { applyForStaffingUse(input: $input) { id version } }', {
      input: { institutionId, category: 'ADMINISTRATIVE', count: 1, purpose: 'OPEN_RECRUITMENT', appliedOn: chinaToday(), justification: '矩阵申请' },
    })
  ).applyForStaffingUse;
}

function entrant(approvalId: string, regionCode: string): Record<string, unknown> {
  return { approvalId, name: `矩阵入编${next()}`, nationalId: newNationalId(regionCode), education: 'BACHELOR', position: '科员', enteredOn: chinaToday() };
}

/** A person entered against a new approval of `institutionId`. */
async function enterPerson(institutionId: string, regionCode: string): Promise<{ id: string; version: number; nationalId: string }> {
  const approval = await approveUse(institutionId);
  return (await asAdmin('mutation ($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id version nationalId } }', { input: entrant(approval.id, regionCode) })).enterEstablishment;
}

const transferInput = (person: { id: string; version: number }, approvalId: string) => ({ id: person.id, version: person.version, approvalId, transferredOn: chinaToday(), documentNumber: `矩阵调〔2024〕${next()}号` });

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

/** An institution's version, rank and kind as they stand: a change by decision must change something. */
async function institutionNow(id: string): Promise<{ version: number; rank: string; kind: string }> {
  return (await asAdmin('query ($id: ID!) { institution(id: $id) { version rank kind } }', { id })).institution;
}

async function makePlace(name: string, prefectureCode: string, countyCode: string): Promise<Place> {
  const prefecture = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id path } }', { code: prefectureCode })).bureauByCode;
  const county = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id path } }', { code: countyCode })).bureauByCode;
  const unit = await createUnit(county.id, `矩阵中心${name}`);
  const quota = await createQuota(unit.id);
  const staff = await createStaff(unit.id, countyCode);
  await createStaff(unit.id, countyCode);
  const website = await createWebsite(county.id);
  const alerts = (await asAdmin('query ($institutionId: ID!) { quotaAlerts(filter: { institutionId: $institutionId, open: true }) { items { id kind } } }', { institutionId: unit.id })).quotaAlerts.items;
  expect(alerts).toEqual([{ id: expect.any(String), kind: 'OVER_STAFFED' }]);

  const supervisor = await establish(county.id, `矩阵主管局${name}`);
  const organCreditCode = freshCreditCode(countyCode);
  const organ = await establish(county.id, `矩阵局${name}`, { supervisingInstitutionId: supervisor.id, creditCode: organCreditCode });
  const subordinate = await establish(county.id, `矩阵下属中心${name}`, { supervisingInstitutionId: organ.id });
  const approval = await approve(organ.id);
  const leader = await createStaff(organ.id, countyCode, { category: 'ADMINISTRATIVE', tier: 'DEPUTY' });
  await createStaff(organ.id, countyCode, { category: 'ADMINISTRATIVE', tier: 'DEPUTY' });
  const organRead = (
    await asAdmin('query ($id: ID!) { institution(id: $id) { internalBodies { id name } changes { id kind } openAlerts { id kind tier } } }', { id: organ.id })
  ).institution;
  expect(organRead.internalBodies).toEqual([{ id: expect.any(String), name: '办公室' }]);
  expect(organRead.openAlerts).toEqual([{ id: expect.any(String), kind: 'OVER_POSITIONS', tier: 'DEPUTY' }]);
  expect(organRead.changes.map((change: { kind: string }) => change.kind).sort()).toEqual(['ESTABLISHED', 'ESTABLISHMENT_APPROVED']);
  const merged = await establish(county.id, `矩阵并出局${name}`);
  const mergedSubordinate = await establish(county.id, `矩阵并出下属${name}`, { supervisingInstitutionId: merged.id });
  const staffing = await establish(county.id, `矩阵用编局${name}`);
  await approve(staffing.id, 60);
  const staffingOther = await establish(county.id, `矩阵调入局${name}`);
  await approve(staffingOther.id, 60);
  const useApproval = await approveUse(staffing.id);
  const application = await applyFor(staffing.id);
  return {
    name,
    prefectureId: prefecture.id,
    prefecturePath: prefecture.path,
    countyId: county.id,
    countyCode,
    countyPath: county.path,
    unitId: unit.id,
    quotaId: quota.id,
    staffId: staff.id,
    websiteId: website.id,
    alertId: alerts[0].id,
    organId: organ.id,
    organName: organ.name,
    organCreditCode,
    supervisorId: supervisor.id,
    subordinateId: subordinate.id,
    approvalId: approval.id,
    internalBodyId: organRead.internalBodies[0].id,
    leaderId: leader.id,
    tierAlertId: organRead.openAlerts[0].id,
    changeId: organRead.changes[0].id,
    mergedId: merged.id,
    mergedName: merged.name,
    mergedSubordinateId: mergedSubordinate.id,
    mergedIntoId: '',
    mergedIntoPath: '',
    staffingId: staffing.id,
    staffingOtherId: staffingOther.id,
    useApprovalId: useApproval.id,
    applicationId: application.id,
    arrivedId: '',
    departedId: '',
    departedPath: '',
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
  // A registry-wide administrator merges each place's merged institution into the organ of the place two along (A into C, C into A, B into D, D into B):
  // the merged one links to another place (mergedInto), its subordinate comes under the organ there (supervisingInstitution), and that organ
  // supervises an institution of another place (subordinates). Every such link must read as nothing to a caller who sees one side only.
  for (const [index, place] of places.entries()) {
    const survivor = places[(index + 2) % places.length];
    await asAdmin('mutation ($input: MergeInstitutionInput!) { mergeInstitution(input: $input) { id } }', {
      input: { id: place.mergedId, version: await versionOf('institution', place.mergedId), intoInstitutionId: survivor.organId, ...decision() },
    });
    place.mergedIntoId = survivor.organId;
    place.mergedIntoPath = survivor.countyPath;
  }
  // A registry-wide administrator transfers a person of each place to the next (A to B, B to C, C to D, D to A).
  for (const [index, place] of places.entries()) {
    const receiving = places[(index + 1) % places.length];
    const person = await enterPerson(place.staffingId, place.countyCode);
    const approval = await approveUse(receiving.staffingOtherId, { purpose: 'TRANSFER_IN' });
    const { transferStaff } = await asAdmin('mutation ($input: TransferStaffInput!) { transferStaff(input: $input) { departed { id } arrived { id } } }', { input: transferInput(person, approval.id) });
    receiving.arrivedId = transferStaff.arrived.id;
    receiving.departedId = transferStaff.departed.id;
    receiving.departedPath = place.countyPath;
  }
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

/** Every link of an institution, each followed to its bureau. */
const institutionLinks =
  'id status bureau { path } supervisingInstitution { id bureau { path } } mergedInto { id bureau { path } } subordinates(includeEnded: true) { id bureau { path } } ' +
  'internalBodies(includeAbolished: true) { id } currentEstablishment { id institution { bureau { path } } quotas { institution { bureau { path } } } } ' +
  'establishmentHistory { id institution { bureau { path } } } quotas(includeSuperseded: true) { institution { bureau { path } } replaces { institution { bureau { path } } } } ' +
  'staff { id nationalId birthDate institution { bureau { path } } } openAlerts { id kind tier bureauPath institution { bureau { path } } bureau { path } } changes { id kind }';

/** The links of institutions in a list: a page of 400 stays under the operation cost limit. */
const institutionListLinks =
  'id bureau { path } supervisingInstitution { bureau { path } } mergedInto { bureau { path } } subordinates(includeEnded: true) { bureau { path } } currentEstablishment { institution { bureau { path } } }';

const ids = (records: { id: string }[] | undefined) => (records ?? []).map((record) => record.id);

/**
 * A read of one record by id (or code): inside, the record, and `inside` checks what it links to; outside, null, exactly as a record that
 * does not exist (`missing` is the argument of one; ids otherwise).
 */
const singleReads: {
  label: string;
  field: string;
  selection: string;
  id: (place: Place) => string;
  argument?: { name: string; type: string; missing: string };
  inside?: (record: any, place: Place, caller: Caller) => unknown[];
}[] = [
  { label: 'bureau', field: 'bureau', selection: 'id path parent { path } ancestors { path } children { path } descendants { path } units { bureau { path } } websites { bureau { path } }', id: (place) => place.countyId },
  { label: 'bureauByCode', field: 'bureauByCode', argument: { name: 'code', type: 'String!', missing: '529999' }, selection: 'id path', id: (place) => place.countyCode },
  // The e-gov unit's and the quota's deprecated links (unit) stay covered.
  {
    label: 'egovUnit',
    field: 'egovUnit',
    selection: 'id bureau { path } institution { id isEgovBody bureau { path } } quotas(includeSuperseded: true) { unit { bureau { path } } } staff { nationalId birthDate unit { bureau { path } } }',
    id: (place) => place.unitId,
    inside: (record, place) => [record.institution.id === place.unitId, record.institution.isEgovBody],
  },
  { label: 'quota', field: 'quota', selection: 'id unit { bureau { path } } institution { bureau { path } } replaces { unit { bureau { path } } institution { bureau { path } } }', id: (place) => place.quotaId },
  { label: 'staffMember', field: 'staffMember', selection: 'id nationalId birthDate institution { bureau { path } }', id: (place) => place.staffId },
  { label: 'staffMember (a deputy)', field: 'staffMember', selection: 'id nationalId birthDate leadershipTier institution { bureau { path } }', id: (place) => place.leaderId, inside: (record) => [record.leadershipTier === 'DEPUTY'] },
  { label: 'website', field: 'website', selection: 'id bureau { path }', id: (place) => place.websiteId },
  { label: 'staffingUseApplication', field: 'staffingUseApplication', selection: 'id status institution { bureau { path } } approval { institution { bureau { path } } }', id: (place) => place.applicationId, inside: (record) => [record.status === 'PENDING'] },
  { label: 'staffingUseApproval', field: 'staffingUseApproval', selection: 'id status institution { bureau { path } }', id: (place) => place.useApprovalId, inside: (record) => [record.status === 'OPEN'] },
  {
    label: 'staffMember (transferred in from the place before)',
    field: 'staffMember',
    selection: 'id nationalId entryKind transferredFrom { id institution { bureau { path } } } entryApproval { institution { bureau { path } } } establishmentHistory { kind staffId institution { bureau { path } } }',
    id: (place) => place.arrivedId,
    // The post left lies in the place before: its record and its half of the history exist only for a caller who sees that place.
    inside: (record, place, caller) => [
      record.entryKind === 'TRANSFER',
      (record.transferredFrom?.id ?? null) === (inside(caller, place.departedPath) ? place.departedId : null),
      JSON.stringify(record.establishmentHistory.map((event: { kind: string }) => event.kind)) ===
        JSON.stringify(inside(caller, place.departedPath) ? ['ENTERED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN'] : ['TRANSFERRED_IN']),
    ],
  },
  { label: 'quotaAlert', field: 'quotaAlert', selection: 'id bureauPath institution { bureau { path } } bureau { path }', id: (place) => place.alertId },
  {
    label: 'quotaAlert (over positions)',
    field: 'quotaAlert',
    selection: 'id kind tier bureauPath institutionId institution { id bureau { path } } bureau { path }',
    id: (place) => place.tierAlertId,
    inside: (record, place) => [record.kind === 'OVER_POSITIONS', record.tier === 'DEPUTY', record.institution?.id === place.organId],
  },
  {
    label: 'institution (the organ)',
    field: 'institution',
    selection: institutionLinks,
    id: (place) => place.organId,
    inside: (record, place, caller) => [
      record.supervisingInstitution?.id === place.supervisorId,
      ids(record.subordinates).includes(place.subordinateId),
      // The subordinate of the institution merged into it from two places along stayed in its own bureau (a supervisor is of the same bureau).
      !ids(record.subordinates).includes(places[(places.indexOf(place) + 2) % places.length].mergedSubordinateId),
      ids(record.internalBodies).includes(place.internalBodyId),
      record.currentEstablishment?.id === place.approvalId,
      ids(record.establishmentHistory).includes(place.approvalId),
      ids(record.staff).includes(place.leaderId),
      ids(record.openAlerts).includes(place.tierAlertId),
      ids(record.changes).includes(place.changeId),
    ],
  },
  {
    label: 'institutionByCreditCode',
    field: 'institutionByCreditCode',
    argument: { name: 'creditCode', type: 'String!', missing: makeCreditCode('11', '529999', 1) },
    selection: institutionLinks,
    id: (place) => place.organCreditCode,
    inside: (record, place) => [record.id === place.organId],
  },
  {
    label: 'institution (merged into another place)',
    field: 'institution',
    selection: institutionLinks,
    id: (place) => place.mergedId,
    inside: (record, place, caller) => [record.status === 'MERGED', (record.mergedInto?.id ?? null) === (inside(caller, place.mergedIntoPath) ? place.mergedIntoId : null)],
  },
  {
    label: 'institution (its subordinate, top-level in its own place after the merger elsewhere)',
    field: 'institution',
    selection: institutionLinks,
    id: (place) => place.mergedSubordinateId,
    inside: (record) => [record.supervisingInstitution === null, record.bureau?.path !== undefined],
  },
  { label: 'institution (the supervisor)', field: 'institution', selection: institutionLinks, id: (place) => place.supervisorId, inside: (record, place) => [ids(record.subordinates).includes(place.organId)] },
];

/** Lists filtered to a place: inside, its records (the newest first); outside, refused naming the filter exactly as a bureau that does not exist. */
const placeFilters: { query: string; field: string; label?: string; bureau: (place: Place) => string; expectsRecords?: (place: Place) => string[] }[] = [
  { field: 'bureaus', query: 'query ($id: ID!) { bureaus(filter: { underBureauId: $id }) { items { id path } } }', bureau: (place) => place.countyId, expectsRecords: (place) => [place.countyId] },
  { field: 'egovUnits', query: 'query ($id: ID!) { egovUnits(filter: { underBureauId: $id }) { items { id bureau { path } } } }', bureau: (place) => place.countyId, expectsRecords: (place) => [place.unitId] },
  {
    field: 'institutions',
    query: `query ($id: ID!) { institutions(filter: { underBureauId: $id, statuses: [ACTIVE, MERGED, ABOLISHED] }, limit: 400, sort: { field: UPDATED_AT, direction: DESC }) { items { ${institutionListLinks} } } }`,
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.organId, place.supervisorId, place.subordinateId, place.mergedId, place.mergedSubordinateId],
  },
  {
    field: 'institutions',
    label: 'institutions (over staffed, e-gov or not)',
    query: 'query ($id: ID!) { institutions(filter: { underBureauId: $id, overStaffed: true }, limit: 1000, sort: { field: UPDATED_AT, direction: DESC }) { items { id bureau { path } openAlerts { bureauPath } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.organId, place.unitId],
  },
  {
    field: 'quotas',
    query: 'query ($id: ID!) { quotas(filter: { underBureauId: $id }, limit: 1000, sort: { field: UPDATED_AT, direction: DESC }) { items { id institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.quotaId],
  },
  {
    field: 'staff',
    query: 'query ($id: ID!) { staff(filter: { underBureauId: $id }, limit: 1000, sort: { field: UPDATED_AT, direction: DESC }) { items { id nationalId institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.staffId, place.leaderId],
  },
  {
    field: 'staff',
    label: 'staff (deputies)',
    query: 'query ($id: ID!) { staff(filter: { underBureauId: $id, leadershipTier: DEPUTY }, limit: 1000, sort: { field: UPDATED_AT, direction: DESC }) { items { id nationalId institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.leaderId],
  },
  { field: 'websites', query: 'query ($id: ID!) { websites(filter: { underBureauId: $id }) { items { id bureau { path } } } }', bureau: (place) => place.countyId, expectsRecords: (place) => [place.websiteId] },
  {
    field: 'staffingUseApprovals',
    query: 'query ($id: ID!) { staffingUseApprovals(filter: { underBureauId: $id }, limit: 1000) { items { id institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.useApprovalId],
  },
  {
    field: 'staffingUseApplications',
    query: 'query ($id: ID!) { staffingUseApplications(filter: { underBureauId: $id }, limit: 1000) { items { id institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.applicationId],
  },
  {
    field: 'quotaAlerts',
    query: 'query ($id: ID!) { quotaAlerts(filter: { underBureauId: $id }, limit: 1000) { items { id bureauPath institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.alertId, place.tierAlertId],
  },
  {
    field: 'quotaAlerts',
    label: 'quotaAlerts (over positions, deputies)',
    query: 'query ($id: ID!) { quotaAlerts(filter: { underBureauId: $id, kind: OVER_POSITIONS, tier: DEPUTY }, limit: 1000) { items { id bureauPath institution { bureau { path } } } } }',
    bureau: (place) => place.countyId,
    expectsRecords: (place) => [place.tierAlertId],
  },
  { field: 'indicatorTable', query: 'query ($id: ID!) { indicatorTable(underBureauId: $id) { rows { bureau { path } } } }', bureau: (place) => place.prefectureId },
  { field: 'unitTable', query: 'query ($id: ID!) { unitTable(underBureauId: $id) { rows { bureau { path } units { bureau { path } } } } }', bureau: (place) => place.prefectureId },
  { field: 'indicatorShares', query: 'query ($id: ID!) { indicatorShares(underBureauId: $id) { totalBuilt } }', bureau: (place) => place.prefectureId },
];

/** Whole lists, unfiltered: everything returned must lie inside; each place's records present exactly when inside. */
const wholeLists: { field: string; query: string; ids: (place: Place) => string[]; pageSize?: number }[] = [
  { field: 'bureaus', query: 'query ($offset: Int! = 0) { bureaus(limit: 1000, offset: $offset) { items { id path parent { path } ancestors { path } } } }', ids: (place) => [place.countyId] },
  { field: 'egovUnits', query: 'query ($offset: Int! = 0) { egovUnits(limit: 1000, offset: $offset) { items { id bureau { path } institution { bureau { path } } } } }', ids: (place) => [place.unitId] },
  {
    field: 'institutions',
    query: `query ($offset: Int! = 0) { institutions(filter: { statuses: [ACTIVE, MERGED, ABOLISHED] }, limit: 400, offset: $offset) { items { ${institutionListLinks} } } }`,
    pageSize: 400,
    ids: (place) => [place.organId, place.supervisorId, place.subordinateId, place.mergedId, place.mergedSubordinateId, place.unitId],
  },
  { field: 'quotas', query: 'query ($offset: Int! = 0) { quotas(limit: 1000, offset: $offset) { items { id institution { bureau { path } } replaces { institution { bureau { path } } } } } }', ids: (place) => [place.quotaId] },
  { field: 'staff', query: 'query ($offset: Int! = 0) { staff(limit: 1000, offset: $offset) { items { id nationalId birthDate institution { bureau { path } } } } }', ids: (place) => [place.staffId, place.leaderId] },
  { field: 'websites', query: 'query ($offset: Int! = 0) { websites(limit: 1000, offset: $offset) { items { id bureau { path } } } }', ids: (place) => [place.websiteId] },
  { field: 'staffingUseApprovals', query: 'query ($offset: Int! = 0) { staffingUseApprovals(limit: 1000, offset: $offset) { items { id institution { bureau { path } } } } }', ids: (place) => [place.useApprovalId] },
  { field: 'staffingUseApplications', query: 'query ($offset: Int! = 0) { staffingUseApplications(limit: 1000, offset: $offset) { items { id institution { bureau { path } } } } }', ids: (place) => [place.applicationId] },
  {
    field: 'quotaAlerts',
    query: 'query ($offset: Int! = 0) { quotaAlerts(limit: 1000, offset: $offset) { items { id bureauPath institution { bureau { path } } bureau { path } } } }',
    ids: (place) => [place.alertId, place.tierAlertId],
  },
];

/** A read by one argument, as a query. */
const singleReadQuery = (read: (typeof singleReads)[number]) =>
  `query ($id: ${read.argument?.type ?? 'ID!'}) { ${read.field}(${read.argument?.name ?? 'id'}: $id) { ${read.selection} } }`;

describe('the access matrix', () => {
  it('without credentials, everything but login is refused with 401', async () => {
    const queries = [
      ...singleReads.map((read) => `{ ${read.field}(${read.argument ? `${read.argument.name}: "${read.argument.missing}"` : 'id: "1"'}) { id } }`),
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
    /** Links of a record inside that do not lead where they should: listed all at once, after every read. */
    const wrongLinks: string[] = [];
    for (const caller of callers) {
      for (const place of places) {
        for (const read of singleReads) {
          const answer = await ask(caller.token, singleReadQuery(read), { id: read.id(place) });
          counters.reads += 1;
          checkForLeaks(caller, `${read.label} of ${place.name}`, answer.data);
          if (inside(caller, place.countyPath)) {
            expect([caller.label, read.label, place.name, answer.errors]).toEqual([caller.label, read.label, place.name, []]);
            expect([caller.label, read.label, place.name, answer.data![read.field]?.id]).toEqual([caller.label, read.label, place.name, expect.any(String)]);
            const checks = read.inside?.(answer.data![read.field], place, caller) ?? [];
            checks.forEach((check, index) => {
              if (check !== true) wrongLinks.push(`${caller.label} ${read.label} of ${place.name}: check ${index + 1}`);
            });
          } else {
            const missing = await ask(caller.token, singleReadQuery(read), { id: read.argument?.missing ?? '2147483000' });
            expect([caller.label, read.label, place.name, answer.status, answer.data, answer.errors]).toEqual([caller.label, read.label, place.name, missing.status, missing.data, missing.errors]);
            expect([caller.label, read.label, place.name, answer.data?.[read.field]]).toEqual([caller.label, read.label, place.name, null]);
          }
        }
      }
    }
    expect(wrongLinks).toEqual([]);
  });

  it('lists, tables and statistics filtered to a place outside are refused as an unknown place; inside they list the place', async () => {
    for (const caller of callers) {
      for (const place of places) {
        for (const filter of placeFilters) {
          const answer = await ask(caller.token, filter.query, { id: filter.bureau(place) });
          counters.reads += 1;
          const label = filter.label ?? filter.field;
          checkForLeaks(caller, `${label} under ${place.name}`, answer.data);
          const placeInside = inside(caller, filter.field.startsWith('indicator') || filter.field === 'unitTable' ? place.prefecturePath : place.countyPath);
          if (placeInside) {
            expect([caller.label, label, place.name, answer.errors]).toEqual([caller.label, label, place.name, []]);
            const listed = ids(answer.data![filter.field].items);
            const expected = filter.expectsRecords?.(place) ?? [];
            expect([caller.label, label, place.name, expected.filter((id) => !listed.includes(id))]).toEqual([caller.label, label, place.name, []]);
          } else {
            const missing = await ask(caller.token, filter.query, { id: '2147483000' });
            const seen = answer.errors.map((error) => ({ ...error, message: error.message.replace(filter.bureau(place), 'ID'), extensions: { ...error.extensions, id: undefined, requestId: undefined } }));
            const unknown = missing.errors.map((error) => ({ ...error, message: error.message.replace('2147483000', 'ID'), extensions: { ...error.extensions, id: undefined, requestId: undefined } }));
            expect([caller.label, label, place.name, answer.status, seen]).toEqual([caller.label, label, place.name, missing.status, unknown]);
            expect(answer.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
          }
        }
      }
    }
  });

  it('whole lists, tables by default and the audit trail hold nothing from outside', async () => {
    for (const caller of callers) {
      for (const list of wholeLists) {
        // The seed alone holds thousands of staff: page through the whole list.
        const listed: string[] = [];
        const pageSize = list.pageSize ?? 1000;
        for (let offset = 0; ; offset += pageSize) {
          const answer = await ask(caller.token, list.query, { offset });
          counters.reads += 1;
          expect([caller.label, list.field, offset, answer.errors]).toEqual([caller.label, list.field, offset, []]);
          checkForLeaks(caller, list.field, answer.data);
          const items: { id: string }[] = answer.data![list.field].items;
          listed.push(...items.map((item) => item.id));
          if (items.length < pageSize) break;
        }
        for (const place of places) {
          for (const id of list.ids(place)) {
            expect([caller.label, list.field, place.name, id, listed.includes(id)]).toEqual([caller.label, list.field, place.name, id, inside(caller, place.countyPath)]);
          }
        }
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
    prepare: (place: Place) => Promise<{
      query: string;
      variables: Record<string, unknown>;
      touches: string[];
      /** A record the input names in another place: a writer who sees the place but not that record is told of no such record, naming this field. */
      reference?: { field: string; path: string };
      /** The registry's own rule refuses the change even to a caller who sees every place it touches: the reason it names (nothing written). */
      refusedByRule?: string;
    }>;
  }

  const countyCodes = new Map<string, number>();
  const freshCountyCode = (prefectureCode: string) => {
    const number = (countyCodes.get(prefectureCode) ?? 60) + 1;
    countyCodes.set(prefectureCode, number);
    return `${prefectureCode.slice(0, 4)}${number}`;
  };
  const target = () => places[0];
  const institutionResult = 'id bureau { path } supervisingInstitution { bureau { path } } mergedInto { bureau { path } } subordinates(includeEnded: true) { bureau { path } }';

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
        variables: { input: { id: place.unitId, version: await versionOf('egovUnit', place.unitId), duties: '电子政务' } },
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
      name: 'establishInstitution',
      prepare: async (place) => ({
        query: `mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { ${institutionResult} } }`,
        variables: { input: establishInput(place.countyId, '矩阵新设局', { supervisingInstitutionId: place.organId, creditCode: freshCreditCode(place.countyCode) }) },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'establishInstitution under a supervisor elsewhere',
      prepare: async (place) => ({
        query: `mutation ($input: EstablishInstitutionInput!) { establishInstitution(input: $input) { ${institutionResult} } }`,
        variables: { input: establishInput(place.countyId, '矩阵跨区新设局', { supervisingInstitutionId: target().organId }) },
        touches: [place.countyPath, target().countyPath],
        reference: { field: 'supervisingInstitutionId', path: target().countyPath },
        refusedByRule: place === target() ? undefined : 'SUPERVISOR_OF_ANOTHER_BUREAU',
      }),
    },
    {
      name: 'updateInstitution',
      prepare: async (place) => ({
        query: `mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { ${institutionResult} } }`,
        variables: { input: { id: place.organId, version: await versionOf('institution', place.organId), shortName: `矩阵简称${next()}` } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'renameInstitution',
      prepare: async (place) => ({
        query: `mutation ($input: RenameInstitutionInput!) { renameInstitution(input: $input) { ${institutionResult} } }`,
        variables: { input: { id: place.organId, version: await versionOf('institution', place.organId), name: `矩阵局${place.name}更名${next()}`, ...decision() } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'changeInstitutionRank',
      prepare: async (place) => {
        const now = await institutionNow(place.organId);
        return {
          query: `mutation ($input: ChangeInstitutionRankInput!) { changeInstitutionRank(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: place.organId, version: now.version, rank: now.rank === 'SECTION' ? 'DEPUTY_COUNTY' : 'SECTION', ...decision() } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'changeInstitutionNature',
      prepare: async (place) => {
        const now = await institutionNow(place.organId);
        const change = now.kind === 'GOVERNMENT_DEPARTMENT' ? { kind: 'DIRECTLY_AFFILIATED', nature: 'CIVIL_SERVICE_MANAGED' } : { kind: 'GOVERNMENT_DEPARTMENT', nature: 'ADMINISTRATIVE_ORGAN' };
        return {
          query: `mutation ($input: ChangeInstitutionNatureInput!) { changeInstitutionNature(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: place.organId, version: now.version, ...change, ...decision() } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'moveInstitution',
      prepare: async (place) => {
        const moved = await establish(place.countyId, '矩阵划转中心');
        return {
          query: `mutation ($input: MoveInstitutionInput!) { moveInstitution(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: moved.id, version: moved.version, supervisingInstitutionId: place.organId, ...decision() } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'moveInstitution under a supervisor elsewhere',
      prepare: async (place) => {
        const moved = await establish(place.countyId, '矩阵跨区划转中心');
        return {
          query: `mutation ($input: MoveInstitutionInput!) { moveInstitution(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: moved.id, version: moved.version, supervisingInstitutionId: target().organId, ...decision() } },
          touches: [place.countyPath, target().countyPath],
          reference: { field: 'supervisingInstitutionId', path: target().countyPath },
          refusedByRule: place === target() ? undefined : 'SUPERVISOR_OF_ANOTHER_BUREAU',
        };
      },
    },
    {
      name: 'mergeInstitution',
      prepare: async (place) => {
        const merged = await establish(place.countyId, '矩阵并入中心');
        return {
          query: `mutation ($input: MergeInstitutionInput!) { mergeInstitution(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: merged.id, version: merged.version, intoInstitutionId: place.organId, ...decision() } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'mergeInstitution into an institution elsewhere',
      prepare: async (place) => {
        const merged = await establish(place.countyId, '矩阵跨区并入中心');
        return {
          query: `mutation ($input: MergeInstitutionInput!) { mergeInstitution(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: merged.id, version: merged.version, intoInstitutionId: target().organId, ...decision() } },
          touches: [place.countyPath, target().countyPath],
          reference: { field: 'intoInstitutionId', path: target().countyPath },
        };
      },
    },
    {
      name: 'abolishInstitution',
      prepare: async (place) => {
        const abolished = await establish(place.countyId, '矩阵撤销中心');
        return {
          query: `mutation ($input: AbolishInstitutionInput!) { abolishInstitution(input: $input) { ${institutionResult} } }`,
          variables: { input: { id: abolished.id, version: abolished.version, ...decision() } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'abolishInstitution transferring its staff elsewhere',
      prepare: async (place) => {
        const abolished = await establish(place.countyId, '矩阵撤销划转中心');
        await createStaff(abolished.id, place.countyCode);
        return {
          query: `mutation ($input: AbolishInstitutionInput!) { abolishInstitution(input: $input) { ${institutionResult} staff { institution { bureau { path } } } } }`,
          variables: { input: { id: abolished.id, version: await versionOf('institution', abolished.id), transferStaffToInstitutionId: target().organId, ...decision() } },
          touches: [place.countyPath, target().countyPath],
          reference: { field: 'transferStaffToInstitutionId', path: target().countyPath },
        };
      },
    },
    {
      name: 'approveEstablishment',
      prepare: async (place) => ({
        query: 'mutation ($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id institution { bureau { path } } quotas { institution { bureau { path } } } } }',
        variables: { input: establishmentInput(place.organId) },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'createQuota of an institution',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateQuotaInput!) { createQuota(input: $input) { id institution { bureau { path } } replaces { institution { bureau { path } } } } }',
        // Effective on the 三定's own date, so that the approveEstablishment attempts stay valid.
        variables: { input: { institutionId: place.organId, category: 'LOGISTICS', approvedHeadcount: 1, documentNumber: `矩阵编〔2016〕${next()}号`, effectiveOn: '2016-01-01' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'createStaff in a leadership tier',
      prepare: async (place) => {
        const number = next();
        return {
          query: 'mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id nationalId leadershipTier institution { bureau { path } openAlerts { bureauPath } } } }',
          variables: { input: { institutionId: place.organId, quotaCategory: 'ADMINISTRATIVE', leadershipTier: 'DEPUTY', name: `新领导${number}`, nationalId: newNationalId(place.countyCode), education: 'MASTER', position: '副局长', hiredOn: '2016-03-01' } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'updateStaff into a leadership tier with no position free (超职数)',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id leadershipTier institution { bureau { path } } } }',
        variables: { input: { id: place.staffId, version: await versionOf('staffMember', place.staffId), leadershipTier: 'INTERNAL_BODY_HEAD' } },
        touches: [place.countyPath],
        refusedByRule: 'NO_VACANT_POSITION',
      }),
    },
    {
      name: 'updateStaff of a person in post',
      prepare: async (place) => ({
        query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id leadershipTier institution { bureau { path } } } }',
        variables: { input: { id: place.staffId, version: await versionOf('staffMember', place.staffId), leadershipTier: null, position: `科员${next()}` } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'approveStaffingUse',
      prepare: async (place) => ({
        query: 'mutation ($input: ApproveStaffingUseInput!) { approveStaffingUse(input: $input) { id institution { bureau { path } } } }',
        variables: { input: useInput(place.staffingId) },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'applyForStaffingUse',
      prepare: async (place) => ({
        query: 'mutation ($input: ApplyForStaffingUseInput!) { applyForStaffingUse(input: $input) { id institution { bureau { path } } } }',
        variables: { input: { institutionId: place.staffingId, category: 'ADMINISTRATIVE', count: 1, purpose: 'OPEN_RECRUITMENT', appliedOn: chinaToday(), justification: '矩阵申请' } },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'approveStaffingUseApplication',
      prepare: async (place) => {
        const application = await applyFor(place.staffingId);
        return {
          query: 'mutation ($input: ApproveStaffingUseApplicationInput!) { approveStaffingUseApplication(input: $input) { id institution { bureau { path } } application { institution { bureau { path } } } } }',
          variables: { input: { ...application, noticeNumber: `矩阵申核〔2024〕${next()}号`, issuedOn: chinaToday(), validUntil: '2099-12-31' } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'rejectStaffingUseApplication',
      prepare: async (place) => ({
        query: 'mutation ($id: ID!, $version: Int!) { rejectStaffingUseApplication(id: $id, version: $version, rejectionReason: "矩阵不予核准") { id institution { bureau { path } } } }',
        variables: await applyFor(place.staffingId),
        touches: [place.countyPath],
      }),
    },
    {
      name: 'withdrawStaffingUseApplication',
      prepare: async (place) => ({
        query: 'mutation ($id: ID!, $version: Int!) { withdrawStaffingUseApplication(id: $id, version: $version) { id institution { bureau { path } } } }',
        variables: await applyFor(place.staffingId),
        touches: [place.countyPath],
      }),
    },
    {
      name: 'withdrawStaffingUse',
      prepare: async (place) => {
        const approval = await approveUse(place.staffingId);
        return { query: 'mutation ($id: ID!, $version: Int!) { withdrawStaffingUse(id: $id, version: $version) { id status institution { bureau { path } } } }', variables: approval, touches: [place.countyPath] };
      },
    },
    {
      name: 'enterEstablishment',
      prepare: async (place) => ({
        query: 'mutation ($input: EnterEstablishmentInput!) { enterEstablishment(input: $input) { id nationalId institution { bureau { path } } entryApproval { institution { bureau { path } } } } }',
        variables: { input: entrant((await approveUse(place.staffingId)).id, place.countyCode) },
        touches: [place.countyPath],
      }),
    },
    {
      name: 'exitEstablishment',
      prepare: async (place) => {
        const person = await enterPerson(place.staffingId, place.countyCode);
        return {
          query: 'mutation ($input: ExitEstablishmentInput!) { exitEstablishment(input: $input) { id status institution { bureau { path } } } }',
          variables: { input: { id: person.id, version: person.version, reason: 'RETIREMENT', exitedOn: chinaToday(), documentNumber: `矩阵退〔2024〕${next()}号` } },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'transferStaff to another place',
      prepare: async (place) => {
        const person = await enterPerson(place.staffingId, place.countyCode);
        const approval = await approveUse(target().staffingOtherId, { purpose: 'TRANSFER_IN' });
        return {
          query: 'mutation ($input: TransferStaffInput!) { transferStaff(input: $input) { departed { id institution { bureau { path } } } arrived { id nationalId institution { bureau { path } } transferredFrom { institution { bureau { path } } } establishmentHistory { institution { bureau { path } } } } } }',
          variables: { input: transferInput(person, approval.id) },
          touches: [place.countyPath, target().countyPath],
          reference: { field: 'approvalId', path: target().countyPath },
        };
      },
    },
    {
      name: 'transferStaff against an approval of another place naming the person',
      prepare: async (place) => {
        const person = await enterPerson(place.staffingId, place.countyCode);
        const approval = await approveUse(target().staffingOtherId, { purpose: 'TRANSFER_IN', transfereeNationalId: person.nationalId });
        // The receiving place consented by naming the person: the sending place's administrator needs no more. The record arrived in lies
        // outside that administrator's jurisdiction, so the answer must not show it (a leak would show the other place's path).
        return {
          query: 'mutation ($input: TransferStaffInput!) { transferStaff(input: $input) { departed { id institution { bureau { path } } } arrived { id institution { bureau { path } } } } }',
          variables: { input: transferInput(person, approval.id) },
          touches: [place.countyPath],
        };
      },
    },
    {
      name: 'createQuota',
      prepare: async (place) => ({
        query: 'mutation ($input: CreateQuotaInput!) { createQuota(input: $input) { id unit { bureau { path } } } }',
        variables: { input: { institutionId: place.unitId, category: 'ADMINISTRATIVE', approvedHeadcount: 3, documentNumber: `矩阵编〔2014〕${next()}号`, effectiveOn: '2014-01-01' } },
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
          variables: { input: { institutionId: place.unitId, quotaCategory: 'PUBLIC_INSTITUTION', name: `新人${number}`, nationalId: newNationalId(place.countyCode), education: 'MASTER', position: '科员', hiredOn: '2014-03-01' } },
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
        const staff = await createStaff(place.unitId, place.countyCode);
        return { query: 'mutation ($id: ID!, $version: Int!) { deleteStaff(id: $id, version: $version) }', variables: { id: staff.id, version: staff.version }, touches: [place.countyPath] };
      },
    },
    {
      name: 'moveStaff (a person in post: only by transfer)',
      prepare: async (place) => {
        const staff = await createStaff(place.unitId, place.countyCode);
        return {
          query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id unit { bureau { path } } } }',
          variables: { input: { id: staff.id, version: staff.version, institutionId: target().unitId } },
          touches: [place.countyPath, target().countyPath],
          refusedByRule: place === target() ? undefined : 'MOVE_BY_TRANSFER',
        };
      },
    },
    {
      name: 'moveStaff (the record of a person who left, corrected)',
      prepare: async (place) => {
        const staff = await createStaff(place.unitId, place.countyCode, { status: 'RETIRED' });
        return {
          query: 'mutation ($input: UpdateStaffInput!) { updateStaff(input: $input) { id unit { bureau { path } } } }',
          variables: { input: { id: staff.id, version: staff.version, institutionId: target().unitId } },
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
          const { query, variables, touches, reference, refusedByRule } = await attempt.prepare(place);
          const allowed = writes(caller) && touches.every((path) => inside(caller, path));
          const before = await writeState();
          const answer = await ask(caller.token, query, variables);
          counters.writes += 1;
          checkForLeaks(caller, `${attempt.name} on ${place.name}`, answer.data);
          const succeeded = answer.errors.length === 0;
          const where = `${caller.label} ${attempt.name} on ${place.name}`;
          if (allowed && refusedByRule) {
            // Both places are the caller's: the registry's rule may say why, and nothing is written.
            if (succeeded) counters.unauthorizedWrites.push(`${where}: succeeded against ${refusedByRule}`);
            else expect([where, answer.errors[0].extensions]).toEqual([where, expect.objectContaining({ reason: refusedByRule })]);
            if ((await writeState()) !== before) counters.unauthorizedWrites.push(`${where}: the database changed`);
          } else if (allowed && !succeeded) counters.wronglyRefused.push(`${where}: ${JSON.stringify(answer.errors)}`);
          if (!allowed && reference && writes(caller) && inside(caller, place.countyPath) && !inside(caller, reference.path) && !succeeded) {
            // The record named lies outside: refused as an unknown reference on that field, never as the rule that a caller seeing both would be told.
            expect([where, answer.errors[0].extensions]).toEqual([where, expect.objectContaining({ code: 'BAD_USER_INPUT', field: reference.field, reason: 'UNKNOWN_REFERENCE' })]);
          }
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

  /**
   * Opens a subscription: the refusal it answered with, or 'open' when none came within `waitMillis`.
   * Where a refusal is expected the wait is long, since a refusal ends it at once: a busy machine must not
   * read a slow refusal as an open subscription.
   */
  function subscriptionOutcome(client: ReturnType<typeof createClient>, query: string, variables: Record<string, unknown>, waitMillis: number): Promise<string> {
    return new Promise<string>((resolve) => {
      const stop = client.subscribe(
        { query, variables },
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
      }, waitMillis);
    });
  }

  it('subscriptions: refused outside, under a bureau or narrowed to an institution; each caller receives the alerts of its own subtree only, over-positions ones too', async () => {
    for (const caller of callers) {
      const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
      const root = caller.bureauCode === null ? null : (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id } }', { code: caller.bureauCode })).bureauByCode;
      try {
        for (const place of places) {
          const wait = inside(caller, place.countyPath) ? 300 : 5000;
          const outcome = await subscriptionOutcome(client, 'subscription ($under: ID!) { quotaAlerts(under: $under) { cursor } }', { under: place.countyId }, wait);
          counters.subscriptions += 1;
          if (inside(caller, place.countyPath)) expect([caller.label, place.name, outcome]).toEqual([caller.label, place.name, 'open']);
          else expect([caller.label, place.name, outcome]).toEqual([caller.label, place.name, expect.stringContaining('BAD_USER_INPUT')]);
          if (root === null) continue;
          // Under the caller's own root, narrowed to the organ's over-positions alerts in the deputy tier: an organ outside is an unknown institution.
          const narrowed = await subscriptionOutcome(
            client,
            'subscription ($under: ID!, $institutionId: ID!) { quotaAlerts(under: $under, institutionId: $institutionId, kind: OVER_POSITIONS, tier: DEPUTY) { cursor } }',
            { under: root.id, institutionId: place.organId },
            wait,
          );
          counters.subscriptions += 1;
          if (inside(caller, place.countyPath)) expect([caller.label, place.name, 'narrowed', narrowed]).toEqual([caller.label, place.name, 'narrowed', 'open']);
          else expect([caller.label, place.name, 'narrowed', narrowed]).toEqual([caller.label, place.name, 'narrowed', expect.stringMatching(/BAD_USER_INPUT.*institutionId|institutionId.*BAD_USER_INPUT/)]);
        }
      } finally {
        await client.dispose();
      }
    }

    interface Delivered {
      kind: string;
      tier: string | null;
      institutionId: string | null;
      bureauPath: string;
    }
    const listeners = await Promise.all(
      callers
        .filter((caller) => caller.bureauCode !== null)
        .map(async (caller) => {
          const root = (await asAdmin('query ($code: String!) { bureauByCode(code: $code) { id } }', { code: caller.bureauCode })).bureauByCode;
          const all: Delivered[] = [];
          const tiers: Delivered[] = [];
          const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
          const listen = (query: string, into: Delivered[]) =>
            new Promise<void>((resolve) => {
              client.subscribe(
                { query, variables: { under: root.id } },
                {
                  next: (message) => {
                    checkForLeaks(caller, 'alert event', message.data);
                    if (message.data) into.push((message.data as { quotaAlerts: { alert: Delivered } }).quotaAlerts.alert);
                  },
                  error: () => resolve(),
                  complete: () => resolve(),
                },
              );
              setTimeout(resolve, 300);
            });
          const alert = 'alert { kind tier institutionId bureauPath institution { bureau { path } } bureau { path } }';
          await listen(`subscription ($under: ID!) { quotaAlerts(under: $under, since: "0") { ${alert} } }`, all);
          await listen(`subscription ($under: ID!) { quotaAlerts(under: $under, kind: OVER_POSITIONS, tier: DEPUTY) { ${alert} } }`, tiers);
          return { caller, all, tiers, client };
        }),
    );
    for (const place of places) {
      const staff = await createStaff(place.unitId, place.countyCode);
      expect(staff.id).toBeDefined();
    }
    // Each place's unit stays over its quota; a new unit over quota raises a fresh alert in each place, and a new organ
    // with two deputies over its one deputy position a fresh over-positions alert in the deputy tier.
    const overStaffed = new Map<Place, string>();
    const overPositions = new Map<Place, string>();
    for (const place of places) {
      const unit = await createUnit(place.countyId, `推送中心${next()}`);
      await createQuota(unit.id);
      await createStaff(unit.id, place.countyCode);
      await createStaff(unit.id, place.countyCode);
      overStaffed.set(place, unit.id);
      const organ = await establish(place.countyId, `推送局${place.name}`);
      await approve(organ.id);
      await createStaff(organ.id, place.countyCode, { category: 'ADMINISTRATIVE', tier: 'DEPUTY' });
      await createStaff(organ.id, place.countyCode, { category: 'ADMINISTRATIVE', tier: 'DEPUTY' });
      overPositions.set(place, organ.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const { caller, all, tiers, client } of listeners) {
      await client.dispose();
      for (const event of [...all, ...tiers]) if (!inside(caller, event.bureauPath)) counters.leaks.push(`${caller.label} alert event at ${event.bureauPath}`);
      // The narrowed subscription delivers over-positions alerts in the deputy tier only.
      expect([caller.label, tiers.filter((event) => event.kind !== 'OVER_POSITIONS' || event.tier !== 'DEPUTY')]).toEqual([caller.label, []]);
      for (const place of places) {
        const received = (events: Delivered[], institutionId: string, kind: string) =>
          events.some((event) => event.institutionId === institutionId && event.kind === kind && event.bureauPath === place.countyPath);
        expect([caller.label, place.name, 'over staffed', received(all, overStaffed.get(place)!, 'OVER_STAFFED')]).toEqual([caller.label, place.name, 'over staffed', inside(caller, place.countyPath)]);
        expect([caller.label, place.name, 'over positions', received(all, overPositions.get(place)!, 'OVER_POSITIONS')]).toEqual([caller.label, place.name, 'over positions', inside(caller, place.countyPath)]);
        expect([caller.label, place.name, 'over positions, narrowed', received(tiers, overPositions.get(place)!, 'OVER_POSITIONS')]).toEqual([
          caller.label,
          place.name,
          'over positions, narrowed',
          inside(caller, place.countyPath),
        ]);
        // The replay from the start holds each place's first over-positions alert too, exactly where the place is inside.
        const replayed = all.some((event) => event.institutionId === place.organId && event.kind === 'OVER_POSITIONS' && event.tier === 'DEPUTY');
        expect([caller.label, place.name, 'replayed', replayed]).toEqual([caller.label, place.name, 'replayed', inside(caller, place.countyPath)]);
      }
    }
  }, 90_000);

  it("annual returns (年报): read, listed, followed in progress and events, and decided only inside; outside exactly as no such bureau, nothing written", async () => {
    const year = 2012;
    await asAdmin('mutation ($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }', { input: { year, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
    const returns = new Map<Place, { id: string; version: number }>();
    for (const place of places) {
      const made = (await asAdmin('mutation ($year: Int!, $bureauId: ID!) { freezeAnnualReturn(year: $year, bureauId: $bureauId) { id version } }', { year, bureauId: place.countyId })).freezeAnnualReturn;
      // The matrix's institutions have no credit codes, a blocking check: the returns are marked submitted directly, which announces them as a submission does.
      await server.bianzhi.orm.em.fork().getConnection().execute(
        `update annual_return set status = 'SUBMITTED', submitted_at = now(), responsible_person = '矩阵负责人', preparer = '矩阵经办人', version = version + 1 where id = ?`,
        [Number(made.id)],
      );
      returns.set(place, { id: made.id, version: made.version + 1 });
    }
    const missingBureau = '2147483000';
    const sameAsMissing = (answer: Answer, missing: Answer, id: string) => [
      answer.status,
      answer.data,
      answer.errors.map((error) => ({ ...error, message: error.message.replace(id, 'ID'), extensions: { ...error.extensions, id: undefined, requestId: undefined } })),
    ];
    const reads = [
      { label: 'annualReturn', query: 'query ($id: ID!) { annualReturn(year: 2012, bureauId: $id) { id bureau { path } } }', found: (data: any, place: Place) => data.annualReturn?.id === returns.get(place)!.id },
      { label: 'annualReturns', query: 'query ($id: ID!) { annualReturns(filter: { year: 2012, underBureauId: $id }) { items { id bureau { path } } } }', found: (data: any, place: Place) => ids(data.annualReturns.items).includes(returns.get(place)!.id) },
      { label: 'annualReportProgress', query: 'query ($id: ID!) { annualReportProgress(year: 2012, bureauId: $id) { bureau { path } standing } }', found: (data: any, place: Place) => data.annualReportProgress.some((row: any) => row.bureau.path === place.countyPath && row.standing === 'SUBMITTED') },
    ];
    const decisions = [
      { label: 'acceptAnnualReturn', query: 'mutation ($input: DecideAnnualReturnInput!) { acceptAnnualReturn(input: $input) { id bureau { path } } }' },
      { label: 'returnAnnualReturn', query: 'mutation ($input: DecideAnnualReturnInput!) { returnAnnualReturn(input: $input, returnReason: "矩阵退回") { id bureau { path } } }' },
    ];
    for (const caller of callers) {
      const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${caller.token}` } });
      try {
        for (const place of places) {
          const where = `${caller.label} on ${place.name}`;
          for (const read of reads) {
            const answer = await ask(caller.token, read.query, { id: place.countyId });
            counters.reads += 1;
            checkForLeaks(caller, `${read.label} of ${place.name}`, answer.data);
            if (inside(caller, place.countyPath)) {
              expect([where, read.label, answer.errors, read.found(answer.data, place)]).toEqual([where, read.label, [], true]);
            } else {
              const missing = await ask(caller.token, read.query, { id: missingBureau });
              expect([where, read.label, ...sameAsMissing(answer, missing, place.countyId)]).toEqual([where, read.label, ...sameAsMissing(missing, missing, missingBureau)]);
            }
          }
          // Replayed from the start under the county: its own submission inside; outside, refused as an unknown bureau.
          const delivered: { bureauCode: string }[] = [];
          const outcome = await new Promise<string>((resolve) => {
            const stop = client.subscribe(
              { query: 'subscription ($under: ID!) { annualReturnEvents(under: $under, since: "0") { type bureauCode bureau { path } annualReturn { bureau { path } } } }', variables: { under: place.countyId } },
              {
                next: (message) => {
                  if (message.errors) return resolve(JSON.stringify(message.errors));
                  checkForLeaks(caller, `annualReturnEvents under ${place.name}`, message.data);
                  delivered.push((message.data as { annualReturnEvents: { bureauCode: string } }).annualReturnEvents);
                },
                error: (error) => resolve(JSON.stringify(error)),
                complete: () => resolve('complete'),
              },
            );
            setTimeout(() => {
              stop();
              resolve('open');
            }, inside(caller, place.countyPath) ? 500 : 5000);
          });
          counters.subscriptions += 1;
          if (inside(caller, place.countyPath)) {
            expect([where, outcome, delivered.map((event) => event.bureauCode)]).toEqual([where, 'open', [place.countyCode]]);
          } else {
            expect([where, outcome, delivered]).toEqual([where, expect.stringMatching(/BAD_USER_INPUT.*under|under.*BAD_USER_INPUT/), []]);
          }
          // Decided with a stale version, so that nothing may change: above the county, the version is what is refused; the county itself may not decide; outside, no such bureau; readers, not at all.
          for (const decision of decisions) {
            const before = await writeState();
            const answer = await ask(caller.token, decision.query, { input: { year, bureauId: place.countyId, version: returns.get(place)!.version + 5 } });
            counters.reads += 1;
            checkForLeaks(caller, `${decision.label} on ${place.name}`, answer.data);
            const { code, reason, field } = (answer.errors[0]?.extensions ?? {}) as Record<string, unknown>;
            const expected = !writes(caller)
              ? { code: 'FORBIDDEN', reason: 'ROLE_READS_ONLY', field: undefined }
              : !inside(caller, place.countyPath)
                ? { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'bureauId' }
                : caller.path === place.countyPath
                  ? { code: 'FORBIDDEN', reason: 'DECIDED_ABOVE', field: 'bureauId' }
                  : { code: 'CONFLICT', reason: 'STALE_VERSION', field: undefined };
            expect([where, decision.label, { code, reason, field }]).toEqual([where, decision.label, expected]);
            if ((await writeState()) !== before) counters.unauthorizedWrites.push(`${where} ${decision.label}: the database changed`);
          }
        }
      } finally {
        await client.dispose();
      }
    }
  }, 180_000);

  it('registers as workbooks (批量导入导出): exported and imported only inside, by writers only; outside exactly as no such bureau; an integrator\'s export masked; nothing written', async () => {
    const registerSheets = { staff: '实名制人员信息表', institutions: '机构信息表', establishments: '三定信息表' } as const;
    const file = workbookOf({ 实名制人员信息表: [['所在机构', '统一社会信用代码', '姓名', '公民身份号码', '性别', '出生日期', '编制类别', '学历', '职务', '领导职数', '入职日期']] });
    const answerOf = async (caller: Caller, path: string) => {
      const response = await fetch(`${server.bianzhi.url}${path}`, { headers: { authorization: `Bearer ${caller.token}` } });
      return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
    };
    for (const caller of callers) {
      for (const place of places) {
        const where = `${caller.label} on ${place.name}`;
        for (const [register, sheet] of Object.entries(registerSheets)) {
          const exported = await answerOf(caller, `/registers/${place.countyCode}/${register}.xlsx`);
          counters.reads += 1;
          if (inside(caller, place.countyPath)) {
            expect([where, register, exported.status]).toEqual([where, register, 200]);
            const rows = sheetRows(exported.body, sheet).slice(1);
            if (register === 'staff' && !seesPersonalData(caller)) {
              for (const row of rows) if (!/^\d{6}\*{8}[\dX]{4}$/.test(row[3]) || row[5] !== '') counters.leaks.push(`${where}: staff export unmasked`);
            }
          } else {
            const missing = await answerOf(caller, `/registers/529999/${register}.xlsx`);
            const seen = JSON.parse(exported.body.toString()).errors.map((error: { message: string }) => error.message.replace(place.countyCode, 'CODE'));
            const unknown = JSON.parse(missing.body.toString()).errors.map((error: { message: string }) => error.message.replace('529999', 'CODE'));
            expect([where, register, exported.status, seen]).toEqual([where, register, missing.status, unknown]);
            if (exported.status === 200) counters.leaks.push(`${where}: ${register} exported`);
          }
        }
        const before = await writeState();
        const imported = await uploadRegister(server.bianzhi.url, caller.token, place.countyCode, file, { commit: true });
        counters.reads += 1;
        const expected = !writes(caller) ? 403 : inside(caller, place.countyPath) ? 200 : 404;
        expect([where, imported.status]).toEqual([where, expected]);
        if (imported.status === 200 && !(writes(caller) && inside(caller, place.countyPath))) counters.unauthorizedWrites.push(`${where}: import taken`);
        if (expected !== 200 && (await writeState()) !== before) counters.unauthorizedWrites.push(`${where}: import wrote`);
      }
    }
  }, 120_000);

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
      const expected = [
        ...(inside(caller, from.countyPath) ? [['RAISED', raisedName, from.countyPath, true]] : []),
        // The alert keeps the unit's name from when it was raised; where it was resolved is the unit's new place.
        ...(inside(caller, to.countyPath) ? [['RESOLVED', expect.any(String), to.countyPath, false]] : []),
      ];
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
                // The replay is complete once this unit's expected events are in; a little longer catches any extra one.
                if (expected.length > 0 && events.filter((event) => event.alert.institutionId === unit.id).length >= expected.length) setTimeout(resolve, 300);
              },
              error: () => resolve(),
              complete: () => resolve(),
            },
          );
          // On a busy machine a long replay takes time: wait for the expected events up to 10 s, and 500 ms where none is expected.
          setTimeout(resolve, expected.length > 0 ? 10_000 : 500);
        });
      } finally {
        await client.dispose();
      }
      counters.subscriptions += 1;
      for (const event of events) if (!inside(caller, event.alert.bureauPath)) counters.leaks.push(`${caller.label} replayed alert event at ${event.alert.bureauPath}`);
      const ofUnit = events.filter((event) => event.alert.institutionId === unit.id).map((event) => [event.type, event.alert.unitName, event.alert.bureauPath, event.alert.open]);
      expect([caller.label, ofUnit]).toEqual([caller.label, expected]);
      if (!inside(caller, to.countyPath)) expect([caller.label, JSON.stringify(events)]).toEqual([caller.label, expect.not.stringContaining(movedName)]);
    }
  }, 60_000);

  it("keeps an institution's subordinates in its own place after a merger across places: never listed under the survivor elsewhere", async () => {
    // Setup merged C's institution into A's organ: a supervisor is of the institution's own bureau, so its subordinate, in C, did not come
    // under A's organ; it is top-level in C, where only callers who see C see it.
    const [a, , c] = places;
    expect(c.mergedIntoId).toBe(a.organId);
    for (const caller of callers.filter((candidate) => inside(candidate, a.countyPath))) {
      const answer = await ask(caller.token, 'query ($id: ID!) { institution(id: $id) { subordinates(includeEnded: true) { id bureau { path } } } }', { id: a.organId });
      counters.reads += 1;
      expect([caller.label, ids(answer.data!.institution.subordinates).includes(c.mergedSubordinateId)]).toEqual([caller.label, false]);
    }
  });

  it('tells the history of a merger across places (机构沿革) without naming the institution on the side a caller does not see', async () => {
    // mergedInto reads as null to a caller who does not see the survivor; the merged one's history must not name it either, nor the
    // survivor's history name the merged one to a caller who does not see where it was. Both keep the names of the day of the merger.
    const named: string[] = [];
    for (const caller of callers) {
      for (const [index, place] of places.entries()) {
        if (!inside(caller, place.countyPath)) continue;
        const from = places[(index + 2) % places.length];
        const changes = 'changes { kind before after otherInstitution { id name bureau { path } } }';
        const answer = await ask(caller.token, `query ($merged: ID!, $organ: ID!) { merged: institution(id: $merged) { ${changes} } organ: institution(id: $organ) { ${changes} } }`, {
          merged: place.mergedId,
          organ: place.organId,
        });
        counters.reads += 1;
        expect([caller.label, place.name, answer.errors]).toEqual([caller.label, place.name, []]);
        if (!inside(caller, place.mergedIntoPath) && JSON.stringify(answer.data!.merged).includes(from.organName)) named.push(`${caller.label}: ${place.name}'s merged institution names ${from.organName}`);
        if (!inside(caller, from.countyPath) && JSON.stringify(answer.data!.organ).includes(from.mergedName)) named.push(`${caller.label}: ${place.name}'s organ names ${from.mergedName}`);
        // A caller who sees both sides reads the merger from either: the survivor's history links the institution merged into it
        // (the matrix's own mergers into the organ add entries of their own).
        const absorbed = answer.data!.organ.changes.filter((change: { kind: string }) => change.kind === 'ABSORBED').map((change: { otherInstitution: { id: string } | null }) => change.otherInstitution?.id ?? null);
        expect([caller.label, place.name, absorbed.includes(from.mergedId)]).toEqual([caller.label, place.name, inside(caller, from.countyPath)]);
      }
    }
    expect(named).toEqual([]);
  });

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
