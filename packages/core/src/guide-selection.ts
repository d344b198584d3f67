import { DEFAULT_PRIORITY, type GuideKind, type PublishedGuide, type Target } from '@shirube/schema';
import { matchesAudience, type AudienceSubject } from './audience.js';
import { frequencyAllows, NEVER_SHOWN, withinSchedule, type ShowHistory } from './frequency.js';
import { guideStaysOnPage, matchesDisplayRules, stepOnPage } from './display-rules.js';
import type { GuideProgress } from './guide-runner.js';
import { triggerFires, type TriggerFact } from './trigger.js';
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
 * What decides whether a guide may start fresh, beyond its pages and audience. Omitted fields keep
 * the behaviour of guides without these rules: a page check, a brand-new session, nothing present.
 */
export interface StartContext {
  /** What the SDK just observed; a page check when absent. */
  fact?: TriggerFact;
  /** Whether a trigger's element is on the page now. */
  present?: (target: Target) => boolean;
  /** Per guide: when it was shown, completed, dismissed (frequency). */
  history?: Readonly<Record<string, ShowHistory | undefined>>;
  session?: string;
  now?: number;
}

/** A guide's priority (higher first). */
export const guidePriority = (guide: PublishedGuide): number => guide.targeting?.priority ?? DEFAULT_PRIORITY;

/**
 * The history frequency rules judge by. Progress stored before histories were kept still counts as
 * shown (at its last update), so a guide finished then does not come back under `once`.
 */
export function historyOf(stored: ShowHistory | undefined, progress: GuideProgress | undefined): ShowHistory {
  if (stored) return stored;
  if (!progress) return NEVER_SHOWN;
  return { ...NEVER_SHOWN, lastShownAt: progress.updatedAt, completedAt: progress.status === 'completed' ? progress.updatedAt : null };
}

/**
 * Picks the one guide to show on this page. A guide the user is in the middle of comes first (one
 * whose step is on another page stays chosen and waits there), so a guide that starts later, even
 * with a higher priority, never interrupts a running one. Otherwise, among guides by priority
 * (higher first; equal priorities keep the given order, which the server makes oldest-first), the
 * first one whose rules and first step fit this page, whose audience admits the user (`admits`),
 * whose frequency allows another showing, and whose start trigger fires on `start.fact`. A guide the
 * user was in the middle of on a version that is no longer live starts over. A guide already
 * running is not taken away when the user's traits change. Only walkthroughs are picked here:
 * hotspots and checklists show beside them. A guide listed in the help launcher starts by itself
 * only as its trigger says (a `manual` one waits for the user to pick it there).
 */
export function selectGuide(
  guides: readonly PublishedGuide[],
  progressByGuide: Readonly<Record<string, GuideProgress | undefined>>,
  page: PageLocation,
  admits: (guide: PublishedGuide) => boolean = () => true,
  start: StartContext = {},
): GuideChoice | null {
  guides = guides.filter((guide) => guideKind(guide) === 'walkthrough');
  for (const guide of guides) {
    const progress = progressByGuide[guide.id];
    const resumed = progress?.status === 'active' ? resumeOnVersion(guide, progress) : null;
    if (resumed && guideStaysOnPage(guide, guide.steps[resumed.stepIndex], page)) return { guide, progress: resumed };
  }
  const { fact = { type: 'check' }, present = () => false, session = '', now = 0 } = start;
  const byPriority = [...guides].sort((a, b) => guidePriority(b) - guidePriority(a));
  for (const guide of byPriority) {
    const progress = progressByGuide[guide.id];
    const fresh =
      progress?.status === 'active'
        ? !resumeOnVersion(guide, progress)
        : frequencyAllows(guide.targeting?.frequency ?? { kind: 'once' }, historyOf(start.history?.[guide.id], progress), session, now);
    const first = guide.steps[0];
    if (
      fresh &&
      first &&
      matchesDisplayRules(guide.displayRules, page) &&
      stepOnPage(first, page) &&
      triggerFires(guide.targeting?.trigger, fact, present) &&
      // Last: `admits` may draw the user's side of an A/B holdout, which counts only if the guide would start now.
      admits(guide)
    ) {
      return { guide, progress: null };
    }
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
