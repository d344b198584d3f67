import { DEFAULT_HELP_LAUNCHER, type HelpLauncher } from '@shirube/schema';
import type { Database } from '../db/database.js';

/** A project's stored launcher row, if it ever saved settings. */
export function getHelpLauncherRow(db: Database, projectId: string) {
  return db.selectFrom('help_launchers').select(['enabled', 'button_label', 'panel_title', 'contact_href']).where('project_id', '=', projectId).executeTakeFirst();
}

/** A project's help launcher settings; the defaults (off) when it never set them up. */
export async function getHelpLauncher(db: Database, projectId: string): Promise<HelpLauncher> {
  const row = await getHelpLauncherRow(db, projectId);
  if (!row) return DEFAULT_HELP_LAUNCHER;
  return {
    enabled: Number(row.enabled) === 1,
    buttonLabel: row.button_label,
    panelTitle: row.panel_title,
    ...(row.contact_href ? { contactHref: row.contact_href } : {}),
  };
}

/** Replaces a project's help launcher settings (validated by the caller) and returns them. */
export async function saveHelpLauncher(db: Database, projectId: string, settings: HelpLauncher, now = Date.now()): Promise<HelpLauncher> {
  const values = {
    enabled: settings.enabled ? 1 : 0,
    button_label: settings.buttonLabel,
    panel_title: settings.panelTitle,
    contact_href: settings.contactHref || null,
    updated_at: now,
  };
  await db
    .insertInto('help_launchers')
    .values({ project_id: projectId, ...values })
    .onConflict((oc) => oc.column('project_id').doUpdateSet(values))
    .execute();
  return getHelpLauncher(db, projectId);
}
