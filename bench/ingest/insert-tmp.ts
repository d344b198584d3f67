import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '@shirube/schema';
import { migrateToLatest, openDatabase } from '../../apps/server/src/db/database.js';
import { createProject } from '../../apps/server/src/projects/projects.repo.js';
import { bulkInsert } from '../../apps/server/src/db/bulk-statements.js';
import { toEventRow } from '../../apps/server/src/events/event-row.js';
const dir = mkdtempSync(join(tmpdir(), 'ins-'));
const COLS = ['project_id', 'id', 'type', 'guide_id', 'guide_version', 'step_id', 'step_index', 'user_key', 'anonymous_id', 'user_id', 'account_id', 'client_ts', 'server_ts', 'received_at', 'path', 'data'] as const;
for (const mode of ['ret', 'noret', 'ret', 'noret', 'ret', 'noret']) {
  const db = openDatabase(join(dir, `${mode}-${Math.random()}.db`));
  await migrateToLatest(db);
  const { project } = await createProject(db, 'p');
  const spec = { table: 'events', columns: COLS, conflict: ['project_id', 'id'], ...(mode === 'ret' ? { returning: ['project_id', 'id'] } : {}) };
  let cpu = 0;
  for (let g = 0; g < 80; g++) {
    const now = Date.now();
    const rows = Array.from({ length: 1250 }, (_, i) => toEventRow(project.id, { id: uuidv7(now), type: 'track', name: 'x', props: {}, anonymousId: `a${i % 40}`, userId: `u${i % 40}`, timestamp: now, path: '/' } as any, now, now));
    const values = rows.map((r) => COLS.map((c) => r[c]));
    const before = process.cpuUsage();
    await db.transaction().execute(async (trx) => { await bulkInsert(trx, spec, values); });
    const u = process.cpuUsage(before); cpu += u.user + u.system;
  }
  console.log(mode, (cpu / 100000).toFixed(2), 'us cpu/event');
  await db.destroy();
}
