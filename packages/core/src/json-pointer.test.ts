import { describe, expect, it } from 'vitest';
import { patchAtPointer, pointerSegments } from './json-pointer.js';

const draft = {
  name: 'Get started',
  checklist: { title: 'Start', tasks: [{ id: 'a', completeWhen: { kind: 'page_visited' } }, { id: 'b', completeWhen: { kind: 'element_clicked' } }] },
  targeting: { audience: { match: 'all', conditions: [] } },
};

describe('patching a draft at a JSON pointer', () => {
  it('returns the whole new top-level field with the value set deep inside, leaving the draft as it was', () => {
    const patch = patchAtPointer(draft, '/checklist/tasks/1/completeWhen/target', { tag: 'button' });
    expect(patch).toEqual({
      field: 'checklist',
      value: { title: 'Start', tasks: [draft.checklist.tasks[0], { id: 'b', completeWhen: { kind: 'element_clicked', target: { tag: 'button' } } }] },
    });
    expect(draft.checklist.tasks[1]).toEqual({ id: 'b', completeWhen: { kind: 'element_clicked' } });
  });

  it('creates only the last key: a missing parent is named so the author saves first', () => {
    const missing = patchAtPointer(draft, '/targeting/trigger/target', { tag: 'a' });
    expect(missing).toBeInstanceOf(Error);
    expect((missing as Error).message).toBe('/targeting/trigger does not exist in the draft; save the draft first');
    expect((patchAtPointer(draft, '/targeting/trigger', { kind: 'manual' }) as { value: unknown }).value).toEqual({ ...draft.targeting, trigger: { kind: 'manual' } });
  });

  it('refuses array indexes past the end or not numbers, and pointers that do not reach inside a field', () => {
    expect((patchAtPointer(draft, '/checklist/tasks/2/completeWhen', {}) as Error).message).toContain('/checklist/tasks/2 does not exist');
    expect(patchAtPointer(draft, '/checklist/tasks/x/completeWhen', {})).toBeInstanceOf(Error);
    expect(patchAtPointer(draft, '/checklist/tasks/01/completeWhen', {})).toBeInstanceOf(Error);
    expect(patchAtPointer(draft, '/checklist', {})).toBeInstanceOf(Error);
    expect(patchAtPointer(draft, 'checklist/title', 'x')).toBeInstanceOf(Error);
    expect(patchAtPointer(draft, '/checklist//title', 'x')).toBeInstanceOf(Error);
  });

  it('unescapes ~1 and ~0 as JSON pointers do', () => {
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerSegments('a')).toBeNull();
  });
});
