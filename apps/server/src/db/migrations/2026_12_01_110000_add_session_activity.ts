import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Console sessions end after a stretch without use (idle timeout) as well as at a fixed age
// (absolute timeout, `expires_at`). Existing sessions count as seen when they were created.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'bigint', (col) => col.notNull().defaultTo(0)).execute();
  await db.updateTable('sessions').set((eb) => ({ last_seen_at: eb.ref('created_at') })).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('last_seen_at').execute();
}
