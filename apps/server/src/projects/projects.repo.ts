import { uuidv7 } from '@shirube/schema';
import { hashSecretKey, newPublicKey, newSecretKey } from '../auth/keys.js';
import type { Database } from '../db/database.js';
import { forgetCachedProjects } from './public-key-cache.js';

/** A project as the server uses it (keys excluded). */
export interface Project {
  id: string;
  name: string;
  publicKey: string;
  /** Exact origins the in-app builder may run on (compared with ===). */
  allowedOrigins: string[];
  /** Origin patterns whose pages may use the public key (`https://*.example.com`); empty = any origin. */
  sdkOrigins: string[];
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
  const project: Project = { id: uuidv7(now), name, publicKey, allowedOrigins: [], sdkOrigins: [], createdAt: now };
  await db
    .insertInto('projects')
    .values({ id: project.id, name, public_key: publicKey, secret_key_hash: hashSecretKey(secretKey), created_at: now })
    .execute();
  return { project, publicKey, secretKey };
}

const columns = ['id', 'name', 'public_key', 'allowed_origins', 'sdk_origins', 'created_at'] as const;

function toProject(row: { id: string; name: string; public_key: string; allowed_origins: string; sdk_origins: string; created_at: number }): Project {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    sdkOrigins: JSON.parse(row.sdk_origins) as string[],
    createdAt: Number(row.created_at),
  };
}

/** One project by id, or null. */
export async function findProjectById(db: Database, id: string): Promise<Project | null> {
  const row = await db.selectFrom('projects').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toProject(row) : null;
}

/** Every project, oldest first. */
export async function listProjects(db: Database): Promise<Project[]> {
  const rows = await db.selectFrom('projects').select(columns).orderBy('created_at').orderBy('id').execute();
  return rows.map(toProject);
}

/** What may change on a project; the caller validates it. */
export interface ProjectChanges {
  name?: string | undefined;
  allowedOrigins?: string[] | undefined;
  sdkOrigins?: string[] | undefined;
}

/** Renames a project and/or replaces its builder or SDK origins; null when unknown. */
export async function updateProject(db: Database, id: string, changes: ProjectChanges): Promise<Project | null> {
  const set = {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.allowedOrigins !== undefined ? { allowed_origins: JSON.stringify(changes.allowedOrigins) } : {}),
    ...(changes.sdkOrigins !== undefined ? { sdk_origins: JSON.stringify(changes.sdkOrigins) } : {}),
  };
  if (Object.keys(set).length > 0) await db.updateTable('projects').set(set).where('id', '=', id).execute();
  forgetCachedProjects();
  return findProjectById(db, id);
}

/** Whether any project lists `origin` (exact comparison); answers builder CORS preflights. */
export async function isOriginAllowedByAnyProject(db: Database, origin: string): Promise<boolean> {
  const rows = await db.selectFrom('projects').select('allowed_origins').execute();
  return rows.some((row) => (JSON.parse(row.allowed_origins) as string[]).includes(origin));
}

/** Issues a new public key; pages embedding the old one stop receiving guides. */
export async function rotatePublicKey(db: Database, projectId: string): Promise<string> {
  const publicKey = newPublicKey();
  await db.updateTable('projects').set({ public_key: publicKey }).where('id', '=', projectId).execute();
  forgetCachedProjects();
  return publicKey;
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
