import type { AdvanceMode, RichText } from '@shirube/schema';
import type { UiStrings } from './i18n.js';
import { renderRichText } from './rich-text.js';

export interface StepDialogProps {
  kind: 'tooltip' | 'modal';
  title: string;
  /** Names the dialog when the step has no title. */
  guideName: string;
  content: RichText;
  advance: AdvanceMode;
  index: number;
  total: number;
  strings: UiStrings;
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
}

const TITLE_ID = 'shirube-step-title';
const BODY_ID = 'shirube-step-body';

/** The × of close buttons. */
export function CloseIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d="M3 3l8 8M11 3l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
    </svg>
  );
}

/**
 * One step as a dialog: title, rich text, step counter, Back / Next (or Done) and a close button.
 * Steps that advance on the target keep a small Next so keyboard users can still move on.
 */
export function StepDialog(props: StepDialogProps) {
  const { strings, index, total } = props;
  const nextLabel = index + 1 >= total ? strings.done : strings.next;
  const card = (
    <div
      class={`card ${props.kind}`}
      role="dialog"
      aria-modal={props.kind === 'modal' ? 'true' : undefined}
      aria-labelledby={props.title ? TITLE_ID : undefined}
      aria-label={props.title ? undefined : props.guideName}
      aria-describedby={BODY_ID}
    >
      {props.kind === 'tooltip' && <div class="arrow" />}
      {props.title && (
        <h2 id={TITLE_ID} class="title">
          {props.title}
        </h2>
      )}
      <div id={BODY_ID} class="body">
        {renderRichText(props.content)}
      </div>
      <div class="footer">
        {total > 1 && <span class="counter">{strings.counter(index + 1, total)}</span>}
        <div class="actions">
          {index > 0 && (
            <button type="button" class={`btn secondary${props.advance === 'next' ? '' : ' small'}`} onClick={props.onBack}>
              {strings.back}
            </button>
          )}
          {props.advance === 'next' ? (
            <button type="button" class="btn primary" data-primary="" onClick={props.onNext}>
              {nextLabel}
            </button>
          ) : (
            <button type="button" class="btn secondary small" data-primary="" onClick={props.onNext}>
              {nextLabel}
            </button>
          )}
        </div>
      </div>
      <button type="button" class="close" aria-label={strings.close} onClick={props.onClose}>
        <CloseIcon />
      </button>
    </div>
  );
  return props.kind === 'modal' ? (
    <div class="wrap">
      <div class="backdrop" />
      {card}
    </div>
  ) : (
    card
  );
}
