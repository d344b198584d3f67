import { plainText } from '@shirube/schema';
import { describe, expect, it } from 'vitest';
import { launcherGuides, normalizeSearchText, searchGuides } from './help-search.js';
import { guideWithSteps, page } from './test-fixtures.js';

const guide = (id: string, name: string, title: string, text: string) => {
  const g = guideWithSteps(1, { id, name, helpLauncher: true });
  return { ...g, steps: [{ ...g.steps[0]!, title, content: plainText(text) }] };
};

const receipts = guide('receipts', 'Attach a receipt', 'Upload the photo', 'Drop a JPEG or PDF of the receipt here.');
const expense = guide('expense', '経費を申請する', '新しい経費', 'レシートを添付して、承認者に送信します。');
const approve = guide('approve', 'Approve reports', 'Open the queue', 'Managers approve or send back each receipt.');
const all = [receipts, expense, approve];
const ids = (query: string) => searchGuides(all, query).map((g) => g.id);

describe('help search', () => {
  it('keeps every guide, in order, for a blank query', () => {
    expect(ids('   ')).toEqual(['receipts', 'expense', 'approve']);
  });

  it('ranks a name match above a match in step text only', () => {
    expect(ids('receipt')).toEqual(['receipts', 'approve']);
    expect(ids('approve')).toEqual(['approve']);
  });

  it('ignores case and full-width forms', () => {
    expect(ids('ＲＥＣＥＩＰＴ')).toEqual(['receipts', 'approve']);
    expect(ids('ｊｐｅｇ')).toEqual(['receipts']);
  });

  it('finds Japanese text, half-width katakana and hiragana alike', () => {
    expect(ids('経費')).toEqual(['expense']);
    expect(ids('ﾚｼｰﾄ')).toEqual(['expense']);
    expect(ids('れしーと')).toEqual(['expense']);
  });

  it('needs every term to match somewhere', () => {
    expect(ids('receipt managers')).toEqual(['approve']);
    expect(ids('receipt invoice')).toEqual([]);
  });

  it('searches step titles', () => {
    expect(ids('queue')).toEqual(['approve']);
  });
});

describe('search text normalisation', () => {
  it('folds width, case, kana and spaces the same way for logging', () => {
    expect(normalizeSearchText('  Ｒｅｃｅｉｐｔ\u3000 ＰＤＦ ')).toBe('receipt pdf');
    expect(normalizeSearchText('けいひ')).toBe(normalizeSearchText('ｹｲﾋ'));
  });
});

describe('launcher guides', () => {
  const here = page('/reports');

  it('offers flagged walkthroughs allowed on the page and admitting the user', () => {
    const unflagged = { ...receipts, id: 'plain', helpLauncher: false };
    const elsewhere = { ...approve, displayRules: { urlPatterns: ['/approvals/**'] } };
    const hotspots = { ...expense, id: 'spots', kind: 'hotspots' as const };
    const hidden = { ...expense, id: 'hidden' };
    const offered = launcherGuides([receipts, unflagged, elsewhere, hotspots, hidden, expense], here, (g) => g.id !== 'hidden');
    expect(offered.map((g) => g.id)).toEqual(['receipts', 'expense']);
    expect(launcherGuides([elsewhere], page('/approvals/7'), () => true)).toEqual([elsewhere]);
  });
});
