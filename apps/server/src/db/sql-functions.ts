import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';

// SQL whose spelling differs between databases: kept here so queries elsewhere stay portable.
// Each function takes the handle it will run on (a transaction counts) to pick the spelling.

/** True when `db` talks to PostgreSQL; SQLite otherwise. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The text of one key of a JSON object column (stored as text on both databases): SQLite's
 * `json_extract` with a quoted path (keys may hold dots), PostgreSQL's `->>` on the value read as
 * `json` (not `jsonb`, which refuses a stored `\u0000` and would fail the whole query).
 */
export function jsonText(db: Kysely<any>, column: string, key: string): RawBuilder<string | null> {
  if (isPostgres(db)) return sql<string | null>`(${sql.ref(column)}::json ->> ${key})`;
  return sql<string | null>`json_extract(${sql.ref(column)}, ${`$."${key.replace(/"/g, '')}"`})`;
}

/**
 * The log-scale bucket of a duration in SQL, the same as `bucketOf` in analytics/duration-buckets:
 * floor(perDoubling × log2(max(ms, 1))). PostgreSQL has no log2. `log(2, x)` on numeric is exact at
 * powers of two, as the bucket edges need, but costs ~30 µs a row (seconds for a large cohort), so
 * the float logarithm decides, and numeric only within 1e-9 of an edge, where rounding could tip it.
 */
export function logBucket(db: Kysely<any>, milliseconds: RawBuilder<number>, perDoubling: number): RawBuilder<number> {
  if (isPostgres(db)) {
    const atLeastOne = sql`greatest(${milliseconds}, 1)`;
    const scaled = sql`(ln(${atLeastOne}::float8) / ln(2::float8) * ${sql.lit(perDoubling)})`;
    return sql<number>`(case when abs(${scaled} - round(${scaled})) < 1e-9
      then cast(floor(log(2, ${atLeastOne}::numeric) * ${sql.lit(perDoubling)}) as integer)
      else cast(floor(${scaled}) as integer) end)`;
  }
  return sql<number>`cast(floor(log2(max(${milliseconds}, 1)) * ${sql.lit(perDoubling)}) as integer)`;
}

/** The earlier of two nullable times, NULL only when both are (SQLite's scalar `min` is NULL when either is; `least` skips NULLs). */
export function earlierOf(db: Kysely<any>, a: string, b: string): RawBuilder<number> {
  if (isPostgres(db)) return sql<number>`least(${sql.ref(a)}, ${sql.ref(b)})`;
  return sql<number>`coalesce(min(${sql.ref(a)}, ${sql.ref(b)}), ${sql.ref(a)}, ${sql.ref(b)})`;
}

/** The later of two non-null values (SQLite's scalar `max`, PostgreSQL's `greatest`). */
export function laterOf(db: Kysely<any>, a: string, b: string): RawBuilder<number> {
  return largest(db, sql.ref(a), sql.ref(b));
}

/** The largest of non-null numeric expressions (SQLite's scalar `max`, PostgreSQL's `greatest`). */
export function largest(db: Kysely<any>, ...values: Expression<number>[]): RawBuilder<number> {
  return sql<number>`${sql.raw(isPostgres(db) ? 'greatest' : 'max')}(${sql.join(values)})`;
}

/** The smallest of non-null numeric expressions (SQLite's scalar `min`, PostgreSQL's `least`). */
export function smallest(db: Kysely<any>, ...values: Expression<number>[]): RawBuilder<number> {
  return sql<number>`${sql.raw(isPostgres(db) ? 'least' : 'min')}(${sql.join(values)})`;
}
