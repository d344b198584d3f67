import { afterEach, describe, expect, it } from 'vitest';
import { mountUi } from './mount.js';

afterEach(() => document.querySelector('shirube-ui')?.remove());

describe('guide UI root', () => {
  it('sits on the root element, outside the page body', () => {
    const ui = mountUi(document);
    ui.attach();
    expect(ui.host.parentElement).toBe(document.documentElement);
    expect(document.body.contains(ui.host)).toBe(false);
  });

  it('puts widget layers above hotspots and beneath the walkthrough step and its ring', () => {
    const ui = mountUi(document);
    const checklist = ui.layer();
    const launcher = ui.layer();
    const live = ui.shadow.querySelector('[aria-live=polite]');
    expect(Array.from(ui.shadow.children)).toEqual([ui.spots, checklist, launcher, ui.ring, ui.container, live]);
  });

  it('announces through one live region that outlives the steps it speaks for', () => {
    const ui = mountUi(document);
    const live = ui.shadow.querySelector('[aria-live=polite]')!;
    ui.announce('Step 1 of 2: Welcome');
    ui.close();
    expect(ui.shadow.querySelector('[aria-live=polite]')).toBe(live);
    ui.announce('Step 2 of 2: Reports');
    expect(live.textContent).toBe('Step 2 of 2: Reports');
  });

  it('reattaches after the page removed it', () => {
    const ui = mountUi(document);
    ui.attach();
    ui.host.remove();
    ui.attach();
    expect(ui.host.isConnected).toBe(true);
  });
});
