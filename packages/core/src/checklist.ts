import type { Checklist, ChecklistProgress, ChecklistTask, Target } from '@shirube/schema';
import { matchesCondition, type AudienceSubject } from './audience.js';
import { matchesUrlPattern, type PageLocation } from './url-pattern.js';

/**
 * What the platform observed that may complete tasks. Every fact is optional: the SDK passes what
 * just happened (a page, a click, an event), the server what it stores (completed guides, traits).
 */
export interface ChecklistFacts {
  /** The page the user is on. */
  page?: PageLocation;
  /** Whether the click being looked at landed on the element a target describes (the platform locates it). */
  clicked?: (target: Target) => boolean;
  /** `Shirube.track` names just recorded. */
  tracked?: readonly string[];
  /** The user's and account's traits. */
  subject?: AudienceSubject;
  /** Guides the user completed. */
  completedGuides?: ReadonlySet<string>;
  now: number;
}

/** Whether the facts complete one task. */
export function taskDone(task: ChecklistTask, facts: ChecklistFacts): boolean {
  const rule = task.completeWhen;
  switch (rule.type) {
    case 'page_visited':
      return !!facts.page && matchesUrlPattern(rule.urlPattern, facts.page);
    case 'element_clicked':
      return !!rule.target && !!facts.clicked?.(rule.target);
    case 'event_tracked':
      return !!facts.tracked?.includes(rule.name);
    case 'trait_matches':
      return !!facts.subject && matchesCondition(rule.condition, facts.subject, facts.now);
    case 'guide_completed':
      return !!facts.completedGuides?.has(rule.guideId);
  }
}

/** The ids of tasks the facts complete that `done` (task id → completion time) does not hold yet, in checklist order. */
export function newlyCompletedTasks(checklist: Checklist, facts: ChecklistFacts, done: Readonly<Record<string, number>>): string[] {
  return checklist.tasks.filter((task) => done[task.id] === undefined && taskDone(task, facts)).map((task) => task.id);
}

/** How many of the checklist's tasks are complete (ids of tasks no longer in it do not count). */
export function completedCount(checklist: Checklist, done: Readonly<Record<string, number>>): number {
  return checklist.tasks.filter((task) => done[task.id] !== undefined).length;
}

/** Whether every task is complete. */
export function allTasksComplete(checklist: Checklist, done: Readonly<Record<string, number>>): boolean {
  return checklist.tasks.length > 0 && completedCount(checklist, done) === checklist.tasks.length;
}

/**
 * Merges two copies of one user's progress (this device's cache and the server's): a task is
 * complete when either says so, at the earlier time; the widget state is the later change.
 */
export function mergeChecklistProgress(a: ChecklistProgress, b: ChecklistProgress | undefined): ChecklistProgress {
  if (!b) return a;
  const tasks = { ...a.tasks };
  for (const [id, at] of Object.entries(b.tasks)) tasks[id] = Math.min(tasks[id] ?? at, at);
  const state = !a.state || (b.state && b.state.at > a.state.at) ? b.state : a.state;
  return { guideId: a.guideId, tasks, ...(state && { state }) };
}
