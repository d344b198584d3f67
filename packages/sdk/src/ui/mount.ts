import type { Theme } from '@shirube/schema';
import { render } from 'preact';
import { applyStyles } from './styles.js';
import { applyTheme } from './theme.js';

/** The guide UI's place in the page: a shadow root on one host element, created on first use. */
export interface UiRoot {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders the step. */
  container: HTMLElement;
  /** The highlight ring drawn around a tooltip's target. */
  ring: HTMLElement;
  /** Where hotspots live, beneath the walkthrough's step so a modal's backdrop covers them. */
  spots: HTMLElement;
  /** Attaches the host (again, if the page removed it). */
  attach(): void;
  /** A new box for a widget (checklist, launcher): above hotspots, beneath the walkthrough's step and its ring. */
  layer(): HTMLElement;
  /** Attaches the host, applies the theme and remembers who had focus. */
  open(theme: Theme): void;
  /** Clears the UI and gives focus back to where it was before the guide showed. */
  close(): void;
  /** Removes the host from the page. */
  remove(): void;
  /** Says `text` to screen readers through a polite live region that stays in the root. */
  announce(text: string): void;
}

export function mountUi(doc: Document): UiRoot {
  const host = doc.createElement('shirube-ui');
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(shadow, doc);
  const container = doc.createElement('div');
  const ring = doc.createElement('div');
  const spots = doc.createElement('div');
  // A live region is only heard when its text changes after it is in the page, so it lives as long as the root.
  const live = doc.createElement('div');
  ring.className = 'ring';
  ring.hidden = true;
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  shadow.append(spots, ring, container, live);
  let previousFocus: HTMLElement | null = null;
  // On the root element, not in <body>: an opacity, filter, clip-path or paint containment the page
  // puts on <body> would otherwise apply to our UI too.
  const attach = () => {
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };

  return {
    host,
    shadow,
    container,
    ring,
    spots,
    attach,
    layer() {
      const box = doc.createElement('div');
      shadow.insertBefore(box, ring);
      return box;
    },
    open(theme) {
      attach();
      applyTheme(host, theme);
      // Focus inside our own root (the help launcher that started this guide) is remembered too.
      const active = (doc.activeElement === host ? shadow.activeElement : doc.activeElement) as HTMLElement | null;
      if (!previousFocus && active && active !== host && active !== doc.body) previousFocus = active;
    },
    close() {
      render(null, container);
      ring.hidden = true;
      const focus = previousFocus;
      previousFocus = null;
      // Only give focus back if it is still ours to give: the user may have moved on.
      const active = doc.activeElement;
      if (focus?.isConnected && (active === host || active === doc.body || active === null)) {
        focus.focus({ preventScroll: true });
      }
    },
    remove() {
      render(null, container);
      host.remove();
    },
    announce(text) {
      live.textContent = text;
    },
  };
}
