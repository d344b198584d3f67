import type { Step, Target } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { addStep, createBuilderState, isDirty, markSaved, moveStep, newStepId, removeStep, renameGuide, selectStep, selectedStep, tooltipStep, updateStep } from './state.js';

const target = (text: string): Target => ({ v: 1, tag: 'button', role: 'button', text });
const guide = (steps: Step[] = []) => ({ id: 'g1', name: 'Expenses', steps });
const ids = (steps: Step[]) => steps.map((s) => s.id);

describe('builder state', () => {
  it('starts clean with the first step selected, or none', () => {
    expect(createBuilderState(guide()).selected).toBe(-1);
    const state = createBuilderState(guide([tooltipStep('a', target('A'))]));
    expect(state.selected).toBe(0);
    expect(isDirty(state)).toBe(false);
  });

  it('adds a step after the selected one and selects it', () => {
    let state = createBuilderState(guide([tooltipStep('a', target('A')), tooltipStep('c', target('C'))]));
    state = addStep(state, tooltipStep('b', target('B')));
    expect(ids(state.steps)).toEqual(['a', 'b', 'c']);
    expect(selectedStep(state)?.id).toBe('b');
    expect(isDirty(state)).toBe(true);
    state = addStep(createBuilderState(guide()), tooltipStep('x', target('X')));
    expect(state.selected).toBe(0);
  });

  it('selects within the steps there are, without making the draft dirty', () => {
    const state = createBuilderState(guide([tooltipStep('a', target('A')), tooltipStep('b', target('B'))]));
    expect(selectStep(state, 5).selected).toBe(1);
    expect(selectStep(state, -3).selected).toBe(0);
    expect(isDirty(selectStep(state, 1))).toBe(false);
  });

  it('updates a step and keeps it valid for the schema', () => {
    let state = createBuilderState(guide([tooltipStep('a', target('A'))]));
    state = updateStep(state, 0, { title: 'Create a report', advance: 'target_click' });
    expect(state.steps[0]).toMatchObject({ title: 'Create a report', advance: 'target_click', kind: 'tooltip' });
    // A modal moves on with Next; its element is kept for when it becomes a tooltip again.
    state = updateStep(state, 0, { kind: 'modal' });
    expect(state.steps[0]).toMatchObject({ kind: 'modal', advance: 'next', target: target('A') });
    const modalOnly = addStep(state, { id: 'm', kind: 'modal', title: '', content: [], advance: 'next', placement: 'auto' });
    expect(updateStep(modalOnly, 1, { kind: 'tooltip' })).toBe(modalOnly);
    expect(updateStep(state, 9, { title: 'nope' })).toBe(state);
  });

  it('reorders steps, the moved one staying selected', () => {
    const state = createBuilderState(guide(['a', 'b', 'c'].map((id) => tooltipStep(id, target(id)))));
    const moved = moveStep(state, 0, 2);
    expect(ids(moved.steps)).toEqual(['b', 'c', 'a']);
    expect(moved.selected).toBe(2);
    expect(isDirty(moved)).toBe(true);
    expect(isDirty(moveStep(moved, 2, 0))).toBe(false);
    expect(moveStep(state, 0, 3)).toBe(state);
  });

  it('removes a step and selects the one that took its place', () => {
    const state = createBuilderState(guide(['a', 'b', 'c'].map((id) => tooltipStep(id, target(id)))));
    expect(selectedStep(removeStep(selectStep(state, 1), 1))?.id).toBe('c');
    expect(selectedStep(removeStep(selectStep(state, 2), 2))?.id).toBe('b');
    const empty = removeStep(createBuilderState(guide([tooltipStep('a', target('A'))])), 0);
    expect(empty.selected).toBe(-1);
  });

  it('is dirty only while the name or steps differ from what was saved', () => {
    let state = createBuilderState(guide());
    state = renameGuide(state, 'Expenses 2');
    expect(isDirty(state)).toBe(true);
    expect(isDirty(renameGuide(state, 'Expenses'))).toBe(false);
    const sent = { name: state.name, steps: state.steps };
    state = markSaved(state, { name: 'Expenses 2', steps: [] }, sent);
    expect(isDirty(state)).toBe(false);
  });

  it('keeps edits made while a save was in flight', () => {
    let state = addStep(createBuilderState(guide()), tooltipStep('a', target('A')));
    const sent = { name: state.name, steps: state.steps };
    state = updateStep(state, 0, { title: 'typed during the save' });
    state = markSaved(state, sent, sent);
    expect(state.steps[0]!.title).toBe('typed during the save');
    expect(isDirty(state)).toBe(true);
  });

  it('makes step ids the schema accepts and the guide does not have yet', () => {
    const values = [0.5, 0.5, 0.25];
    const existing = [tooltipStep(newStepId([], () => 0.5), target('A'))];
    const id = newStepId(existing, () => values.shift()!);
    expect(id).toMatch(/^step-[0-9a-z]{6}$/);
    expect(id).not.toBe(existing[0]!.id);
  });
});
