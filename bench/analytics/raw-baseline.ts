import type { BenchDatabase } from './build-database.js';
import { timeRuns, type Timing } from './measure.js';

/**
 * What a funnel costs without the tables maintained at ingest: distinct viewers per step counted
 * from raw events (docs/decisions/0001 measured ~290 ms warm at 5 M events on SQLite). The events
 * table has no index on the guide, so this reads every event; a few runs are enough to see the scale.
 */
export async function timeRawFunnel(database: BenchDatabase, projectId: string, guideId: string): Promise<Timing> {
  const query = `select step_index, count(distinct user_key) as viewed from events
    where project_id = ? and guide_id = ? and type = 'step_viewed' group by step_index`;
  return await timeRuns('baseline: COUNT(DISTINCT) over raw events, 1 guide', { warmups: 1, runs: 5, budgetMs: 30_000, minRuns: 3 }, () =>
    database.rawQuery(query, [projectId, guideId]),
  );
}
