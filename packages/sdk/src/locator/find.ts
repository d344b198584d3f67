import { MATCH_THRESHOLD, pickMatch, scoreTarget, withRow, type Score } from '@shirube/core';
import type { Target, TargetMissingReason } from '@shirube/schema';
import { ownSignals } from './capture.js';
import { addContext, newCache } from './context.js';
import { isVisible } from './dom-text.js';

/** A located element, or why there is none. */
export type LocateResult =
  | { element: Element; reason?: undefined }
  | { element: null; reason: TargetMissingReason };

// About the most that the context still unread can move a candidate (row, heading, position, landmark).
const CONTEXT_POINTS = 11;

/** The first visible element, else `not_visible`. */
const settle = (found: Element[]): LocateResult => {
  const element = found.find(isVisible);
  return element ? { element } : { element: null, reason: 'not_visible' };
};

function locate(want: Target, root: ParentNode): LocateResult {
  const roots = [root];
  // Shadow roots are walked only for targets recorded inside one: it costs a pass over the page.
  if (want.hosts) {
    for (let i = 0; i < roots.length; i++) for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const every = (selector: string) => roots.flatMap((r) => Array.from(r.querySelectorAll(selector)));

  if (want.guideId) {
    const found = every('[data-guide-id]').filter((el) => el.getAttribute('data-guide-id') === want.guideId);
    if (found.length) return settle(found);
  }
  if (want.selector) {
    let found: Element[] = [];
    try {
      found = every(want.selector);
    } catch {
      // An invalid expert selector falls through to the signals.
    }
    if (found.length === 1 && found[0]!.localName === want.tag) return settle(found);
  }

  // One element carries the recorded test id, has the recorded tag and says what the target said:
  // it is the target, without scoring every link and button on the page.
  const [name, value] = Object.entries(want.attrs ?? {}).find(([key]) => /^data-(testid|test|cy|qa)$/.test(key)) ?? [];
  if (value && !want.row) {
    const found = every(`[${name}]`).filter((el) => el.getAttribute(name!) === value);
    const score = found.length === 1 && found[0]!.localName === want.tag && scoreTarget(want, ownSignals(found[0]!, want, newCache(), true));
    if (score && score.said && score.points >= score.available * MATCH_THRESHOLD) return settle(found);
  }

  // Candidates: the tag, the role's own tag, and anything carrying the role (a `div role=button`).
  // A button rebuilt as a link or the reverse is looked for only when that finds nothing, since
  // pages hold many more links than buttons.
  const role = want.role ?? ({ button: 'button', a: 'link' } as Record<string, string>)[want.tag];
  const found = search(want, roots, [want.tag, ({ button: 'button', link: 'a' } as Record<string, string>)[role!]], role);
  const other = ({ button: 'a', a: 'button' } as Record<string, string>)[want.tag];
  return found.reason === 'not_found' && other ? search(want, roots, [other]) : found;
}

function search(want: Target, roots: ParentNode[], tags: Array<string | undefined>, role?: string): LocateResult {
  const candidates = new Set<Element>();
  for (const r of roots) {
    for (const tag of new Set(tags)) {
      if (tag) for (const el of 'getElementsByTagName' in r ? (r as Element).getElementsByTagName(tag) : r.querySelectorAll(tag)) candidates.add(el);
    }
    if (role && /^[a-z]+$/.test(role)) for (const el of r.querySelectorAll(`[role=${role}]`)) candidates.add(el);
  }

  const root = roots[0]!;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const lang = doc.documentElement?.lang;
  // Whether the page language changed since capture; unknown without `lang` on both pages.
  let translated = want.lang && lang ? want.lang.split('-')[0] !== lang.split('-')[0] : undefined;
  const cache = newCache();
  const quick = new Map<Element, Target>();
  const full = new Map<Element, Target>();
  let alone = false;
  const score = (el: Element, signals: Target): [Score, Element] => [scoreTarget(want, signals, translated, alone), el];
  // Rescores the best `keep` candidates (and any tied with the last of them within `slack` of the
  // top: in a table of look-alikes only the rows tell them apart), reading more of each.
  let ranked: Array<[Score, Element]> = [];
  const byPoints = (a: [Score, Element], b: [Score, Element]) => b[0].points - a[0].points;
  const narrow = (keep: number, slack: number, read: (el: Element) => Target) => {
    const top = ranked[0]?.[0].points ?? 0;
    const cut = ranked[keep - 1]?.[0].points ?? -Infinity;
    ranked = ranked
      .filter((c, i) => i < keep || (c[0].points >= cut && c[0].points >= top - slack))
      .map(([, el]) => score(el, read(el)))
      .sort(byPoints);
  };
  const fullSignals = (el: Element) => full.get(el) ?? full.set(el, ownSignals(el, want, cache)).get(el)!;

  // Identity first (attributes, id, wording) for every candidate; look-alikes read the same, so
  // their score is worked out once per kind.
  const kinds = new Map<string, Score>();
  const kindOf = new Map<Element, string>();
  const identity = (el: Element) => {
    const key = kindOf.get(el)!;
    return kinds.get(key) ?? kinds.set(key, scoreTarget(want, quick.get(el)!, translated, alone)).get(key)!;
  };
  ranked = [...candidates]
    .map((el): [Score, Element] => {
      const signals = ownSignals(el, want, cache, true);
      quick.set(el, signals);
      kindOf.set(el, JSON.stringify(signals));
      return [identity(el), el];
    })
    .sort(byPoints);
  // Some element still says what the target said: the page was not translated, so wording that
  // differs elsewhere is not excused as a translation. If only one says it, and the target said it
  // alone at capture too, it is the target wherever it is now.
  const saying = ranked.filter((c) => c[0].said).length;
  if (saying) translated ??= false;
  alone = saying === 1;
  kinds.clear();
  // Then the key of the row among the leaders, which settles tables of look-alikes cheaply; then
  // classes, icon and ancestry; then all context.
  if (want.row) {
    const top = ranked[0]?.[0].points ?? 0;
    const cut = ranked[59]?.[0].points ?? -Infinity;
    ranked = ranked
      .filter((c, i) => i < 60 || (c[0].points >= cut && c[0].points >= top - 3))
      .map(([, el]): [Score, Element] => {
        const base = identity(el);
        return [withRow(base, want, addContext(el, quick.get(el)!, want, cache, true), translated, alone), el];
      })
      .sort(byPoints);
  }
  narrow(20, 3, (el) => (want.row ? addContext(el, fullSignals(el), want, cache, true) : fullSignals(el)));
  narrow(8, CONTEXT_POINTS, (el) => addContext(el, fullSignals(el), want, cache));
  const pick = pickMatch(
    ranked.map((c) => c[0]),
    (i) => isVisible(ranked[i]![1]),
  );
  return typeof pick === 'number' ? { element: ranked[pick]![1] } : { element: null, reason: pick };
}

/**
 * Finds the element a target describes, or says why there is none: `not_found` when nothing
 * matches enough of it, `ambiguous` when two visible elements match about equally (a wrong element
 * is worse than none), `not_visible` when the match is on the page but hidden. An explicit
 * `data-guide-id` wins outright; an expert `selector` is used when it matches exactly one element
 * of the recorded tag. Open shadow roots are searched for targets recorded inside one. Never throws.
 */
export function locateTarget(target: Target, root: ParentNode = document): LocateResult {
  try {
    return locate(target, root);
  } catch {
    return { element: null, reason: 'not_found' };
  }
}

/** The element a target describes, or null: `locateTarget(...).element`. */
export function findTarget(target: Target, root: ParentNode = document): Element | null {
  return locateTarget(target, root).element;
}
