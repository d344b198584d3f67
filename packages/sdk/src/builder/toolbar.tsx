import type { Step } from '@shirube/schema';
import { useEffect, useRef } from 'preact/hooks';
import { CloseIcon, NextIcon, PanelIcon, PickIcon, PlusIcon, PrevIcon } from './icons.js';

/** What the save indicator says. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export interface ToolbarProps {
  name: string;
  /** What adding a step is called: "Add hotspot" in a hotspots guide. */
  addLabel: string;
  steps: Step[];
  selected: number;
  /** Steps whose element is not on this page. */
  missing: ReadonlySet<string>;
  dirty: boolean;
  status: SaveStatus;
  picking: boolean;
  panelOpen: boolean;
  confirmingClose: boolean;
  onRename: (name: string) => void;
  onSelect: (index: number) => void;
  onAdd: () => void;
  onPick: () => void;
  onTogglePanel: () => void;
  onSave: () => void;
  onClose: () => void;
  onCancelClose: () => void;
  onDiscard: () => void;
}

function statusText(props: ToolbarProps): { text: string; tone: string } {
  const { status } = props;
  if (status.kind === 'saving') return { text: 'Saving…', tone: 'dirty' };
  if (status.kind === 'error') return { text: status.message, tone: 'error' };
  if (props.dirty) return { text: 'Unsaved changes', tone: 'dirty' };
  return { text: status.kind === 'saved' ? 'Draft saved' : 'All changes saved', tone: '' };
}

/** Asks before unsaved changes are thrown away; takes focus, Escape keeps editing. */
function ConfirmClose(props: Pick<ToolbarProps, 'onCancelClose' | 'onDiscard'>) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby="b-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancelClose();
      }}
    >
      <p id="b-confirm">Close the builder without saving your changes?</p>
      <div class="row">
        <button type="button" class="btn ghost" ref={keep} onClick={props.onCancelClose}>
          Keep editing
        </button>
        <button type="button" class="btn danger" onClick={props.onDiscard}>
          Discard and close
        </button>
      </div>
    </div>
  );
}

/** The builder's toolbar, docked at the bottom of the page: the guide, its steps, and what the author can do. */
export function Toolbar(props: ToolbarProps) {
  const { steps, selected } = props;
  const { text, tone } = statusText(props);
  const short = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return (
    <div class="bar" role="toolbar" aria-label="Shirube guide builder">
      <div class="brand" aria-hidden="true">
        道
      </div>
      <label class="sr" for="b-name">
        Guide name
      </label>
      <input id="b-name" class="name" value={props.name} maxLength={200} onInput={(e) => props.onRename(e.currentTarget.value)} />
      <span class="sep" />
      <button type="button" class="tb icon" aria-label="Previous step" disabled={selected <= 0} onClick={() => props.onSelect(selected - 1)}>
        <PrevIcon />
      </button>
      <div class="steps" role="list" aria-label="Steps">
        {steps.map((step, i) => (
          <div role="listitem" key={step.id}>
            <button
              type="button"
              class={`chip${props.missing.has(step.id) ? ' missing' : ''}`}
              aria-current={i === selected ? 'step' : undefined}
              aria-label={`Step ${i + 1}${step.title ? `: ${step.title}` : ''}`}
              title={step.title || `Step ${i + 1}`}
              onClick={() => props.onSelect(i)}
            >
              {i + 1}
            </button>
          </div>
        ))}
      </div>
      <span class="count" aria-live="polite">
        {steps.length === 0 ? 'No steps yet' : `Step ${selected + 1} of ${steps.length}`}
      </span>
      <button type="button" class="tb icon" aria-label="Next step" disabled={selected >= steps.length - 1} onClick={() => props.onSelect(selected + 1)}>
        <NextIcon />
      </button>
      <span class="sep" />
      <button type="button" class="tb" onClick={props.onAdd}>
        <PlusIcon />
        {props.addLabel}
      </button>
      <button type="button" class="tb" aria-pressed={props.picking} disabled={steps.length === 0 && !props.picking} onClick={props.onPick}>
        <PickIcon />
        Pick element
      </button>
      <button type="button" class="tb icon" aria-label="Step editor" aria-pressed={props.panelOpen} onClick={props.onTogglePanel}>
        <PanelIcon />
      </button>
      <span class="sep" />
      <span class={`state ${tone}`} role="status" title={text}>
        <span class="dot" aria-hidden="true" />
        {short}
      </span>
      <button type="button" class="tb save" disabled={!props.dirty || props.status.kind === 'saving'} onClick={props.onSave}>
        Save
      </button>
      <button type="button" class="tb icon" aria-label="Close builder" onClick={props.onClose}>
        <CloseIcon />
      </button>
      {props.confirmingClose && <ConfirmClose onCancelClose={props.onCancelClose} onDiscard={props.onDiscard} />}
    </div>
  );
}
