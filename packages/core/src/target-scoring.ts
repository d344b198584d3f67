import type { Target, TargetMissingReason } from '@shirube/schema';

/**
 * How well a page element matches a recorded `Target`, as plain arithmetic over two signal objects
 * (the recorded one and the candidate's, both `Target`-shaped), so the SDK's DOM side only reads
 * signals and the rules can be tested without a page. Points are evidence: agreement adds, a value
 * both sides have but that differs subtracts, a value only the target has earns nothing but still
 * counts in the points available. Showing a step on the wrong element is worse than showing none,
 * so `pickMatch` demands both a share of the available points and a clear lead over the runner-up.
 */

/** Share of its available points a candidate must reach. */
export const MATCH_THRESHOLD = 0.5;
/** Points the best visible candidate must lead the next visible one by. */
export const MATCH_MARGIN = 1.5;
/** Points a hidden candidate must lead the best visible one by for the target to count as hidden. */
const HIDDEN_LEAD = 4;

// [signal, points when equal, points lost when different]. A different test id, name or type is
// close to proof of another element (unless test ids were renamed wholesale, see below); ids and
// icons are renamed now and then.
const IDS: Array<[string, number, number]> = [
  ['data-testid', 10, 10],
  ['data-test', 10, 10],
  ['data-cy', 10, 10],
  ['data-qa', 10, 10],
  ['id', 5, 4],
  ['name', 5, 5],
  ['for', 3, 2],
  ['type', 1, 3],
  ['icon', 4, 3],
];
// [signal, points when the same]. Wording is reworded between releases and translated wholesale,
// so it is compared by similarity and disagreement costs a fixed amount once, not per signal.
const WORDS: Array<[string, number]> = [
  ['text', 5],
  ['label', 5],
  ['aria-label', 4],
  ['placeholder', 3],
  ['alt', 3],
  ['title', 2],
  ['value', 2],
];

const get = (t: Target, key: string) => ((t as Record<string, unknown>)[key] ?? t.attrs?.[key]) as string | undefined;

/** Remembers a pure function's recent results: a page repeats the same texts and ancestries many times. */
function memo<A extends [string, string, ...unknown[]]>(fn: (...args: A) => number): (...args: A) => number {
  const cache = new Map<string, number>();
  return (...args) => {
    if (args[0] === args[1]) return 1;
    const key = args.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size > 2_000) cache.clear();
      cache.set(key, (value = fn(...args)));
    }
    return value;
  };
}

const jaccard = (x: Set<string>, y: Set<string>) => {
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / (x.size + y.size - both) || 0;
};
// Words, with plural and tense endings dropped so "Approvals" ~ "Approval queue".
const words = (s: string) => new Set(s.split(/[\s\p{P}\p{S}]+/u).filter(Boolean).map((w) => (w.length > 4 ? w.replace(/(e?s|ed|ing)$/, '') : w)));
const pairs = (s: string) => {
  const chars = [...s];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
};

// A number standing alone ("3 items", "Inbox (3)") is a count that changes with the data; one
// inside a token ("A-12", "INV-7") or a year ("Meeting notes 2023") is a name.
const counts = (s: string) => s.replace(/(^|[\s(])(?!(19|20)\d\d(?!\d))\d[\d,.]*(?=$|[\s)])/g, '$10');

/**
 * Similarity of two normalised texts in [0, 1]: 1 when equal ignoring case, 0.9 when only counts
 * differ ("3 items"; unless `numbers` matter, as in a heading "Invoice 12"), 0.7 when every word
 * of one is in the other ("Save" ~ "Save changes"), else the share of words in common. Single
 * words (and unspaced scripts such as Japanese) are also compared by character pairs, so
 * "Colour" ~ "Color"; phrases are not, because two phrases sharing a long word ("Export CSV",
 * "Export PDF") are usually different things.
 */
export const textSimilarity = memo((a: string, b: string, numbers = false): number => {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const [x, y] = [words(a), words(b)];
  const [few, many] = x.size < y.size ? [x, y] : [y, x];
  return a === b ? 1
    : !numbers && counts(a) === counts(b) ? 0.9
    : Math.max(jaccard(x, y), few.size && [...few].every((w) => many.has(w)) ? 0.7 : 0, x.size < 2 && y.size < 2 ? jaccard(pairs(a), pairs(b)) : 0);
});

/** A class without its modifier: `el-button--primary` -> `el-button`, `btn-primary` -> `btn`. */
const stem = (c: string) => c.replace(/(--?|__?)[a-z]+$/i, '');

/** Href shape without a leading locale and with id-like segments masked: `/en/invoices/INV-12` -> `/invoices/#`. */
export const hrefPattern = (href: string): string =>
  href.replace(/^\/[a-z]{2}(-[a-z]{2})?(?=\/)/i, '').replace(/[^/?&=#]*\d[^/?&=#]*/g, '#');

/**
 * How much of an ancestry (`li ul.menu nav`, nearest first) a candidate's longer one contains in
 * order, so inserted wrapper divs cost little: each token is matched to the next ancestor of the
 * same tag, in full if the class agrees too, half if not. Nearer ancestors weigh more.
 */
export const pathSimilarity = memo((want: string, got: string): number => {
  const tag = (token: string) => token.split('.')[0];
  const have = got.split(' ');
  let from = 0;
  let found = 0;
  let total = 0;
  want.split(' ').forEach((token, i) => {
    const at = have.findIndex((h, j) => j >= from && tag(h) === tag(token));
    total += 1 / (i + 1);
    if (at >= 0) (found += (have[at] === token ? 1 : 0.5) / (i + 1)), (from = at + 1);
  });
  return found / total;
});

/**
 * A candidate's points against a target, the points it could have earned, whether some of its
 * wording is the target's (`said`) and whether none even resembles it (`unworded`).
 */
export interface Score {
  points: number;
  available: number;
  said?: boolean;
  unworded?: boolean;
}

/**
 * Scores a candidate against a target. `translated` says whether the page language changed since
 * capture: `true` (it did), `false` (it did not), `undefined` (unknown: no `lang` on the pages).
 * When it changed, or is unknown and none of the wording is even similar (a translation, or
 * another element), differing wording and headings are left out of the points available, so the
 * rest of the evidence must carry the match, and that must include the same position.
 */
export function scoreTarget(want: Target, got: Target, translated?: boolean, alone?: boolean): Score {
  let points = want.tag === got.tag ? 1 : 0;
  let available = 1;
  // A signal the target has: its weight becomes available, the candidate earns `earned` of it.
  const count = (weight: number, earned: number) => ((available += weight), (points += earned));
  for (const [key, weight, conflict] of IDS) {
    const a = get(want, key);
    if (!a) continue;
    const b = get(got, key);
    // A test id renamed in a test refactor (`nav-reports` -> `sidebar-reports`) is no evidence
    // either way, but one that differs only in a number (`row-3-edit`) or that a neighbour of the
    // target had is another element's.
    if (weight > 5 && b && a !== b && a.replace(/\d+/g, '') !== b.replace(/\d+/g, '') && !want.near?.includes(b)) points -= 3;
    // An icon that is gone is a different rendering; other identifiers come and go.
    else count(weight, !b ? (key === 'icon' ? -2 : 0) : a === b ? weight : -conflict);
  }
  const href = want.attrs?.href;
  const other = got.attrs?.href;
  if (href) count(5, !other ? 0 : href === other ? 5 : hrefPattern(href) === hrefPattern(other) ? 2.5 : -5);

  let said = false; // some wording is the same
  let partly = false; // some wording is at least similar
  let unsaid = 0; // weight of wording that is not even similar
  let mute = false; // the text or label is gone: that is not a translation
  for (const [key, weight] of WORDS) {
    const a = get(want, key);
    if (!a) continue;
    const b = get(got, key);
    available += weight;
    if (!b) mute ||= weight > 4;
    else {
      const sim = textSimilarity(a, b);
      said ||= sim >= 0.8;
      if (sim >= 0.35) (points += weight * sim), (partly = true);
      else unsaid += weight;
    }
  }
  const reworded = translated ?? (!partly && unsaid > 0);
  // Its wording was unique at capture and this is the one element saying it now: the same element,
  // wherever the release put it, so where it sits now is no evidence against it.
  const moved = said && alone && want.twins === 0;
  const against = (penalty: number) => (moved ? 0 : penalty);
  if (reworded) available -= unsaid;
  if (!partly && unsaid && !translated) points -= 2;
  if (mute) points -= 5;
  // A candidate saying what a neighbour of the target said at capture time is that neighbour,
  // typically moved into the target's place after the target was removed.
  const own = (got.text ?? got.label)?.slice(0, 40);
  if (!translated && own && own !== (want.text ?? want.label)?.slice(0, 40) && want.near?.includes(own)) points -= 10;

  // A link that became a menu item is still clicked; a button that became a checkbox is not.
  const acts = (role?: string) => /^(button|link|menuitem|tab|option)$/.test(role ?? '');
  if (want.role) count(1, !got.role ? 0 : want.role === got.role ? 1 : acts(want.role) && acts(got.role) ? 0 : -2);
  const classes = got.classes ?? [];
  if (want.classes?.length) {
    const shared = want.classes.filter((c) => classes.includes(c)).length;
    // Another variant of the same component class (`btn-primary` / `btn-secondary`) is another button.
    const variant = want.classes.some((c) => stem(c) !== c && !classes.includes(c) && classes.some((d) => stem(d) === stem(c)));
    const similar = (shared ? (2 * shared) / new Set([...want.classes, ...classes]).size : -0.5) - (variant ? 1 : 0);
    // Where wording is no evidence, classes the target shared with others at capture prove nothing.
    count(2, !classes.length ? 0 : reworded && want.alike ? Math.min(0, similar) : similar);
  }
  // Ancestry only counts for: an element moved elsewhere in the layout is still itself, unless
  // structure has to stand in for wording.
  const path = want.path && got.path ? pathSimilarity(want.path, got.path) : 0;
  if (want.path) count(2, path >= 0.5 ? 2 * path : reworded ? -3 : 0);
  const { index: i, siblings: n } = want;
  const { index: j, siblings: m } = got;
  if (i !== undefined) {
    // Position says much while the number of siblings is unchanged; after an insertion or removal
    // the same place from the start or from the end says little, and a different one nothing;
    // but structure cannot stand in for wording from another place.
    const kept = i === j || (j !== undefined && (n ?? 0) - i === (m ?? 0) - j);
    count(1.5, j === undefined ? 0 : n === m && kept ? 1.5 : kept ? 0.5 : against(reworded ? -3 : n === m ? -0.5 : 0));
  }
  if (want.hosts) count(1, !got.hosts ? 0 : `${want.hosts}` === `${got.hosts}` ? 1 : -1);

  // Context is what tells look-alikes apart: the same wording in another row or under another
  // heading is the look-alike next door, so it counts heavily against. A row is told by its key
  // (first) cell, usually data that translation leaves alone. A heading is wording: when the
  // element's own wording changed too, or its row already says which it is, it says little.
  // An element that has left its table or section (moved) has no context to compare.
  // A candidate in a row or under a heading where the target had none is elsewhere.
  if (!want.heading && got.heading) points += against(-1);
  // A dialog's button is not on the page any more once the dialog closed.
  if (want.landmark && !got.landmark) points += against(/dialog/.test(want.landmark) ? -5 : -1);
  const row = rowEvidence(want, got, translated, !!moved);
  points += row.points;
  available += row.available;
  const sameRow = row.same;
  if (want.heading) {
    const sim = got.heading ? textSimilarity(want.heading, got.heading, true) : 0.5;
    if (sim >= 0.6) count(3, 3 * sim);
    else if (sim < 0.35 && said && !sameRow && !translated) count(3, against(-8));
    else if (sim < 0.35) points += against(-1);
  }
  if (want.landmark && got.landmark) {
    const same = want.landmark.split(' ')[0] === got.landmark.split(' ')[0];
    count(1, !same ? against(reworded ? -3 : -1) : textSimilarity(want.landmark, got.landmark) >= 0.6 ? 1 : 0.5);
  }
  return { points, available, said, unworded: reworded && !partly };
}

/**
 * What a candidate's row says: whether it is the target's row (`same`), and the points it adds and
 * makes available. Context is what tells look-alikes apart: the same wording in another row is the
 * look-alike next door, so it counts heavily against, unless the element `moved` (its wording was
 * unique then and now). A row is told by its key (first) text, usually data that translation
 * leaves alone. A candidate in a row where the target had none is elsewhere.
 */
export function rowEvidence(want: Target, got: Target, translated: boolean | undefined, moved: boolean): { points: number; available: number; same: boolean } {
  if (!want.row || !got.row) return { points: want.row || moved ? 0 : got.row ? -1 : 0, available: 0, same: false };
  const [a, b] = [want.row, got.row].map((row) => row.toLowerCase().split(' | ')) as [string[], string[]];
  // The key text must agree, and most of the others where both were read: two cards with the
  // same label ("Bug") and different titles are different rows.
  const same = a[0] === b[0] && (a.length < 2 || b.length < 2 || 2 * a.filter((cell) => b.includes(cell)).length > a.length);
  // After a translation the page announced, the key cell may be a translated date or category:
  // then another cell with a number that is still the same (an amount) says it is the same row
  // (a status that is the same says nothing: many rows share it), and none says little.
  if (same || !translated) return { points: !same ? (moved ? 0 : -12) : a[1] === b[1] ? 5 : 3, available: 5, same };
  return { points: a.some((cell, i) => i && /\d/.test(cell) && cell === b[i]) ? 2 : -1.5, available: 0, same };
}

/**
 * A score with the candidate's row added: the cheap pass over a table of look-alikes scores the
 * rest once per kind of candidate and adds each one's row. Equals `scoreTarget` on signals with the row.
 */
export function withRow(score: Score, want: Target, got: Target, translated: boolean | undefined, alone: boolean): Score {
  const row = rowEvidence(want, got, translated, !!score.said && alone && want.twins === 0);
  return { ...score, points: score.points + row.points, available: score.available + row.available };
}

/**
 * The index of the match among scored candidates sorted by points (best first), or why there is
 * none. The best must reach `MATCH_THRESHOLD` of its available points and lead the next visible
 * candidate by `MATCH_MARGIN` points, half as much again when it matched on structure alone (after a
 * translation), where one coincidence of position weighs more. Hidden candidates are skipped, so a
 * hidden responsive duplicate does not make the visible element ambiguous; but when a hidden one
 * leads every visible one clearly (`HIDDEN_LEAD`), the element is there and hidden. `visible(i)`
 * is asked only near the top.
 */
export function pickMatch(scores: readonly Score[], visible: (i: number) => boolean): number | TargetMissingReason {
  const pass = (s: Score) => s.points >= s.available * MATCH_THRESHOLD;
  const top = scores[0];
  if (!top || !pass(top)) return 'not_found';
  let best = -1;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (best >= 0 && s.points <= scores[best]!.points - MATCH_MARGIN * (scores[best]!.unworded ? 1.5 : 1)) break;
    if (best < 0 && (!pass(s) || s.points <= top.points - HIDDEN_LEAD)) return 'not_visible';
    if (!visible(i)) continue;
    if (best >= 0) return 'ambiguous';
    best = i;
  }
  return best < 0 ? 'not_visible' : best;
}
