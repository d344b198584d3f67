import { EVENT_LIMITS } from '@shirube/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorOf, event, postEvents, publishedGuide, setupTest, type TestContext } from '../test-support.js';
import { refuseInserts } from '../test-faults.js';

let t: TestContext;
let guide: { id: string; version: number };
beforeEach(async () => {
  t = await setupTest();
  guide = await publishedGuide(t);
});

const countRows = async (table: 'events' | 'guide_users' | 'guide_user_steps' | 'guide_stats' | 'guide_step_stats') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

const stats = () => t.db.selectFrom('guide_stats').selectAll().execute();

describe('POST /sdk/v1/events', () => {
  it('stores a text/plain batch and answers 202 with the counts', async () => {
    const events = [
      event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 }),
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'hello', stepIndex: 0 }),
      event({ type: 'track', name: 'report_created', props: { amount: 1200 } }),
    ];
    const res = await postEvents(t, events);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 3, duplicates: 0 });
    const rows = await t.db.selectFrom('events').selectAll().orderBy('id').execute();
    expect(rows).toHaveLength(3);
    const track = rows.find((r) => r.type === 'track')!;
    expect(JSON.parse(track.data!)).toEqual({ name: 'report_created', props: { amount: 1200 } });
    expect(track.user_key).toBe('anon:anon-1');
    expect(await stats()).toMatchObject([{ started_users: 1 }]);
  });

  it('stores how many events a full device queue dropped, and refuses a report without a positive count', async () => {
    const res = await postEvents(t, [event({ type: 'events_dropped', count: 37 })]);
    expect(res.status).toBe(202);
    const row = await t.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(row.type).toBe('events_dropped');
    expect(JSON.parse(row.data!)).toEqual({ count: 37 });

    const bad = await postEvents(t, [event({ type: 'events_dropped', count: 0 })]);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('events[0].count');
    expect(await countRows('events')).toBe(1);
  });

  it('dedupes a retried batch: the second post reports duplicates and changes no count', async () => {
    const events = [
      event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 }),
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'hello', stepIndex: 0 }),
    ];
    expect(await (await postEvents(t, events)).json()).toEqual({ accepted: 2, duplicates: 0 });
    const before = { stats: await stats(), steps: await t.db.selectFrom('guide_step_stats').selectAll().execute() };
    const retry = await postEvents(t, events);
    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual({ accepted: 0, duplicates: 2 });
    expect(await countRows('events')).toBe(2);
    expect({ stats: await stats(), steps: await t.db.selectFrom('guide_step_stats').selectAll().execute() }).toEqual(before);
  });

  it('treats the same id twice in one batch as one event', async () => {
    const once = event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 });
    expect(await (await postEvents(t, [once, once])).json()).toEqual({ accepted: 1, duplicates: 1 });
  });

  it('folds only the new events of a batch that mixes retried, repeated and new ones', async () => {
    const retried = event({ type: 'guide_started', guideId: guide.id, guideVersion: 1, anonymousId: 'a' });
    await postEvents(t, [retried]);
    const fresh = event({ type: 'guide_started', guideId: guide.id, guideVersion: 1, anonymousId: 'b' });
    const viewed = event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'hello', stepIndex: 0, anonymousId: 'b' });
    expect(await (await postEvents(t, [retried, fresh, fresh, viewed])).json()).toEqual({ accepted: 2, duplicates: 2 });
    expect(await countRows('events')).toBe(3);
    expect((await stats())[0]).toMatchObject({ started_users: 2 });
    expect(await t.db.selectFrom('guide_step_stats').select('viewed_users').execute()).toEqual([{ viewed_users: 1 }]);
  });

  it('keeps event ids per project: the same id in another project is not a duplicate', async () => {
    const shared = event({ type: 'track', name: 'x' });
    await postEvents(t, [shared]);
    expect(await (await postEvents(t, [shared], Date.now(), t.other.publicKey)).json()).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('writes nothing when one event of the batch is invalid, and names it', async () => {
    const events = [
      event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 }),
      event({ type: 'track', name: 'ok' }),
      event({ type: 'track', name: 'ok too' }),
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 1, stepId: 'hello' }),
    ];
    const res = await postEvents(t, events);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.message).toContain('events[3].stepIndex');
    expect(await countRows('events')).toBe(0);
    expect(await countRows('guide_users')).toBe(0);
    expect(await countRows('guide_stats')).toBe(0);
  });

  it('answers invalid_json for a body that is not JSON', async () => {
    const res = await t.sdk('POST', '/events', { body: 'not json', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('invalid_json');
  });

  it('answers 413 above the batch byte limit, with CORS headers so the SDK can read it', async () => {
    const padding = 'p'.repeat(EVENT_LIMITS.maxBatchBytes);
    const res = await t.sdk('POST', '/events', {
      body: JSON.stringify({ sentAt: Date.now(), events: [event({ type: 'track', name: 'x' })], padding }),
      headers: { 'content-type': 'text/plain', origin: 'https://customer.example' },
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await countRows('events')).toBe(0);
  });

  it('corrects the client clock skew', async () => {
    const serverNow = Date.now();
    // The client clock runs one hour behind: the event happened 2 s before the client sent it.
    const clientNow = serverNow - 3_600_000;
    const e = event({ type: 'track', name: 'skewed' }, clientNow - 2_000);
    await postEvents(t, [e], clientNow);
    const row = await t.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(row.client_ts).toBe(clientNow - 2_000);
    expect(Math.abs(row.server_ts - (serverNow - 2_000))).toBeLessThan(1_000);
    expect(row.server_ts).toBeLessThanOrEqual(row.received_at);
  });

  it('never dates an event after its arrival, even when the client claims so', async () => {
    const now = Date.now();
    await postEvents(t, [event({ type: 'track', name: 'future' }, now + 86_400_000)], now);
    const row = await t.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(row.server_ts).toBe(row.received_at);
  });

  it('keeps events of unknown or foreign guides raw, without analytics', async () => {
    const foreign = (await (await t.admin('POST', '/guides', { name: 'Theirs', steps: [] }, t.other.secretKey)).json()) as { id: string };
    const events = [
      event({ type: 'guide_started', guideId: 'no-such-guide', guideVersion: 1 }),
      event({ type: 'guide_started', guideId: foreign.id, guideVersion: 1 }),
      event({ type: 'step_viewed', guideId: guide.id, guideVersion: 7, stepId: 'hello', stepIndex: 0 }),
    ];
    const res = await postEvents(t, events);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 3, duplicates: 0 });
    expect(await countRows('events')).toBe(3);
    expect(await countRows('guide_users')).toBe(0);
    expect(await countRows('guide_user_steps')).toBe(0);
    expect(await countRows('guide_stats')).toBe(0);
  });

  it('uses the user id as the analytics identity when there is one', async () => {
    await postEvents(t, [
      event({ type: 'guide_started', guideId: guide.id, guideVersion: 1, anonymousId: 'device-a', userId: 'u-42' }),
      event({ type: 'guide_started', guideId: guide.id, guideVersion: 1, anonymousId: 'device-b', userId: 'u-42' }),
    ]);
    const users = await t.db.selectFrom('guide_users').select('user_key').execute();
    expect(users).toEqual([{ user_key: 'u-42' }]);
    expect(await stats()).toMatchObject([{ started_users: 1 }]);
  });
});

describe('ingest transaction', () => {
  it('rolls the whole batch back when storing one event fails', async () => {
    // A trigger makes the database itself refuse the third event, after two were written.
    await refuseInserts(t.db, 'events', { name: 'refuse_identify', when: "new.type = 'identify'" });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await postEvents(t, [
        event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 }),
        event({ type: 'track', name: 'x' }),
        event({ type: 'identify', traits: { plan: 'pro' } }),
      ]);
      expect(res.status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
    expect(await countRows('events')).toBe(0);
    expect(await countRows('guide_users')).toBe(0);
    expect(await countRows('guide_stats')).toBe(0);
  });

  it('acknowledges nothing when an analytics write fails after the raw events went in: 500, and no row anywhere', async () => {
    // The raw events insert fine; the guide rollup, written later in the same transaction, fails.
    const lift = await refuseInserts(t.db, 'guide_stats', { name: 'refuse_stats' });
    const batch = [event({ type: 'track', name: 'first' }), event({ type: 'guide_started', guideId: guide.id, guideVersion: 1 })];
    const original = console.error;
    console.error = () => {};
    try {
      const res = await postEvents(t, batch);
      expect(res.status).toBe(500);
    } finally {
      console.error = original;
    }
    expect(await countRows('events')).toBe(0);
    expect(await countRows('guide_users')).toBe(0);
    // Once the fault is gone the same batch (same ids) is stored in full: nothing half-written blocks it.
    await lift();
    const retry = await postEvents(t, batch);
    expect(retry.status).toBe(202);
    expect(await retry.json()).toEqual({ accepted: 2, duplicates: 0 });
    expect(await stats()).toMatchObject([{ started_users: 1 }]);
  });
});
