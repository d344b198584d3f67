import { PLACEMENTS, type AdvanceMode, type Placement, type Step } from '@shirube/schema';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeTarget } from './describe.js';
import { DownIcon, TargetIcon, TrashIcon, UpIcon } from './icons.js';
import { formatMarkup, parseMarkup, wrapSelection } from './markup.js';
import type { StepChanges } from './state.js';

export interface StepEditorProps {
  /** Which side of the page the panel docks on: away from the step's element. */
  side: 'left' | 'right';
  step: Step;
  index: number;
  total: number;
  /** Whether the step's element was found on this page (tooltips). */
  found: boolean;
  onChange: (changes: StepChanges) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  /** Starts pick mode for this step's element. */
  onPick: () => void;
  /** A hotspots guide: every step is a tooltip its beacon opens with "Got it", so kind and advance are fixed. */
  hotspots?: boolean;
}

const ADVANCE_LABELS: Record<AdvanceMode, string> = {
  next: 'Next button',
  target_click: 'Clicking the element',
  target_input: 'Typing in the element',
};

function placementLabel(placement: Placement): string {
  if (placement === 'auto') return 'Automatic';
  const [side, align] = placement.split('-');
  const name = side![0]!.toUpperCase() + side!.slice(1);
  return align ? `${name}, ${align === 'start' ? 'start' : 'end'}` : name;
}

/** The body field: markup text with Bold and Link buttons, turned into rich text as the author types. */
function BodyField(props: { step: Step; onChange: (changes: StepChanges) => void }) {
  const { step } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => formatMarkup(step.content));
  // Another step selected: show its body. Own edits leave the text as typed.
  useEffect(() => setText(formatMarkup(step.content)), [step.id]);

  const commit = (value: string) => {
    setText(value);
    props.onChange({ content: parseMarkup(value) });
  };
  const wrap = (kind: 'bold' | 'link') => {
    const el = area.current;
    if (!el) return;
    const next = wrapSelection(el.value, el.selectionStart, el.selectionEnd, kind);
    commit(next.value);
    el.value = next.value;
    el.focus();
    el.setSelectionRange(next.start, next.end);
  };

  return (
    <div class="field">
      <label class="label" for="b-body">
        Body
      </label>
      <div class="fmt" role="toolbar" aria-label="Formatting">
        <button type="button" class="fb" aria-label="Bold" title="Bold" onClick={() => wrap('bold')}>
          B
        </button>
        <button type="button" class="fb" aria-label="Link" title="Link" onClick={() => wrap('link')}>
          Link
        </button>
      </div>
      <textarea id="b-body" ref={area} class="area" value={text} placeholder="What should the user know or do here?" aria-describedby="b-body-hint" onInput={(e) => commit(e.currentTarget.value)} />
      <span id="b-body-hint" class="hint">
        One paragraph per line. **bold**, *italic*, [text](https://…), “- ” for a list.
      </span>
    </div>
  );
}

/** The editor panel for the selected step: element, kind, wording, placement and how it moves on. */
export function StepEditor(props: StepEditorProps) {
  const { step, index, total } = props;
  const target = step.target ? describeTarget(step.target) : null;
  const targetClass = !step.target ? 'target none' : props.found ? 'target' : 'target missing';
  return (
    <section class={`panel ${props.side}`} aria-label="Step editor">
      <div class="head">
        <h2>
          Step {index + 1} of {total}
        </h2>
        <button type="button" class="ib" aria-label="Move step earlier" disabled={index === 0} onClick={() => props.onMove(index - 1)}>
          <UpIcon />
        </button>
        <button type="button" class="ib" aria-label="Move step later" disabled={index >= total - 1} onClick={() => props.onMove(index + 1)}>
          <DownIcon />
        </button>
        <button type="button" class="ib danger" aria-label="Delete step" onClick={props.onRemove}>
          <TrashIcon />
        </button>
      </div>
      <div class="body">
        <div class={targetClass}>
          <TargetIcon />
          <span>
            {target ? (
              <>
                {target.kind} {target.name ? <b>“{target.name}”</b> : null}
                {!props.found && ' — not on this page'}
              </>
            ) : (
              'Not attached to an element'
            )}
          </span>
          <button type="button" class="btn ghost" onClick={props.onPick}>
            {step.target ? 'Change' : 'Attach'}
          </button>
        </div>

        {!props.hotspots && (
          <div class="field">
            <span class="label" id="b-kind">
              Kind
            </span>
            <div class="seg" role="radiogroup" aria-labelledby="b-kind">
              {(['tooltip', 'modal'] as const).map((kind) => (
                <label key={kind}>
                  <input
                    type="radio"
                    name="b-kind"
                    value={kind}
                    checked={step.kind === kind}
                    onChange={() => (kind === 'tooltip' && !step.target ? props.onPick() : props.onChange({ kind }))}
                  />
                  {kind === 'tooltip' ? 'Tooltip' : 'Modal'}
                </label>
              ))}
            </div>
          </div>
        )}

        <div class="field">
          <label class="label" for="b-title">
            Title
          </label>
          <input id="b-title" class="input" value={step.title} maxLength={200} placeholder="What this step is about" onInput={(e) => props.onChange({ title: e.currentTarget.value })} />
        </div>

        <BodyField step={step} onChange={props.onChange} />

        {step.kind === 'tooltip' && (
          <>
            <div class="field">
              <label class="label" for="b-placement">
                Placement
              </label>
              <select id="b-placement" class="select" value={step.placement} onChange={(e) => props.onChange({ placement: e.currentTarget.value as Placement })}>
                {PLACEMENTS.map((p) => (
                  <option key={p} value={p}>
                    {placementLabel(p)}
                  </option>
                ))}
              </select>
            </div>
            {!props.hotspots && (
              <div class="field">
                <label class="label" for="b-advance">
                  Advance
                </label>
                <select id="b-advance" class="select" value={step.advance} onChange={(e) => props.onChange({ advance: e.currentTarget.value as AdvanceMode })}>
                  {(Object.keys(ADVANCE_LABELS) as AdvanceMode[]).map((mode) => (
                    <option key={mode} value={mode}>
                      {ADVANCE_LABELS[mode]}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </>
        )}

        {step.target && (
          <details>
            <summary>Advanced</summary>
            <label class="sr" for="b-target-json">
              Captured element (JSON)
            </label>
            <textarea id="b-target-json" class="area" readOnly value={JSON.stringify(step.target, null, 2)} />
          </details>
        )}
      </div>
    </section>
  );
}
