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
    expect(Array.from(ui.shadow.children)).toEqual([ui.spots, checklist, launcher, ui.ring, ui.container]);
  });

  it('reattaches after the page removed it', () => {
    const ui = mountUi(document);
    ui.attach();
    ui.host.remove();
    ui.attach();
    expect(ui.host.isConnected).toBe(true);
  });
});
