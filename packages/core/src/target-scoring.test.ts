import type { Target } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import {
  hrefPattern,
  MATCH_MARGIN,
  MATCH_THRESHOLD,
  pathSimilarity,
  pickMatch,
  rowEvidence,
  scoreTarget,
  textSimilarity,
  withRow,
  type Score,
} from './target-scoring.js';

const button = (extra: Partial<Target> = {}): Target => ({ v: 1, tag: 'button', role: 'button', ...extra });
const passes = (s: Score) => s.points >= s.available * MATCH_THRESHOLD;
/** Scores candidates, best first, the way the locator ranks them. */
const rank = (want: Target, got: Target[], translated?: boolean) =>
  got.map((g) => scoreTarget(want, g, translated)).sort((a, b) => b.points - a.points);
const visible = () => true;

describe('textSimilarity', () => {
  it('ignores case and, for captions, changed numbers', () => {
    expect(textSimilarity('Create report', 'create REPORT')).toBe(1);
    expect(textSimilarity('3 unread', '12 unread')).toBe(0.9);
    expect(textSimilarity('Invoice 12', 'Invoice 13', true)).toBeLessThan(0.5);
  });

  it('keeps small rewordings similar and different actions apart', () => {
    expect(textSimilarity('Create report', 'Create new report')).toBeGreaterThanOrEqual(0.6);
    expect(textSimilarity('Approvals', 'Approval queue')).toBeGreaterThanOrEqual(0.35);
    expect(textSimilarity('Colour', 'Color')).toBeGreaterThanOrEqual(0.35);
    expect(textSimilarity('Export CSV', 'Export PDF')).toBeLessThan(0.35);
    expect(textSimilarity('Save', 'Speichern')).toBeLessThan(0.35);
  });

  it('masks counts standing alone but not numbers that are part of a name', () => {
    expect(textSimilarity('Inbox (3)', 'Inbox (12)')).toBe(0.9);
    expect(textSimilarity('Desk A-12', 'Desk A-10')).toBeLessThan(0.8);
    expect(textSimilarity('INV-7', 'INV-8')).toBeLessThan(0.8);
  });

  it('rates a caption contained in the other as similar but not the same', () => {
    expect(textSimilarity('Save', 'Save changes')).toBe(0.7);
    expect(textSimilarity('Notifications', 'Email notifications')).toBe(0.7);
  });

  it('compares unspaced scripts by character pairs', () => {
    expect(textSimilarity('レポートを作成', '新しいレポートを作成')).toBeGreaterThan(0.6);
    expect(textSimilarity('レポートを作成', '設定')).toBe(0);
  });
});

describe('hrefPattern and pathSimilarity', () => {
  it('masks ids and a leading locale in links', () => {
    expect(hrefPattern('/en/invoices/INV-0012/edit')).toBe('/invoices/#/edit');
    expect(hrefPattern('/invoices/3f2a1b9c-4d5e/edit?page=2')).toBe('/invoices/#/edit?page=#');
    expect(hrefPattern('/de/reports')).toBe(hrefPattern('/reports'));
  });

  it('tolerates inserted wrappers and renamed classes in the ancestry', () => {
    expect(pathSimilarity('li ul.menu nav', 'li div ul.menu div nav')).toBe(1);
    expect(pathSimilarity('li ul.menu nav', 'li ul.nav-list nav')).toBeCloseTo((1 + 0.5 / 2 + 1 / 3) / (1 + 1 / 2 + 1 / 3));
    expect(pathSimilarity('li ul.menu nav', 'td tr tbody table')).toBe(0);
  });
});

describe('scoreTarget', () => {
  const want = button({ attrs: { 'data-testid': 'save' }, text: 'Save', path: 'div form', index: 0, siblings: 2 });

  it('gives a candidate agreeing on everything all the available points', () => {
    const score = scoreTarget(want, { ...want });
    expect(score.points).toBe(score.available);
    expect(score.available).toBe(1 + 10 + 1 + 5 + 2 + 1.5); // tag, test id, role, text, path, position
  });

  it('lets a different test id veto an otherwise identical element, unless test ids were renamed', () => {
    const row = { ...want, attrs: { 'data-testid': 'row-3-save' }, near: ['row-4-save'] };
    expect(passes(scoreTarget(row, { ...row, attrs: { 'data-testid': 'row-4-save' } }))).toBe(false);
    expect(passes(scoreTarget(row, { ...row, attrs: { 'data-testid': 'row-13-save' } }))).toBe(false);
    // The test id a neighbour of the target had at capture time.
    const save = { ...want, near: ['save-draft'] };
    expect(passes(scoreTarget(save, { ...save, attrs: { 'data-testid': 'save-draft' } }))).toBe(false);
    // A test refactor renamed it: the rest carries it, at a cost.
    const renamed = scoreTarget(want, { ...want, attrs: { 'data-testid': 'form-save' } });
    expect(passes(renamed)).toBe(true);
    expect(renamed.points).toBeLessThan(scoreTarget(want, { ...want, attrs: {} }).points);
    // Without the test id on the candidate, the rest still carries it.
    expect(passes(scoreTarget(want, { ...want, attrs: {} }))).toBe(true);
  });

  it('treats a different href as evidence against, and the same route with other ids as partial', () => {
    const link: Target = { v: 1, tag: 'a', role: 'link', attrs: { href: '/reports/12' }, text: 'Open' };
    const same = scoreTarget(link, { ...link });
    const otherId = scoreTarget(link, { ...link, attrs: { href: '/reports/13' } });
    const otherRoute = scoreTarget(link, { ...link, attrs: { href: '/settings' } });
    expect(same.points).toBeGreaterThan(otherId.points);
    expect(otherId.points).toBeGreaterThan(otherRoute.points);
    expect(passes(otherRoute)).toBe(false);
  });

  it('tells look-alikes apart by their row, strongly when the wording agrees', () => {
    const edit = button({ attrs: { 'aria-label': 'Edit' }, row: 'INV-002 | Acme', path: 'td tr tbody table' });
    const [mine, other] = [scoreTarget(edit, { ...edit }), scoreTarget(edit, { ...edit, row: 'INV-003 | Acme' })];
    expect(passes(other)).toBe(false);
    expect(mine.points - other.points).toBeGreaterThanOrEqual(MATCH_MARGIN);
  });

  it('rejects a candidate saying what a neighbour of the target said', () => {
    const create = button({ text: 'Create', classes: ['btn'], path: 'div.toolbar main', index: 0, siblings: 3, near: ['Delete', 'Export'] });
    // Create was removed and Delete moved into its place.
    const del = scoreTarget(create, { ...create, text: 'Delete', near: undefined, siblings: 2 });
    expect(passes(del)).toBe(false);
  });

  it('carries a language switch on structure and position', () => {
    const create = button({ text: 'Create', classes: ['btn'], path: 'div.toolbar main', index: 0, siblings: 3, heading: 'Reports', lang: 'en' });
    const page = [
      { ...create, text: 'Erstellen', heading: 'Berichte', index: 0 },
      { ...create, text: 'Löschen', heading: 'Berichte', index: 1 },
      { ...create, text: 'Exportieren', heading: 'Berichte', index: 2 },
    ];
    // The page says its language changed, or says nothing about it.
    for (const translated of [true, undefined]) {
      const scores = rank(create, page, translated);
      expect(pickMatch(scores, visible)).toBe(0);
      expect(scores[0]).toEqual(scoreTarget(create, page[0]!, translated));
    }
    // The page says it is still in the same language: then these are other buttons.
    expect(pickMatch(rank(create, page, false), visible)).toBe('not_found');
  });

  it('does not carry a reworded element on structure when the position changed too', () => {
    const create = button({ text: 'Create', classes: ['btn'], path: 'div.toolbar main', index: 0, siblings: 3 });
    const export_ = scoreTarget(create, { ...create, text: 'Export', index: 1, siblings: 2 });
    expect(passes(export_)).toBe(false);
  });

  it('counts a changed number of siblings as weak evidence either way', () => {
    const field = { v: 1, tag: 'input', role: 'textbox', label: 'Full name', index: 0, siblings: 3 } as Target;
    const shifted = scoreTarget(field, { ...field, label: 'Your full name', index: 1, siblings: 4 });
    const newcomer = scoreTarget(field, { ...field, label: undefined, index: 0, siblings: 4 });
    expect(shifted.points - newcomer.points).toBeGreaterThanOrEqual(MATCH_MARGIN);
  });
});

describe('scoreTarget: moved and removed elements', () => {
  const del = button({ text: 'Delete project', classes: ['btn', 'btn-danger'], path: 'div.actions div.page-head', index: 1, siblings: 2, heading: 'Project settings', twins: 0 });
  const moved = { ...del, path: 'section.card div', index: 2, siblings: 3, heading: 'Danger zone' };

  it('follows wording that was unique then and is unique now to another part of the page', () => {
    expect(passes(scoreTarget(del, moved, false, true))).toBe(true);
  });

  it('does not follow it when other elements say the same now, or said it at capture', () => {
    expect(passes(scoreTarget(del, moved, false, false))).toBe(false);
    expect(passes(scoreTarget({ ...del, twins: 2 }, moved, false, true))).toBe(false);
  });

  it('does not take a row button for the button of a dialog that closed', () => {
    const confirm = button({ text: 'Delete', classes: ['btn', 'danger'], path: 'div.modal div.modal-root', landmark: 'alertdialog', heading: 'Delete API key?', twins: 2 });
    const rowButton = button({ text: 'Delete', classes: ['btn-link', 'danger'], path: 'li ul.api-keys div', row: 'sk_live_a81f' });
    expect(passes(scoreTarget(confirm, rowButton, false, false))).toBe(false);
  });
});

describe('rows', () => {
  const edit = button({ text: 'Edit', classes: ['btn-sm'], row: 'INV-1 | Acme KK | Paid', index: 0, siblings: 2 });

  it('needs the key text and most of the others to agree', () => {
    expect(rowEvidence(edit, { ...edit, row: 'INV-1 | Acme KK | Overdue' }, false, false).same).toBe(true);
    expect(rowEvidence(edit, { ...edit, row: 'INV-2 | Acme KK | Paid' }, false, false).same).toBe(false);
    const card = { ...edit, row: 'Bug | Fix login redirect' };
    expect(rowEvidence(card, { ...card, row: 'Bug | Fix logout redirect' }, false, false).same).toBe(false);
    // The cheap pass reads only the key text.
    expect(rowEvidence(edit, { ...edit, row: 'INV-1' }, false, false).same).toBe(true);
  });

  it('adds to a score exactly what scoring with the row gives', () => {
    const got = { ...edit, row: undefined };
    for (const row of ['INV-1 | Acme KK | Paid', 'INV-2 | Acme KK | Paid', 'INV-1']) {
      for (const translated of [false, true, undefined]) {
        const added = withRow(scoreTarget(edit, got, translated, false), edit, { ...got, row }, translated, false);
        expect(added).toEqual(scoreTarget(edit, { ...got, row }, translated, false));
      }
    }
  });
});

describe('scoreTarget: classes', () => {
  const primary = button({ text: 'Create report', classes: ['el-button', 'el-button--primary'], path: 'div.actions div.header', index: 1, siblings: 2, heading: 'Reports', alike: 0 });

  it('sets another variant of the same component apart when the wording cannot tell', () => {
    const scores = rank(primary, [
      { ...primary, text: 'レポートを作成', heading: 'レポート', index: 2, siblings: 3 },
      { ...primary, text: 'エクスポート', heading: 'レポート', classes: ['el-button', 'el-button--default'], index: 1, siblings: 3 },
    ], true);
    expect(pickMatch(scores, visible)).toBe(0);
    expect(scores[0]!.points - scores[1]!.points).toBeGreaterThanOrEqual(1.5 * MATCH_MARGIN);
  });

  it('gives no credit after a translation to classes the target shared with its neighbours', () => {
    const legacy = { ...primary, classes: ['btn', 'btn--secondary'], alike: 1 };
    const sibling = { ...legacy, text: 'エクスポート', heading: '仕訳', index: 0, siblings: 2 };
    const distinct = scoreTarget({ ...legacy, alike: 0 }, sibling, true);
    const shared = scoreTarget(legacy, sibling, true);
    expect(shared.points).toBeLessThan(distinct.points);
  });
});

describe('pickMatch', () => {
  const s = (points: number, available = 10): Score => ({ points, available });

  it('needs the threshold share of the available points', () => {
    expect(pickMatch([], visible)).toBe('not_found');
    expect(pickMatch([s(4.9)], visible)).toBe('not_found');
    expect(pickMatch([s(5)], visible)).toBe(0);
  });

  it('needs a clear lead over the runner-up', () => {
    expect(pickMatch([s(9), s(9 - MATCH_MARGIN + 0.1)], visible)).toBe('ambiguous');
    expect(pickMatch([s(9), s(9 - MATCH_MARGIN)], visible)).toBe(0);
  });

  it('needs a bigger lead when the best matched on structure alone', () => {
    const structural = { ...s(9), unworded: true };
    expect(pickMatch([structural, s(9 - 1.5 * MATCH_MARGIN + 0.1)], visible)).toBe('ambiguous');
    expect(pickMatch([structural, s(9 - 1.5 * MATCH_MARGIN)], visible)).toBe(0);
  });

  it('skips a hidden duplicate but reports a clearly better hidden match as not visible', () => {
    expect(pickMatch([s(9), s(8.9), s(3)], (i) => i !== 0)).toBe(1);
    expect(pickMatch([s(9), s(5)], (i) => i !== 0)).toBe('not_visible');
    expect(pickMatch([s(9), s(6)], (i) => i !== 0)).toBe(1);
    expect(pickMatch([s(9)], () => false)).toBe('not_visible');
  });

  it('asks for visibility only near the top', () => {
    const asked: number[] = [];
    pickMatch([s(9), s(5), s(5), s(4)], (i) => (asked.push(i), true));
    expect(asked).toEqual([0]);
  });
});
