import { plainText, type GuideInput } from '@shirube/schema';

/*
 * The demo app's guides beyond the welcome tour, published with the sample activity so the
 * analytics pages have several guides to compare. Targets describe the demo app's elements the
 * way the in-app builder records them (test id plus visible text or label).
 */

/** The demo app's own accent colour, as in the welcome guide. */
const THEME = { brandColor: '#4f46e5', radius: 12 };

/** Onboarding, step 2 of 3: filling in the first expense report. */
export const CREATE_REPORT_GUIDE: GuideInput = {
  name: 'Create your first report',
  onboarding: true,
  displayRules: { urlPatterns: ['/reports/new'] },
  theme: THEME,
  steps: [
    {
      id: 'title',
      kind: 'tooltip',
      title: 'Name the expense',
      advance: 'target_input',
      placement: 'bottom',
      target: { v: 1, tag: 'input', attrs: { 'data-testid': 'report-title' }, label: 'Title' },
      content: plainText('A short title your approver will recognise, such as "Taxi to client office".'),
    },
    {
      id: 'category',
      kind: 'tooltip',
      title: 'Pick a category',
      advance: 'target_input',
      placement: 'bottom',
      target: { v: 1, tag: 'select', attrs: { 'data-testid': 'report-category' }, label: 'Category' },
      content: plainText('The category decides which account the expense is booked to.'),
    },
    {
      id: 'amount',
      kind: 'tooltip',
      title: 'Enter the amount',
      advance: 'target_input',
      placement: 'bottom',
      target: { v: 1, tag: 'input', attrs: { 'data-testid': 'report-amount' }, label: 'Amount' },
      content: plainText('In yen, consumption tax included, exactly as on the receipt.'),
    },
    {
      id: 'create',
      kind: 'tooltip',
      title: 'Save it',
      advance: 'target_click',
      placement: 'top',
      target: { v: 1, tag: 'button', attrs: { 'data-testid': 'report-submit' }, text: 'Create report' },
      content: plainText('The report is saved as a draft; you send it for approval on the next page.'),
    },
  ],
};

/**
 * Onboarding, step 3 of 3: sending the report on. Its display rule matches every report page,
 * but the Submit button exists only on drafts, so users who first open a colleague's report
 * meet a missing target: the demo's stuck point.
 */
export const SEND_REPORT_GUIDE: GuideInput = {
  name: 'Send a report for approval',
  onboarding: true,
  displayRules: { urlPatterns: ['/reports/r-*'] },
  theme: THEME,
  steps: [
    {
      id: 'status',
      kind: 'tooltip',
      title: 'It starts as a draft',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'span', attrs: { 'data-testid': 'report-status' }, text: 'Draft' },
      content: plainText('Nobody sees a draft but you. The badge changes as the report moves on.'),
    },
    {
      id: 'submit',
      kind: 'tooltip',
      title: 'Submit for approval',
      advance: 'target_click',
      placement: 'bottom',
      target: { v: 1, tag: 'button', attrs: { 'data-testid': 'report-submit-approval' }, text: 'Submit for approval' },
      content: plainText('Your approver is notified straight away.'),
    },
    {
      id: 'timeline',
      kind: 'tooltip',
      title: 'Follow its progress',
      advance: 'next',
      placement: 'top',
      target: { v: 1, tag: 'ol', attrs: { 'data-testid': 'report-timeline' } },
      content: plainText('Every approval, rejection and payout is recorded here with who did it.'),
    },
  ],
};

/** The filters of the Reports list, for users who come back to find an old expense. */
export const FIND_REPORTS_GUIDE: GuideInput = {
  name: 'Find any report',
  displayRules: { urlPatterns: ['/reports'] },
  theme: THEME,
  steps: [
    {
      id: 'search',
      kind: 'tooltip',
      title: 'Search everything',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'input', attrs: { 'data-testid': 'filter-search' }, label: 'Search' },
      content: plainText('Titles, merchants and notes are all searched.'),
    },
    {
      id: 'status',
      kind: 'tooltip',
      title: 'Filter by status',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'select', attrs: { 'data-testid': 'filter-status' }, label: 'Status' },
      content: plainText('Show only what is waiting for approval, or what has been paid.'),
    },
    {
      id: 'category',
      kind: 'tooltip',
      title: 'Filter by category',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'select', attrs: { 'data-testid': 'filter-category' }, label: 'Category' },
      content: plainText('Useful at month end, to check travel or software spend.'),
    },
  ],
};

/** Language and e-mail preferences, on the Settings page. */
export const SETTINGS_GUIDE: GuideInput = {
  name: 'Make Keihi yours',
  displayRules: { urlPatterns: ['/settings'] },
  theme: THEME,
  steps: [
    {
      id: 'language',
      kind: 'tooltip',
      title: 'Your language',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'select', attrs: { 'data-testid': 'language-select' }, label: 'Display language' },
      content: plainText('Keihi speaks Japanese and English; dates and amounts follow your choice.'),
    },
    {
      id: 'notifications',
      kind: 'tooltip',
      title: 'Approval e-mails',
      advance: 'next',
      placement: 'left',
      target: { v: 1, tag: 'input', role: 'switch', attrs: { 'data-testid': 'notify-approvals' }, label: 'Approval requests' },
      content: plainText('Approvers: keep this on so reports do not wait for you.'),
    },
  ],
};
