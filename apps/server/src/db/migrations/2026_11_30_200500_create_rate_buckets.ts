import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// Token buckets of rate limits (`key` such as `ingest:pk_…`), kept in the database so that every
// server process sharing it counts against the same limit. `granted` records whether the last take
// succeeded, which the single upsert that takes a token reads back through RETURNING.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_buckets')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('tokens', 'double precision', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('granted', 'integer', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_buckets').execute();
}
