import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Failed console sign-ins, counted per email and per client IP (`key` is `email:…` or `ip:…`), so
// password guessing is slowed down across server restarts and processes sharing the database.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'bigint', (col) => col.notNull())
    .addColumn('blocked_until', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_failures').execute();
}
