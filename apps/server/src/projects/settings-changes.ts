import type { Project } from './projects.repo.js';

/** A project setting's old and new value, as the audit log keeps it. */
export type SettingsChanges = Record<string, { from: unknown; to: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a settings patch changed (`{ name: { from, to } }`), or null when it changed nothing. */
export function settingsChanges(before: Project, after: Project): SettingsChanges | null {
  const changes: SettingsChanges = {};
  if (before.name !== after.name) changes.name = { from: before.name, to: after.name };
  for (const key of ['allowedOrigins', 'sdkOrigins'] as const) {
    if (!same(before[key], after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
