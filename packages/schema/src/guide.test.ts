import { describe, expect, it } from 'vitest';
import { parseWith } from './errors.js';
import { GuideInputSchema, GuidePatchSchema, StepSchema } from './guide.js';
import { plainText } from './rich-text.js';

const tooltip = {
  id: 's1',
  kind: 'tooltip',
  title: 'Create a report',
  content: plainText('Click here'),
  advance: 'next',
  target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' } },
};

describe('guide input', () => {
  it('fills defaults for display rules and theme', () => {
    const result = parseWith(GuideInputSchema, { name: '  Onboarding ', steps: [tooltip] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Onboarding');
    expect(result.value.displayRules).toEqual({ urlPatterns: [] });
    expect(result.value.theme.brandColor).toMatch(/^#/);
    expect(result.value.steps[0]).toMatchObject({ placement: 'auto' });
  });

  it('names the field of a bad link deep inside a step', () => {
    const bad = { ...tooltip, content: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }] };
    const result = parseWith(GuideInputSchema, { name: 'G', steps: [tooltip, { ...bad, id: 's2' }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('steps[1].content[0].children[0].href');
  });

  it('rejects an empty name, duplicate step ids and a bad colour', () => {
    const empty = parseWith(GuideInputSchema, { name: '   ' });
    expect(empty.ok || empty.message).toContain('name');
    const dup = parseWith(GuideInputSchema, { name: 'G', steps: [tooltip, tooltip] });
    expect(dup.ok || dup.message).toContain('step ids must be unique');
    const colour = parseWith(GuideInputSchema, { name: 'G', theme: { brandColor: 'red', radius: 4 } });
    expect(colour.ok || colour.message).toContain('theme.brandColor');
  });

  it('requires a target on tooltip steps but not on modals', () => {
    const { target: _omitted, ...noTarget } = tooltip;
    expect(parseWith(StepSchema, noTarget).ok).toBe(false);
    expect(parseWith(StepSchema, { ...noTarget, kind: 'modal' }).ok).toBe(true);
  });

  it('refuses a modal that advances on a click it cannot receive', () => {
    const result = parseWith(StepSchema, { ...tooltip, kind: 'modal', advance: 'target_click' });
    expect(result.ok).toBe(false);
  });

  it('patch accepts a subset and refuses publishing through status', () => {
    expect(parseWith(GuidePatchSchema, { name: 'New name' }).ok).toBe(true);
    expect(parseWith(GuidePatchSchema, { status: 'published' }).ok).toBe(false);
  });

  it('takes a banner step with a position (top by default) and a button that can be turned off', () => {
    const { target: _target, ...banner } = { ...tooltip, kind: 'banner' };
    const parsed = parseWith(StepSchema, banner);
    expect(parsed.ok && parsed.value).toMatchObject({ kind: 'banner', position: 'top', button: true });
    const bottom = parseWith(StepSchema, { ...banner, position: 'bottom', button: false });
    expect(bottom.ok && bottom.value).toMatchObject({ position: 'bottom', button: false });
    const sideways = parseWith(StepSchema, { ...banner, position: 'left' });
    expect(sideways.ok || sideways.message).toContain('position');
    expect(parseWith(StepSchema, { ...banner, advance: 'target_click' }).ok).toBe(false);
  });

  it('shows hotspots until dismissed unless told always, and refuses anything else', () => {
    const input = parseWith(GuideInputSchema, { name: 'Tips', kind: 'hotspots' });
    expect(input.ok && input.value.hotspotVisibility).toBe('until_dismissed');
    expect(parseWith(GuidePatchSchema, { hotspotVisibility: 'always' }).ok).toBe(true);
    const bad = parseWith(GuidePatchSchema, { hotspotVisibility: 'sometimes' });
    expect(bad.ok || bad.message).toContain('hotspotVisibility');
  });
});
