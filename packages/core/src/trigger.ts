import type { Target, Trigger } from '@shirube/schema';

/**
 * What the SDK just observed: a page check (load, route change, DOM change, identify), a click,
 * or a `Shirube.track` event. Element facts are answered by the platform, so this stays DOM-free.
 */
export type TriggerFact =
  | { type: 'check' }
  | { type: 'click'; hit: (target: Target) => boolean }
  | { type: 'track'; name: string };

/**
 * Whether a guide's start trigger fires on this fact. `present` says whether the target is on the
 * page now. A page-load guide starts on a page check (load, route change, identify, DOM change),
 * not on a click or a track event; a manual one never does here.
 */
export function triggerFires(trigger: Trigger | undefined, fact: TriggerFact, present: (target: Target) => boolean): boolean {
  const t: Trigger = trigger ?? { kind: 'page_load' };
  switch (t.kind) {
    case 'page_load':
      return fact.type === 'check';
    case 'manual':
      return false;
    case 'custom_event':
      return fact.type === 'track' && fact.name === t.name;
    case 'element_appears':
      return !!t.target && present(t.target);
    case 'element_clicked':
      return !!t.target && fact.type === 'click' && fact.hit(t.target);
  }
}
