import { plainText, type GuideInput } from '@shirube/schema';

/*
 * Ambient samples for the demo app: hotspots that explain the dashboard without interrupting, and
 * a maintenance banner. Published by seed-demo after the welcome tour, which keeps priority on
 * the dashboard: the banner (a one-step walkthrough) shows once the tour is done or closed.
 */

const THEME = { brandColor: '#4f46e5', radius: 12 };

/** Hotspots on the dashboard, each shown until the user dismisses it with "Got it". */
export const DASHBOARD_TIPS: GuideInput = {
  name: 'Dashboard tips',
  kind: 'hotspots',
  hotspotVisibility: 'until_dismissed',
  displayRules: { urlPatterns: ['/'] },
  theme: THEME,
  steps: [
    {
      id: 'pending',
      kind: 'tooltip',
      title: 'Waiting for approval',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'section', attrs: { 'data-testid': 'kpi-pending' } },
      content: plainText('Reports your approver has not decided on yet. Approvers get a reminder after three days.'),
    },
    {
      id: 'language',
      kind: 'tooltip',
      title: 'Keihi in Japanese',
      advance: 'next',
      placement: 'bottom-end',
      target: { v: 1, tag: 'div', role: 'group', attrs: { 'data-testid': 'language-switch' }, text: 'English 日本語' },
      content: plainText('Switch between English and 日本語 at any time; amounts and dates follow.'),
    },
  ],
};

/** A banner across the top of the dashboard; it only closes, there is nothing to do. */
export const MAINTENANCE_BANNER: GuideInput = {
  name: 'Scheduled maintenance on Saturday',
  displayRules: { urlPatterns: ['/'] },
  theme: { brandColor: '#1e3a8a', radius: 12 },
  steps: [
    {
      id: 'notice',
      kind: 'banner',
      title: 'Scheduled maintenance on Saturday',
      advance: 'next',
      position: 'top',
      button: false,
      content: plainText('Keihi is unavailable from 22:00 to 24:00 JST while we upgrade our servers. Drafts are saved.'),
    },
  ],
};
