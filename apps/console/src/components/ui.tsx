import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';

type ButtonProps = JSX.HTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'danger' | 'ghost'; busy?: boolean; disabled?: boolean; type?: 'button' | 'submit' };

/** A button; `busy` disables it and says so to assistive technology. */
export function Button({ variant = 'secondary', busy, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button {...rest} type={type} class={`btn btn-${variant} ${rest.class ?? ''}`} disabled={busy || rest.disabled} aria-busy={busy ? 'true' : undefined}>
      {children}
    </button>
  );
}

/** A labelled form control with an optional hint and the server's error for it. */
export function Field(props: { label: string; hint?: ComponentChildren; error?: string | null; children: ComponentChildren; id: string }) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error && <p class="hint">{props.hint}</p>}
      {props.error && (
        <p class="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

export function Badge(props: { tone: 'green' | 'gray' | 'amber' | 'blue' | 'red'; children: ComponentChildren }) {
  return <span class={`badge badge-${props.tone}`}>{props.children}</span>;
}

/** A share as a short bar and its percentage; `loss` draws it red, for shares that are bad news. */
export function RateBar(props: { share: number; label: string; loss?: boolean }) {
  return (
    <span class="rate">
      <span class={props.loss ? 'rate-bar loss' : 'rate-bar'} aria-hidden="true">
        <span style={{ width: `${Math.round(props.share * 100)}%` }} />
      </span>
      {props.label}
    </span>
  );
}

export function Loading(props: { label: string }) {
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label}
    </div>
  );
}

export function ErrorNote(props: { message: string; onRetry?: () => void; retryLabel?: string }) {
  const { t } = useI18n();
  return (
    <div class="error-note" role="alert">
      <span>{props.message}</span>
      {props.onRetry && (
        <Button variant="ghost" onClick={props.onRetry}>
          {props.retryLabel ?? t.common.retry}
        </Button>
      )}
    </div>
  );
}

export function Empty(props: { title: string; children?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="empty">
      <div class="empty-art" aria-hidden="true">
        道
      </div>
      <h2>{props.title}</h2>
      {props.children && <p>{props.children}</p>}
      {props.action}
    </div>
  );
}

/** What Tab stops at in a dialog: a radio group is one stop, its checked radio. */
const TABBABLE = 'a[href],button:not([disabled]),input:not([disabled]):not([type=radio]),input[type=radio]:checked,select:not([disabled]),textarea:not([disabled])';

/**
 * For a modal dialog: focuses `first` when it opens, keeps Tab and Shift+Tab inside the dialog,
 * calls `onEscape` on Escape, and gives focus back to what had it (the button that opened the
 * dialog) when it closes.
 */
export function useDialogKeys(first: RefObject<HTMLElement>, onEscape: () => void): void {
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') return onEscape();
      const box = first.current?.closest('[aria-modal=true]');
      if (e.key !== 'Tab' || !box) return;
      const items = Array.from(box.querySelectorAll<HTMLElement>(TABBABLE));
      const at = items.indexOf(document.activeElement as HTMLElement);
      if (at < 0 || at === (e.shiftKey ? 0 : items.length - 1)) {
        e.preventDefault();
        items[e.shiftKey ? items.length - 1 : 0]?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
}

/**
 * Keys of a tab list (WAI-ARIA tabs, automatic activation): ArrowLeft/ArrowRight move to the
 * previous or next tab, wrapping round, Home and End to the first and last; the tab reached opens.
 */
export function onTabListKeyDown(e: KeyboardEvent): void {
  const tabs = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role=tab]'));
  const at = tabs.indexOf(document.activeElement as HTMLElement);
  const n = tabs.length;
  const to = { ArrowLeft: at - 1 + n, ArrowRight: at + 1, Home: 0, End: n - 1 }[e.key];
  if (at < 0 || to === undefined) return;
  e.preventDefault();
  const tab = tabs[to % n]!;
  tab.focus();
  tab.click();
}

/** A confirmation that must be answered before anything happens; Escape or Cancel keeps things as they are. */
export function Confirm(props: { title: string; children: ComponentChildren; confirmLabel: string; danger?: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  useDialogKeys(cancel, props.onCancel);
  return (
    <div class="overlay">
      <div class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title">
        <h2 id="confirm-title">{props.title}</h2>
        <div class="confirm-body">{props.children}</div>
        <div class="confirm-actions">
          <button ref={cancel} type="button" class="btn btn-secondary" onClick={props.onCancel}>
            {t.common.cancel}
          </button>
          <Button variant={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
            {props.confirmLabel}
          </Button>
        </div>
      </div>
    </div>
  );
}

/** Copies text and says so for a moment; `text` may be a function for a value read on click. */
export function CopyButton(props: { text: string | (() => string); label: string; copiedLabel?: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const copy = async () => {
    await navigator.clipboard?.writeText(typeof props.text === 'function' ? props.text() : props.text).catch(() => undefined);
    if (button.current) {
      button.current.textContent = props.copiedLabel ?? 'Copied';
      setTimeout(() => button.current && (button.current.textContent = props.label), 1500);
    }
  };
  return (
    <button ref={button} type="button" class="btn btn-secondary btn-small" onClick={copy}>
      {props.label}
    </button>
  );
}

/** A table's header row: one `th` per label (an empty label for an actions column), `num` labels right-aligned. */
export function HeadRow(props: { labels: ReadonlyArray<string | { label: string; num: true }> }) {
  return (
    <thead>
      <tr>
        {props.labels.map((label) => (typeof label === 'string' ? <th>{label}</th> : <th class="num">{label.label}</th>))}
      </tr>
    </thead>
  );
}

/** The heading of a table's column of row buttons: unseen, but a screen reader can name the column. */
export function ActionsHeader() {
  const { t } = useI18n();
  return (
    <th>
      <span class="sr-only">{t.common.actions}</span>
    </th>
  );
}
