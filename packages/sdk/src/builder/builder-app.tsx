import type { Step } from '@shirube/schema';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BuilderSession } from '../builder-link.js';
import { captureTarget, locateTarget } from '../locator/index.js';
import { isBuilderApiError, notifySaved, saveDraft } from './api.js';
import { startPicking } from './pick.js';
import { usePickOutline } from './pick-outline.js';
import type { Preview } from './preview.js';
import {
  addStep,
  createBuilderState,
  isDirty,
  markSaved,
  moveStep,
  newStepId,
  removeStep,
  renameGuide,
  selectStep,
  selectedStep,
  tooltipStep,
  updateStep,
  type BuilderState,
  type StepChanges,
} from './state.js';
import { StepEditor } from './step-editor.js';
import { Toolbar, type SaveStatus } from './toolbar.js';

export interface BuilderAppProps {
  session: BuilderSession;
  apiUrl: string;
  win: Window;
  fetch: typeof fetch;
  preview: Preview;
  /** Whether a node is part of Shirube's own UI (never picked). */
  isOwn: (node: Node) => boolean;
  onClose: () => void;
}

/** Pick mode: for a new step, or to change the element of step `index`. */
type Picking = { mode: 'add' } | { mode: 'retarget'; index: number } | null;

/** The in-app builder: toolbar, step editor, pick mode and the live step preview on the page. */
export function BuilderApp(props: BuilderAppProps) {
  const { session, win, preview } = props;
  const doc = win.document;
  const [state, setState] = useState<BuilderState>(() => createBuilderState(session.guide));
  const [picking, setPicking] = useState<Picking>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [panelOpen, setPanelOpen] = useState(true);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [tick, setTick] = useState(0);
  const elements = useRef(new Map<string, Element>());
  const focusTitle = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const { outline, caption, hover } = usePickOutline(picking !== null);
  const dirty = isDirty(state);
  const step = selectedStep(state);

  /** The element a step points at on this page: the one picked, or found again by the locator. */
  const elementFor = (s: Step): Element | null => {
    if (!s.target) return null;
    const known = elements.current.get(s.id);
    if (known?.isConnected) return known;
    const found = locateTarget(s.target, doc).element;
    if (found) elements.current.set(s.id, found);
    else elements.current.delete(s.id);
    return found;
  };

  // Steps whose element is not on this page, looked up again every second (the app may re-render or navigate).
  const missing = useMemo(() => new Set(state.steps.filter((s) => s.kind === 'tooltip' && !elementFor(s)).map((s) => s.id)), [state.steps, tick]);
  useEffect(() => {
    const timer = win.setInterval(() => setTick((n) => n + 1), 1_000);
    return () => win.clearInterval(timer);
  }, []);

  const edit = (fn: (s: BuilderState) => BuilderState) => {
    setState(fn);
    if (status.kind !== 'saving') setStatus({ kind: 'idle' });
  };

  // Pick mode: capture the clicked element, without the app ever seeing the click.
  useEffect(() => {
    if (!picking) return;
    return startPicking({
      win,
      isOwn: props.isOwn,
      onHover: hover,
      onCancel: () => setPicking(null),
      onPick: (element) => {
        const target = captureTarget(element);
        setPicking(null);
        focusTitle.current = true;
        edit((s) => {
          if (picking.mode === 'retarget' && s.steps[picking.index]) {
            elements.current.set(s.steps[picking.index]!.id, element);
            return updateStep(s, picking.index, { kind: 'tooltip', target });
          }
          const id = newStepId(s.steps);
          elements.current.set(id, element);
          return addStep(s, tooltipStep(id, target));
        });
      },
    });
  }, [picking]);

  // After a pick the author names the step straight away.
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    root.current?.querySelector<HTMLInputElement>('#b-title')?.focus();
  });

  // The live preview: the selected step drawn on the page as end users will see it.
  useEffect(() => {
    if (picking || !step) {
      preview.hide();
      return;
    }
    preview.show({
      step,
      index: state.selected,
      total: state.steps.length,
      guideName: state.name,
      theme: session.guide.theme,
      element: elementFor(step),
      hotspot: session.guide.kind === 'hotspots',
      onNext: () => setState((s) => selectStep(s, s.selected + 1)),
      onBack: () => setState((s) => selectStep(s, s.selected - 1)),
    });
  }, [state, picking, tick]);

  const save = async () => {
    const sent = { name: state.name.trim(), steps: state.steps };
    if (!sent.name) {
      setStatus({ kind: 'error', message: 'Give the guide a name before saving.' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const guide = await saveDraft(props.fetch, props.apiUrl, session.builderToken, sent);
      setState((s) => markSaved(s, guide, sent));
      setStatus({ kind: 'saved' });
      notifySaved(win.opener as Window | null, session.consoleOrigin, state.guideId);
    } catch (error) {
      setStatus({ kind: 'error', message: isBuilderApiError(error) ? error.message : 'Saving failed. Try again.' });
    }
  };

  const close = () => {
    if (dirty && !confirmingClose) setConfirmingClose(true);
    else props.onClose();
  };

  // The panel docks on the side of the page away from the step's element, so both stay in view.
  const element = step && !picking ? elementFor(step) : null;
  const rect = element?.getBoundingClientRect();
  const side = rect && rect.left + rect.width / 2 > win.innerWidth / 2 ? 'left' : 'right';

  const change = (changes: StepChanges) => edit((s) => updateStep(s, s.selected, changes));

  return (
    <div ref={root}>
      {picking && (
        <>
          <div class="outline" ref={outline} hidden>
            <span class="tag">{caption}</span>
          </div>
          <div class="banner" role="status">
            <span>
              <b>{picking.mode === 'add' ? 'Click the element this step points to' : 'Click the new element for this step'}</b> · <span class="kbd">Esc</span> to cancel
            </span>
            {picking.mode === 'add' && session.guide.kind !== 'hotspots' && (
              <button
                type="button"
                class="tb"
                onClick={() => {
                  setPicking(null);
                  focusTitle.current = true;
                  edit((s) => addStep(s, { id: newStepId(s.steps), kind: 'modal', title: '', content: [], advance: 'next', placement: 'auto' }));
                }}
              >
                Add a modal instead
              </button>
            )}
            <button type="button" class="tb" onClick={() => setPicking(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
      {panelOpen && !picking && step && (
        <StepEditor
          side={side}
          step={step}
          index={state.selected}
          total={state.steps.length}
          found={!missing.has(step.id)}
          onChange={change}
          onMove={(to) => edit((s) => moveStep(s, s.selected, to))}
          onRemove={() => edit((s) => removeStep(s, s.selected))}
          onPick={() => setPicking({ mode: 'retarget', index: state.selected })}
          hotspots={session.guide.kind === 'hotspots'}
        />
      )}
      {panelOpen && !picking && !step && (
        <section class="panel intro" aria-label="Step editor">
          <div class="empty">
            <h2>Build “{state.name}”</h2>
            <p>Add a step, then click the element in your app it should point to. Your end users see nothing until the guide is published from the console.</p>
            <button type="button" class="btn primary" onClick={() => setPicking({ mode: 'add' })}>
              Add the first step
            </button>
          </div>
        </section>
      )}
      <Toolbar
        name={state.name}
        steps={state.steps}
        selected={state.selected}
        missing={missing}
        dirty={dirty}
        status={status}
        picking={picking !== null}
        panelOpen={panelOpen}
        confirmingClose={confirmingClose}
        addLabel={session.guide.kind === 'hotspots' ? 'Add hotspot' : 'Add step'}
        onRename={(name) => edit((s) => renameGuide(s, name))}
        onSelect={(i) => setState((s) => selectStep(s, i))}
        onAdd={() => setPicking(picking?.mode === 'add' ? null : { mode: 'add' })}
        onPick={() => setPicking(picking ? null : { mode: 'retarget', index: state.selected })}
        onTogglePanel={() => setPanelOpen((open) => !open)}
        onSave={() => void save()}
        onClose={close}
        onCancelClose={() => setConfirmingClose(false)}
        onDiscard={props.onClose}
      />
    </div>
  );
}
