import type { BenchCase } from '../corpus/bench-case.js';

function disclosure(n: number, question: string, answer: string, open: boolean, marker = ''): string {
  const button = `<dt><button id="headlessui-disclosure-button-:r${n * 2}:" type="button" class="flex w-full items-start justify-between text-left" aria-expanded="${open}"${open ? ` aria-controls="headlessui-disclosure-panel-:r${n * 2 + 1}:"` : ''} data-headlessui-state="${open ? 'open' : ''}"${open ? ' data-open=""' : ''}${marker}><span class="text-base font-semibold">${question}</span><span class="ml-6 flex h-7 items-center">${open ? '−' : '+'}</span></button></dt>`;
  const panel = open ? `<dd class="mt-2 pr-12" id="headlessui-disclosure-panel-:r${n * 2 + 1}:" data-headlessui-state="open" data-open=""><p class="text-base text-gray-600">${answer}</p></dd>` : '';
  return `<div class="pt-6" data-headlessui-state="${open ? 'open' : ''}"${open ? ' data-open=""' : ''}>${button}${panel}</div>`;
}

const FAQ = [
  ['How do I change my plan?', 'Go to Settings → Billing and pick a new plan; we prorate the difference.'],
  ['What is your refund policy?', 'Annual plans can be refunded within 30 days of purchase.'],
  ['Do you offer discounts for non-profits?', 'Yes, 50% off any plan. Contact sales with your registration number.'],
] as const;

function faq(openIndex: number, target: number, marker: string): string {
  return FAQ.map(([q, a], i) => disclosure(i, q, a, i === openIndex, i === target ? marker : '')).join('\n      ');
}

function virtualRow(index: number, incident: string, title: string, severity: string, marker = ''): string {
  return `<div role="row" aria-rowindex="${index + 2}" data-index="${index}" class="incident-row" style="position:absolute;top:0;left:0;width:100%;height:48px;transform:translateY(${index * 48}px)"><div role="gridcell" class="cell cell-id">${incident}</div><div role="gridcell" class="cell cell-title"><a href="/incidents/${incident}" class="incident-link"${marker}>${title}</a></div><div role="gridcell" class="cell cell-sev"><span class="sev sev-${severity.toLowerCase()}">${severity}</span></div></div>`;
}

/** Volatile attributes (state, position, index, focus) that change between visits while the element stays. */
export const holdoutAttributeChurnCases: BenchCase[] = [
  {
    id: 'ho-ac-headlessui-disclosure-open',
    family: 'attribute-churn',
    description: 'Tailwind UI FAQ with Headless UI disclosures: the clicked question was closed and another open; later the target is open (aria-expanded, aria-controls, data-headlessui-state, data-open) and the first is closed',
    before: `
<div id="root">
  <div class="mx-auto max-w-4xl divide-y divide-gray-900/10">
    <h2 class="text-2xl font-bold">Frequently asked questions</h2>
    <dl class="mt-10 space-y-6 divide-y divide-gray-900/10">
      ${faq(0, 1, ' data-bench-target')}
    </dl>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="mx-auto max-w-4xl divide-y divide-gray-900/10">
    <h2 class="text-2xl font-bold">Frequently asked questions</h2>
    <dl class="mt-10 space-y-6 divide-y divide-gray-900/10">
      ${faq(1, 1, ' data-bench-expected')}
    </dl>
  </div>
</div>`,
  },
  {
    id: 'ho-ac-virtual-list-index',
    family: 'attribute-churn',
    description: 'TanStack Virtual incident list: two new incidents arrive on top, so the target row\'s data-index, aria-rowindex and translateY all change and its old index now belongs to another row; the target is the "Payment webhook timeouts" link',
    before: `
<div id="root">
  <div role="grid" aria-label="Incidents" aria-rowcount="42" class="incident-grid">
    <div role="row" aria-rowindex="1" class="incident-head"><div role="columnheader">ID</div><div role="columnheader">Title</div><div role="columnheader">Severity</div></div>
    <div class="virtual-scroller" style="height:384px;overflow:auto">
      <div style="height:1968px;width:100%;position:relative">
        ${virtualRow(0, 'INC-2296', 'Search indexing lag in EU', 'SEV3')}
        ${virtualRow(1, 'INC-2295', 'Login emails delayed', 'SEV2')}
        ${virtualRow(2, 'INC-2293', 'Dashboard 500s for some orgs', 'SEV2')}
        ${virtualRow(3, 'INC-2291', 'Payment webhook timeouts', 'SEV1', ' data-bench-target')}
        ${virtualRow(4, 'INC-2288', 'CSV export truncates rows', 'SEV3')}
        ${virtualRow(5, 'INC-2284', 'Slow image uploads', 'SEV3')}
        ${virtualRow(6, 'INC-2281', 'SSO redirect loop', 'SEV2')}
        ${virtualRow(7, 'INC-2279', 'Webhook retries duplicated', 'SEV2')}
      </div>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div role="grid" aria-label="Incidents" aria-rowcount="44" class="incident-grid">
    <div role="row" aria-rowindex="1" class="incident-head"><div role="columnheader">ID</div><div role="columnheader">Title</div><div role="columnheader">Severity</div></div>
    <div class="virtual-scroller" style="height:384px;overflow:auto">
      <div style="height:2064px;width:100%;position:relative">
        ${virtualRow(0, 'INC-2299', 'Mobile push notifications missing', 'SEV2')}
        ${virtualRow(1, 'INC-2298', 'Webhook signature mismatch', 'SEV1')}
        ${virtualRow(2, 'INC-2296', 'Search indexing lag in EU', 'SEV3')}
        ${virtualRow(3, 'INC-2295', 'Login emails delayed', 'SEV2')}
        ${virtualRow(4, 'INC-2293', 'Dashboard 500s for some orgs', 'SEV2')}
        ${virtualRow(5, 'INC-2291', 'Payment webhook timeouts', 'SEV1', ' data-bench-expected')}
        ${virtualRow(6, 'INC-2288', 'CSV export truncates rows', 'SEV3')}
        ${virtualRow(7, 'INC-2284', 'Slow image uploads', 'SEV3')}
      </div>
    </div>
  </div>
</div>`,
  },
];
