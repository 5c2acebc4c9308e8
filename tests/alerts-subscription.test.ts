import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  CreateEGovUnitDocument,
  CreateStaffDocument,
  DeleteStaffDocument,
  QuotaAlertsDocument,
  QuotaAlertStreamHeadDocument,
  UpdateEGovUnitDocument,
  ApproveEstablishmentDocument,
} from './generated/graphql';
import { simpleEstablishment } from './support/establishment';
import { subscribeToAlertLinks, subscribeToAlerts, type AlertNarrowing, type AlertSubscriber } from './support/alert-subscriber';
import { callGraphql, logInAsDemo } from './support/http-client';
import { newPeople } from './support/new-people';
import { useTestServer } from './support/test-server';

const server = useTestServer();

const newPerson = newPeople({ namePrefix: '订阅契约', regionCode: '520102', birthDate: '1987-07-07', firstSequence: 300, gender: 'MALE', hiredOn: '2015-01-01' });

async function unitWithQuota(countyCode: string, name: string, headcount = 1, positions = 1) {
  const county = await server.bureauByCode(countyCode);
  const unit = (await server.data(CreateEGovUnitDocument, { input: { bureauId: county.id, name, rank: 'SUB_SECTION' } })).createEGovUnit;
  await server.data(ApproveEstablishmentDocument, { input: simpleEstablishment(unit.id, { headcount, deputies: positions, documentNumber: '测编〔2015〕7号', approvedOn: '2015-01-01' }) });
  return unit;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function headFor(token: string): Promise<string> {
  return (await callGraphql(server.bianzhi.url, token, QuotaAlertStreamHeadDocument, {})).quotaAlertStreamHead;
}

/** Everything a subscriber received once `count` events came and nothing more followed. */
async function received(subscriber: AlertSubscriber, count: number) {
  await subscriber.waitFor((events) => events.length >= count);
  await settle();
  return subscriber.events;
}

/** The errors of the first answer to a subscription that fails, with the graphql-ws `error` or in a `next`. */
async function subscriptionErrors(token: string, under: string, since: string | null, narrowing: AlertNarrowing = {}, waitMs = 3000) {
  const subscriber = subscribeToAlerts(server.bianzhi.url, under, since, token, narrowing);
  try {
    await subscriber.waitFor(() => false, waitMs).catch(() => undefined);
    return subscriber.errors as { message: string; extensions: Record<string, unknown> }[];
  } finally {
    await subscriber.close();
  }
}

describe('replay delivers what live delivery delivered', () => {
  it('keeps a unit raised in Nanming and resolved after its move to Zunyi apart: each side replays only its own event, as it was', async () => {
    const nanmingToken = await logInAsDemo(server.bianzhi.url, 'nanming');
    const nanming = await server.bureauByCode('520102');
    const honghuagang = await server.bureauByCode('520302');
    const zunyi = await server.bureauByCode('520300');
    const nanmingBefore = await headFor(nanmingToken);
    const provinceBefore = await headFor(server.adminToken);
    const nanmingLive = subscribeToAlerts(server.bianzhi.url, nanming.id, null, nanmingToken);
    const zunyiLive = subscribeToAlerts(server.bianzhi.url, zunyi.id, null, server.adminToken);
    const replays: AlertSubscriber[] = [];
    try {
      await settle();
      const unit = await unitWithQuota('520102', '南明区迁出测试中心');
      await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
      const extra = (await server.data(CreateStaffDocument, { input: newPerson(unit.id) })).createStaff;
      await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, bureauId: honghuagang.id, name: '红花岗区迁入测试中心' } });
      await server.data(DeleteStaffDocument, { id: extra.id, version: extra.version });

      const [liveInNanming, liveInZunyi] = [await received(nanmingLive, 1), await received(zunyiLive, 1)];
      expect(liveInNanming.map((event) => [event.type, event.alert.institutionId])).toEqual([['RAISED', unit.id]]);
      expect(liveInNanming[0].alert).toMatchObject({ institutionName: '南明区迁出测试中心', bureauPath: nanming.path, open: true, resolvedAt: null, latestCursor: liveInNanming[0].cursor });
      expect(liveInZunyi.map((event) => [event.type, event.alert.institutionId])).toEqual([['RESOLVED', unit.id]]);
      expect(liveInZunyi[0].alert).toMatchObject({ bureauPath: honghuagang.path, open: false });

      const nanmingReplay = subscribeToAlerts(server.bianzhi.url, nanming.id, nanmingBefore, nanmingToken);
      const zunyiReplay = subscribeToAlerts(server.bianzhi.url, zunyi.id, provinceBefore, server.adminToken);
      replays.push(nanmingReplay, zunyiReplay);
      expect(await received(nanmingReplay, 1)).toEqual(liveInNanming);
      expect(JSON.stringify(nanmingReplay.events)).not.toMatch(/520300|红花岗/);
      expect(await received(zunyiReplay, 1)).toEqual(liveInZunyi);
    } finally {
      await Promise.all([nanmingLive, zunyiLive, ...replays].map((subscriber) => subscriber.close()));
    }
  });
});

describe("the subscriber's contract", () => {
  it('refuses a `since` beyond the newest cursor, naming it, and accepts the head itself', async () => {
    const nanmingToken = await logInAsDemo(server.bianzhi.url, 'nanming');
    const nanming = await server.bureauByCode('520102');
    const head = await headFor(nanmingToken);
    const [beyond] = await subscriptionErrors(nanmingToken, nanming.id, (BigInt(head) + 1000000n).toString());
    expect(beyond.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });
    expect(await subscriptionErrors(nanmingToken, nanming.id, head, {}, 1000)).toEqual([]);
  });

  it('moves the head only for events in the caller\'s jurisdiction', async () => {
    const nanmingToken = await logInAsDemo(server.bianzhi.url, 'nanming');
    const [nanmingBefore, provinceBefore] = [await headFor(nanmingToken), await headFor(server.adminToken)];
    const elsewhere = await unitWithQuota('520303', '汇川区游标测试中心');
    await server.data(CreateStaffDocument, { input: newPerson(elsewhere.id) });
    await server.data(CreateStaffDocument, { input: newPerson(elsewhere.id) });
    expect(BigInt(await headFor(server.adminToken))).toBeGreaterThan(BigInt(provinceBefore));
    expect(await headFor(nanmingToken)).toBe(nanmingBefore);
  });

  it('lets a client list open alerts from the head on and subscribe without a gap', async () => {
    const county = await server.bureauByCode('520103');
    const head = await headFor(server.adminToken);
    const unit = await unitWithQuota('520103', '云岩区游标测试中心');
    await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    await server.data(CreateStaffDocument, { input: newPerson(unit.id) });
    const [listed] = (await server.data(QuotaAlertsDocument, { filter: { institutionId: unit.id, open: true } })).quotaAlerts.items;
    expect(BigInt(listed.latestCursor)).toBeGreaterThan(BigInt(head));
    const subscriber = subscribeToAlerts(server.bianzhi.url, county.id, head, server.adminToken);
    try {
      const [raised] = await received(subscriber, 1);
      expect(raised).toMatchObject({ type: 'RAISED', cursor: listed.latestCursor, alert: { id: listed.id, latestCursor: listed.latestCursor } });
    } finally {
      await subscriber.close();
    }
  });

  it('narrows by kind, category and unit, live and in replay alike', async () => {
    const county = await server.bureauByCode('520111');
    const head = await headFor(server.adminToken);
    const narrowing: AlertNarrowing = { kind: 'OVER_POSITIONS', tier: 'DEPUTY' };
    const watched = await unitWithQuota('520111', '花溪区收窄测试中心', 5, 1);
    const live = subscribeToAlerts(server.bianzhi.url, county.id, null, server.adminToken, { ...narrowing, institutionId: watched.id });
    const replays: AlertSubscriber[] = [];
    try {
      await settle();
      const other = await unitWithQuota('520111', '花溪区旁观测试中心', 5, 1);
      for (const institutionId of [watched.id, other.id]) {
        await server.data(CreateStaffDocument, { input: newPerson(institutionId, { leadershipTier: 'DEPUTY' }) });
        await server.data(CreateStaffDocument, { input: newPerson(institutionId, { leadershipTier: 'DEPUTY' }) });
        await server.data(CreateStaffDocument, { input: newPerson(institutionId, { quotaCategory: 'ADMINISTRATIVE' }) });
      }
      const liveEvents = await received(live, 1);
      expect(liveEvents.map((event) => [event.type, event.alert.kind, event.alert.tier, event.alert.institutionId])).toEqual([['RAISED', 'OVER_POSITIONS', 'DEPUTY', watched.id]]);
      const replay = subscribeToAlerts(server.bianzhi.url, county.id, head, server.adminToken, { ...narrowing, institutionId: watched.id });
      replays.push(replay);
      expect(await received(replay, 1)).toEqual(liveEvents);
      const byCategory = subscribeToAlerts(server.bianzhi.url, county.id, head, server.adminToken, { category: 'ADMINISTRATIVE' });
      replays.push(byCategory);
      expect((await received(byCategory, 2)).map((event) => [event.alert.kind, event.alert.institutionId])).toEqual([
        ['OVER_STAFFED', watched.id],
        ['OVER_STAFFED', other.id],
      ]);
    } finally {
      await Promise.all([live, ...replays].map((subscriber) => subscriber.close()));
    }
  });

  it("reads each event's institution as it stands when the event is delivered, not as an earlier event of the stream found it", async () => {
    const county = await server.bureauByCode('520112');
    const unit = await unitWithQuota('520112', '乌当区改名前中心', 1, 1);
    const live = subscribeToAlertLinks(server.bianzhi.url, county.id, server.adminToken);
    try {
      await settle();
      await server.data(CreateStaffDocument, { input: newPerson(unit.id, { quotaCategory: 'ADMINISTRATIVE' }) });
      await server.data(CreateStaffDocument, { input: newPerson(unit.id, { quotaCategory: 'ADMINISTRATIVE' }) });
      await live.waitFor((events) => events.length >= 1);
      await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, name: '乌当区改名后中心' } });
      await server.data(CreateStaffDocument, { input: newPerson(unit.id, { leadershipTier: 'DEPUTY' }) });
      await server.data(CreateStaffDocument, { input: newPerson(unit.id, { leadershipTier: 'DEPUTY' }) });
      await live.waitFor((events) => events.some((event) => event.alert.kind === 'OVER_POSITIONS'));
      const [first, ...afterRenaming] = live.events.map((event) => [event.alert.institutionName, event.alert.institution?.name]);
      expect(first).toEqual(['乌当区改名前中心', '乌当区改名前中心']);
      expect(afterRenaming.length).toBeGreaterThan(0);
      expect(afterRenaming).toEqual(afterRenaming.map(() => ['乌当区改名后中心', '乌当区改名后中心']));
    } finally {
      await live.close();
    }
  });

  it('answers a unit outside the jurisdiction exactly as a unit that does not exist', async () => {
    const nanmingToken = await logInAsDemo(server.bianzhi.url, 'nanming');
    const nanming = await server.bureauByCode('520102');
    const outside = await unitWithQuota('520302', '红花岗区辖外测试中心');
    const withoutRequestId = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
      errors.map(({ message, extensions: { requestId: _requestId, ...extensions } }) => ({ message: message.replace(/\d+/g, 'N'), extensions: { ...extensions, id: undefined } }));
    const [outsideError] = await subscriptionErrors(nanmingToken, nanming.id, null, { institutionId: outside.id });
    const [missingError] = await subscriptionErrors(nanmingToken, nanming.id, null, { institutionId: '987654' });
    expect(outsideError.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'institutionId' });
    expect(withoutRequestId([outsideError])).toEqual(withoutRequestId([missingError]));
  });

  it('gives graphql-ws errors a request id, as HTTP answers have', async () => {
    const nanming = await server.bureauByCode('520102');
    const [refusedInSubscribe] = await subscriptionErrors(server.adminToken, nanming.id, '99999999999');
    expect(refusedInSubscribe.extensions.requestId).toEqual(expect.any(String));

    const client = createClient({ url: `${server.bianzhi.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${server.adminToken}` } });
    try {
      const invalid = await new Promise<unknown>((resolve) => {
        client.subscribe({ query: 'subscription { quotaAlerts(under: "1") { noSuchField } }' }, { next: resolve, error: resolve, complete: () => undefined });
      });
      expect(invalid).toEqual([expect.objectContaining({ message: expect.stringMatching(/noSuchField/), extensions: expect.objectContaining({ requestId: expect.any(String) }) })]);
    } finally {
      await client.dispose();
    }
  });

  it('lets the example client stop retrying when the server refuses its credentials (4403)', async () => {
    const nanming = await server.bureauByCode('520102');
    const subscriber = subscribeToAlerts(server.bianzhi.url, nanming.id, null, 'not-a-token');
    try {
      await expect(subscriber.waitFor(() => false, 5000)).rejects.toThrow(/subscription failed.*4403/);
    } finally {
      await subscriber.close();
    }
  });
});
