import { richTextToPlain, type PublishedGuide } from '@shirube/schema';
import { matchesDisplayRules } from './display-rules.js';
import { guideKind } from './guide-selection.js';
import type { PageLocation } from './url-pattern.js';

/**
 * Text as help search compares it: NFKC (full-width Latin and digits become half-width, half-width
 * katakana full-width), lower case, hiragana folded onto katakana, runs of white space as one space.
 * The server groups logged queries by the same form, so "Ｒｅｃｅｉｐｔ" and "receipt" count as one.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The walkthroughs the help launcher offers on this page: flagged for it, with steps, allowed here and admitting the user. */
export function launcherGuides(
  guides: readonly PublishedGuide[],
  page: PageLocation,
  admits: (guide: PublishedGuide) => boolean,
): PublishedGuide[] {
  return guides.filter(
    (g) => g.helpLauncher === true && guideKind(g) === 'walkthrough' && g.steps.length > 0 && matchesDisplayRules(g.displayRules, page) && admits(g),
  );
}

/** Points per field a term is found in: the guide's name says most about what it is for. */
const NAME = 8;
const TITLE = 3;
const TEXT = 1;

/** How well one term matches a field: found at a word start counts more than found inside a word. */
function fieldScore(field: string, term: string, weight: number): number {
  const at = field.indexOf(term);
  if (at < 0) return 0;
  return at === 0 || field[at - 1] === ' ' ? weight * 2 : weight;
}

/**
 * The guides matching a query, best first: every term (split on spaces) must appear in the name,
 * a step title or step text; a blank query keeps them all in their order. Ties keep the given order.
 */
export function searchGuides<G extends PublishedGuide>(guides: readonly G[], query: string): G[] {
  const terms = normalizeSearchText(query).split(' ').filter(Boolean);
  if (terms.length === 0) return [...guides];
  const scored: Array<{ guide: G; score: number }> = [];
  for (const guide of guides) {
    const name = normalizeSearchText(guide.name);
    const titles = normalizeSearchText(guide.steps.map((s) => s.title).join(' '));
    const text = normalizeSearchText(guide.steps.map((s) => richTextToPlain(s.content)).join(' '));
    let score = 0;
    for (const term of terms) {
      const best = Math.max(fieldScore(name, term, NAME), fieldScore(titles, term, TITLE), fieldScore(text, term, TEXT));
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) scored.push({ guide, score });
  }
  // Array.prototype.sort is stable, so equal scores keep the given order.
  return scored.sort((a, b) => b.score - a.score).map((s) => s.guide);
}
