import { DEFAULT_BROKEN_THRESHOLD, type TargetMissingReason } from '@shirube/schema';
import type { Funnel, FunnelStep } from '@shirube/server/types';

/** Users lost at one step: they saw it and never reached the next one (or the end, for the last). */
export interface StepDrop {
  stepIndex: number;
  users: number;
  /** users / viewers of the step, 0..1. */
  rate: number;
}

/** A funnel as the chart draws it: one bar pair per step and the drop after each. */
export interface FunnelChartData {
  labels: string[];
  viewed: number[];
  completed: number[];
  drops: StepDrop[];
  /** The step that loses the most users, to highlight; null when no step loses anyone. */
  biggest: StepDrop | null;
}

/** The chart's data for a funnel, in step order. */
export function shapeFunnel(funnel: Funnel): FunnelChartData {
  const steps = [...funnel.steps].sort((a, b) => a.stepIndex - b.stepIndex);
  const drops = steps.map(dropOf);
  return {
    labels: steps.map((s) => `${s.stepIndex + 1}. ${s.title}`),
    viewed: steps.map((s) => s.viewedUsers),
    completed: steps.map((s) => s.completedUsers),
    drops,
    biggest: biggestDrop(drops),
  };
}

/**
 * The drop that loses the most users; on a tie the steeper one, then the earlier one (fixing an
 * early step helps everyone after it). Null when nobody is lost.
 */
export function biggestDrop(drops: readonly StepDrop[]): StepDrop | null {
  let biggest: StepDrop | null = null;
  for (const drop of drops) {
    if (drop.users <= 0) continue;
    if (!biggest || drop.users > biggest.users || (drop.users === biggest.users && drop.rate > biggest.rate)) biggest = drop;
  }
  return biggest;
}

const dropOf = (step: FunnelStep): StepDrop => ({ stepIndex: step.stepIndex, users: step.dropOffUsers, rate: step.dropOffRate });

/** The stuck points page's default, so both pages flag the same steps. */
export const BROKEN_SHARE = DEFAULT_BROKEN_THRESHOLD;

/** A step whose element users often could not find, with the reason most of them met. */
export interface BrokenStep {
  stepIndex: number;
  title: string;
  /** targetMissingUsers / viewedUsers. */
  share: number;
  reason: TargetMissingReason | null;
}

/** Steps whose element is missing for more than `threshold` of viewers, the worst first. */
export function brokenSteps(funnel: Funnel, threshold = BROKEN_SHARE): BrokenStep[] {
  return funnel.steps
    .filter((s) => s.viewedUsers > 0 && s.targetMissingUsers / s.viewedUsers > threshold)
    .map((s) => ({ stepIndex: s.stepIndex, title: s.title, share: s.targetMissingUsers / s.viewedUsers, reason: topReason(s) }))
    .sort((a, b) => b.share - a.share || a.stepIndex - b.stepIndex);
}

function topReason(step: FunnelStep): TargetMissingReason | null {
  const [reason, users] = (Object.entries(step.missingReasons) as Array<[TargetMissingReason, number]>).reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return users > 0 ? reason : null;
}
