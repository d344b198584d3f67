import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test-support.js';
import { isBuilderApiError, notifySaved, saveDraft } from './api.js';

describe('saving from the builder', () => {
  it('PATCHes the draft with the builder token', async () => {
    const fetch = vi.fn(async () => jsonResponse({ id: 'g1', name: 'Expenses', steps: [] }));
    const guide = await saveDraft(fetch as unknown as typeof globalThis.fetch, 'https://api.example.com', 'bt_1', { name: 'Expenses', steps: [] });
    expect(guide.name).toBe('Expenses');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://api.example.com/sdk/v1/builder/guide');
    expect(init.method).toBe('PATCH');
    expect((init.headers as Record<string, string>).Authorization).toBe('Builder bt_1');
    expect(JSON.parse(String(init.body))).toEqual({ name: 'Expenses', steps: [] });
  });

  it.each([
    [jsonResponse({ error: { code: 'invalid_input', message: 'steps[0].title: too long' } }, 400), 'steps[0].title: too long'],
    [jsonResponse({ error: { code: 'invalid_token', message: 'gone' } }, 401), 'This builder session has expired'],
    [new Response('oops', { status: 502 }), 'The server answered 502.'],
  ])('rejects with a message for the author', async (response, message) => {
    const fetch = vi.fn(async () => response);
    const failure = await saveDraft(fetch as unknown as typeof globalThis.fetch, 'https://api.example.com', 'bt_1', {}).catch((e: unknown) => e);
    expect(isBuilderApiError(failure)).toBe(true);
    expect((failure as Error).message).toContain(message);
  });

  it('says so when the server cannot be reached', async () => {
    const fetch = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(saveDraft(fetch as unknown as typeof globalThis.fetch, 'https://api.example.com', 'bt_1', {})).rejects.toMatchObject({ code: 'network' });
  });
});

describe('telling the console', () => {
  it('posts to exactly the console origin from the exchange', () => {
    const opener = { postMessage: vi.fn() };
    expect(notifySaved(opener, 'https://console.example.com', 'g1')).toBe(true);
    expect(opener.postMessage).toHaveBeenCalledWith({ type: 'shirube:builder-saved', guideId: 'g1' }, 'https://console.example.com');
  });

  it.each([['*'], [''], ['https://console.example.com/'], ['https://console.example.com/path'], ['null'], ['javascript:alert(1)']])('never posts to %j', (origin) => {
    const opener = { postMessage: vi.fn() };
    expect(notifySaved(opener, origin, 'g1')).toBe(false);
    expect(opener.postMessage).not.toHaveBeenCalled();
  });

  it('does nothing without an opener', () => {
    expect(notifySaved(null, 'https://console.example.com', 'g1')).toBe(false);
  });
});
