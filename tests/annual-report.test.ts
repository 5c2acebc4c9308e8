import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { AccountRole } from '../server/modules/account/account-role';
import { makeCreditCode } from '../server/modules/institution/credit-code';
import { newPeople } from './support/new-people';
import { tokenFor } from './support/credentials';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * The annual statistical report's first steps: the province opens a year, and
 * a bureau's return freezes its jurisdiction's establishment, from the same
 * definitions as the live statistics, until it is made again.
 */
const server = useTestServer();

const open = `mutation ($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id year cutoffOn dueOn } }`;
const periods = `{ reportingPeriods { year cutoffOn dueOn } }`;
const figures = `establishment { institutions approvedHeadcount activeStaff vacancies leaders overInstitutions byKind { kind institutions } byCategory { category approvedHeadcount activeStaff } }
  egovStaffing { units approvedHeadcount activeStaff vacancies }
  indicators { bureauCount intranetSite { built coverage } extranetSite { built coverage } }`;
const profile = `staffProfile { total byGender { gender count } byEducation { education count } byAgeBand { ageBand count } }`;
const freeze = `mutation ($year: Int!, $bureauId: ID!) { freezeAnnualReturn(year: $year, bureauId: $bureauId) { id year status bureau { code } ${figures} ${profile} } }`;
const read = `query ($year: Int!, $bureauId: ID!) { annualReturn(year: $year, bureauId: $bureauId) { id year frozenAt ${figures} ${profile} } }`;
const live = `query ($id: ID!) { bureau(id: $id) { establishmentStatistics { institutions approvedHeadcount activeStaff vacancies leaders overInstitutions byKind { kind institutions } byCategory { category approvedHeadcount activeStaff } }
  staffingStatistics { units approvedHeadcount activeStaff vacancies }
  indicatorStatistics { bureauCount intranetSite { built coverage } extranetSite { built coverage } } } }`;

const newPerson = newPeople({ namePrefix: '年报测试', regionCode: '520302', birthDate: '1990-02-02', firstSequence: 900, gender: 'MALE', hiredOn: '2012-06-01' });

async function ask(token: string, query: string, variables: Record<string, unknown> = {}) {
  return askGraphql(server.bianzhi.url, token, query, variables);
}

async function data(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await ask(token, query, variables);
  expect(answer.errors).toEqual([]);
  return answer.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function onlyReason(answer: Awaited<ReturnType<typeof ask>>) {
  expect(answer.errors).toHaveLength(1);
  const { code, reason, field } = answer.errors[0].extensions as Record<string, unknown>;
  return { code, reason, field };
}

const sum = (counts: { count: number }[]) => counts.reduce((total, row) => total + row.count, 0);

describe('reporting periods (年报报告期)', () => {
  it('are opened by the province once a year, checked field by field, and seen by every account', async () => {
    const admin = server.adminToken;
    expect((await data(admin, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } })).openReportingPeriod).toMatchObject({ year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' });
    expect(onlyReason(await ask(admin, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'REPORTING_YEAR_TAKEN', field: 'year' });
    expect(onlyReason(await ask(admin, open, { input: { year: 2013, cutoffOn: '2014-01-01', dueOn: '2014-03-31' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'CUTOFF_OUTSIDE_YEAR', field: 'cutoffOn' });
    expect(onlyReason(await ask(admin, open, { input: { year: 2013, cutoffOn: '2013-12-31', dueOn: '2013-12-01' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'DATE_BEFORE', field: 'dueOn' });
    expect(onlyReason(await ask(admin, open, { input: { year: 1999, cutoffOn: '1999-12-31', dueOn: '2000-03-31' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'YEAR_OUT_OF_RANGE', field: 'year' });

    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    expect(onlyReason(await ask(prefectureAdmin, open, { input: { year: 2014, cutoffOn: '2014-12-31', dueOn: '2015-03-31' } }))).toEqual({ code: 'FORBIDDEN', reason: 'REPORTING_PERIOD_BY_PROVINCE', field: 'year' });
    const countyReader = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    expect((await data(countyReader, periods)).reportingPeriods).toEqual([{ year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' }]);
  });
});

describe("a bureau's annual return (年报)", () => {
  beforeAll(async () => {
    await ask(server.adminToken, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
  });

  it("freezes the province's figures as the live statistics give them: the survey's 290 quota and 130 staff of e-government units", async () => {
    const province = await server.bureauByCode('520000');
    const frozen = (await data(server.adminToken, freeze, { year: 2012, bureauId: province.id })).freezeAnnualReturn;
    expect(frozen).toMatchObject({ year: 2012, status: 'DRAFT', bureau: { code: '520000' } });
    expect(frozen.egovStaffing).toMatchObject({ approvedHeadcount: 290, activeStaff: 130 });
    const now = (await data(server.adminToken, live, { id: province.id })).bureau;
    expect(frozen.establishment).toEqual(now.establishmentStatistics);
    expect(frozen.egovStaffing).toEqual(now.staffingStatistics);
    expect(frozen.indicators).toEqual(now.indicatorStatistics);
    const { staffProfile } = frozen;
    expect(staffProfile.total).toBe(frozen.establishment.activeStaff);
    expect([sum(staffProfile.byGender), sum(staffProfile.byEducation), sum(staffProfile.byAgeBand)]).toEqual([staffProfile.total, staffProfile.total, staffProfile.total]);
  });

  it('stays as frozen when the registry changes, and takes the change when made again', async () => {
    const county = await server.bureauByCode('520302');
    const before = (await data(server.adminToken, freeze, { year: 2012, bureauId: county.id })).freezeAnnualReturn;
    const unit = (await data(server.adminToken, `mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id } }`, { input: { bureauId: county.id, name: '年报测试中心', rank: 'SECTION' } })).createEGovUnit;
    await data(server.adminToken, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, { input: newPerson(unit.id) });

    const kept = (await data(server.adminToken, read, { year: 2012, bureauId: county.id })).annualReturn;
    expect(kept.establishment).toEqual(before.establishment);
    expect(kept.staffProfile).toEqual(before.staffProfile);
    const now = (await data(server.adminToken, live, { id: county.id })).bureau.establishmentStatistics;
    expect(now.activeStaff).toBe(before.establishment.activeStaff + 1);

    const again = (await data(server.adminToken, freeze, { year: 2012, bureauId: county.id })).freezeAnnualReturn;
    expect(again.id).toBe(before.id);
    expect(again.establishment).toEqual(now);
    expect(again.staffProfile.total).toBe(before.staffProfile.total + 1);
    expect((await data(server.adminToken, read, { year: 2012, bureauId: county.id })).annualReturn.establishment).toEqual(now);
  });

  it('stays in its jurisdiction: a county sees and makes its own return only, a prefecture its counties\'', async () => {
    const [province, prefecture, county, otherCounty] = await Promise.all(['520000', '520300', '520302', '520102'].map((code) => server.bureauByCode(code)));
    await data(server.adminToken, freeze, { year: 2012, bureauId: province.id });
    const countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    expect((await data(countyAdmin, read, { year: 2012, bureauId: province.id })).annualReturn).toBeNull();
    expect(onlyReason(await ask(countyAdmin, freeze, { year: 2012, bureauId: otherCounty.id }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'bureauId' });
    const own = (await data(countyAdmin, freeze, { year: 2012, bureauId: county.id })).freezeAnnualReturn;
    expect(own.bureau.code).toBe('520302');
    const prefectureReader = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    expect((await data(prefectureReader, read, { year: 2012, bureauId: county.id })).annualReturn.id).toBe(own.id);
    expect((await data(prefectureReader, read, { year: 2012, bureauId: prefecture.id })).annualReturn).toBeNull();
    expect(onlyReason(await ask(countyAdmin, freeze, { year: 2099, bureauId: county.id }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'year' });
  });
});

describe("the year's flow (报送、退回、审核)", () => {
  const submit = `mutation ($input: SubmitAnnualReturnInput!) { submitAnnualReturn(input: $input) { id version status responsiblePerson preparer lateReason submittedAt } }`;
  const sendBack = `mutation ($input: DecideAnnualReturnInput!, $why: String!) { returnAnnualReturn(input: $input, returnReason: $why) { id version status returnReason } }`;
  const accept = `mutation ($input: DecideAnnualReturnInput!) { acceptAnnualReturn(input: $input) { id version status acceptedAt } }`;
  const progress = `query ($year: Int!) { annualReportProgress(year: $year) { bureau { code } standing overdue children { standing count } childrenOverdue } }`;
  const signed = { responsiblePerson: '张局长', preparer: '李科员', lateReason: '补报2012年度' };

  beforeAll(async () => {
    await ask(server.adminToken, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
  });

  it('goes county → prefecture: submitted late with a reason, sent back with one, resubmitted, accepted; each step by whom it belongs to', async () => {
    const [prefecture, county] = await Promise.all(['520300', '520303'].map((code) => server.bureauByCode(code)));
    const countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520303');
    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    const made = (await data(countyAdmin, freeze, { year: 2012, bureauId: county.id })).freezeAnnualReturn;
    const key = { year: 2012, bureauId: county.id };

    // The due date of 2012 is long past: a reason is asked for.
    expect(onlyReason(await ask(countyAdmin, submit, { input: { ...key, version: 1, responsiblePerson: '张局长', preparer: '李科员' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'LATE_REASON_REQUIRED', field: 'lateReason' });
    expect(onlyReason(await ask(countyAdmin, submit, { input: { ...key, version: 1, ...signed, preparer: ' ' } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'TEXT_EMPTY', field: 'preparer' });
    const submitted = (await data(countyAdmin, submit, { input: { ...key, version: 1, ...signed } })).submitAnnualReturn;
    expect(submitted).toMatchObject({ id: made.id, status: 'SUBMITTED', responsiblePerson: '张局长', preparer: '李科员', lateReason: '补报2012年度' });
    expect(onlyReason(await ask(countyAdmin, freeze, key))).toEqual({ code: 'CONFLICT', reason: 'RETURN_STATUS_FORBIDS', field: undefined });

    // The county cannot decide its own; the prefecture sends it back.
    expect(onlyReason(await ask(countyAdmin, accept, { input: { ...key, version: submitted.version } }))).toEqual({ code: 'FORBIDDEN', reason: 'DECIDED_ABOVE', field: 'bureauId' });
    expect(onlyReason(await ask(prefectureAdmin, accept, { input: { ...key, version: 1 } })).reason).toBe('STALE_VERSION');
    const returned = (await data(prefectureAdmin, sendBack, { input: { ...key, version: submitted.version }, why: '人员结构与台账不符' })).returnAnnualReturn;
    expect(returned).toMatchObject({ status: 'RETURNED', returnReason: '人员结构与台账不符' });

    // Made again and resubmitted, then accepted.
    const remade = (await data(countyAdmin, freeze, key)).freezeAnnualReturn;
    expect(remade.status).toBe('RETURNED');
    const resubmitted = (await data(countyAdmin, submit, { input: { ...key, version: returned.version + 1, ...signed } })).submitAnnualReturn;
    const accepted = (await data(prefectureAdmin, accept, { input: { ...key, version: resubmitted.version } })).acceptAnnualReturn;
    expect(accepted.status).toBe('ACCEPTED');
    expect(onlyReason(await ask(prefectureAdmin, sendBack, { input: { ...key, version: accepted.version }, why: '再查' }))).toEqual({ code: 'CONFLICT', reason: 'RETURN_STATUS_FORBIDS', field: undefined });

    // The prefecture submits only once all its counties are accepted.
    await data(prefectureAdmin, freeze, { year: 2012, bureauId: prefecture.id });
    const waiting = await ask(prefectureAdmin, submit, { input: { year: 2012, bureauId: prefecture.id, version: 1, ...signed } });
    expect(onlyReason(waiting)).toEqual({ code: 'CONFLICT', reason: 'CHILD_RETURNS_NOT_ACCEPTED', field: undefined });
    expect((waiting.errors[0].extensions as Record<string, unknown>).bureaus).not.toContain('520303');

    // Every step is in the county's audit trail.
    const trail = (await data(prefectureAdmin, `query ($id: ID!) { auditEntries(filter: { recordType: "AnnualReturn", recordId: $id }, limit: 20) { items { operation } } }`, { id: made.id })).auditEntries.items;
    expect(trail.map((entry: { operation: string }) => entry.operation).sort()).toEqual(
      ['acceptAnnualReturn', 'freezeAnnualReturn', 'freezeAnnualReturn', 'returnAnnualReturn', 'submitAnnualReturn', 'submitAnnualReturn'].sort(),
    );
  });

  it("shows the progress down the prefecture's tree: each bureau's standing, overdue ones, and its children's counts", async () => {
    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    const rows = (await data(prefectureAdmin, progress, { year: 2012 })).annualReportProgress as {
      bureau: { code: string };
      standing: string;
      overdue: boolean;
      children: { standing: string; count: number }[];
      childrenOverdue: number;
    }[];
    expect(rows[0].bureau.code).toBe('520300');
    expect(rows.every((row) => row.bureau.code.startsWith('5203'))).toBe(true);
    const counties = rows.slice(1);
    const byStanding = (standing: string) => counties.filter((row) => row.standing === standing).length;
    expect(rows[0].children).toEqual(['NOT_SUBMITTED', 'SUBMITTED', 'RETURNED', 'ACCEPTED'].map((standing) => ({ standing, count: byStanding(standing) })));
    expect(rows.find((row) => row.bureau.code === '520303')).toMatchObject({ standing: 'ACCEPTED', overdue: false });
    expect(rows[0].childrenOverdue).toBe(counties.filter((row) => row.overdue).length);
    expect(rows[0].childrenOverdue).toBeGreaterThan(0);
  });
});

describe('the checks (审核规则)', () => {
  const submit = `mutation ($input: SubmitAnnualReturnInput!) { submitAnnualReturn(input: $input) { id version status } }`;
  const accept = `mutation ($input: DecideAnnualReturnInput!) { acceptAnnualReturn(input: $input) { id version status } }`;
  const checks = `query ($year: Int!, $bureauId: ID!) { annualReturn(year: $year, bureauId: $bureauId) { id version checks { code severity message messageEn rowCount rows { institutionId institutionName bureauCode detail } } } }`;
  const late = { responsiblePerson: '王主任', preparer: '赵科员', lateReason: '补报' };
  type Check = { code: string; severity: string; rowCount: number; rows: { institutionId: string | null; institutionName: string | null; bureauCode: string | null; detail: string }[] };
  const checksOf = async (bureauId: string): Promise<{ id: string; version: number; checks: Check[] }> => (await data(server.adminToken, checks, { year: 2012, bureauId })).annualReturn;

  beforeAll(async () => {
    await ask(server.adminToken, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
  });

  it('name the institution without a credit code (blocking), the over-staffed one and the one changed after the cut-off (warnings)', async () => {
    const county = await server.bureauByCode('520422');
    const admin = server.adminToken;
    const unit = (await data(admin, `mutation ($input: CreateEGovUnitInput!) { createEGovUnit(input: $input) { id name } }`, { input: { bureauId: county.id, name: '审核测试中心', rank: 'SECTION' } })).createEGovUnit;
    await data(admin, `mutation ($input: ApproveEstablishmentInput!) { approveEstablishment(input: $input) { id } }`, {
      input: { institutionId: unit.id, documentNumber: '审编〔2012〕1号', approvedOn: '2012-01-01', mainFunctions: '', internalBodyNames: [], quotas: [{ category: 'PUBLIC_INSTITUTION', headcount: 1 }], principalPositions: 0, deputyPositions: 0, internalHeadPositions: 0 },
    });
    const people = newPeople({ namePrefix: '审核测试', regionCode: '520422', birthDate: '1985-05-05', firstSequence: 950, gender: 'FEMALE', hiredOn: '2012-03-01' });
    await data(admin, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, { input: people(unit.id) });
    await data(admin, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, { input: people(unit.id, { hiredOn: '2013-02-01' }) });

    await data(admin, freeze, { year: 2012, bureauId: county.id });
    const found = await checksOf(county.id);
    const byCode = new Map(found.checks.map((each) => [each.code, each]));
    expect(byCode.get('MISSING_CREDIT_CODE')).toMatchObject({ severity: 'BLOCKING', rows: expect.arrayContaining([expect.objectContaining({ institutionId: unit.id, institutionName: '审核测试中心', bureauCode: '520422' })]) });
    expect(byCode.get('OVER_STAFFED')).toMatchObject({ severity: 'WARNING', rows: expect.arrayContaining([expect.objectContaining({ institutionId: unit.id })]) });
    expect(byCode.get('CHANGED_SINCE_CUTOFF')).toMatchObject({ severity: 'WARNING', rows: expect.arrayContaining([expect.objectContaining({ institutionId: unit.id })]) });
    expect(byCode.has('TOTALS_DISAGREE')).toBe(false);
    for (const each of found.checks) expect(each.rowCount).toBeGreaterThanOrEqual(each.rows.length);

    const refused = await ask(admin, submit, { input: { year: 2012, bureauId: county.id, version: found.version, ...late } });
    expect(onlyReason(refused)).toEqual({ code: 'CONFLICT', reason: 'RETURN_CHECKS_FAIL', field: undefined });
    expect((refused.errors[0].extensions as Record<string, unknown>).checks).toBe('MISSING_CREDIT_CODE');

    // With the code given and the return made again, only warnings remain, and it goes up.
    const current = (await data(admin, `query ($id: ID!) { institution(id: $id) { version } }`, { id: unit.id })).institution;
    await data(admin, `mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }`, { input: { id: unit.id, version: current.version, creditCode: makeCreditCode('12', '520422', 950) } });
    const remade = (await data(admin, freeze, { year: 2012, bureauId: county.id })).freezeAnnualReturn;
    const after = await checksOf(county.id);
    expect(after.checks.every((each) => each.severity === 'WARNING')).toBe(true);
    expect((await data(admin, submit, { input: { year: 2012, bureauId: county.id, version: after.version, ...late } })).submitAnnualReturn.id).toBe(remade.id);
  });

  it("compare a prefecture's return with its own level and its counties' accepted returns", async () => {
    const admin = server.adminToken;
    const prefecture = await server.bureauByCode('520200');
    const counties = (await data(admin, `query ($id: ID!) { bureau(id: $id) { children { id code } } }`, { id: prefecture.id })).bureau.children as { id: string; code: string }[];
    for (const county of counties) {
      await data(admin, freeze, { year: 2012, bureauId: county.id });
      const made = await checksOf(county.id);
      expect(made.checks.filter((each) => each.severity === 'BLOCKING')).toEqual([]);
      const submitted = (await data(admin, submit, { input: { year: 2012, bureauId: county.id, version: made.version, ...late } })).submitAnnualReturn;
      await data(admin, accept, { input: { year: 2012, bureauId: county.id, version: submitted.version } });
    }
    await data(admin, freeze, { year: 2012, bureauId: prefecture.id });
    expect((await checksOf(prefecture.id)).checks.map((each) => each.code)).not.toContain('CHILDREN_DISAGREE');

    // A person enters in a county after its return was accepted: the prefecture's return, made again, no longer adds up.
    const [{ id: institutionId }] = await server.bianzhi.orm.em.fork().getConnection().execute(`select id::text from institution where bureau_id = ? and status = 'ACTIVE' order by id limit 1`, [Number(counties[0].id)]);
    await data(admin, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, { input: newPerson(institutionId) });
    await data(admin, freeze, { year: 2012, bureauId: prefecture.id });
    const disagreeing = (await checksOf(prefecture.id)).checks.find((each) => each.code === 'CHILDREN_DISAGREE');
    expect(disagreeing?.severity).toBe('BLOCKING');
    expect(disagreeing?.rows.map((row) => row.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^实有人数: 本表 (\d+)，本级及下级之和 \d+$/)]));
  });
});

describe('the list of returns (年报列表)', () => {
  const list = `query ($filter: AnnualReturnFilter) { annualReturns(filter: $filter, limit: 100) { totalCount items { year status bureau { code } } } }`;

  it("lists a year's returns within the jurisdiction, under a bureau and by status", async () => {
    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520200');
    const mine = (await data(prefectureAdmin, list, { filter: { year: 2012 } })).annualReturns;
    expect(mine.totalCount).toBe(mine.items.length);
    expect(mine.items.length).toBeGreaterThan(1);
    expect(mine.items.every((item: { bureau: { code: string } }) => item.bureau.code.startsWith('5202'))).toBe(true);
    const accepted = (await data(prefectureAdmin, list, { filter: { year: 2012, status: 'ACCEPTED' } })).annualReturns.items as { status: string; bureau: { code: string } }[];
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((item) => item.status === 'ACCEPTED' && item.bureau.code !== '520200')).toBe(true);
    const county = await server.bureauByCode(accepted[0].bureau.code);
    expect((await data(prefectureAdmin, list, { filter: { year: 2012, underBureauId: county.id } })).annualReturns.items).toEqual([expect.objectContaining({ bureau: { code: county.code } })]);
    const elsewhere = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    expect(onlyReason(await ask(elsewhere, list, { filter: { underBureauId: county.id } }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'filter.underBureauId' });
    expect((await data(elsewhere, list, { filter: { year: 2011 } })).annualReturns.items.every((item: { bureau: { code: string } }) => item.bureau.code === '520302')).toBe(true);
  });

  it("lists apart the returns you decide on (待本级审核) and your own bureau's, which the bureau above decides, as accepting them allows", async () => {
    const codes = (page: { items: { bureau: { code: string } }[] }) => page.items.map((item) => item.bureau.code).sort();
    const listed = async (token: string, decidedByYou?: boolean) => (await data(token, list, { filter: { year: 2012, decidedByYou } })).annualReturns;
    const [prefecture, county] = await Promise.all(['520300', '520302'].map((code) => server.bureauByCode(code)));
    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    await data(prefectureAdmin, freeze, { year: 2012, bureauId: prefecture.id });
    const countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    await data(countyAdmin, freeze, { year: 2012, bureauId: county.id });

    const all = await listed(prefectureAdmin);
    const decided = await listed(prefectureAdmin, true);
    const own = await listed(prefectureAdmin, false);
    expect(codes(own)).toEqual(['520300']);
    expect(own.totalCount).toBe(1);
    expect(codes(decided)).toEqual(codes(all).filter((code) => code !== '520300'));
    expect(decided.items.length).toBeGreaterThan(0);
    expect(decided.totalCount + own.totalCount).toBe(all.totalCount);
    // A county decides on nothing, not even its own; the province decides on its own too.
    expect(codes(await listed(countyAdmin, true))).toEqual([]);
    expect(codes(await listed(countyAdmin, false))).toEqual(['520302']);
    const provinceDecided = codes(await listed(server.adminToken, true));
    expect(provinceDecided).toContain('520000');
    expect(provinceDecided).toContain('520300');
    expect(codes(await listed(server.adminToken, false))).toEqual([]);
  });
});

describe('the comparison with last year (与上年对比)', () => {
  const compared = `query ($year: Int!, $bureauId: ID!) { annualReturn(year: $year, bureauId: $bureauId) { comparedWithLastYear { table key item thisYear lastYear change changed } } }`;

  it("lines up each row with the same bureau's return of the year before, the changes marked", async () => {
    const admin = server.adminToken;
    await ask(admin, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
    await data(admin, open, { input: { year: 2011, cutoffOn: '2011-12-31', dueOn: '2012-03-31' } });
    const county = await server.bureauByCode('520424');
    await data(admin, freeze, { year: 2011, bureauId: county.id });
    expect((await data(admin, compared, { year: 2011, bureauId: county.id })).annualReturn.comparedWithLastYear).toBeNull();

    const [{ id: institutionId }] = await server.bianzhi.orm.em.fork().getConnection().execute(`select id::text from institution where bureau_id = ? and status = 'ACTIVE' order by id limit 1`, [Number(county.id)]);
    const people = newPeople({ namePrefix: '对比测试', regionCode: '520424', birthDate: '1992-09-09', firstSequence: 970, gender: 'FEMALE', hiredOn: '2012-05-01' });
    await data(admin, `mutation ($input: CreateStaffInput!) { createStaff(input: $input) { id } }`, { input: people(institutionId) });
    await data(admin, freeze, { year: 2012, bureauId: county.id });

    const rows = (await data(admin, compared, { year: 2012, bureauId: county.id })).annualReturn.comparedWithLastYear as { key: string; thisYear: number; lastYear: number; change: number; changed: boolean }[];
    const row = (key: string) => rows.find((each) => each.key === key)!;
    expect(row('establishment.activeStaff')).toMatchObject({ change: 1, changed: true });
    expect(row('establishment.activeStaff').thisYear).toBe(row('establishment.activeStaff').lastYear + 1);
    expect(row('staffProfile.byGender.FEMALE')).toMatchObject({ change: 1, changed: true });
    expect(row('establishment.institutions')).toMatchObject({ change: 0, changed: false });
    expect(rows.filter((each) => each.changed).every((each) => each.change !== 0)).toBe(true);
  });
});

describe('the exports for the central office and for people', () => {
  const submit = `mutation ($input: SubmitAnnualReturnInput!) { submitAnnualReturn(input: $input) { version } }`;
  const accept = `mutation ($input: DecideAnnualReturnInput!) { acceptAnnualReturn(input: $input) { version } }`;
  const download = (path: string, token: string | null) => fetch(`${server.bianzhi.url}/exports/annual-returns/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    await ask(server.adminToken, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
  });

  it('give an accepted return as JSON valid against the published schema, without identity numbers, and as a workbook another library reads alike', async () => {
    const admin = server.adminToken;
    const county = await server.bureauByCode('520425');
    await data(admin, freeze, { year: 2012, bureauId: county.id });
    expect((await download('2012/520425.json', admin)).status).toBe(409);
    const draft = (await data(admin, `query ($bureauId: ID!) { annualReturn(year: 2012, bureauId: $bureauId) { version } }`, { bureauId: county.id })).annualReturn;
    const submitted = (await data(admin, submit, { input: { year: 2012, bureauId: county.id, version: draft.version, responsiblePerson: '钱局长', preparer: '孙科员', lateReason: '补报' } })).submitAnnualReturn;
    await data(admin, accept, { input: { year: 2012, bureauId: county.id, version: submitted.version } });

    const response = await download('2012/520425.json', admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('annual-return-2012-520425.json');
    const text = await response.text();
    const document = JSON.parse(text);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, '../schema/annual-return.schema.json'), 'utf8')));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document).toMatchObject({ year: 2012, bureau: { code: '520425' }, status: 'ACCEPTED', signedBy: { responsiblePerson: '钱局长', preparer: '孙科员' } });
    expect(text).not.toMatch(/"id"\s*:/);
    expect(text).not.toMatch(/\b\d{17}[\dX]\b/);

    const workbookResponse = await download('2012/520425.xlsx', admin);
    expect(workbookResponse.status).toBe(200);
    const workbook = XLSX.read(Buffer.from(await workbookResponse.arrayBuffer()), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(expect.arrayContaining(['封面', '机构编制情况', '按机构类别', '按编制类别', '领导职数', '电子政务机构', '五项指标', '人员结构']));
    const rowsOf = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name], { header: 1 });
    const valueOf = (name: string, label: string) => rowsOf(name).find((row) => row[0] === label)?.[1];
    expect(valueOf('机构编制情况', '机构数')).toBe(document.tables.establishment.institutions);
    expect(valueOf('机构编制情况', '实有人数')).toBe(document.tables.establishment.activeStaff);
    expect(rowsOf('人员结构').find((row) => row[0] === '合计')?.[2]).toBe(document.tables.staffProfile.total);
    expect(rowsOf('按机构类别').slice(1).reduce((sum: number, row) => sum + Number(row[1]), 0)).toBe(document.tables.establishment.institutions);
  });

  it('keep to the jurisdiction: outside it a return reads as none, and without a token nothing is given', async () => {
    const otherCounty = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520302');
    const outside = await download('2012/520425.json', otherCounty);
    const missing = await download('2012/520499.json', otherCounty);
    expect([outside.status, missing.status]).toEqual([404, 404]);
    type ErrorBody = { errors: { message: string; extensions: { reason: string } }[] };
    const [outsideBody, missingBody] = [(await outside.json()) as ErrorBody, (await missing.json()) as ErrorBody];
    expect(outsideBody.errors[0].extensions.reason).toBe('RECORD_NOT_FOUND');
    expect(outsideBody.errors[0].message.replace('520425', 'CODE')).toBe(missingBody.errors[0].message.replace('520499', 'CODE'));
    expect((await download('2012/520425.json', null)).status).toBe(401);
    // A year past what the column holds reads as no return, not as a failure of the database.
    const outOfRange = await download('99999999999/520425.json', otherCounty);
    expect([outOfRange.status, ((await outOfRange.json()) as ErrorBody).errors[0].extensions.reason]).toEqual([404, 'RECORD_NOT_FOUND']);
    const prefecture = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520400');
    expect((await download('2012/520425.xlsx', prefecture)).status).toBe(200);
  });
});
