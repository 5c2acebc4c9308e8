import { AccountRole } from '../server/modules/account/account-role';
import { subscribeToReturnEvents, type EventSubscriber, type ReturnEvent } from './support/alert-subscriber';
import { tokenFor } from './support/credentials';
import { askGraphql } from './support/http-client';
import { useTestServer } from './support/test-server';

/**
 * The annual report's announcements (年报报送提醒): each submission, return
 * and acceptance, and each return gone overdue, told to the bureau itself and
 * every bureau above it, live and in replay, and nowhere else.
 */
const server = useTestServer();

const open = `mutation ($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`;
const freeze = `mutation ($year: Int!, $bureauId: ID!) { freezeAnnualReturn(year: $year, bureauId: $bureauId) { id version } }`;
const submit = `mutation ($input: SubmitAnnualReturnInput!) { submitAnnualReturn(input: $input) { id version } }`;
const sendBack = `mutation ($input: DecideAnnualReturnInput!, $why: String!) { returnAnnualReturn(input: $input, returnReason: $why) { id version } }`;
const accept = `mutation ($input: DecideAnnualReturnInput!) { acceptAnnualReturn(input: $input) { id version } }`;
const head = `{ annualReturnEventStreamHead }`;
const progress = `query ($year: Int!) { annualReportProgress(year: $year) { bureau { code } overdue } }`;

async function data(token: string, query: string, variables: Record<string, unknown> = {}) {
  const answer = await askGraphql(server.bianzhi.url, token, query, variables);
  expect(answer.errors).toEqual([]);
  return answer.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const sweepOverdue = () => server.bianzhi.orm.em.fork().getConnection().execute('select sweep_overdue_returns()');

/** What a subscriber holds once `count` events came and a moment passed with nothing more. */
async function settled(subscriber: EventSubscriber<ReturnEvent>, count: number): Promise<ReturnEvent[]> {
  await subscriber.waitFor((events) => events.length >= count);
  await new Promise((resolve) => setTimeout(resolve, 500));
  return subscriber.events;
}

const stepOf = (event: ReturnEvent) => ({ type: event.type, bureauCode: event.bureauCode, late: event.late, reason: event.reason ?? null });

describe('annual return events (年报报送提醒)', () => {
  it('tell the county and the prefecture above each step, only inside their jurisdictions, overdue ones once, and replay them alike', async () => {
    const [prefecture, county, otherPrefecture] = await Promise.all(['520300', '520303', '520100'].map((code) => server.bureauByCode(code)));
    const countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520303');
    const prefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520300');
    const otherPrefectureAdmin = await tokenFor(server.bianzhi, AccountRole.PREFECTURE_ADMIN, '520100');
    const startedAt = (await data(server.adminToken, head)).annualReturnEventStreamHead as string;

    const above = subscribeToReturnEvents(server.bianzhi.url, prefecture.id, null, prefectureAdmin);
    const own = subscribeToReturnEvents(server.bianzhi.url, county.id, null, countyAdmin);
    const elsewhere = subscribeToReturnEvents(server.bianzhi.url, otherPrefecture.id, null, otherPrefectureAdmin);
    const acceptances = subscribeToReturnEvents(server.bianzhi.url, prefecture.id, null, prefectureAdmin, 'ACCEPTED');
    const subscribers = [above, own, elsewhere, acceptances];
    try {
      // The subscriptions are live once the stream head can be read past them; a moment is enough on one server.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await data(server.adminToken, open, { input: { year: 2012, cutoffOn: '2012-12-31', dueOn: '2013-03-31' } });
      const key = { year: 2012, bureauId: county.id };
      const signed = { responsiblePerson: '张局长', preparer: '李科员' };

      await data(countyAdmin, freeze, key);
      // Refused (the due date is long past and no reason is given): nothing is told.
      expect((await askGraphql(server.bianzhi.url, countyAdmin, submit, { input: { ...key, version: 1, ...signed } })).errors).toHaveLength(1);
      const submitted = (await data(countyAdmin, submit, { input: { ...key, version: 1, ...signed, lateReason: '系统切换' } })).submitAnnualReturn;
      await data(prefectureAdmin, sendBack, { input: { ...key, version: submitted.version }, why: '人员结构与台账不符' });
      // Made again while returned: its status does not change, so nothing is told.
      const remade = (await data(countyAdmin, freeze, key)).freezeAnnualReturn;
      const resubmitted = (await data(countyAdmin, submit, { input: { ...key, version: remade.version, ...signed, lateReason: '系统切换' } })).submitAnnualReturn;
      await data(prefectureAdmin, accept, { input: { ...key, version: resubmitted.version } });

      const steps = [
        { type: 'SUBMITTED', bureauCode: '520303', late: true, reason: '系统切换' },
        { type: 'RETURNED', bureauCode: '520303', late: false, reason: '人员结构与台账不符' },
        { type: 'SUBMITTED', bureauCode: '520303', late: true, reason: '系统切换' },
        { type: 'ACCEPTED', bureauCode: '520303', late: false, reason: null },
      ];
      expect((await settled(own, 4)).map(stepOf)).toEqual(steps);
      expect((await settled(above, 4)).map(stepOf)).toEqual(steps);
      expect(above.events[3]).toMatchObject({ year: 2012, dueOn: '2013-03-31', bureau: { id: county.id, code: '520303' }, annualReturn: { id: submitted.id, status: 'ACCEPTED' } });
      expect((await settled(acceptances, 1)).map(stepOf)).toEqual([steps[3]]);

      // The due date has passed: the sweep tells each bureau with nothing submitted, once however often it runs.
      await sweepOverdue();
      await sweepOverdue();
      const overdueUnder = async (token: string, code: string) =>
        ((await data(token, progress, { year: 2012 })).annualReportProgress as { bureau: { code: string }; overdue: boolean }[])
          .filter((row) => row.overdue && row.bureau.code.startsWith(code.replace(/0+$/, '')))
          .map((row) => row.bureau.code);
      const prefectureOverdue = await overdueUnder(prefectureAdmin, '520300');
      expect(prefectureOverdue).toContain('520300');
      expect(prefectureOverdue).not.toContain('520303');
      const overdueSeen = (await settled(above, 4 + prefectureOverdue.length)).slice(4);
      expect(overdueSeen.map((event) => event.type)).toEqual(prefectureOverdue.map(() => 'OVERDUE'));
      expect(overdueSeen.map((event) => event.bureauCode)).toEqual(prefectureOverdue);
      expect(overdueSeen.find((event) => event.bureauCode === '520300')).toMatchObject({ annualReturn: null, late: false });

      // Another prefecture hears only its own tree's overdue returns; the county, having submitted, nothing more.
      const otherOverdue = await overdueUnder(otherPrefectureAdmin, '520100');
      expect((await settled(elsewhere, otherOverdue.length)).map((event) => event.bureauCode)).toEqual(otherOverdue);
      expect(own.events).toHaveLength(4);

      // Replayed from before the year opened, exactly as delivered live; only the links read the return as it stands now.
      const replay = subscribeToReturnEvents(server.bianzhi.url, prefecture.id, startedAt, prefectureAdmin);
      subscribers.push(replay);
      const withoutReturn = ({ annualReturn: _link, ...event }: ReturnEvent) => event;
      expect((await settled(replay, above.events.length)).map(withoutReturn)).toEqual(above.events.map(withoutReturn));
      expect(new Set(replay.events.flatMap((event) => (event.annualReturn ? [event.annualReturn.status] : [])))).toEqual(new Set(['ACCEPTED']));
    } finally {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
    }
  });

  it('refuse a bureau outside the jurisdiction as unknown, and a cursor beyond the head', async () => {
    const countyAdmin = await tokenFor(server.bianzhi, AccountRole.COUNTY_ADMIN, '520303');
    const outside = await server.bureauByCode('520102');
    const county = await server.bureauByCode('520303');
    for (const [under, since, field, reason] of [
      [outside.id, null, 'under', 'UNKNOWN_REFERENCE'],
      [county.id, '999999999', 'since', 'CURSOR_BEYOND_HEAD'],
      [county.id, 'x', 'since', 'CURSOR_INVALID'],
    ] as const) {
      const subscriber = subscribeToReturnEvents(server.bianzhi.url, under, since, countyAdmin);
      try {
        await subscriber.waitFor(() => false, 3000).catch(() => undefined);
        expect(subscriber.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }) })]);
      } finally {
        await subscriber.close();
      }
    }
  });
});
