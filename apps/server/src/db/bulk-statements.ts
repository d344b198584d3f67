import { CompiledQuery, type Kysely } from 'kysely';
import { isPostgres } from './sql-functions.js';

/*
 * Multi-row statements for ingest's hot path, written as SQL text once per shape and row count and
 * then only given new parameters: building a Kysely query per row costs more than running it. Row
 * counts are powers of four, so a table sees a handful of distinct statements and SQLite's
 * statement cache (and PostgreSQL's plan of the same text) keeps serving them.
 */

/** How an upsert treats a column of a row that already exists. */
export type OnConflictColumn =
  /** Takes the new row's value. */
  | 'set'
  /** Adds the new row's value (a counter delta). */
  | 'add'
  /** Keeps the later of the two values. */
  | 'later';

/** One table's multi-row insert: its columns in parameter order, and what a conflict does. */
export interface BulkInsert {
  table: string;
  columns: readonly string[];
  /** The unique key an existing row is found by; without `update` such rows are left alone. */
  conflict: readonly string[];
  update?: Readonly<Record<string, OnConflictColumn>>;
  /** Columns returned for each row actually inserted or updated. */
  returning?: readonly string[];
}

/** Rows per statement: greedy pieces of these sizes, largest first. */
const PIECES = [256, 64, 16, 4, 1];
/** Stays well under SQLite's 32,766 parameters per statement (PostgreSQL allows 65,535). */
const MAX_PARAMETERS = 30_000;

const quote = (name: string) => `"${name}"`;

function updateExpression(db: Kysely<any>, table: string, column: string, how: OnConflictColumn): string {
  const current = `${quote(table)}.${quote(column)}`;
  const incoming = `excluded.${quote(column)}`;
  if (how === 'add') return `${current} + ${incoming}`;
  if (how === 'later') return isPostgres(db) ? `greatest(${current}, ${incoming})` : `max(${current}, ${incoming})`;
  return incoming;
}

/** SQLite numbers parameters `?`, PostgreSQL `$1…`. */
function placeholders(db: Kysely<any>, count: number, width: number): string {
  const pg = isPostgres(db);
  const rows: string[] = [];
  for (let r = 0, n = 1; r < count; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++, n++) row.push(pg ? `$${n}` : '?');
    rows.push(`(${row.join(', ')})`);
  }
  return rows.join(', ');
}

const insertTexts = new WeakMap<BulkInsert, Map<string, string>>();

function insertText(db: Kysely<any>, spec: BulkInsert, rowCount: number): string {
  let texts = insertTexts.get(spec);
  if (!texts) insertTexts.set(spec, (texts = new Map()));
  const key = `${isPostgres(db) ? 'pg' : 'sqlite'}:${rowCount}`;
  let text = texts.get(key);
  if (text === undefined) {
    const update = Object.entries(spec.update ?? {});
    const onConflict =
      update.length === 0
        ? 'do nothing'
        : `do update set ${update.map(([column, how]) => `${quote(column)} = ${updateExpression(db, spec.table, column, how)}`).join(', ')}`;
    text =
      `insert into ${quote(spec.table)} (${spec.columns.map(quote).join(', ')}) values ${placeholders(db, rowCount, spec.columns.length)} ` +
      `on conflict (${spec.conflict.map(quote).join(', ')}) ${onConflict}` +
      (spec.returning ? ` returning ${spec.returning.map(quote).join(', ')}` : '');
    texts.set(key, text);
  }
  return text;
}

/** Splits `total` rows into statement sizes from PIECES, none above `max`. */
function pieceSizes(total: number, max: number): number[] {
  const sizes: number[] = [];
  let left = total;
  for (const size of PIECES) {
    if (size > max && size !== 1) continue;
    while (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

/** The rows in statement-sized pieces, each with its parameters flattened row by row. */
function* pieces(spec: BulkInsert, rows: readonly (readonly unknown[])[]): Generator<{ size: number; offset: number; parameters: unknown[] }> {
  let offset = 0;
  for (const size of pieceSizes(rows.length, Math.floor(MAX_PARAMETERS / spec.columns.length))) {
    const parameters: unknown[] = [];
    for (let i = offset; i < offset + size; i++) parameters.push(...rows[i]!);
    yield { size, offset, parameters };
    offset += size;
  }
}

/**
 * Inserts (or upserts) rows given as value arrays in `spec.columns` order, a few multi-row
 * statements in all; returns the `returning` columns of the rows the database reports.
 */
export async function bulkInsert<R = Record<string, unknown>>(db: Kysely<any>, spec: BulkInsert, rows: readonly (readonly unknown[])[]): Promise<R[]> {
  const returned: R[] = [];
  for (const { size, parameters } of pieces(spec, rows)) {
    const result = await db.executeQuery<R>(CompiledQuery.raw(insertText(db, spec, size), parameters));
    if (spec.returning) returned.push(...result.rows);
  }
  return returned;
}

/** Each spec's twin that returns its key, kept so its statement texts are built once too. */
const returningSpecs = new WeakMap<object, BulkInsert>();

const run = (db: Kysely<any>, text: string) => db.executeQuery(CompiledQuery.raw(text, []));

/**
 * Inserts the rows whose conflict key is not stored yet (`spec` without `update`); returns, per
 * row, whether it was inserted. Run inside a transaction. SQLite first inserts without RETURNING,
 * which costs a fifth less, and only when fewer rows went in than were given (a retried batch)
 * undoes that piece to a savepoint and inserts it again asking which; PostgreSQL always asks.
 */
export async function insertNew(db: Kysely<any>, spec: Omit<BulkInsert, 'update' | 'returning'>, rows: readonly (readonly unknown[])[]): Promise<boolean[]> {
  const inserted = rows.map(() => false);
  const keyIndexes = spec.conflict.map((column) => spec.columns.indexOf(column));
  let returning = returningSpecs.get(spec);
  if (!returning) returningSpecs.set(spec, (returning = { ...spec, returning: spec.conflict }));
  for (const { size, offset, parameters } of pieces(spec, rows)) {
    if (!isPostgres(db)) {
      await run(db, 'savepoint insert_new');
      const result = await db.executeQuery(CompiledQuery.raw(insertText(db, spec, size), parameters));
      const allNew = Number(result.numAffectedRows ?? -1) === size;
      if (!allNew) await run(db, 'rollback to insert_new');
      await run(db, 'release insert_new');
      if (allNew) {
        inserted.fill(true, offset, offset + size);
        continue;
      }
    }
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(insertText(db, returning, size), parameters));
    const keys = new Set(result.rows.map((row) => spec.conflict.map((column) => String(row[column])).join('\n')));
    for (let i = offset; i < offset + size; i++) inserted[i] = keys.has(keyIndexes.map((k) => String(rows[i]![k])).join('\n'));
  }
  return inserted;
}

/** Values per `IN` list of one select statement; longer lists take several statements. */
const MAX_IN_LIST = 256;

/** The next power of two at or above n (at least 1): `IN` lists are padded to it so statement texts repeat. */
const paddedLength = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));

/**
 * Reads `columns` of the rows of `table` whose `equal` columns have the given values and whose
 * `within` columns each hold one of the listed values (every combination: filter in the caller
 * when that is wider than needed). The first `within` list is read in slices.
 */
export async function selectWithin<R>(
  db: Kysely<any>,
  table: string,
  columns: readonly string[],
  equal: Readonly<Record<string, unknown>>,
  within: Readonly<Record<string, readonly unknown[]>>,
): Promise<R[]> {
  const lists = Object.entries(within);
  if (lists.some(([, values]) => values.length === 0)) return [];
  const [sliced, ...whole] = lists;
  const rows: R[] = [];
  for (let from = 0; from < (sliced?.[1].length ?? 1); from += MAX_IN_LIST) {
    const parts = sliced ? [[sliced[0], sliced[1].slice(from, from + MAX_IN_LIST)] as const, ...whole] : whole;
    const parameters: unknown[] = [];
    const pg = isPostgres(db);
    const next = () => (pg ? `$${parameters.length}` : '?');
    const conditions: string[] = [];
    for (const [column, value] of Object.entries(equal)) {
      parameters.push(value);
      conditions.push(`${quote(column)} = ${next()}`);
    }
    for (const [column, values] of parts) {
      const padded = [...values];
      while (padded.length < paddedLength(values.length)) padded.push(values[values.length - 1]);
      const marks = padded.map((value) => {
        parameters.push(value);
        return next();
      });
      conditions.push(`${quote(column)} in (${marks.join(', ')})`);
    }
    const text = `select ${columns.map(quote).join(', ')} from ${quote(table)} where ${conditions.join(' and ')}`;
    rows.push(...(await db.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows);
  }
  return rows;
}
