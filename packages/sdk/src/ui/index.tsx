import { render } from 'preact';
import { ChecklistWidget, type ChecklistWidgetProps } from './checklist-widget.js';
import { mountLauncher } from './help-launcher.js';
import { pickStrings } from './i18n.js';
import { mountUi, type UiRoot } from './mount.js';
import { presentHotspot } from './present-hotspot.js';
import { presentStep } from './present-step.js';
import { applyTheme } from './theme.js';
import type { Theme } from '@shirube/schema';

export type { UiRoot } from './mount.js';
export type { UiStrings } from './i18n.js';
export type { OpenTooltip } from './present-hotspot.js';

/** What the checklist layer draws: a widget in a guide's theme, or nothing. */
export type ChecklistView = Omit<ChecklistWidgetProps, 'strings'> & { theme: Theme };

/**
 * The checklist's own box in the UI root, created on first use; each call redraws it (null empties
 * it). The widget's words follow the page's language at every draw.
 */
function checklistLayer(ui: UiRoot): (view: ChecklistView | null) => void {
  const doc = ui.host.ownerDocument;
  const box = ui.layer();
  return (view) => {
    if (view) {
      ui.attach();
      applyTheme(box, view.theme);
    }
    render(view && <ChecklistWidget {...view} strings={pickStrings(doc.documentElement.lang, doc.defaultView?.navigator.language)} />, box);
  };
}

/**
 * The guide UI: Preact, the step dialog and tooltip, hotspots, the checklist widget, the help
 * launcher and their stylesheets. The SDK loads it the first time something is to be shown
 * (src/ui-loader.ts), so a page view that shows nothing never downloads it.
 */
export const guideUi = { mountUi, presentStep, presentHotspot, mountLauncher, checklistLayer, pickStrings };

export type GuideUi = typeof guideUi;
