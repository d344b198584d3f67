import type { Kysely } from 'kysely';

// Frozen: a migration never imports app code.
// A builder link may ask for one element to be picked (JSON `{ field, label }`); the grant carries
// it to the session it is exchanged for, so the builder opens in pick mode.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('builder_tokens').addColumn('pick', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('builder_tokens').dropColumn('pick').execute();
}
