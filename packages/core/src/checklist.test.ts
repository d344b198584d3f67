import type { Checklist } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { allTasksComplete, completedCount, mergeChecklistProgress, newlyCompletedTasks } from './checklist.js';
import { page } from './test-fixtures.js';

const checklist: Checklist = {
  title: 'Get started',
  tasks: [
    { id: 'visit', title: 'Open reports', completeWhen: { type: 'page_visited', urlPattern: '/reports/*' } },
    { id: 'submit', title: 'Submit', completeWhen: { type: 'event_tracked', name: 'report_submitted' } },
    { id: 'tour', title: 'Take the tour', guideId: 'g-tour', completeWhen: { type: 'guide_completed', guideId: 'g-tour' } },
    { id: 'plan', title: 'Pick a plan', completeWhen: { type: 'trait_matches', condition: { source: 'account', trait: 'plan', op: 'equals', value: 'pro' } } },
    { id: 'click', title: 'Export', completeWhen: { type: 'element_clicked', target: { v: 1, tag: 'button', text: 'Export' } } },
    { id: 'unpicked', title: 'Not picked yet', completeWhen: { type: 'element_clicked' } },
  ],
  onComplete: { celebrate: true, hide: true },
};
const NOW = Date.UTC(2026, 11, 1);

describe('checklist task detection', () => {
  it('completes a page task on a matching page only', () => {
    expect(newlyCompletedTasks(checklist, { page: page('/reports/42'), now: NOW }, {})).toEqual(['visit']);
    expect(newlyCompletedTasks(checklist, { page: page('/settings'), now: NOW }, {})).toEqual([]);
  });

  it('completes an event task on its exact name', () => {
    expect(newlyCompletedTasks(checklist, { tracked: ['report_submitted'], now: NOW }, {})).toEqual(['submit']);
    expect(newlyCompletedTasks(checklist, { tracked: ['report_saved'], now: NOW }, {})).toEqual([]);
  });

  it('completes a guide task when that guide was completed', () => {
    expect(newlyCompletedTasks(checklist, { completedGuides: new Set(['g-tour', 'other']), now: NOW }, {})).toEqual(['tour']);
    expect(newlyCompletedTasks(checklist, { completedGuides: new Set(['other']), now: NOW }, {})).toEqual([]);
  });

  it('evaluates trait tasks with the audience rules (case-insensitive text)', () => {
    const subject = (plan: string) => ({ user: {}, account: { plan } });
    expect(newlyCompletedTasks(checklist, { subject: subject('Pro'), now: NOW }, {})).toEqual(['plan']);
    expect(newlyCompletedTasks(checklist, { subject: subject('free'), now: NOW }, {})).toEqual([]);
  });

  it('completes a click task when the click hit its target, never a task whose element is not picked', () => {
    const clicked = (target: { text?: string }) => target.text === 'Export';
    expect(newlyCompletedTasks(checklist, { clicked, now: NOW }, {})).toEqual(['click']);
    expect(newlyCompletedTasks(checklist, { clicked: () => true, now: NOW }, {})).toEqual(['click']);
  });

  it('does not report tasks already complete', () => {
    expect(newlyCompletedTasks(checklist, { page: page('/reports/1'), tracked: ['report_submitted'], now: NOW }, { visit: 1 })).toEqual(['submit']);
  });
});

describe('checklist completion', () => {
  it('counts only tasks that still exist and is complete when all are', () => {
    const small: Checklist = { ...checklist, tasks: checklist.tasks.slice(0, 2) };
    expect(completedCount(small, { visit: 1, gone: 2 })).toBe(1);
    expect(allTasksComplete(small, { visit: 1, gone: 2 })).toBe(false);
    expect(allTasksComplete(small, { visit: 1, submit: 2 })).toBe(true);
    expect(allTasksComplete({ ...checklist, tasks: [] }, {})).toBe(false);
  });
});

describe('checklist progress merge', () => {
  it('takes the union of tasks at the earliest time', () => {
    const merged = mergeChecklistProgress({ guideId: 'c', tasks: { a: 50, b: 10 } }, { guideId: 'c', tasks: { a: 20, c: 30 } });
    expect(merged.tasks).toEqual({ a: 20, b: 10, c: 30 });
  });

  it('keeps the latest widget state from either side', () => {
    const local = { guideId: 'c', tasks: {}, state: { value: 'minimised' as const, at: 100 } };
    const server = { guideId: 'c', tasks: {}, state: { value: 'expanded' as const, at: 50 } };
    expect(mergeChecklistProgress(local, server).state).toEqual({ value: 'minimised', at: 100 });
    expect(mergeChecklistProgress(server, local).state).toEqual({ value: 'minimised', at: 100 });
    expect(mergeChecklistProgress({ guideId: 'c', tasks: {} }, server).state).toEqual(server.state);
    expect(mergeChecklistProgress(local, undefined)).toBe(local);
  });
});
