import { sql, type Kysely } from 'kysely';

// Frozen: a migration never imports app code, so later refactors cannot change what it did.
// A 'grant' is the single-use token put in the app URL; exchanging it creates a 'session' token
// bound to one guide's draft. Only hashes are stored.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('builder_tokens')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('project_id', 'text', (col) => col.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('guide_id', 'text', (col) => col.notNull().references('guides.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .addColumn('used_at', 'bigint')
    .addCheckConstraint('builder_tokens_kind_check', sql`kind in ('grant', 'session')`)
    .execute();
  await db.schema.createIndex('builder_tokens_user_idx').on('builder_tokens').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('builder_tokens').execute();
}
