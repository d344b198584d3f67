import type { PublishedGuide, Step } from '@shirube/schema';
import { describe, expect, it, vi } from 'vitest';
import { boot, fakeApi, onboardingGuide, useAppPage } from './test-support.js';

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const dialog = () => shadow()?.querySelector<HTMLElement>('[role=dialog]') ?? null;
const title = () => dialog()?.querySelector('.title')?.textContent ?? null;
const waitForStep = (name: string) => vi.waitFor(() => expect(title()).toBe(name));
/** Where keyboard focus is: inside the guide UI's shadow root, or in the page. */
const focused = () => (document.activeElement === shadow()?.host ? shadow()!.activeElement : document.activeElement);
const nameOf = (el: Element | null) => el?.getAttribute('aria-label') ?? el?.textContent ?? null;
const appButton = (testid: string) => document.querySelector<HTMLElement>(`[data-testid=${testid}]`)!;

/** A key pressed where focus is, as the browser dispatches it (bubbling out of the shadow root). */
function press(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true, ...init });
  (focused() ?? document.body).dispatchEvent(event);
  return event;
}

useAppPage();

describe('walkthrough steps from the keyboard', () => {
  it('moves focus into a modal step and keeps Tab and Shift+Tab inside it', async () => {
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    expect(nameOf(focused())).toBe('Next');
    expect(press('Tab').defaultPrevented).toBe(true);
    expect(nameOf(focused())).toBe('Close guide');
    press('Tab');
    expect(nameOf(focused())).toBe('Next');
    press('Tab', { shiftKey: true });
    expect(nameOf(focused())).toBe('Close guide');
    // Focus the user put on the page behind a modal is brought back into it.
    appButton('reports').focus();
    press('Tab');
    expect(nameOf(focused())).toBe('Next');
  });

  it('puts the element a tooltip points at into the Tab cycle, and leaves focus elsewhere in the page alone', async () => {
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    (focused() as HTMLElement).click();
    await waitForStep('Create a report');
    expect(nameOf(focused())).toBe('Next');
    const cycle = [];
    for (let i = 0; i < 4; i++) {
      press('Tab');
      cycle.push(focused() === appButton('create') ? 'target' : nameOf(focused()));
    }
    expect(cycle).toEqual(['Close guide', 'target', 'Back', 'Next']);
    press('Tab', { shiftKey: true });
    press('Tab', { shiftKey: true });
    expect(focused()).toBe(appButton('create'));
    // A tooltip is not modal: from another control in the page, Tab is the browser's.
    appButton('reports').focus();
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(focused()).toBe(appButton('reports'));
  });

  it('goes next with ArrowRight and back with ArrowLeft while focus is in the step, never from the page', async () => {
    const { types } = boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    press('ArrowLeft');
    press('ArrowRight');
    await waitForStep('Create a report');
    press('ArrowLeft');
    await waitForStep('Welcome');
    press('ArrowRight');
    await waitForStep('Create a report');
    // Arrows in the app's own controls (a text field, a slider) are the app's.
    appButton('reports').focus();
    expect(press('ArrowRight').defaultPrevented).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(title()).toBe('Create a report');
    expect(types().filter((t) => t === 'step_viewed')).toHaveLength(4);
  });

  it('announces each step to screen readers with its place in the walkthrough', async () => {
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    const live = () => shadow()!.querySelector('[aria-live=polite]')!.textContent;
    expect(live()).toBe('Step 1 of 3: Welcome');
    press('ArrowRight');
    await waitForStep('Create a report');
    expect(live()).toBe('Step 2 of 3: Create a report');
  });

  it('announces a one-step guide by its title alone', async () => {
    boot(new Map(), fakeApi([onboardingGuide({ steps: [onboardingGuide().steps[0]!] })]));
    await waitForStep('Welcome');
    expect(shadow()!.querySelector('[aria-live=polite]')!.textContent).toBe('Welcome');
  });

  it('announces in Japanese on a Japanese page', async () => {
    document.documentElement.lang = 'ja';
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    expect(shadow()!.querySelector('[aria-live=polite]')!.textContent).toBe('ステップ 1 / 3：Welcome');
  });

  it('gives focus back to the element that had it once the walkthrough closes', async () => {
    appButton('reports').focus();
    boot(new Map(), fakeApi([onboardingGuide()]));
    await waitForStep('Welcome');
    expect(nameOf(focused())).toBe('Next');
    press('Escape');
    await vi.waitFor(() => expect(dialog()).toBeNull());
    expect(document.activeElement).toBe(appButton('reports'));
  });

  it('leaves a banner out of the focus cycle and the arrow keys', async () => {
    const banner: Step = { id: 'b', kind: 'banner', title: 'Maintenance', content: [], advance: 'next', position: 'top', button: true, placement: 'auto' } as Step;
    const guide: PublishedGuide = onboardingGuide({ steps: [banner, onboardingGuide().steps[0]!] });
    boot(new Map(), fakeApi([guide]));
    await vi.waitFor(() => expect(shadow()?.querySelector('[role=region]')).toBeTruthy());
    expect(shadow()!.querySelector('[aria-live=polite]')!.textContent).toBe('Step 1 of 2: Maintenance');
    (shadow()!.querySelector<HTMLElement>('[data-primary]')!).focus();
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(press('ArrowRight').defaultPrevented).toBe(false);
  });
});
