import type { AdvanceMode, RichText, Step } from '@shirube/schema';
import type { UiStrings } from './i18n.js';
import { renderRichText } from './rich-text.js';

export interface StepDialogProps {
  kind: Step['kind'];
  title: string;
  /** Names the dialog when the step has no title. */
  guideName: string;
  content: RichText;
  advance: AdvanceMode;
  index: number;
  total: number;
  strings: UiStrings;
  /** A banner's edge of the window. */
  position?: 'top' | 'bottom';
  /** False drops the footer's buttons (a banner that only closes). */
  button?: boolean;
  /** The compact hotspot tooltip: this label on its one button, no counter, Back or close button. */
  gotIt?: string;
  /** Prefix of the title and body ids: a hotspot's tooltip can be on screen beside a walkthrough's step. */
  idPrefix?: string;
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
}

/**
 * The round icon button in a card's top corner: × closes or dismisses; `line` draws a bar instead
 * (the checklist's minimise), `class` adds a modifier.
 */
export function CloseButton(props: { label: string; onClick: (event: Event) => void; class?: string; line?: boolean }) {
  return (
    <button type="button" class={`close ${props.class ?? ''}`} aria-label={props.label} onClick={props.onClick}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <path d={props.line ? 'M3 7h8' : 'M3 3l8 8M11 3l-8 8'} stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
      </svg>
    </button>
  );
}

/** A tooltip's body scrolls past its maximum height: it then takes focus, so the keyboard can scroll it too. */
function reachScroll(body: HTMLElement | null) {
  if (body && body.scrollHeight > body.clientHeight) body.tabIndex = 0;
}

/**
 * One step as a dialog: title, rich text, step counter, Back / Next (or Done) and a close button.
 * Steps that advance on the target keep a small Next so keyboard users can still move on. A banner
 * is the same parts in one bar across the window, a landmark rather than a dialog.
 */
export function StepDialog(props: StepDialogProps) {
  const { strings, index, total, kind, gotIt } = props;
  const id = props.idPrefix ?? 'shirube-step';
  const nextLabel = gotIt ?? (index + 1 >= total ? strings.done : strings.next);
  const card = (
    <div
      class={`card ${kind}`}
      role={kind === 'banner' ? 'region' : 'dialog'}
      data-pos={props.position}
      aria-modal={kind === 'modal' ? 'true' : undefined}
      aria-labelledby={props.title ? `${id}-title` : undefined}
      aria-label={props.title ? undefined : props.guideName}
      aria-describedby={`${id}-body`}
    >
      {kind === 'tooltip' && <div class="arrow" />}
      {props.title && (
        <h2 id={`${id}-title`} class="title">
          {props.title}
        </h2>
      )}
      <div id={`${id}-body`} class="body" ref={reachScroll}>
        {renderRichText(props.content)}
      </div>
      {props.button !== false && (
        <div class="footer">
          {total > 1 && !gotIt && <span class="counter">{strings.counter(index + 1, total)}</span>}
          <div class="actions">
            {index > 0 && !gotIt && (
              <button type="button" class={`btn secondary${props.advance === 'next' ? '' : ' small'}`} onClick={props.onBack}>
                {strings.back}
              </button>
            )}
            <button type="button" class={props.advance === 'next' ? 'btn primary' : 'btn secondary small'} data-primary="" onClick={props.onNext}>
              {nextLabel}
            </button>
          </div>
        </div>
      )}
      {!gotIt && <CloseButton label={strings.close} onClick={props.onClose} />}
    </div>
  );
  return kind === 'modal' ? (
    <div class="wrap">
      <div class="backdrop" />
      {card}
    </div>
  ) : (
    card
  );
}
