import { afterEach, describe, expect, it, vi } from 'vitest';

type Global = { trustedTypes?: unknown };

/** A fresh copy of the module: it creates its policy once per page. */
const load = async () => {
  vi.resetModules();
  return import('./script-url.js');
};

describe('script URLs under Trusted Types', () => {
  afterEach(() => {
    delete (globalThis as Global).trustedTypes;
  });

  it('is the plain string where the browser has no Trusted Types', async () => {
    const { scriptUrl } = await load();
    expect(scriptUrl('https://cdn.example/sdk/shirube-ui.abc.js')).toBe('https://cdn.example/sdk/shirube-ui.abc.js');
  });

  it('goes through one policy named shirube, created on first use', async () => {
    const made: string[] = [];
    const createPolicy = vi.fn((name: string, rules: { createScriptURL(url: string): string }) => {
      made.push(name);
      return { createScriptURL: (url: string) => ({ trusted: rules.createScriptURL(url) }) };
    });
    (globalThis as Global).trustedTypes = { createPolicy };
    const { scriptUrl } = await load();
    expect(createPolicy).not.toHaveBeenCalled();
    expect(scriptUrl('https://a.example/sdk/builder.js')).toEqual({ trusted: 'https://a.example/sdk/builder.js' });
    expect(scriptUrl('https://a.example/sdk/shirube-ui.1.js')).toEqual({ trusted: 'https://a.example/sdk/shirube-ui.1.js' });
    expect(made).toEqual(['shirube']);
  });

  it('falls back to the string when the page does not allow the policy, without throwing', async () => {
    const createPolicy = vi.fn(() => {
      throw new TypeError('Policy "shirube" disallowed');
    });
    (globalThis as Global).trustedTypes = { createPolicy };
    const { scriptUrl } = await load();
    expect(scriptUrl('/sdk/builder.js')).toBe('/sdk/builder.js');
    expect(scriptUrl('/sdk/builder.js')).toBe('/sdk/builder.js');
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });
});
