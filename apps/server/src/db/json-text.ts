import { sql, type RawBuilder } from 'kysely';

/**
 * The text of one key of a JSON object column, for comparisons in SQL. Dialect-specific JSON
 * access stays here: SQLite's `json_extract` with a quoted path (keys may hold dots).
 */
export function jsonText(column: string, key: string): RawBuilder<string | null> {
  return sql<string | null>`json_extract(${sql.ref(column)}, ${`$."${key.replace(/"/g, '')}"`})`;
}
