import type { Step, Theme } from '@shirube/schema';
import { render } from 'preact';
import { pickStrings } from './ui/i18n.js';
import { StepDialog } from './ui/step-dialog.js';
import { applyStyles, CSS } from './ui/styles.js';
import { applyTheme } from './ui/theme.js';

/**
 * What the admin console shares with the in-app builder: the step body's light markup (turned into
 * structured rich text, never HTML), how a captured element reads to an author, and a still
 * preview of a step drawn by the SDK's own dialog and stylesheet.
 */
export { formatMarkup, parseMarkup, wrapSelection } from './builder/markup.js';
export { describeTarget } from './builder/describe.js';

// In a preview the dialog sits in the console's layout instead of floating over a page. The :host
// rules are !important because the guide UI's own are (a page must not restyle the host): without,
// the preview's host stayed fixed, 0 px wide, in the window's corner.
const STILL_CSS = `${CSS}:host{position:static!important;top:auto!important;left:auto!important;width:auto!important;height:auto!important;display:block!important;z-index:auto!important}
.card{position:relative;animation:none;width:auto;max-width:100%;min-width:0}.modal{width:100%;padding:24px 24px 18px}.tooltip:not([data-side]){opacity:1}.banner{padding-right:52px}.wrap{position:relative;inset:auto;padding:0}.backdrop{display:none}.arrow{display:none}`;

export interface StepPreviewInput {
  step: Step;
  index: number;
  total: number;
  guideName: string;
  theme: Theme;
  /** UI language of the preview's buttons (`en`, `ja`). */
  lang?: string;
  /** A hotspots guide's step: drawn as the compact tooltip its beacon opens. */
  hotspot?: boolean;
}

/** Draws one step into `host` (inside a shadow root of its own), as end users will see it. */
export function renderStepPreview(host: HTMLElement, input: StepPreviewInput): void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  if (!shadow.firstChild) {
    applyStyles(shadow, host.ownerDocument, STILL_CSS);
    shadow.append(host.ownerDocument.createElement('div'));
  }
  applyTheme(host, input.theme);
  const { step } = input;
  const noop = () => undefined;
  const strings = pickStrings(input.lang ?? 'en', null);
  render(
    <StepDialog
      kind={step.kind}
      title={step.title}
      guideName={input.guideName}
      content={step.content}
      advance={step.advance}
      index={input.index}
      total={input.total}
      strings={strings}
      position={step.kind === 'banner' ? step.position : undefined}
      button={step.kind !== 'banner' || step.button}
      gotIt={input.hotspot ? strings.gotIt : undefined}
      onNext={noop}
      onBack={noop}
      onClose={noop}
    />,
    shadow.lastChild as HTMLElement,
  );
}
