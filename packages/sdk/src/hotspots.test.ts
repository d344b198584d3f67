import type { PublishedGuide, RichText } from '@shirube/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boot, fakeApi, giveBox, handles } from './test-support.js';

const text = (t: string): RichText => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];

function tips(overrides: Partial<PublishedGuide> = {}): PublishedGuide {
  const spot = (id: string, title: string) => ({
    id,
    kind: 'tooltip' as const,
    title,
    content: text(`About ${title}`),
    advance: 'next' as const,
    placement: 'bottom' as const,
    target: { v: 1 as const, tag: 'button', attrs: { 'data-testid': id } },
  });
  return {
    id: 'tips',
    version: 1,
    name: 'Tips',
    kind: 'hotspots',
    displayRules: { urlPatterns: [] },
    theme: { brandColor: '#0f766e', radius: 8 },
    steps: [spot('create', 'Create'), spot('reports', 'Reports')],
    ...overrides,
  };
}

const banner: PublishedGuide = {
  id: 'maintenance',
  version: 1,
  name: 'Maintenance',
  displayRules: { urlPatterns: [] },
  theme: { brandColor: '#1e3a8a', radius: 8 },
  steps: [{ id: 'notice', kind: 'banner', title: 'Maintenance on Saturday', content: text('Down 22:00–24:00.'), advance: 'next', position: 'bottom', button: true }],
};

const shadow = () => document.querySelector('shirube-ui')?.shadowRoot ?? null;
const beacons = () => Array.from(shadow()?.querySelectorAll<HTMLButtonElement>('.beacon') ?? []).filter((b) => !b.parentElement!.hidden);
const beacon = (name: string) => beacons().find((b) => b.getAttribute('aria-label') === name);
const tooltip = () => shadow()?.querySelector<HTMLElement>('.spots [role=dialog], [role=dialog]') ?? null;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(() => {
  history.replaceState(null, '', '/');
  document.documentElement.lang = 'en';
  for (const id of ['create', 'reports']) {
    const el = document.createElement('button');
    el.setAttribute('data-testid', id);
    el.textContent = id;
    giveBox(el);
    document.body.append(el);
  }
});

afterEach(() => {
  for (const handle of handles.splice(0)) handle.destroy();
  document.body.replaceChildren();
});

describe('hotspots', () => {
  it('shows a beacon on every hotspot element at once, starting the guide once', async () => {
    const { types } = boot(new Map(), fakeApi([tips()]));
    await vi.waitFor(() => expect(beacons().map((b) => b.getAttribute('aria-label'))).toEqual(['Create', 'Reports']));
    expect(beacon('Create')!.getAttribute('aria-expanded')).toBe('false');
    expect(types()).toEqual(['guide_started']);
  });

  it('opens the compact tooltip on hover, records step_viewed once, and closes after the pointer leaves', async () => {
    const { types } = boot(new Map(), fakeApi([tips()]));
    await vi.waitFor(() => expect(beacon('Create')).toBeTruthy());
    const wrap = beacon('Create')!.parentElement!;
    wrap.dispatchEvent(new Event('pointerenter'));
    expect(tooltip()?.getAttribute('aria-labelledby')).toBe('sh-tips:create-title');
    expect(tooltip()!.textContent).toContain('About Create');
    const buttons = Array.from(tooltip()!.querySelectorAll('button')).map((b) => b.textContent);
    expect(buttons).toEqual(['Got it']);
    wrap.dispatchEvent(new Event('pointerleave'));
    await vi.waitFor(() => expect(tooltip()).toBeNull());
    wrap.dispatchEvent(new Event('pointerenter'));
    expect(tooltip()).not.toBeNull();
    expect(types()).toEqual(['guide_started', 'step_viewed']);
  });

  it('opens the tooltip in the language the app set after the beacon appeared', async () => {
    boot(new Map(), fakeApi([tips()]));
    await vi.waitFor(() => expect(beacon('Create')).toBeTruthy());
    document.documentElement.lang = 'ja';
    beacon('Create')!.click();
    expect(Array.from(tooltip()!.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['わかりました']);
  });

  it('keeps a clicked tooltip open when the pointer leaves, until Escape; one tooltip at a time', async () => {
    boot(new Map(), fakeApi([tips()]));
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
    beacon('Create')!.click();
    beacon('Create')!.parentElement!.dispatchEvent(new Event('pointerleave'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tooltip()?.textContent).toContain('About Create');
    beacon('Reports')!.click();
    expect(shadow()!.querySelectorAll('[role=dialog]')).toHaveLength(1);
    expect(tooltip()?.textContent).toContain('About Reports');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.dispatchEvent(escape);
    expect(tooltip()).toBeNull();
    expect(escape.defaultPrevented).toBe(true);
  });

  it('dismisses a hotspot for good with Got it, completing the guide with its last one, across a reload', async () => {
    const store = new Map<string, unknown>();
    const first = boot(store, fakeApi([tips()]));
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
    for (const name of ['Create', 'Reports']) {
      beacon(name)!.click();
      tooltip()!.querySelector('button')!.click();
      await settle();
    }
    expect(beacons()).toHaveLength(0);
    expect(first.types()).toEqual(['guide_started', 'step_viewed', 'step_completed', 'step_viewed', 'step_completed', 'guide_completed']);
    handles.pop()!.destroy();

    const second = boot(store, fakeApi([tips()]));
    await settle();
    await settle();
    expect(beacons()).toHaveLength(0);
    expect(second.types()).toEqual([]);
  });

  it('brings an "always" hotspot back after Got it, on the next page view', async () => {
    const store = new Map<string, unknown>();
    boot(store, fakeApi([tips({ hotspotVisibility: 'always' })]));
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
    beacon('Create')!.click();
    tooltip()!.querySelector('button')!.click();
    await settle();
    expect(tooltip()).toBeNull();
    expect(beacons()).toHaveLength(2);
  });

  it('shows beside a running walkthrough, and leaves pages its rules exclude', async () => {
    boot(new Map(), fakeApi([banner, tips({ displayRules: { urlPatterns: ['/'] } })]));
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
    await vi.waitFor(() => expect(shadow()!.querySelector('[role=region]')).toBeTruthy());
    history.pushState(null, '', '/settings');
    await vi.waitFor(() => expect(beacons()).toHaveLength(0));
    history.pushState(null, '', '/');
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
  });

  it('moves to the element the page put in place of the old one', async () => {
    boot(new Map(), fakeApi([tips()]));
    await vi.waitFor(() => expect(beacons()).toHaveLength(2));
    const old = document.querySelector('[data-testid=create]')!;
    const fresh = old.cloneNode(true) as HTMLElement;
    giveBox(fresh, { x: 400, y: 300, width: 80, height: 30 });
    old.replaceWith(fresh);
    // Centred on the top-right corner; happy-dom gives the beacon no size, so allow for its half.
    const near = (value: string, to: number) => Math.abs(parseFloat(value) - to) <= 9;
    await vi.waitFor(() => expect(near(beacon('Create')!.style.left, 480)).toBe(true));
    expect(near(beacon('Create')!.style.top, 300)).toBe(true);
  });
});

describe('banners', () => {
  it('draws a bar at its edge without taking focus; its close button dismisses the guide', async () => {
    const { types } = boot(new Map(), fakeApi([banner]));
    await vi.waitFor(() => expect(shadow()?.querySelector('[role=region]')).toBeTruthy());
    const bar = shadow()!.querySelector<HTMLElement>('[role=region]')!;
    expect(bar.getAttribute('data-pos')).toBe('bottom');
    expect(bar.textContent).toContain('Maintenance on Saturday');
    expect(shadow()!.activeElement).toBeNull();
    // Escape from the page is the page's own: the banner stays.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow()!.querySelector('[role=region]')).not.toBeNull();
    bar.querySelector<HTMLButtonElement>('[aria-label="Close guide"]')!.click();
    await vi.waitFor(() => expect(shadow()!.querySelector('[role=region]')).toBeNull());
    expect(types()).toEqual(['guide_started', 'step_viewed', 'guide_dismissed']);
  });
});
