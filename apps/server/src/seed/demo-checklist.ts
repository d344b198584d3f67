import type { GuideInput } from '@shirube/schema';

/**
 * The demo's onboarding checklist, "Get started with Keihi": each task is something the demo app
 * really lets a new user do, completed the way a customer would set it up (a walkthrough finished,
 * a page visited, an event the app tracks, a button clicked).
 */
export function demoChecklist(guides: { welcome: string; createReport: string }): GuideInput {
  return {
    name: 'Get started with Keihi',
    kind: 'checklist',
    // The app's own pages, not its sign-in page, where the widget would sit over the form.
    displayRules: { urlPatterns: ['/', '/reports', '/reports/**', '/approvals', '/settings'] },
    theme: { brandColor: '#4f46e5', radius: 12 },
    checklist: {
      title: 'Get started with Keihi',
      description: 'Four steps to your first reimbursement.',
      tasks: [
        { id: 'tour', title: 'Take the welcome tour', guideId: guides.welcome, completeWhen: { type: 'guide_completed', guideId: guides.welcome } },
        { id: 'reports', title: 'Look at your reports', description: 'Everything you have claimed, in one list.', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
        {
          id: 'create',
          title: 'Create your first expense report',
          guideId: guides.createReport,
          completeWhen: { type: 'event_tracked', name: 'report_created' },
        },
        {
          id: 'submit',
          title: 'Send a report for approval',
          description: 'Open a draft report and submit it.',
          completeWhen: { type: 'element_clicked', target: { v: 1, tag: 'button', attrs: { 'data-testid': 'report-submit-approval' }, text: 'Submit for approval' } },
        },
      ],
      onComplete: { celebrate: true, hide: true },
    },
    translations: {
      ja: {
        name: 'Keihi をはじめよう',
        checklist: {
          title: 'Keihi をはじめよう',
          description: '最初の精算まで 4 ステップです。',
          tasks: {
            tour: { title: 'ようこそツアーを見る' },
            reports: { title: 'レポート一覧を見る', description: '申請したものがすべて 1 つの一覧にまとまっています。' },
            create: { title: '最初の経費レポートを作成する' },
            submit: { title: 'レポートを承認に回す', description: '下書きのレポートを開いて申請しましょう。' },
          },
        },
      },
    },
  };
}
