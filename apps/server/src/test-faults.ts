import { sql, type Kysely } from 'kysely';
import { isPostgres } from './db/sql-functions.js';

/**
 * Test-only: makes the database itself refuse inserts into `table` (those matching `when`, an SQL
 * condition on `new`), the way a full disk or a broken constraint would. Returns a function that
 * lifts the fault. Spelled for SQLite or PostgreSQL, whichever `db` is.
 */
export async function refuseInserts(db: Kysely<any>, table: string, options: { name: string; when?: string; message?: string }): Promise<() => Promise<void>> {
  const name = sql.raw(options.name);
  const message = options.message ?? 'refused';
  const when = options.when ? sql.raw(`when (${options.when})`) : sql``;
  if (!isPostgres(db)) {
    await sql`create trigger ${name} before insert on ${sql.table(table)} ${when} begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
    return async () => void (await sql`drop trigger ${name}`.execute(db));
  }
  const fn = sql.raw(`${options.name}_fn`);
  await sql`create function ${fn}() returns trigger language plpgsql as ${sql.lit(`begin raise exception '${message}'; end`)}`.execute(db);
  await sql`create trigger ${name} before insert on ${sql.table(table)} for each row ${when} execute function ${fn}()`.execute(db);
  return async () => {
    await sql`drop trigger ${name} on ${sql.table(table)}`.execute(db);
    await sql`drop function ${fn}()`.execute(db);
  };
}

/** The app's own tables (not the migrator's), on SQLite or PostgreSQL. */
export async function appTables(db: Kysely<any>): Promise<string[]> {
  const query = isPostgres(db)
    ? sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema() and tablename not like 'kysely_%'`
    : sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`;
  return (await query.execute(db)).rows.map((row) => row.name);
}
