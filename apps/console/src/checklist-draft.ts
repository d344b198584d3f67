import type { Checklist, ChecklistTask, TaskCompletion, TaskCompletionType } from '@shirube/schema';
import { uniqueId } from './reorder.js';

/** The checklist a new checklist guide starts with: a title and no tasks yet. */
export function starterChecklist(title: string): Checklist {
  return { title, tasks: [], onComplete: { celebrate: true, hide: true } };
}

/** A new task, with an id none of the others has. */
export function newTask(tasks: readonly ChecklistTask[], title: string): ChecklistTask {
  return { id: uniqueId('task', new Set(tasks.map((t) => t.id))), title, completeWhen: { type: 'page_visited', urlPattern: '/' } };
}

/**
 * The rule a task gets when the author picks another completion type: what it already had when
 * the type is unchanged, else the new type's starting values (an element is picked in the app).
 */
export function ruleOfType(current: TaskCompletion, type: TaskCompletionType): TaskCompletion {
  if (current.type === type) return current;
  switch (type) {
    case 'page_visited':
      return { type, urlPattern: '/' };
    case 'event_tracked':
      return { type, name: '' };
    case 'guide_completed':
      return { type, guideId: '' };
    case 'element_clicked':
      return { type };
    case 'trait_matches':
      return { type, condition: { source: 'user', trait: '', op: 'exists' } };
  }
}
