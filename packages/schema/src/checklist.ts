import * as v from 'valibot';
import { TargetSchema } from './target.js';
import { TraitConditionSchema } from './targeting.js';

/*
 * A checklist: onboarding tasks shown in a widget, each ticked off by something the user does.
 * Part of a guide of kind `checklist` (its `checklist` field), published with it like steps.
 */

const taskId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/, 'must use letters, digits, _ or -'));
const guideRef = v.pipe(v.string(), v.minLength(1, 'must name a guide'), v.maxLength(64));

/**
 * What completes a task: finishing a walkthrough, visiting a page (a URL pattern as display rules
 * use them), clicking an element picked in the app, a `Shirube.track` event, or a user/account trait.
 * `element_clicked.target` is optional in a draft (the author picks it in the app after saving the
 * task); publishing refuses a task without one.
 */
export const TaskCompletionSchema = v.variant('type', [
  v.object({ type: v.literal('guide_completed'), guideId: guideRef }),
  v.object({ type: v.literal('page_visited'), urlPattern: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(500)) }),
  v.object({ type: v.literal('element_clicked'), target: v.optional(TargetSchema) }),
  v.object({ type: v.literal('event_tracked'), name: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)) }),
  v.object({ type: v.literal('trait_matches'), condition: TraitConditionSchema }),
]);
export type TaskCompletion = v.InferOutput<typeof TaskCompletionSchema>;
export type TaskCompletionType = TaskCompletion['type'];
export const TASK_COMPLETION_TYPES = ['page_visited', 'event_tracked', 'guide_completed', 'element_clicked', 'trait_matches'] as const satisfies readonly TaskCompletionType[];

export const ChecklistTaskSchema = v.object({
  id: taskId,
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** The walkthrough the task's button starts. */
  guideId: v.optional(guideRef),
  completeWhen: TaskCompletionSchema,
});
export type ChecklistTask = v.InferOutput<typeof ChecklistTaskSchema>;

export const MAX_CHECKLIST_TASKS = 20;

export const ChecklistSchema = v.object({
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200)),
  description: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** At most 20; a draft may have none yet, publishing needs one. */
  tasks: v.pipe(
    v.array(ChecklistTaskSchema),
    v.maxLength(MAX_CHECKLIST_TASKS, `must have at most ${MAX_CHECKLIST_TASKS} tasks`),
    v.check((tasks) => new Set(tasks.map((t) => t.id)).size === tasks.length, 'task ids must be unique'),
  ),
  /** When every task is done: a short celebration, then hide the widget for good. */
  onComplete: v.object({ celebrate: v.boolean(), hide: v.boolean() }),
});
export type Checklist = v.InferOutput<typeof ChecklistSchema>;

/**
 * Why a checklist cannot be published yet, as `field: message` naming the field the way API errors
 * do, or null when it can: it needs a task, and every picked element must have been picked.
 */
export function checklistPublishProblem(checklist: Checklist | undefined): string | null {
  if (!checklist) return 'checklist: a checklist needs a title and at least one task to be published';
  if (checklist.tasks.length === 0) return 'checklist.tasks: a checklist needs at least one task to be published';
  const unpicked = checklist.tasks.findIndex((task) => task.completeWhen.type === 'element_clicked' && !task.completeWhen.target);
  return unpicked < 0 ? null : `checklist.tasks[${unpicked}].completeWhen.target: pick the element in your app`;
}

/** Widget states the SDK reports and the server remembers per user. */
export const CHECKLIST_STATES = ['minimised', 'expanded', 'dismissed', 'completed'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** One user's progress in one checklist, as the SDK route returns it (times: epoch ms). */
export interface ChecklistProgress {
  guideId: string;
  /** Task id → when it was first completed. */
  tasks: Record<string, number>;
  /** Last widget state and when it was set; absent when never changed. */
  state?: { value: ChecklistState; at: number };
}

export interface ChecklistProgressResponse {
  checklists: ChecklistProgress[];
}
