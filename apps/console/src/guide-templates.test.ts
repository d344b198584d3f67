import { guideFormat } from '@shirube/core';
import { GuideInputSchema, parseWith, StepSchema, type Step } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { bannerStep, NEW_GUIDE_FORMATS, newGuideInput, withKind } from './guide-templates.js';
import { CATALOGUES } from './i18n/i18n.js';

describe('new guide templates', () => {
  it.each(NEW_GUIDE_FORMATS)('makes a valid %s that reads back as the format chosen, in either language', (format) => {
    for (const t of Object.values(CATALOGUES)) {
      const parsed = parseWith(GuideInputSchema, newGuideInput(format, t));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(guideFormat(parsed.value.kind, parsed.value.steps)).toBe(format);
      expect(parsed.value.name).toBe(t.newGuide.names[format]);
    }
  });

  it('pre-fills announcements and banners with one step in the author’s language', () => {
    const banner = newGuideInput('banner', CATALOGUES.ja);
    expect(banner.steps).toEqual([expect.objectContaining({ kind: 'banner', position: 'top', title: CATALOGUES.ja.newGuide.bannerTitle })]);
    expect(newGuideInput('announcement', CATALOGUES.en).steps).toEqual([expect.objectContaining({ kind: 'modal', title: 'Something new' })]);
    expect(newGuideInput('hotspots', CATALOGUES.en)).toEqual({ name: 'Untitled hotspots', kind: 'hotspots' });
  });
});

describe('changing a step kind', () => {
  const t = CATALOGUES.en;
  it('turns a tooltip into a banner without its element, and back with the wording kept', () => {
    const tooltip: Step = { id: 's', kind: 'tooltip', title: 'T', content: [], advance: 'target_click', placement: 'left', target: { v: 1, tag: 'a' }, page: '/x' };
    const banner = withKind(tooltip, 'banner');
    expect(banner).toEqual({ id: 's', kind: 'banner', title: 'T', content: [], advance: 'next', position: 'top', button: true, page: '/x' });
    expect(parseWith(StepSchema, banner).ok).toBe(true);
    expect(withKind(banner, 'modal')).toEqual({ id: 's', kind: 'modal', title: 'T', content: [], advance: 'next', placement: 'auto', page: '/x' });
    expect(withKind(tooltip, 'modal')).toMatchObject({ advance: 'next', placement: 'left', target: { v: 1, tag: 'a' } });
    expect(withKind(bannerStep('b', t), 'banner')).toEqual(bannerStep('b', t));
  });
});
