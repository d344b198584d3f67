import type { Step, Theme } from '@shirube/schema';
import { render } from 'preact';
import type { UiStrings } from '../ui/i18n.js';
import { mountUi, type UiRoot } from '../ui/mount.js';
import { applyStyles, CSS } from '../ui/styles.js';
import { followTarget, isOffscreen } from '../ui/positioner.js';
import { StepDialog } from '../ui/step-dialog.js';

/** What the preview shows: one step of the draft, where end users will see it. */
export interface PreviewInput {
  step: Step;
  index: number;
  total: number;
  guideName: string;
  theme: Theme;
  /** The tooltip's element on this page; null when it is not here. */
  element: Element | null;
  /** A hotspots guide's step: drawn as the compact tooltip its beacon opens. */
  hotspot?: boolean;
  onNext: () => void;
  onBack: () => void;
}

/** The end-user stylesheet, plus a backdrop that does not block the page. */
const PREVIEW_CSS = `${CSS}.wrap{pointer-events:none}.card{pointer-events:auto}`;

/** The live step preview. */
export interface Preview {
  ui: UiRoot;
  /** Draws (or redraws, in place) a step; cheap enough to call on every keystroke. */
  show(input: PreviewInput): void;
  hide(): void;
  destroy(): void;
}

/**
 * Draws the step being edited with the SDK's own step UI (the same dialog, positioner and shadow
 * root end users get), redrawing in place as the author types, so it never steals focus from the
 * editor and never replays its entrance.
 */
export function createPreview(doc: Document, strings: UiStrings): Preview {
  const ui = mountUi(doc);
  // The author keeps using the app behind a modal preview: its backdrop shows, but lets clicks through.
  applyStyles(ui.shadow, doc, PREVIEW_CSS);
  let anchor: { element: Element; placement: string; stop: () => void } | null = null;
  let kind: string | null = null;

  const unanchor = () => {
    anchor?.stop();
    anchor = null;
  };

  return {
    ui,
    show(input) {
      const { step } = input;
      const placement = step.kind === 'banner' ? 'auto' : step.placement;
      if (kind !== step.kind) unanchor();
      kind = step.kind;
      ui.open(input.theme);
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
          onNext={input.onNext}
          onBack={input.onBack}
          onClose={() => undefined}
        />,
        ui.container,
      );
      const card = ui.container.querySelector<HTMLElement>('[role=dialog]');
      const arrow = card?.querySelector<HTMLElement>('.arrow');
      const element = step.kind === 'tooltip' ? input.element : null;
      if (arrow) arrow.style.display = element ? '' : 'none';
      if (!element || !card) {
        unanchor();
        // A tooltip whose element is not on this page sits in the middle, marked as such by the editor.
        if (card && step.kind === 'tooltip') {
          card.setAttribute('data-side', 'none');
          card.style.left = `calc(50vw - ${Math.round(card.offsetWidth / 2)}px)`;
          card.style.top = '30vh';
        }
        return;
      }
      if (anchor && anchor.element === element && anchor.placement === placement) return;
      unanchor();
      const view = doc.defaultView;
      if (view && isOffscreen(element.getBoundingClientRect(), view.innerWidth, view.innerHeight)) {
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      anchor = { element, placement, stop: followTarget(element, card, ui.ring, placement, unanchor) };
    },
    hide() {
      unanchor();
      kind = null;
      render(null, ui.container);
      ui.ring.hidden = true;
    },
    destroy() {
      unanchor();
      ui.remove();
    },
  };
}
