import type SQLite from 'better-sqlite3';

/** Tables ingest writes, raw events first: what the builder must reproduce row for row. */
export const INGEST_TABLES = [
  'events',
  'guide_users',
  'guide_user_steps',
  'guide_stats',
  'guide_step_stats',
  'guide_step_durations',
  'guide_hourly_stats',
  'end_users',
  'accounts',
  'user_guides',
  'onboarding_users',
  'trait_values',
] as const;

/** Every row of a table, ordered by all its columns, so two databases compare regardless of insert order. */
export function sortedRows(sqlite: SQLite.Database, table: string): unknown[] {
  const columns = (sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
  return sqlite.prepare(`select * from ${table} order by ${columns.join(', ')}`).all();
}
