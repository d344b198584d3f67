import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { sampleChecklist } from '../checklists/checklist-fixtures.js';
import { publishedGuide, setupTest } from '../test-support.js';
import { appTables } from '../test-faults.js';
import { createRandom } from '../seed/seeded-random.js';
import { createPayloadFactory, type FuzzPayload } from './fuzz-payloads.js';

const PAYLOADS = 10_000;
// SHIRUBE_FUZZ_SEED replays a failing run.
const SEED = Number(process.env.SHIRUBE_FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);

/**
 * Row counts of every table the app writes, in one query. Not `rate_buckets`: the rate limit counts
 * every request, refused ones too, by design (its first request adds the key's bucket).
 */
async function tableCounts(db: Awaited<ReturnType<typeof setupTest>>['db']): Promise<Record<string, number>> {
  const columns = (await appTables(db)).filter((name) => name !== 'rate_buckets').map((name) => sql`(select count(*) from ${sql.table(name)}) as ${sql.ref(name)}`);
  const row = await sql<Record<string, number>>`select ${sql.join(columns)}`.execute(db);
  return row.rows[0]!;
}

const describePayload = (payload: FuzzPayload) => {
  const text = typeof payload.body === 'string' ? payload.body : Buffer.from(payload.body).toString('latin1');
  return `${payload.kind} (${payload.contentType ?? 'no content type'}, ${text.length} chars): ${text.slice(0, 200)}`;
};

describe('ingest fuzz', () => {
  // 10,000 requests and table counts take about a minute on SQLite; PostgreSQL on a busy machine needs longer.
  it(`survives ${PAYLOADS} random and mutated payloads: no 5xx, and a refused payload writes nothing`, { timeout: 300_000 }, async () => {
    console.log(`fuzz: seed ${SEED} (replay with SHIRUBE_FUZZ_SEED=${SEED})`);
    const t = await setupTest({ ingestRate: { perSecond: 1e9, burst: 1e9 } });
    const guide = await publishedGuide(t);
    const checklist = await publishedGuide(t, sampleChecklist());
    const nextPayload = createPayloadFactory(createRandom(SEED), { guideId: guide.id, checklistId: checklist.id });

    const serverErrors: string[] = [];
    const leaks: string[] = [];
    const statuses = new Map<number, number>();
    const loggedErrors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => loggedErrors.push(args);
    let before = await tableCounts(t.db);
    try {
      for (let i = 0; i < PAYLOADS; i++) {
        const payload = nextPayload();
        let status: number;
        try {
          const res = await t.app.request(`/sdk/v1/events?key=${t.project.publicKey}`, {
            method: 'POST',
            body: payload.body,
            headers: payload.contentType ? { 'content-type': payload.contentType } : {},
          });
          status = res.status;
          await res.arrayBuffer();
        } catch (error) {
          // app.request rejecting means the app itself threw: as bad as a crash.
          serverErrors.push(`#${i} threw ${String(error)}: ${describePayload(payload)}`);
          continue;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) serverErrors.push(`#${i} answered ${status}: ${describePayload(payload)}`);
        const after = await tableCounts(t.db);
        if (status >= 400) {
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (changed.length > 0) leaks.push(`#${i} answered ${status} but changed ${changed.join(', ')}: ${describePayload(payload)}`);
        }
        before = after;
      }
    } finally {
      console.error = originalError;
    }

    const accepted = statuses.get(202) ?? 0;
    console.log(`fuzz: ${PAYLOADS} payloads, ${serverErrors.length} server errors (seed ${SEED}; status counts ${JSON.stringify(Object.fromEntries(statuses))})`);
    expect(serverErrors.slice(0, 5)).toEqual([]);
    expect(leaks.slice(0, 5)).toEqual([]);
    expect(loggedErrors).toEqual([]);
    // The run must exercise both sides: a fuzzer whose every payload is refused proves little.
    expect(accepted).toBeGreaterThan(PAYLOADS / 20);
    expect(PAYLOADS - accepted).toBeGreaterThan(PAYLOADS / 2);
    // Accepted payloads did reach the database (the counts above were not comparing empty tables).
    expect(Number((await t.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBeGreaterThanOrEqual(accepted);
  });
});
