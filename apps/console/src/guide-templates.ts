import type { GuideInput, RichText, Step } from '@shirube/schema';
import { starterChecklist } from './checklist-draft.js';
import type { Messages } from './i18n/en.js';

/** What an author can choose to make when creating a guide. */
export const NEW_GUIDE_FORMATS = ['walkthrough', 'announcement', 'banner', 'hotspots', 'checklist'] as const;
export type NewGuideFormat = (typeof NEW_GUIDE_FORMATS)[number];

const paragraph = (text: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** A banner step ready to edit: at the top of the window, with a Done button. */
export function bannerStep(id: string, t: Messages): Step {
  return { id, kind: 'banner', title: t.newGuide.bannerTitle, content: paragraph(t.newGuide.bannerBody), advance: 'next', position: 'top', button: true };
}

/**
 * The create request for a format, in the author's language: an announcement starts with one
 * modal step and a banner with one banner step (both walkthroughs), hotspots as a hotspots guide
 * whose steps are picked in the app, a checklist with its widget titled and no tasks yet, a walkthrough empty.
 */
export function newGuideInput(format: NewGuideFormat, t: Messages): GuideInput {
  const name = t.newGuide.names[format];
  switch (format) {
    case 'announcement':
      return { name, steps: [{ id: 'announcement', kind: 'modal', title: t.newGuide.announcementTitle, content: paragraph(t.newGuide.announcementBody), advance: 'next' }] };
    case 'banner':
      return { name, steps: [bannerStep('banner', t)] };
    case 'hotspots':
      return { name, kind: 'hotspots' };
    case 'checklist':
      return { name, kind: 'checklist', checklist: starterChecklist(t.checklist.starterTitle) };
    case 'walkthrough':
      return { name };
  }
}

/**
 * The step turned into another kind, keeping its id, wording and page: a banner drops the element
 * and placement it cannot use and advances with its button, like a modal.
 */
export function withKind(step: Step, kind: Step['kind']): Step {
  const { id, title, content, page } = step;
  const base = { id, title, content, ...(page === undefined ? {} : { page }) };
  if (kind === 'banner') {
    return step.kind === 'banner' ? step : { ...base, kind, advance: 'next', position: 'top', button: true };
  }
  const placement = step.kind === 'banner' ? 'auto' : step.placement;
  const target = step.target ? { target: step.target } : {};
  if (kind === 'modal') return { ...base, kind, advance: 'next', placement, ...target };
  // A tooltip without an element is kept as a draft until the author picks one in the app.
  return { ...base, kind, advance: step.kind === 'tooltip' ? step.advance : 'next', placement, ...target } as Step;
}
