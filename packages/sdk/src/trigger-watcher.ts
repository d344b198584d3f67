import type { TriggerFact } from '@shirube/core';
import type { PublishedGuide, Target } from '@shirube/schema';
import { listen } from './listen.js';

/** Element checks after DOM changes run at most this often: triggers need not be instant, pages must stay fast. */
const THROTTLE_MS = 250;

/**
 * Observes what element triggers wait for, and only when a published guide has one: one capture-phase
 * click listener (clicks on the trigger's element), and one throttled DOM observer (elements appearing).
 * Returns the cleanup.
 */
export function watchTriggers(
  doc: Document,
  guides: readonly PublishedGuide[],
  find: (target: Target) => Element | null,
  offer: (fact: TriggerFact) => void,
): () => void {
  const kinds = new Set(guides.map((guide) => guide.targeting?.trigger?.kind));
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    pending ??= setTimeout(() => {
      pending = undefined;
      offer({ type: 'check' });
    }, THROTTLE_MS);
  });
  if (kinds.has('element_appears')) observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
  const unlistenClick = kinds.has('element_clicked')
    ? listen(doc, 'click', (event) => offer({ type: 'click', hit: (target) => !!find(target)?.contains(event.target as Node) }), true)
    : undefined;
  return () => {
    observer.disconnect();
    clearTimeout(pending);
    unlistenClick?.();
  };
}
