import type { GuideKind, PublishedGuide } from '@shirube/schema';
import { matchesAudience, type AudienceSubject } from './audience.js';
import { withinSchedule } from './frequency.js';
import { guideStaysOnPage, matchesDisplayRules, stepOnPage } from './display-rules.js';
import type { GuideProgress } from './guide-runner.js';
import type { PageLocation } from './url-pattern.js';

/** The guide to show now and the progress to resume from (null: start fresh). */
export interface GuideChoice {
  guide: PublishedGuide;
  progress: GuideProgress | null;
}

/** A published guide's kind; versions published before kinds existed are walkthroughs. */
export function guideKind(guide: PublishedGuide): GuideKind {
  return guide.kind ?? 'walkthrough';
}

/**
 * Picks the one guide to show on this page. A guide the user is in the middle of comes first (one
 * whose step is on another page stays chosen and waits there); otherwise the first guide (in the
 * given priority order) whose rules and first step fit this page and that they have never seen, or
 * were in the middle of on a version that is no longer live, and whose audience admits them (`admits`).
 * Guides a user completed or dismissed do not start again by themselves; a guide already running
 * is not taken away when the user's traits change. Only walkthroughs are picked here: hotspots and
 * checklists show beside them. Guides listed in the help launcher are on demand: they never start
 * by themselves, but one the user started there resumes like any other.
 */
export function selectGuide(
  guides: readonly PublishedGuide[],
  progressByGuide: Readonly<Record<string, GuideProgress | undefined>>,
  page: PageLocation,
  admits: (guide: PublishedGuide) => boolean = () => true,
): GuideChoice | null {
  guides = guides.filter((guide) => guideKind(guide) === 'walkthrough');
  for (const guide of guides) {
    const progress = progressByGuide[guide.id];
    const resumed = progress?.status === 'active' ? resumeOnVersion(guide, progress) : null;
    if (resumed && guideStaysOnPage(guide, guide.steps[resumed.stepIndex], page)) return { guide, progress: resumed };
  }
  for (const guide of guides) {
    const progress = progressByGuide[guide.id];
    const fresh = !guide.helpLauncher && (!progress || (progress.status === 'active' && !resumeOnVersion(guide, progress)));
    const first = guide.steps[0];
    if (fresh && first && matchesDisplayRules(guide.displayRules, page) && stepOnPage(first, page) && admits(guide)) return { guide, progress: null };
  }
  return null;
}

/**
 * The stored progress if it can continue on the guide as now published: only on the same version
 * and a step that exists. Anything else cannot be resumed (the caller starts the live version over).
 */
export function resumeOnVersion(guide: PublishedGuide, progress: GuideProgress): GuideProgress | null {
  if (progress.version === guide.version) {
    return progress.stepIndex < guide.steps.length ? progress : null;
  }
  return null;
}

/** A guide version a user is in the middle of, which is no longer the live one. */
export interface PinnedVersion {
  guideId: string;
  version: number;
}

/**
 * The earlier versions to fetch so that users in the middle of a guide finish the version they
 * started: publishing a new version must not move them mid-way (their step may not exist any more).
 */
export function pinnedVersions(
  guides: readonly PublishedGuide[],
  progressByGuide: Readonly<Record<string, GuideProgress | undefined>>,
): PinnedVersion[] {
  const pins: PinnedVersion[] = [];
  for (const guide of guides) {
    const progress = progressByGuide[guide.id];
    if (progress?.status === 'active' && progress.version !== guide.version && progress.version >= 1) {
      pins.push({ guideId: guide.id, version: progress.version });
    }
  }
  return pins;
}

/** The live guides with each fetched pinned version in place of its live one. */
export function withPinnedVersions(guides: readonly PublishedGuide[], pinned: readonly PublishedGuide[]): PublishedGuide[] {
  return guides.map((guide) => pinned.find((p) => p.id === guide.id) ?? guide);
}

/** Whether a guide may start for the subject now: its audience admits them and its schedule is open. A guide without targeting is for everyone, always. */
export function guideAdmits(guide: PublishedGuide, subject: AudienceSubject, now: number): boolean {
  return !guide.targeting || (matchesAudience(guide.targeting.audience, subject, now) && withinSchedule(guide.targeting.schedule, now));
}
