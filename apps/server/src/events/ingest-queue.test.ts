import { parseWith, EventBatchSchema, type EventBatch } from '@shirube/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refuseInserts } from '../test-faults.js';
import { event, postEvents, publishedGuide, setupTest, type TestContext } from '../test-support.js';
import { createIngestQueue } from './ingest-queue.js';

const batchOf = (events: Array<Record<string, unknown>>): EventBatch => {
  const parsed = parseWith(EventBatchSchema, { sentAt: Date.now(), events });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

const storedIds = async (t: TestContext) => (await t.db.selectFrom('events').select('id').execute()).map((row) => row.id).sort();

let lift: (() => Promise<void>) | null = null;
afterEach(async () => {
  await lift?.();
  lift = null;
  vi.restoreAllMocks();
});

describe('ingest queue (group commit)', () => {
  it('writes batches that arrive together in one transaction and answers each with its own counts', async () => {
    const t = await setupTest();
    const guide = await publishedGuide(t);
    const transactions = vi.spyOn(t.db, 'transaction');
    const queue = createIngestQueue(t.db);
    const batches = Array.from({ length: 8 }, (_, i) =>
      batchOf([
        event({ type: 'guide_started', guideId: guide.id, guideVersion: 1, userId: `u${i}` }),
        event({ type: 'track', name: 'saved', userId: `u${i}` }),
      ]),
    );
    const results = await Promise.all(batches.map((batch) => queue.submit({ projectId: t.project.project.id, batch, receivedAt: Date.now() })));
    expect(results).toEqual(batches.map(() => ({ accepted: 2, duplicates: 0 })));
    expect(transactions).toHaveBeenCalledTimes(1);
    const stats = await t.db.selectFrom('guide_stats').select('started_users').executeTakeFirstOrThrow();
    expect(stats.started_users).toBe(8);
  });

  it('counts an event repeated by a later batch of the same group as that batch’s duplicate', async () => {
    const t = await setupTest();
    const queue = createIngestQueue(t.db);
    const shared = event({ type: 'track', name: 'saved' });
    const submit = (events: Array<Record<string, unknown>>) => queue.submit({ projectId: t.project.project.id, batch: batchOf(events), receivedAt: Date.now() });
    const [first, retry] = await Promise.all([submit([shared, event({ type: 'track', name: 'a' })]), submit([shared])]);
    expect(first).toEqual({ accepted: 2, duplicates: 0 });
    expect(retry).toEqual({ accepted: 0, duplicates: 1 });
  });

  it('keeps the batches of one group apart: a batch the database refuses fails alone, the others are stored', async () => {
    const t = await setupTest();
    const queue = createIngestQueue(t.db);
    lift = await refuseInserts(t.db, 'events', { name: 'refuse_poison', when: "new.path = '/poison'" });
    const good = [0, 1, 2].map((i) => batchOf([event({ type: 'track', name: `ok${i}` })]));
    const poison = batchOf([event({ type: 'track', name: 'bad', path: '/poison' })]);
    const transactions = vi.spyOn(t.db, 'transaction');
    const outcomes = await Promise.allSettled([good[0]!, poison, good[1]!, good[2]!].map((batch) => queue.submit({ projectId: t.project.project.id, batch, receivedAt: Date.now() })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // The group's transaction, then one per batch.
    expect(transactions).toHaveBeenCalledTimes(5);
    expect(await storedIds(t)).toEqual(good.map((b) => b.events[0]!.id).sort());
  });

  it('answers 5xx for a batch the database refuses, and 202 for the batches posted with it', async () => {
    const t = await setupTest();
    lift = await refuseInserts(t.db, 'events', { name: 'refuse_poison', when: "new.path = '/poison'" });
    const [ok, refused] = await Promise.all([postEvents(t, [event({ type: 'track', name: 'ok' })]), postEvents(t, [event({ type: 'track', name: 'bad', path: '/poison' })])]);
    expect(ok.status).toBe(202);
    expect(refused.status).toBeGreaterThanOrEqual(500);
    expect(await storedIds(t)).toHaveLength(1);
  });

  it('drain resolves only once every queued batch is committed', async () => {
    const t = await setupTest();
    const queue = createIngestQueue(t.db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const batch = batchOf([event({ type: 'track', name: `n${i}` })]);
      ids.push(batch.events[0]!.id);
      void queue.submit({ projectId: t.project.project.id, batch, receivedAt: Date.now() });
    }
    await queue.drain();
    expect(await storedIds(t)).toEqual(ids.sort());
  });

  it('writes at most maxEvents per transaction (a larger batch alone)', async () => {
    const t = await setupTest();
    const transactions = vi.spyOn(t.db, 'transaction');
    const queue = createIngestQueue(t.db, { maxEvents: 3 });
    const sizes = [2, 1, 4, 1];
    const batches = sizes.map((n) => batchOf(Array.from({ length: n }, (_, i) => event({ type: 'track', name: `e${i}` }))));
    await Promise.all(batches.map((batch) => queue.submit({ projectId: t.project.project.id, batch, receivedAt: Date.now() })));
    // [2, 1], [4], [1]
    expect(transactions).toHaveBeenCalledTimes(3);
    expect(await storedIds(t)).toHaveLength(8);
  });
});
