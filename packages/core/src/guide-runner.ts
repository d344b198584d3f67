import type { PublishedGuide, ShirubeEvent, Step, TargetMissingReason } from '@shirube/schema';

/** Where one user is in one guide. Stored by the SDK so a reload resumes at the same step. */
export interface GuideProgress {
  guideId: string;
  version: number;
  stepIndex: number;
  status: 'active' | 'completed' | 'dismissed';
  updatedAt: number;
}

/** What can happen to a running guide. */
export type RunnerInput =
  | { type: 'step_shown' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'target_clicked' }
  | { type: 'target_input' }
  | { type: 'dismiss' }
  | { type: 'target_missing'; reason: TargetMissingReason };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type GuideEvent = Extract<ShirubeEvent, { guideId: string }>;

/** An event the runner asks to record; the SDK adds id, identity, time, path and locale. */
export type GuideEventDraft = DistributiveOmit<GuideEvent, 'id' | 'anonymousId' | 'userId' | 'accountId' | 'timestamp' | 'path' | 'locale'>;

/** The result of one transition: the new progress and the events to record, in order. */
export interface Transition {
  progress: GuideProgress;
  events: GuideEventDraft[];
  /** False when the input did not apply (wrong advance mode, guide already ended, ...). */
  changed: boolean;
}

/** The step a progress points at, if the guide is still running. */
export function currentStep(guide: PublishedGuide, progress: GuideProgress): Step | undefined {
  return progress.status === 'active' ? guide.steps[progress.stepIndex] : undefined;
}

/** Starts a guide at its first step. */
export function startGuide(guide: PublishedGuide, now: number): Transition {
  const progress: GuideProgress = { guideId: guide.id, version: guide.version, stepIndex: 0, status: 'active', updatedAt: now };
  if (guide.steps.length === 0) {
    return {
      progress: { ...progress, status: 'completed' },
      events: [guideEvent(guide, 'guide_started'), guideEvent(guide, 'guide_completed')],
      changed: true,
    };
  }
  return { progress, events: [guideEvent(guide, 'guide_started')], changed: true };
}

/** Applies one input to a running guide. Pure: the same arguments always give the same result. */
export function advanceGuide(guide: PublishedGuide, progress: GuideProgress, input: RunnerInput, now: number): Transition {
  const unchanged: Transition = { progress, events: [], changed: false };
  const step = currentStep(guide, progress);
  if (!step || progress.guideId !== guide.id) return unchanged;
  const index = progress.stepIndex;

  switch (input.type) {
    case 'step_shown':
      return { progress, events: [stepEvent(guide, step, index, 'step_viewed')], changed: true };
    case 'target_missing':
      return {
        progress,
        events: [{ ...stepEvent(guide, step, index, 'target_missing'), reason: input.reason } as GuideEventDraft],
        changed: true,
      };
    case 'back':
      return index === 0 ? unchanged : { progress: { ...progress, stepIndex: index - 1, updatedAt: now }, events: [], changed: true };
    case 'dismiss':
      return {
        progress: { ...progress, status: 'dismissed', updatedAt: now },
        events: [stepEvent(guide, step, index, 'guide_dismissed')],
        changed: true,
      };
    case 'next':
    case 'target_clicked':
    case 'target_input':
      if (!advancesOn(step, input.type)) return unchanged;
      return completeStep(guide, progress, step, now);
  }
}

/** Which inputs move a step on. The Next button always may: it is how keyboard users advance. */
function advancesOn(step: Step, input: 'next' | 'target_clicked' | 'target_input'): boolean {
  if (input === 'next') return true;
  if (input === 'target_clicked') return step.advance === 'target_click';
  return step.advance === 'target_input';
}

function completeStep(guide: PublishedGuide, progress: GuideProgress, step: Step, now: number): Transition {
  const index = progress.stepIndex;
  const completed = stepEvent(guide, step, index, 'step_completed');
  if (index + 1 >= guide.steps.length) {
    return {
      progress: { ...progress, status: 'completed', updatedAt: now },
      events: [completed, guideEvent(guide, 'guide_completed')],
      changed: true,
    };
  }
  return { progress: { ...progress, stepIndex: index + 1, updatedAt: now }, events: [completed], changed: true };
}

function guideEvent(guide: PublishedGuide, type: 'guide_started' | 'guide_completed'): GuideEventDraft {
  return { type, guideId: guide.id, guideVersion: guide.version };
}

function stepEvent(
  guide: PublishedGuide,
  step: Step,
  stepIndex: number,
  type: 'step_viewed' | 'step_completed' | 'guide_dismissed' | 'target_missing',
): GuideEventDraft {
  return { type, guideId: guide.id, guideVersion: guide.version, stepId: step.id, stepIndex } as GuideEventDraft;
}
