import type { GuideInput } from '@shirube/schema';

/** Test-only: a checklist guide input whose tasks use every kind of completion rule. */
export function sampleChecklist(name = 'Get started', tourGuideId = 'tour'): GuideInput {
  return {
    name,
    kind: 'checklist',
    checklist: {
      title: 'Get started with Keihi',
      description: 'Five steps to your first reimbursement',
      tasks: [
        { id: 'visit', title: 'Open your reports', completeWhen: { type: 'page_visited', urlPattern: '/reports' } },
        { id: 'submit', title: 'Submit a report', completeWhen: { type: 'event_tracked', name: 'report_submitted' } },
        { id: 'tour', title: 'Take the tour', guideId: tourGuideId, completeWhen: { type: 'guide_completed', guideId: tourGuideId } },
        { id: 'plan', title: 'Choose a plan', completeWhen: { type: 'trait_matches', condition: { source: 'account', trait: 'plan', op: 'equals', value: 'pro' } } },
        { id: 'export', title: 'Export a report', completeWhen: { type: 'element_clicked', target: { v: 1, tag: 'button', text: 'Export' } } },
      ],
      onComplete: { celebrate: true, hide: true },
    },
  };
}
