import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BuilderSession } from '../builder-link.js';
import { createLogger } from '../logger.js';
import { giveBox, jsonResponse } from '../test-support.js';
import { mountBuilder } from './mount.js';

const session: BuilderSession = {
  builderToken: 'bt_session',
  expiresAt: '2030-01-01T00:00:00.000Z',
  consoleOrigin: 'https://console.example.com',
  guide: { id: 'g1', name: 'Expenses', status: 'draft', version: 0, steps: [], displayRules: { urlPatterns: [] }, theme: { brandColor: '#4f46e5', radius: 12 }, targeting: { audience: { match: 'all', conditions: [] } }, kind: 'walkthrough', onboarding: false, hotspotVisibility: 'until_dismissed', helpLauncher: false, defaultLocale: 'en', translations: {}, createdAt: '', updatedAt: '' },
};

const builder = () => document.querySelector('shirube-builder')!.shadowRoot!;
const preview = () => document.querySelector('shirube-ui')?.shadowRoot?.querySelector('[role=dialog]') ?? null;
function byName(name: string): HTMLElement {
  const found = [...builder().querySelectorAll<HTMLElement>('button, input, textarea, select')].find((el) => {
    const label = el.id ? builder().querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (el.getAttribute('aria-label') ?? label ?? el.textContent)?.trim() === name;
  });
  if (!found) throw new Error(`nothing named "${name}"`);
  return found;
}
const type = (el: HTMLElement, value: string) => {
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

afterEach(() => document.body.replaceChildren());
/** Preact runs effects (where pick mode starts listening) after the render, on a timer. */
const effects = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the mounted builder', () => {
  it('adds a step by picking an element, previews it live, saves and tells the console', async () => {
    const newReport = document.createElement('button');
    newReport.textContent = 'New report';
    giveBox(newReport);
    const appClick = vi.fn();
    newReport.addEventListener('click', appClick);
    document.body.append(newReport);

    const opener = { postMessage: vi.fn() };
    Object.defineProperty(window, 'opener', { configurable: true, value: opener });
    const patches: unknown[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { name: string; steps: unknown[] };
      patches.push(body);
      return jsonResponse({ ...session.guide, ...body });
    });

    const remove = mountBuilder({ session, apiUrl: 'https://api.example.com', window, logger: createLogger(false) });
    byName('Add step').click();
    await vi.waitFor(() => expect(byName('Pick element').getAttribute('aria-pressed')).toBe('true'));
    newReport.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(appClick).not.toHaveBeenCalled();

    await vi.waitFor(() => expect(builder().querySelector('[aria-label="Step editor"]')).not.toBeNull());
    expect(builder().textContent).toContain('Button “New report”');
    type(byName('Title'), 'Start here');
    type(byName('Body'), 'Click **New report**');
    await vi.waitFor(() => expect(preview()?.textContent).toContain('Start here'));
    expect(preview()!.querySelector('strong')?.textContent).toBe('New report');
    expect(builder().querySelector('[role=status]')?.textContent).toContain('Unsaved changes');

    // Closing with unsaved changes asks first.
    byName('Close builder').click();
    await vi.waitFor(() => expect(builder().querySelector('[role=alertdialog]')).not.toBeNull());
    expect(builder().activeElement).toBe(byName('Keep editing'));
    byName('Keep editing').click();
    await vi.waitFor(() => expect(builder().querySelector('[role=alertdialog]')).toBeNull());
    expect(document.querySelector('shirube-builder')).not.toBeNull();

    byName('Save').click();
    await vi.waitFor(() => expect(builder().querySelector('[role=status]')?.textContent).toContain('Draft saved'));
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({
      name: 'Expenses',
      steps: [{ kind: 'tooltip', title: 'Start here', target: { tag: 'button', text: 'New report' }, content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Click ' }, { type: 'text', text: 'New report', bold: true }] }] }],
    });
    expect(opener.postMessage).toHaveBeenCalledWith({ type: 'shirube:builder-saved', guideId: 'g1' }, 'https://console.example.com');

    byName('Close builder').click();
    expect(document.querySelector('shirube-builder')).toBeNull();
    expect(document.querySelector('shirube-ui')).toBeNull();
    remove();
    vi.restoreAllMocks();
  });

  it('leaves pick mode on Escape without adding a step', async () => {
    mountBuilder({ session, apiUrl: 'https://api.example.com', window, logger: createLogger(false) });
    byName('Add step').click();
    await vi.waitFor(() => expect(byName('Pick element').getAttribute('aria-pressed')).toBe('true'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(byName('Pick element').getAttribute('aria-pressed')).toBe('false'));
    expect(builder().textContent).toContain('No steps yet');
  });

  it('in pick mode, saves the clicked element at the requested place of the draft and nothing else', async () => {
    const approve = document.createElement('button');
    approve.textContent = 'Approve';
    giveBox(approve);
    document.body.append(approve);
    const opener = { postMessage: vi.fn() };
    Object.defineProperty(window, 'opener', { configurable: true, value: opener });
    const patches: unknown[] = [];
    vi.spyOn(window, 'fetch').mockImplementation(async (_url, init) => {
      patches.push(JSON.parse(String(init?.body)));
      return jsonResponse(session.guide);
    });
    const targeting = { audience: { match: 'all' as const, conditions: [] }, trigger: { kind: 'element_clicked' as const } };
    const picking = { ...session, guide: { ...session.guide, targeting }, pick: { field: '/targeting/trigger/target', label: 'Start trigger' } };
    mountBuilder({ session: picking, apiUrl: 'https://api.example.com', window, logger: createLogger(false) });
    expect(builder().querySelector('[role=status]')?.textContent).toContain('Click the element for: Start trigger');
    await effects();
    approve.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await vi.waitFor(() => expect(builder().querySelector('[role=status]')?.textContent).toContain('Saved to the draft'));
    expect(builder().querySelector('[role=status]')?.textContent).toContain('Picked Button · Approve for Start trigger');
    expect(patches).toHaveLength(1);
    expect(Object.keys(patches[0] as object)).toEqual(['targeting']);
    expect(patches[0]).toMatchObject({ targeting: { audience: targeting.audience, trigger: { kind: 'element_clicked', target: { tag: 'button', text: 'Approve' } } } });
    expect(opener.postMessage).toHaveBeenCalledWith({ type: 'shirube:builder-saved', guideId: 'g1' }, 'https://console.example.com');
    byName('Close').click();
    expect(document.querySelector('shirube-builder')).toBeNull();
    vi.restoreAllMocks();
  });

  it('in pick mode, says what is missing instead of saving when the draft lost the place to save to', async () => {
    const approve = document.createElement('button');
    approve.textContent = 'Approve';
    giveBox(approve);
    document.body.append(approve);
    const fetchSpy = vi.spyOn(window, 'fetch');
    mountBuilder({ session: { ...session, pick: { field: '/targeting/trigger/target', label: 'Start trigger' } }, apiUrl: 'https://api.example.com', window, logger: createLogger(false) });
    await effects();
    approve.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    await vi.waitFor(() => expect(builder().querySelector('[role=status]')?.textContent).toContain('/targeting/trigger does not exist in the draft'));
    expect(fetchSpy.mock.calls.map((c) => String(c[0]))).toEqual([]);
    vi.restoreAllMocks();
  });

  it('starts nothing for a malformed session', () => {
    const warn = vi.fn();
    mountBuilder({ session: { ...session, consoleOrigin: undefined } as unknown as BuilderSession, apiUrl: 'https://api.example.com', window, logger: { warn, debug: vi.fn() } });
    expect(document.querySelector('shirube-builder')).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
