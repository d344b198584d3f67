import { APPROVER, seedReports } from './seed.js';
import type { Report, TimelineEntry } from './report.js';

const REPORTS_KEY = 'demo:reports';

export { APPROVER };

/** Reports from localStorage, seeding the demo data on first visit or when the entry is unreadable. */
export function loadReports(storage: Storage = localStorage): Report[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(REPORTS_KEY) ?? 'null');
    if (Array.isArray(stored)) return stored as Report[];
  } catch {
    // Fall through to the seed.
  }
  const seeded = seedReports();
  saveReports(seeded, storage);
  return seeded;
}

export function saveReports(reports: Report[], storage: Storage = localStorage): void {
  try {
    storage.setItem(REPORTS_KEY, JSON.stringify(reports));
  } catch {
    // Full or blocked storage: changes last until reload.
  }
}

/** A new report id; time-ordered so newer reports sort after older ones. */
export function newReportId(now: number = Date.now()): string {
  return `r-${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The report after an approval step, with the step recorded on its timeline. */
export function advance(report: Report, kind: Exclude<TimelineEntry['kind'], 'created'>, actor: string): Report {
  const status = kind === 'submitted' ? 'pending' : kind;
  return { ...report, status, timeline: [...report.timeline, { kind, at: new Date().toISOString(), actor }] };
}
