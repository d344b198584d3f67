import { uuidv7 } from '@shirube/schema';
import { hashSecretKey, newPublicKey, newSecretKey } from '../auth/keys.js';
import type { Database } from '../db/database.js';

/** A project as the server uses it (keys excluded). */
export interface Project {
  id: string;
  name: string;
  publicKey: string;
  createdAt: number;
}

/** A new project with its keys; the secret key exists only in this value. */
export interface CreatedProject {
  project: Project;
  publicKey: string;
  secretKey: string;
}

/** Creates a project with fresh keys. */
export async function createProject(db: Database, name: string, now = Date.now()): Promise<CreatedProject> {
  return insertProject(db, name, newPublicKey(), newSecretKey(), now);
}

/** Inserts a project with given keys (the demo seed restores keys it saved earlier). */
export async function insertProject(
  db: Database,
  name: string,
  publicKey: string,
  secretKey: string,
  now = Date.now(),
): Promise<CreatedProject> {
  const project: Project = { id: uuidv7(now), name, publicKey, createdAt: now };
  await db
    .insertInto('projects')
    .values({ id: project.id, name, public_key: publicKey, secret_key_hash: hashSecretKey(secretKey), created_at: now })
    .execute();
  return { project, publicKey, secretKey };
}

const columns = ['id', 'name', 'public_key', 'created_at'] as const;

function toProject(row: { id: string; name: string; public_key: string; created_at: number }): Project {
  return { id: row.id, name: row.name, publicKey: row.public_key, createdAt: Number(row.created_at) };
}

/** The project a secret key belongs to, looked up by its hash. */
export async function findProjectBySecretKey(db: Database, secretKey: string): Promise<Project | null> {
  const row = await db.selectFrom('projects').select(columns).where('secret_key_hash', '=', hashSecretKey(secretKey)).executeTakeFirst();
  return row ? toProject(row) : null;
}

/** The project a public key belongs to. */
export async function findProjectByPublicKey(db: Database, publicKey: string): Promise<Project | null> {
  const row = await db.selectFrom('projects').select(columns).where('public_key', '=', publicKey).executeTakeFirst();
  return row ? toProject(row) : null;
}

/** The oldest project with this exact name (the demo seed finds its project this way). */
export async function findProjectByName(db: Database, name: string): Promise<Project | null> {
  const row = await db.selectFrom('projects').select(columns).where('name', '=', name).orderBy('created_at').orderBy('id').executeTakeFirst();
  return row ? toProject(row) : null;
}


/** Issues a new secret key for a project; the old one stops working at once. */
export async function rotateSecretKey(db: Database, projectId: string): Promise<string> {
  const secretKey = newSecretKey();
  await db.updateTable('projects').set({ secret_key_hash: hashSecretKey(secretKey) }).where('id', '=', projectId).execute();
  return secretKey;
}
