import type { Checklist } from '@shirube/schema';
import type { UiStrings } from './i18n.js';
import { CloseButton } from './step-dialog.js';

export interface ChecklistWidgetProps {
  checklist: Checklist;
  /** Task id → completion time. */
  done: Readonly<Record<string, number>>;
  open: boolean;
  /** Every task just got done: the panel shows the celebration. */
  celebrating: boolean;
  strings: UiStrings;
  onToggle: () => void;
  onDismiss: () => void;
  onStart: (guideId: string) => void;
}

const PANEL_ID = 'shirube-checklist';
const TITLE_ID = 'shirube-checklist-title';

const Check = () => (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
    <path d="M2.5 6.2l2.3 2.3 4.7-5" stroke="currentColor" stroke-width="1.8" fill="none" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);

/**
 * The checklist widget: a launcher docked bottom-left with the title and a progress ring, and
 * above it, when open, the panel with the tasks. Escape in the panel minimises it.
 */
export function ChecklistWidget(props: ChecklistWidgetProps) {
  const { checklist, done, strings } = props;
  const total = checklist.tasks.length;
  const count = checklist.tasks.filter((task) => done[task.id] !== undefined).length;
  const share = total ? count / total : 0;
  // The panel goes away under the keyboard user: focus stays with the launcher that brings it back.
  const collapse = (event: Event) => {
    const widget = (event.currentTarget as Element).closest('.cl');
    props.onToggle();
    widget?.querySelector<HTMLElement>('.cl-launch')?.focus();
  };
  return (
    <div class="cl">
      {props.open && (
        <section
          id={PANEL_ID}
          class="card cl-panel"
          aria-labelledby={TITLE_ID}
          onKeyDown={(event) => event.key === 'Escape' && collapse(event)}
        >
          <h2 id={TITLE_ID} class="title">
            {checklist.title}
          </h2>
          <CloseButton label={strings.minimise} onClick={collapse} class="cl-min" line />
          <CloseButton label={strings.dismiss} onClick={props.onDismiss} />
          {checklist.description && <p class="body">{checklist.description}</p>}
          <div class="cl-bar" role="progressbar" aria-labelledby={TITLE_ID} aria-valuemin={0} aria-valuemax={total} aria-valuenow={count} aria-valuetext={strings.tasksDone(count, total)}>
            <i style={{ width: `${share * 100}%` }} />
          </div>
          {props.celebrating ? (
            <p class="cl-yay" role="status">
              <span class="cl-tick">
                <Check />
              </span>
              {strings.allDone}
            </p>
          ) : (
            <ol class="cl-tasks">
              {checklist.tasks.map((task) => {
                const complete = done[task.id] !== undefined;
                return (
                  <li key={task.id} class={complete ? 'done' : ''}>
                    <span class="cl-tick">{complete && <Check />}</span>
                    <span class="cl-text">
                      <span class="cl-name">{task.title}</span>
                      {task.description && <span class="cl-desc">{task.description}</span>}
                    </span>
                    {!complete && task.guideId && (
                      <button type="button" class="btn primary small" aria-label={`${strings.start}: ${task.title}`} onClick={() => props.onStart(task.guideId!)}>
                        {strings.start}
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
      <button type="button" class="cl-launch" aria-expanded={props.open} aria-controls={PANEL_ID} onClick={props.onToggle}>
        <svg class="cl-ring" width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
          <circle cx="11" cy="11" r="9" />
          {count > 0 && <circle cx="11" cy="11" r="9" stroke-dasharray={`${share * 56.55} 57`} />}
        </svg>
        <span class="cl-label">{checklist.title}</span>
        <span class="counter">{`${count}/${total}`}</span>
      </button>
      <span class="sr" aria-live="polite">
        {strings.tasksDone(count, total)}
      </span>
    </div>
  );
}
