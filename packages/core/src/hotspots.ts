import type { GuideKind, PublishedGuide, Step } from '@shirube/schema';
import { matchesDisplayRules, stepOnPage } from './display-rules.js';
import type { GuideEventDraft } from './guide-runner.js';
import { guideKind } from './guide-selection.js';
import type { PageLocation } from './url-pattern.js';

/** A step that points at an element: what a hotspot is. */
export type TooltipStep = Extract<Step, { kind: 'tooltip' }>;

/** What one user has done with one hotspots guide, as the SDK remembers it. */
export interface HotspotRecord {
  /** The version whose `guide_started` was recorded (the first beacon shown of that version). */
  started?: number;
  /** Ids of the steps the user dismissed with "Got it", in any version. */
  done: string[];
}

/** Every hotspots guide's record, by guide id. */
export type HotspotMemory = Readonly<Record<string, HotspotRecord | undefined>>;

/** One beacon to show: a tooltip step of a hotspots guide. */
export interface Hotspot {
  guide: PublishedGuide;
  step: TooltipStep;
  index: number;
  /** Stable across re-evaluations: the guide and step ids. */
  key: string;
}

/** A change to the memory and the events it calls for. */
export interface HotspotTransition {
  memory: HotspotMemory;
  events: GuideEventDraft[];
}

const recordOf = (memory: HotspotMemory, guideId: string): HotspotRecord => memory[guideId] ?? { done: [] };

/**
 * The hotspots to show on this page, in guide priority then step order: every tooltip step of
 * every hotspots guide that admits the user (`admits`: audience and schedule), whose display rules
 * and step page fit this page, and that the user has not dismissed (unless the guide shows its
 * hotspots always). Whether the element is on the page is for the SDK to find out.
 */
export function visibleHotspots(
  guides: readonly PublishedGuide[],
  memory: HotspotMemory,
  page: PageLocation,
  admits: (guide: PublishedGuide) => boolean,
): Hotspot[] {
  const shown: Hotspot[] = [];
  for (const guide of guides) {
    if (guideKind(guide) !== 'hotspots' || !matchesDisplayRules(guide.displayRules, page) || !admits(guide)) continue;
    const done = guide.hotspotVisibility === 'always' ? [] : recordOf(memory, guide.id).done;
    guide.steps.forEach((step, index) => {
      if (step.kind === 'tooltip' && stepOnPage(step, page) && !done.includes(step.id)) shown.push({ guide, step, index, key: `${guide.id}:${step.id}` });
    });
  }
  return shown;
}

/** A beacon of the guide came on screen: the first one of a version starts the guide for the user. */
export function hotspotShown(memory: HotspotMemory, guide: PublishedGuide): HotspotTransition {
  const record = recordOf(memory, guide.id);
  if (record.started === guide.version) return { memory, events: [] };
  return {
    memory: { ...memory, [guide.id]: { ...record, started: guide.version } },
    events: [{ type: 'guide_started', guideId: guide.id, guideVersion: guide.version }],
  };
}

/** The user opened a hotspot's tooltip. */
export function hotspotViewed(hotspot: Hotspot): GuideEventDraft {
  return stepEvent(hotspot, 'step_viewed');
}

/**
 * "Got it": the step is completed (once per user), and the guide too when it was the last of its
 * hotspots the user had not dismissed yet. Remembered whatever the guide's visibility, so a guide
 * that shows always still counts who acknowledged what.
 */
export function hotspotDone(memory: HotspotMemory, hotspot: Hotspot): HotspotTransition {
  const { guide, step } = hotspot;
  const record = recordOf(memory, guide.id);
  if (record.done.includes(step.id)) return { memory, events: [] };
  const done = [...record.done, step.id];
  const events = [stepEvent(hotspot, 'step_completed')];
  if (guide.steps.every((s) => done.includes(s.id))) events.push({ type: 'guide_completed', guideId: guide.id, guideVersion: guide.version });
  return { memory: { ...memory, [guide.id]: { ...record, done } }, events };
}

/** The stored memory entries that still have the right shape. */
export function validHotspotMemory(value: unknown): HotspotMemory {
  const out: Record<string, HotspotRecord> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [guideId, entry] of Object.entries(value as Record<string, unknown>)) {
    const record = entry as Partial<HotspotRecord> | null;
    if (!record || !Array.isArray(record.done)) continue;
    const done = record.done.filter((id): id is string => typeof id === 'string');
    out[guideId] = typeof record.started === 'number' ? { started: record.started, done } : { done };
  }
  return out;
}

function stepEvent(hotspot: Hotspot, type: 'step_viewed' | 'step_completed'): GuideEventDraft {
  return { type, guideId: hotspot.guide.id, guideVersion: hotspot.guide.version, stepId: hotspot.step.id, stepIndex: hotspot.index };
}

/** What an author made, as the console names it: a one-step walkthrough of a modal is an announcement, of a banner a banner. */
export type GuideFormat = GuideKind | 'announcement' | 'banner';

/** The format of a guide from its kind and steps. */
export function guideFormat(kind: GuideKind | undefined, steps: readonly Pick<Step, 'kind'>[]): GuideFormat {
  if (kind && kind !== 'walkthrough') return kind;
  const only = steps.length === 1 ? steps[0]!.kind : null;
  return only === 'modal' ? 'announcement' : only === 'banner' ? 'banner' : 'walkthrough';
}
