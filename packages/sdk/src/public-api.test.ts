import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShirubeHandle } from './shirube.js';
import { createMemoryStore } from './storage.js';
import type { ShirubeHandle } from './types.js';

const env = () => ({
  store: createMemoryStore(),
  fetch: vi.fn(async () => new Response('{"guides":[]}', { status: 200 })) as unknown as typeof fetch,
  sendBeacon: () => true,
});

afterEach(() => {
  delete window.Shirube;
  document.querySelectorAll('script').forEach((s) => s.remove());
  vi.resetModules();
});

describe('public API guards', () => {
  it('never throws or rejects when called before init', async () => {
    const shirube = createShirubeHandle(env());
    expect(() => shirube.identify('u1')).not.toThrow();
    expect(() => shirube.track('x')).not.toThrow();
    expect(() => shirube.reset()).not.toThrow();
    await expect(shirube.start('g')).resolves.toBe(false);
    await expect(shirube.flush()).resolves.toBeUndefined();
    expect(() => shirube.destroy()).not.toThrow();
  });

  it('never throws on bad arguments', async () => {
    const shirube = createShirubeHandle(env());
    const loose = shirube as unknown as Record<keyof ShirubeHandle, (...args: unknown[]) => unknown>;
    await expect(loose.init(undefined)).resolves.toBeUndefined();
    await expect(loose.init({ projectKey: 42 })).resolves.toBeUndefined();
    await shirube.init({ projectKey: 'pk_test', apiUrl: 'https://api.example.com' });
    expect(() => loose.identify(undefined)).not.toThrow();
    expect(() => loose.identify({ id: 1 }, 'traits')).not.toThrow();
    expect(() => loose.track('')).not.toThrow();
    expect(() => loose.track(null, 'props')).not.toThrow();
    expect(() => loose.on(null, null)).not.toThrow();
    expect(typeof loose.on('track', 'not a function')).toBe('function');
    await expect(loose.start(undefined)).resolves.toBe(false);
    shirube.destroy();
    expect(() => shirube.track('after destroy')).not.toThrow();
    await expect(shirube.flush()).resolves.toBeUndefined();
  });

  it('keeps a throwing event handler away from the page and other handlers', async () => {
    const shirube = createShirubeHandle(env());
    const good = vi.fn();
    shirube.on('track', () => {
      throw new Error('handler bug');
    });
    shirube.on('track', good);
    const off = shirube.on('track', good);
    await shirube.init({ projectKey: 'pk_test', apiUrl: 'https://api.example.com' });
    expect(() => shirube.track('clicked')).not.toThrow();
    expect(good).toHaveBeenCalledTimes(1);
    off();
    shirube.track('again');
    expect(good).toHaveBeenCalledTimes(1);
    shirube.destroy();
  });

  it('logs only in debug mode', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const quiet = createShirubeHandle(env());
    quiet.track('before init');
    expect(warn).not.toHaveBeenCalled();
    const loud = createShirubeHandle(env());
    await loud.init({ projectKey: 'pk_test', apiUrl: 'https://api.example.com', debug: true });
    (loud as unknown as { track(name: unknown): void }).track(7);
    expect(warn).toHaveBeenCalled();
    quiet.destroy();
    loud.destroy();
    warn.mockRestore();
  });
});

describe('script-tag install', () => {
  function addScript(attrs: Record<string, string>): void {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  }

  it('installs one global from the script tag, fires shirube:ready, and ignores a second load', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"guides":[]}', { status: 200 })));
    addScript({ src: 'https://guides.example.com/sdk/shirube.js', 'data-project-key': 'pk_live' });
    const ready = new Promise<void>((resolve) => window.addEventListener('shirube:ready', () => resolve(), { once: true }));
    await import('./script-tag.js');
    const first = window.Shirube;
    expect(first).toBeDefined();
    await ready;
    // The guides are asked for once the stored state (and any cached copy) is in.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith('https://guides.example.com/sdk/v1/guides?key=pk_live&locale=en-US', expect.anything()));

    vi.resetModules();
    await import('./script-tag.js');
    expect(window.Shirube).toBe(first);
    first!.destroy();
    vi.unstubAllGlobals();
  });

  it('installs a harmless global when the project key is missing', async () => {
    addScript({ src: 'https://guides.example.com/sdk/shirube.js' });
    await import('./script-tag.js');
    expect(() => window.Shirube!.track('x')).not.toThrow();
  });
});
