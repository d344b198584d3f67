import type SQLite from 'better-sqlite3';
import { MAINTAINED_TABLES } from '../../apps/server/src/analytics/maintained-tables.js';

/** Tables ingest writes, raw events first: what the builder must reproduce row for row. */
export const INGEST_TABLES = ['events', ...MAINTAINED_TABLES] as const;

/** Every row of a table, ordered by all its columns, so two databases compare regardless of insert order. */
export function sortedRows(sqlite: SQLite.Database, table: string): unknown[] {
  const columns = (sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name);
  return sqlite.prepare(`select * from ${table} order by ${columns.join(', ')}`).all();
}
