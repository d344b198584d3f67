import type { Database } from '../../apps/server/src/db/database.js';
import type { ReadContext } from './read-cases.js';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Reads from the built database what the cases need: the project, its guides, a date range, the event count. */
export async function loadReadContext(db: Database): Promise<ReadContext & { events: number }> {
  const project = await db.selectFrom('projects').select('id').executeTakeFirstOrThrow();
  const guides = await db.selectFrom('guides').select('id').where('project_id', '=', project.id).orderBy('id').execute();
  const largest = await db
    .selectFrom('guide_stats')
    .select('guide_id')
    .where('project_id', '=', project.id)
    .orderBy('started_users', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const lastSeen = await db.selectFrom('end_users').select((eb) => eb.fn.max('last_seen_at').as('at')).where('project_id', '=', project.id).executeTakeFirstOrThrow();
  const events = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const end = Number(lastSeen.at);
  return {
    projectId: project.id,
    guideIds: guides.map((g) => g.id),
    largestGuideId: largest.guide_id,
    lastMonth: { from: dayOf(end - 29 * DAY), to: dayOf(end) },
    events: Number(events.n),
  };
}
