import { describe, expect, it } from 'vitest';
import { newTask, ruleOfType, starterChecklist } from './checklist-draft.js';

describe('checklist draft helpers', () => {
  it('gives a new task an id the others do not have', () => {
    const first = newTask([], 'A');
    const second = newTask([first], 'B');
    expect(first.id).not.toBe(second.id);
    expect(newTask([first, second], 'C').id).not.toBe(second.id);
  });

  it('keeps the rule when the type is unchanged and starts afresh otherwise', () => {
    const rule = { type: 'event_tracked' as const, name: 'report_submitted' };
    expect(ruleOfType(rule, 'event_tracked')).toBe(rule);
    expect(ruleOfType(rule, 'element_clicked')).toEqual({ type: 'element_clicked' });
    expect(ruleOfType(rule, 'page_visited')).toEqual({ type: 'page_visited', urlPattern: '/' });
  });

  it('starts a checklist empty, celebrating and hiding when done', () => {
    expect(starterChecklist('Get started')).toEqual({ title: 'Get started', tasks: [], onComplete: { celebrate: true, hide: true } });
  });
});
