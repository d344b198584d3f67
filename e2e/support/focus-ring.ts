import type { Page } from 'playwright-core';

/**
 * Presses Tab through the page (up to `maxStops` times, or until focus comes round again) and
 * returns how many controls took focus and those that had no outline drawn around them. Each entry names the control as a person would find it.
 */
export async function tabThrough(page: Page, maxStops = 80): Promise<{ stops: number; unringed: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    (window as unknown as { focusSeen: WeakSet<Element> }).focusSeen = new WeakSet();
  });
  // A click on the window's top-left corner (nothing interactive there) makes Tab start from the top.
  await page.mouse.click(1, 1);
  const unringed: string[] = [];
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const seen = (window as unknown as { focusSeen: WeakSet<Element> }).focusSeen;
      if (!el || el === document.body || seen.has(el)) return null;
      seen.add(el);
      const style = getComputedStyle(el);
      const drawn = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return { label: `${el.localName} "${name}"`, drawn };
    });
    if (!stop) break;
    if (!stop.drawn) unringed.push(stop.label);
  }
  return { stops, unringed };
}
