import { plainText, type GuideInput } from '@shirube/schema';

/** Name of the sample project `seed-demo` creates (and finds again on later runs). */
export const DEMO_PROJECT_NAME = 'Demo: Expense reports';

/** Name of the sample guide. */
export const DEMO_GUIDE_NAME = 'Welcome to Expenses';

/**
 * A three-step welcome tour of the demo expense-report app's dashboard; onboarding, step 1 of 3.
 * Written in English with a Japanese translation: the demo's 日本語 switch shows it in Japanese.
 */
export const DEMO_GUIDE: GuideInput = {
  name: DEMO_GUIDE_NAME,
  onboarding: true,
  displayRules: { urlPatterns: ['/'] },
  // The demo app's own accent colour, as a customer would match their brand.
  theme: { brandColor: '#4f46e5', radius: 12 },
  steps: [
    {
      id: 'welcome',
      kind: 'modal',
      title: 'Welcome to Expenses',
      advance: 'next',
      content: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'File your expenses in minutes. This short tour shows you how to create your ' },
            { type: 'text', text: 'first expense report', bold: true },
            { type: 'text', text: ' and where to find it afterwards.' },
          ],
        },
      ],
    },
    {
      id: 'new-report',
      kind: 'tooltip',
      title: 'Create a report',
      advance: 'next',
      placement: 'bottom',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'new-report' }, text: 'New report' },
      content: plainText('Start here: add receipts, pick a category, and submit the report for approval.'),
    },
    {
      id: 'nav-reports',
      kind: 'tooltip',
      title: 'All your reports',
      advance: 'next',
      placement: 'right',
      target: { v: 1, tag: 'a', attrs: { 'data-testid': 'nav-reports' }, text: 'Reports' },
      content: plainText('Every report you file is listed here, with its approval status.'),
    },
  ],
  defaultLocale: 'en',
  translations: {
    ja: {
      name: '経費精算へようこそ',
      steps: {
        welcome: {
          title: '経費精算へようこそ',
          content: [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: '経費の申請は数分で終わります。この短いツアーでは、' },
                { type: 'text', text: '最初の経費レポート', bold: true },
                { type: 'text', text: 'の作り方と、作ったレポートの見つけ方を紹介します。' },
              ],
            },
          ],
        },
        'new-report': { title: 'レポートを作成', content: plainText('まずはここから。領収書を追加し、カテゴリーを選んで、承認に回しましょう。') },
        'nav-reports': { title: 'すべてのレポート', content: plainText('申請したレポートは、承認状況とともにここに一覧表示されます。') },
      },
    },
  },
};
