import type { Database } from '../db/database.js';
import type { Project } from './projects.repo.js';

/**
 * How long a public key's project is remembered. Every SDK request looks its key up; within this
 * time the lookup costs a map read. A key rotated or origins changed by this process are forgotten
 * at once (`forgetCachedProjects`); by another server process on the same database, they take
 * effect here within this time.
 */
export const PROJECT_CACHE_MS = 1_000;

interface Cached {
  project: Project;
  until: number;
  generation: number;
}

const caches = new WeakMap<Database, Map<string, Cached>>();
// Bumped by every change to a project, so no entry read before it is served after it.
let generation = 0;

/** The project `publicKey` belongs to, from `load` at most once per `PROJECT_CACHE_MS`; unknown keys are not remembered. */
export async function cachedProjectByPublicKey(db: Database, publicKey: string, load: () => Promise<Project | null>, now = Date.now()): Promise<Project | null> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(publicKey);
  if (hit && hit.until > now && hit.generation === generation) return hit.project;
  const loadedIn = generation;
  const project = await load();
  if (project && loadedIn === generation) cache.set(publicKey, { project, until: now + PROJECT_CACHE_MS, generation });
  else cache.delete(publicKey);
  return project;
}

/** Forgets every remembered project: run after a change to keys or origins. */
export function forgetCachedProjects(): void {
  generation++;
}
