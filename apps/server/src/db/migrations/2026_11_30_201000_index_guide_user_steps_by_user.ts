import { SqliteAdapter, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// A filtered funnel (a trait, a locale) reads one guide version's step rows for the users of a
// cohort. PostgreSQL cannot estimate a JSON trait condition, guesses a small cohort and looks each
// user's steps up in the primary key, where step_index comes before user_key: every lookup then
// walks all of the version's rows (measured 284 ms for 426 users at 200k events, and quadratic as a
// guide grows). Keyed by user, each lookup reads a handful of rows. SQLite plans the same query as a
// range scan of the version against the cohort and does not need it, so it pays nothing at ingest.

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await db.schema.createIndex('guide_user_steps_by_user').on('guide_user_steps').columns(['project_id', 'guide_id', 'version', 'user_key']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await db.schema.dropIndex('guide_user_steps_by_user').execute();
}
