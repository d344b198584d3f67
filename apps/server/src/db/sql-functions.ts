import { sql, type RawBuilder } from 'kysely';

// SQL whose spelling differs between databases: kept here so queries elsewhere stay portable.

/** The text of one key of a JSON object column: SQLite's `json_extract` with a quoted path (keys may hold dots). */
export function jsonText(column: string, key: string): RawBuilder<string | null> {
  return sql<string | null>`json_extract(${sql.ref(column)}, ${`$."${key.replace(/"/g, '')}"`})`;
}

/**
 * The log-scale bucket of a duration in SQL, the same as `bucketOf` in analytics/duration-buckets:
 * floor(perDoubling × log2(max(ms, 1))). SQLite's math functions spell log2 this way.
 */
export function logBucket(milliseconds: RawBuilder<number>, perDoubling: number): RawBuilder<number> {
  return sql<number>`cast(floor(log2(max(${milliseconds}, 1)) * ${sql.lit(perDoubling)}) as integer)`;
}

/** The earlier of two nullable times, NULL only when both are (SQLite's scalar `min` is NULL when either is). */
export function earlierOf(a: string, b: string): RawBuilder<number> {
  return sql<number>`coalesce(min(${sql.ref(a)}, ${sql.ref(b)}), ${sql.ref(a)}, ${sql.ref(b)})`;
}
