import { launcherGuides, normalizeSearchText, searchGuides } from '@shirube/core';
import { plainText, uuidv7, type GuideInput, type PublishedGuide, type ShirubeEvent } from '@shirube/schema';
import { officeTime, type SampleAccount } from './sample-accounts.js';
import type { Random } from './seeded-random.js';

/*
 * The help launcher of the demo: two on-demand guides listed in it, and what the sample users
 * typed into it over the month. Result counts come from core's own search over the listed
 * guides, so the Help searches page shows exactly what users would have seen.
 */

const THEME = { brandColor: '#4f46e5', radius: 12 };

/** Help articles start only when a user picks them in the help launcher. */
const ON_DEMAND: GuideInput['targeting'] = { audience: { match: 'all', conditions: [] }, trigger: { kind: 'manual' } };

/** Listed in the help launcher on the new-report form. */
export const RECEIPT_HELP_GUIDE: GuideInput = {
  name: 'Attach a receipt',
  helpLauncher: true,
  targeting: ON_DEMAND,
  displayRules: { urlPatterns: ['/reports/new'] },
  theme: THEME,
  steps: [
    {
      id: 'why',
      kind: 'modal',
      title: 'Add the receipt (領収書・レシート)',
      advance: 'next',
      content: plainText('Drop a photo or PDF of the receipt on the form. Reports over ¥5,000 need one before approval.'),
    },
    {
      id: 'submit',
      kind: 'tooltip',
      title: 'Then submit',
      advance: 'next',
      placement: 'top',
      target: { v: 1, tag: 'button', attrs: { 'data-testid': 'report-submit' }, text: 'Create report' },
      content: plainText('The receipt is saved with the report; your approver sees it next to the amount.'),
    },
  ],
};

/** Listed in the help launcher on a report's page. */
export const REIMBURSEMENT_HELP_GUIDE: GuideInput = {
  name: 'Track a reimbursement',
  helpLauncher: true,
  targeting: ON_DEMAND,
  displayRules: { urlPatterns: ['/reports/r-*'] },
  theme: THEME,
  steps: [
    {
      id: 'timeline',
      kind: 'tooltip',
      title: 'Where is my money?',
      advance: 'next',
      placement: 'top',
      target: { v: 1, tag: 'ol', attrs: { 'data-testid': 'report-timeline' } },
      content: plainText('Approval, rejection and payout (精算・振込) are all recorded here, with who did it and when.'),
    },
  ],
};

/** What people type, and how often: a mix of questions the guides answer and ones nothing answers yet. */
const QUERIES: ReadonlyArray<readonly [query: string, weight: number, page: string]> = [
  ['receipt', 9, '/reports/new'],
  ['レシート', 7, '/reports/new'],
  ['Receipt photo', 3, '/reports/new'],
  ['reimbursement', 6, '/reports/r-1001'],
  ['精算', 4, '/reports/r-1001'],
  ['approval', 3, '/reports/r-1001'],
  ['mileage', 8, '/reports/new'],
  ['交通費', 7, '/reports/new'],
  ['export csv', 5, '/reports'],
  ['ＣＳＶ', 3, '/reports'],
  ['per diem', 3, '/reports/new'],
  ['invoice', 2, '/reports/new'],
  ['delete account', 1, '/settings'],
];

/** How often someone who found a guide picks it. */
const PICK_RATE = 0.6;

function weightedQuery(random: Random) {
  const total = QUERIES.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const entry of QUERIES) {
    roll -= entry[1];
    if (roll < 0) return entry;
  }
  return QUERIES[0]!;
}

/** The listed guides a query finds on a page, as the SDK's launcher would show them. */
function found(guides: readonly PublishedGuide[], query: string, path: string): PublishedGuide[] {
  const page = { href: `https://keihi.example${path}`, path, search: '', hash: '' };
  return searchGuides(launcherGuides(guides, page, () => true), query);
}

/**
 * One `help_search` event per search, for about a third of the sample users, one to three each
 * on days after the one they joined. Returned per user, in time order, ready to be cut into batches.
 */
export function simulateHelpSearches(random: Random, accounts: readonly SampleAccount[], guides: readonly PublishedGuide[], now: number): ShirubeEvent[][] {
  const out: ShirubeEvent[][] = [];
  for (const account of accounts) {
    for (const user of account.users) {
      // Searches come on later days than a person's first sign-in, when they know the app enough to look for help.
      if (user.joinedDaysAgo < 2 || !random.chance(0.35)) continue;
      const events: ShirubeEvent[] = [];
      const times = Array.from({ length: random.int(1, 3) }, () => officeTime(random, now, random.int(1, user.joinedDaysAgo - 1), account.utcOffsetHours)).sort((a, b) => a - b);
      for (const at of times) {
        const [query, , path] = weightedQuery(random);
        if (normalizeSearchText(query) === '') continue;
        const results = found(guides, query, path);
        const picked = results.length > 0 && random.chance(PICK_RATE) ? results[0]!.id : undefined;
        const timestamp = at + user.clockSkewMs;
        events.push({
          id: uuidv7(timestamp),
          type: 'help_search',
          query,
          resultCount: results.length,
          ...(picked && { pickedGuideId: picked }),
          anonymousId: user.anonymousId,
          userId: user.userId,
          accountId: account.accountId,
          timestamp,
          path,
          locale: user.locale,
        });
      }
      out.push(events);
    }
  }
  return out;
}
