import type { Guide, Step, Target } from '@shirube/schema';

/** What the author is editing: the draft's name and steps, which step is selected, and the last saved copy. */
export interface BuilderState {
  guideId: string;
  name: string;
  steps: Step[];
  /** Index of the selected step; -1 when there are none. */
  selected: number;
  /** `name` and `steps` as last saved, to tell whether there is anything to save. */
  saved: string;
}

/** The fields of a step the editor changes. */
export type StepChanges = Partial<Pick<Exclude<Step, { kind: 'banner' }>, 'kind' | 'title' | 'content' | 'advance' | 'placement'>> & { target?: Target };

const snapshot = (name: string, steps: Step[]) => JSON.stringify([name, steps]);

/** The editing state for a draft as the server returned it. */
export function createBuilderState(guide: Pick<Guide, 'id' | 'name' | 'steps'>): BuilderState {
  return { guideId: guide.id, name: guide.name, steps: guide.steps, selected: guide.steps.length > 0 ? 0 : -1, saved: snapshot(guide.name, guide.steps) };
}

/** Whether the name or the steps differ from what was last saved. */
export function isDirty(state: BuilderState): boolean {
  return snapshot(state.name, state.steps) !== state.saved;
}

/** The selected step, if any. */
export function selectedStep(state: BuilderState): Step | undefined {
  return state.steps[state.selected];
}

/** A step id the schema accepts and no other step of the guide has. */
export function newStepId(steps: readonly Step[], random: () => number = Math.random): string {
  for (;;) {
    const id = `step-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
    if (!steps.some((s) => s.id === id)) return id;
  }
}

/** A new tooltip step on `target`, with placeholder wording the author replaces. */
export function tooltipStep(id: string, target: Target, title = ''): Step {
  return { id, kind: 'tooltip', title, content: [], advance: 'next', placement: 'auto', target };
}

/** Inserts `step` after the selected step and selects it. */
export function addStep(state: BuilderState, step: Step): BuilderState {
  const at = state.selected + 1;
  return { ...state, steps: [...state.steps.slice(0, at), step, ...state.steps.slice(at)], selected: at };
}

/** Selects step `index` (clamped to the steps there are). */
export function selectStep(state: BuilderState, index: number): BuilderState {
  return { ...state, selected: state.steps.length === 0 ? -1 : Math.max(0, Math.min(state.steps.length - 1, index)) };
}

/**
 * Changes step `index`, keeping it valid for the schema: a modal moves on with its Next button, and
 * a step only becomes a tooltip when it has an element to point at.
 */
export function updateStep(state: BuilderState, index: number, changes: StepChanges): BuilderState {
  const current = state.steps[index];
  if (!current) return state;
  const merged = { ...current, ...changes } as Step;
  if (merged.kind === 'tooltip' && !merged.target) return state;
  if (merged.kind === 'modal') merged.advance = 'next';
  const steps = state.steps.slice();
  steps[index] = merged;
  return { ...state, steps };
}

/** Moves step `from` to position `to`; the moved step stays selected. */
export function moveStep(state: BuilderState, from: number, to: number): BuilderState {
  if (from < 0 || from >= state.steps.length || to < 0 || to >= state.steps.length || from === to) return state;
  const steps = state.steps.slice();
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { ...state, steps, selected: to };
}

/** Removes step `index`; the step that takes its place (or the new last one) is selected. */
export function removeStep(state: BuilderState, index: number): BuilderState {
  if (!state.steps[index]) return state;
  const steps = state.steps.filter((_, i) => i !== index);
  return { ...state, steps, selected: Math.min(index, steps.length - 1) };
}

/** Renames the guide. */
export function renameGuide(state: BuilderState, name: string): BuilderState {
  return { ...state, name };
}

/**
 * Takes what the server saved (`guide`, in answer to `sent`) as the new clean state, keeping the
 * selection. Edits made while the request was out are kept, and so still count as unsaved.
 */
export function markSaved(state: BuilderState, guide: Pick<Guide, 'name' | 'steps'>, sent: { name: string; steps: Step[] }): BuilderState {
  const saved = snapshot(guide.name, guide.steps);
  if (state.steps !== sent.steps || state.name.trim() !== sent.name) return { ...state, saved };
  return selectStep({ ...state, name: guide.name, steps: guide.steps, saved }, state.selected);
}
