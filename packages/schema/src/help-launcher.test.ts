import { describe, expect, it } from 'vitest';
import { parseWith } from './errors.js';
import { EventSchema } from './event.js';
import { HelpLauncherSchema } from './help-launcher.js';
import { uuidv7 } from './uuidv7.js';

describe('help launcher settings', () => {
  it('accepts http(s) and mailto contact links', () => {
    for (const contactHref of ['https://help.example.com/contact', 'mailto:support@example.com']) {
      const result = parseWith(HelpLauncherSchema, { enabled: true, buttonLabel: 'Help', panelTitle: 'How can we help?', contactHref });
      expect(result.ok ? result.value.contactHref : result.message).toBe(contactHref);
    }
  });

  it('refuses other contact links, naming the field', () => {
    for (const contactHref of ['javascript:alert(1)', '/support', 'java\u200bscript:alert(1)', 'data:text/html,x', 'https://exa\u200bmple.com']) {
      const result = parseWith(HelpLauncherSchema, { enabled: true, buttonLabel: '', panelTitle: '', contactHref });
      expect(result.ok || result.message).toContain('contactHref');
    }
  });

  it('limits the wording to short labels', () => {
    const result = parseWith(HelpLauncherSchema, { enabled: true, buttonLabel: 'x'.repeat(41), panelTitle: '' });
    expect(result.ok || result.message).toContain('buttonLabel');
  });
});

describe('help_search event', () => {
  const base = { id: uuidv7(), anonymousId: 'a', timestamp: 1, path: '/', type: 'help_search' };

  it('carries the query, the result count and the picked guide', () => {
    const result = parseWith(EventSchema, { ...base, query: '  receipt ', resultCount: 2, pickedGuideId: 'g1' });
    expect(result.ok && result.value).toMatchObject({ query: 'receipt', resultCount: 2, pickedGuideId: 'g1' });
  });

  it('refuses an empty or overlong query', () => {
    expect(parseWith(EventSchema, { ...base, query: '   ', resultCount: 0 }).ok).toBe(false);
    const long = parseWith(EventSchema, { ...base, query: 'x'.repeat(201), resultCount: 0 });
    expect(long.ok || long.message).toContain('query');
  });
});
