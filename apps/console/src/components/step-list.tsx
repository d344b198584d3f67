import type { Step } from '@shirube/schema';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';
import { moveItem } from '../reorder.js';

/**
 * The steps of a guide, in order. Reorder by dragging, or from the keyboard: Alt+ArrowUp/Down moves
 * the focused step, and the move is announced.
 */
export function StepList(props: { steps: Step[]; selected: number; editable: boolean; onSelect: (i: number) => void; onReorder: (steps: Step[], selected: number) => void; missing?: readonly string[] }) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const move = (from: number, to: number) => {
    if (to < 0 || to >= props.steps.length || from === to) return;
    props.onReorder(moveItem(props.steps, from, to), to);
    setAnnouncement(t.editor.moved(from + 1, to + 1, props.steps.length));
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-step-index="${to}"]`)?.focus());
  };
  return (
    <>
      <ol class="step-list" aria-label={t.editor.steps}>
        {props.steps.map((step, i) => (
          <li
            key={step.id}
            class={`step-item${i === props.selected ? ' selected' : ''}${dragging === i ? ' dragging' : ''}`}
            draggable={props.editable}
            onDragStart={(e) => {
              setDragging(i);
              e.dataTransfer?.setData('text/plain', String(i));
            }}
            onDragEnd={() => setDragging(null)}
            onDragOver={(e) => props.editable && e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) move(dragging, i);
              setDragging(null);
            }}
          >
            <button
              type="button"
              data-step-index={i}
              aria-current={i === props.selected ? 'step' : undefined}
              aria-keyshortcuts={props.editable ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
              onClick={() => props.onSelect(i)}
              onKeyDown={(e) => {
                if (!props.editable || !e.altKey) return;
                if (e.key === 'ArrowUp') (e.preventDefault(), move(i, i - 1));
                if (e.key === 'ArrowDown') (e.preventDefault(), move(i, i + 1));
              }}
            >
              <span class="step-number">{i + 1}</span>
              <span class="step-title">{step.title || t.editor.untitled}</span>
              {/* While translating, what is left to translate matters more than the kind. */}
              {props.missing?.includes(step.id) ? <span class="badge badge-amber">{t.translation.missing}</span> : <span class="step-kind">{t.editor.stepKinds[step.kind]}</span>}
            </button>
          </li>
        ))}
      </ol>
      <p class="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
