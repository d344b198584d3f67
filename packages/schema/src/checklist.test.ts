import { describe, expect, it } from 'vitest';
import { checklistPublishProblem, ChecklistSchema, type Checklist } from './checklist.js';
import { parseWith } from './errors.js';
import { GuidePatchSchema } from './guide.js';

const checklist: Checklist = {
  title: 'Get started',
  tasks: [
    { id: 't1', title: 'Open reports', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
    { id: 't2', title: 'Export', completeWhen: { type: 'element_clicked' } },
  ],
  onComplete: { celebrate: true, hide: false },
};

describe('checklist schema', () => {
  it('accepts a draft whose element task is not picked yet, and names it when publishing', () => {
    expect(parseWith(ChecklistSchema, checklist).ok).toBe(true);
    expect(checklistPublishProblem(checklist)).toBe('checklist.tasks[1].completeWhen.target: pick the element in your app');
    const picked = { ...checklist, tasks: [checklist.tasks[0]!, { ...checklist.tasks[1]!, completeWhen: { type: 'element_clicked' as const, target: { v: 1 as const, tag: 'button' } } }] };
    expect(checklistPublishProblem(picked)).toBeNull();
  });

  it('needs a task to publish', () => {
    expect(checklistPublishProblem({ ...checklist, tasks: [] })).toContain('checklist.tasks');
    expect(checklistPublishProblem(undefined)).toContain('checklist');
  });

  it('names the field of a bad task in a patch', () => {
    const bad = { checklist: { ...checklist, tasks: [{ id: 't1', title: 'x', completeWhen: { type: 'event_tracked', name: ' ' } }] } };
    const result = parseWith(GuidePatchSchema, bad);
    expect(result.ok || result.message).toContain('checklist.tasks[0].completeWhen.name');
    const dup = parseWith(ChecklistSchema, { ...checklist, tasks: [checklist.tasks[0], checklist.tasks[0]] });
    expect(dup.ok || dup.message).toContain('task ids must be unique');
    const many = parseWith(ChecklistSchema, { ...checklist, tasks: Array.from({ length: 21 }, (_, i) => ({ ...checklist.tasks[0], id: `t${i}` })) });
    expect(many.ok || many.message).toContain('at most 20');
  });
});
