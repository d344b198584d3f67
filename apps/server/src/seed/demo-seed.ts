import { recordAudit, systemActor } from '../audit/audit-log.repo.js';
import type { Database } from '../db/database.js';
import { createProject, findProjectById, findProjectByName, findProjectBySecretKey, rotateSecretKey, updateProject } from '../projects/projects.repo.js';
import { DEMO_GUIDE, DEMO_PROJECT_NAME } from './demo-guide.js';
import { readLegacyDemoKeys } from './demo-keys-file.js';
import { findDemoSecret, saveDemoSecret } from './demo-keys.repo.js';
import { DASHBOARD_TIPS, MAINTENANCE_BANNER } from './demo-notices.js';
import { ensurePublishedGuide } from './published-guide.js';
import { getHelpLauncherRow, saveHelpLauncher } from '../help/help-launcher.repo.js';

/** What `seed-demo` prints. */
export interface DemoSeed {
  projectId: string;
  publicKey: string;
  secretKey: string;
  guideId: string;
}

/**
 * Creates the sample project with its published welcome guide, dashboard hotspots and maintenance
 * banner, or finds them again. Only the secret key's hash is in `projects`, so the sample project's
 * key is also kept in the `demo_keys` table to print it on later starts (on either database, from
 * any process); `legacyKeysFile` (demo-keys.json of earlier versions) is read when the table has
 * none. If the key is lost the demo project gets a new secret key.
 * `allowedOrigins` (the demo app's origins) replaces the project's builder list when given, and
 * joins its SDK origins, so the sample shows a project that only its own app may report into.
 */
export async function seedDemo(db: Database, options: { legacyKeysFile?: string | null; allowedOrigins?: string[] } = {}): Promise<DemoSeed> {
  const keys = await demoProjectKeys(db, options.legacyKeysFile ?? null);
  // The demo app's port can change between runs; the in-app builder must work on the current one.
  if (options.allowedOrigins) await useDemoOrigins(db, keys.projectId, options.allowedOrigins);
  const guide = await ensurePublishedGuide(db, keys.projectId, DEMO_GUIDE);
  // After the tour, so the tour keeps its priority on the dashboard.
  await ensurePublishedGuide(db, keys.projectId, DASHBOARD_TIPS);
  await ensurePublishedGuide(db, keys.projectId, MAINTENANCE_BANNER);
  // The sample project shows the help launcher; settings someone changed since are kept.
  if (!(await getHelpLauncherRow(db, keys.projectId))) {
    await saveHelpLauncher(db, keys.projectId, { enabled: true, buttonLabel: '', panelTitle: '', contactHref: 'mailto:support@keihi.example' });
  }
  return { ...keys, guideId: guide.id };
}

/** One transaction: two processes starting at once find (or make) the same project and key. */
function demoProjectKeys(db: Database, legacyKeysFile: string | null) {
  return db.transaction().execute(async (trx) => {
    const existing = await findProjectByName(trx, DEMO_PROJECT_NAME);
    if (!existing) {
      const created = await createProject(trx, DEMO_PROJECT_NAME);
      await saveDemoSecret(trx, created.project.id, created.secretKey);
      return { projectId: created.project.id, publicKey: created.publicKey, secretKey: created.secretKey };
    }
    const legacy = legacyKeysFile ? readLegacyDemoKeys(legacyKeysFile) : null;
    const stored = await findDemoSecret(trx, existing.id);
    const saved = stored ?? (legacy?.projectId === existing.id ? legacy.secretKey : null);
    let secretKey = saved && (await findProjectBySecretKey(trx, saved))?.id === existing.id ? saved : null;
    if (!secretKey) {
      // The saved secret is gone or stale: rotate it rather than print a key that does not work.
      secretKey = await rotateSecretKey(trx, existing.id);
      const object = { type: 'project', id: existing.id, name: existing.name } as const;
      await recordAudit(trx, { projectId: existing.id, actor: systemActor('pnpm start'), action: 'key.rotated', object, detail: { key: 'secret' } });
    }
    if (secretKey !== stored) await saveDemoSecret(trx, existing.id, secretKey);
    return { projectId: existing.id, publicKey: existing.publicKey, secretKey };
  });
}

/**
 * Points the sample project at the demo app's origins: the builder's list is replaced (the port can
 * change between runs), the SDK origins gain them and keep whatever someone added in the console.
 */
export async function useDemoOrigins(db: Database, projectId: string, origins: string[]): Promise<void> {
  const project = await findProjectById(db, projectId);
  const sdkOrigins = [...new Set([...(project?.sdkOrigins ?? []), ...origins])].slice(-50);
  await updateProject(db, projectId, { allowedOrigins: origins, sdkOrigins });
}
