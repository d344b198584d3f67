import type { BenchCase } from '../corpus/bench-case.js';

interface Payment {
  key: string;
  customer: string;
  amount: string;
  date: string;
}

function antdRow(p: Payment, marker = ''): string {
  return `<tr data-row-key="${p.key}" class="ant-table-row ant-table-row-level-0"><td class="ant-table-cell">${p.customer}</td><td class="ant-table-cell ant-table-cell-align-right">${p.amount}</td><td class="ant-table-cell">${p.date}</td><td class="ant-table-cell"><div class="ant-space ant-space-horizontal ant-space-align-center"><div class="ant-space-item"><a>View</a></div><div class="ant-space-item"><a${marker}>Refund</a></div></div></td></tr>`;
}

const PAYMENTS: Record<string, Payment> = {
  a: { key: '1043', customer: 'Olivia Park', amount: '$1,200.00', date: '2025-03-02' },
  b: { key: '1044', customer: 'Ethan Brooks', amount: '$89.00', date: '2025-03-03' },
  c: { key: '1045', customer: 'Sofia Rossi', amount: '$540.00', date: '2025-03-03' },
  d: { key: '1046', customer: 'Lucas Martin', amount: '$2,310.00', date: '2025-03-04' },
  e: { key: '1047', customer: 'Mia Novak', amount: '$75.50', date: '2025-03-05' },
};

function antdTable(order: (keyof typeof PAYMENTS)[], sorted: boolean, target: string, marker: string): string {
  const amountTh = sorted
    ? `<th class="ant-table-cell ant-table-column-has-sorters ant-table-column-sort" aria-sort="ascending" tabindex="0"><div class="ant-table-column-sorters"><span class="ant-table-column-title">Amount</span><span class="ant-table-column-sorter ant-table-column-sorter-full"><span class="ant-table-column-sorter-inner"><span role="img" aria-label="caret-up" class="anticon anticon-caret-up ant-table-column-sorter-up active"></span><span role="img" aria-label="caret-down" class="anticon anticon-caret-down ant-table-column-sorter-down"></span></span></span></div></th>`
    : `<th class="ant-table-cell ant-table-column-has-sorters" tabindex="0"><div class="ant-table-column-sorters"><span class="ant-table-column-title">Amount</span><span class="ant-table-column-sorter ant-table-column-sorter-full"><span class="ant-table-column-sorter-inner"><span role="img" aria-label="caret-up" class="anticon anticon-caret-up ant-table-column-sorter-up"></span><span role="img" aria-label="caret-down" class="anticon anticon-caret-down ant-table-column-sorter-down"></span></span></span></div></th>`;
  const rows = order.map((k) => antdRow(PAYMENTS[k]!, PAYMENTS[k]!.key === target ? marker : '')).join('\n        ');
  return `
<div id="root">
  <div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table"><div class="ant-table-container"><div class="ant-table-content">
    <table style="table-layout:auto">
      <thead class="ant-table-thead"><tr><th class="ant-table-cell">Customer</th>${amountTh}<th class="ant-table-cell">Date</th><th class="ant-table-cell">Action</th></tr></thead>
      <tbody class="ant-table-tbody">
        ${rows}
      </tbody>
    </table>
  </div></div></div></div></div></div>
</div>`;
}

function sldsRow(n: number, name: string, account: string, stage: string, close: string, oppId: string, marker = ''): string {
  return `<tr class="slds-hint-parent" aria-selected="false" data-row-key-value="${oppId}"><td class="slds-cell-edit" role="gridcell"><span class="slds-row-number slds-text-body_small">${n}</span></td><th scope="row" class="slds-cell-edit" role="rowheader"><a href="/lightning/r/Opportunity/${oppId}/view" title="${name}">${name}</a></th><td role="gridcell">${account}</td><td role="gridcell">${stage}</td><td role="gridcell"><lightning-formatted-date-time>${close}</lightning-formatted-date-time></td><td role="gridcell"><lightning-button-menu class="slds-dropdown-trigger slds-dropdown-trigger_click"><button class="slds-button slds-button_icon-border-filled slds-button_icon-x-small" aria-haspopup="true" aria-expanded="false" type="button" title="Show actions"${marker}><svg class="slds-button__icon" aria-hidden="true" viewBox="0 0 52 52"><path d="M8 20l18 16 18-16z"/></svg><span class="slds-assistive-text">Show actions</span></button></lightning-button-menu></td></tr>`;
}

function shopifyOrderRow(order: string, date: string, customer: string, total: string, status: string, marker = ''): string {
  return `<tr class="Polaris-IndexTable__TableRow"><td class="Polaris-IndexTable__TableCell"><span class="Polaris-Text--root Polaris-Text--semibold">${order}</span></td><td class="Polaris-IndexTable__TableCell">${date}</td><td class="Polaris-IndexTable__TableCell">${customer}</td><td class="Polaris-IndexTable__TableCell">${total}</td><td class="Polaris-IndexTable__TableCell"><span class="Polaris-Badge Polaris-Badge--toneAttention">${status}</span></td><td class="Polaris-IndexTable__TableCell"><button class="Polaris-Button Polaris-Button--sizeSlim" type="button"${marker}><span class="Polaris-Button__Text">Fulfill</span></button></td></tr>`;
}

/** Tables that come back sorted differently, so the target's row is somewhere else. */
export const holdoutTableResortCases: BenchCase[] = [
  {
    id: 'ho-ts-antd-sorted-by-amount',
    family: 'table-resort',
    description: 'Ant Design payments table sorted by Amount (ascending) on the later visit; the target is "Refund" in Mia Novak\'s row (data-row-key 1047), which moves from the last row to the first',
    before: antdTable(['a', 'b', 'c', 'd', 'e'], false, '1047', ' data-bench-target'),
    after: antdTable(['e', 'b', 'c', 'a', 'd'], true, '1047', ' data-bench-expected'),
  },
  {
    id: 'ho-ts-lightning-list-close-date',
    family: 'table-resort',
    description: 'Salesforce Lightning opportunity list view re-sorted by Close Date with a new deal; the target is the row-action menu of "Initech – Expansion", row numbers follow position',
    before: `
<div class="slds-scope">
  <div class="slds-page-header"><h1>Opportunities · My Opportunities</h1></div>
  <table class="slds-table slds-table_bordered slds-table_fixed-layout" role="grid" aria-label="My Opportunities">
    <thead><tr><th></th><th scope="col">Opportunity Name</th><th scope="col">Account Name</th><th scope="col">Stage</th><th scope="col" aria-sort="none">Close Date</th><th scope="col"><span class="slds-assistive-text">Actions</span></th></tr></thead>
    <tbody>
      ${sldsRow(1, 'Acme – 200 Widgets', 'Acme', 'Prospecting', '6/30/2025', '006Dn00000A1bCdIAJ')}
      ${sldsRow(2, 'Globex – Renewal 2025', 'Globex', 'Negotiation', '4/15/2025', '006Dn00000A1bCeIAJ')}
      ${sldsRow(3, 'Initech – Expansion', 'Initech', 'Proposal', '5/09/2025', '006Dn00000A1bCfIAJ', ' data-bench-target')}
      ${sldsRow(4, 'Umbrella – Pilot', 'Umbrella Corp', 'Qualification', '8/01/2025', '006Dn00000A1bCgIAJ')}
    </tbody>
  </table>
</div>`,
    after: `
<div class="slds-scope">
  <div class="slds-page-header"><h1>Opportunities · My Opportunities</h1></div>
  <table class="slds-table slds-table_bordered slds-table_fixed-layout" role="grid" aria-label="My Opportunities">
    <thead><tr><th></th><th scope="col">Opportunity Name</th><th scope="col">Account Name</th><th scope="col">Stage</th><th scope="col" aria-sort="ascending">Close Date</th><th scope="col"><span class="slds-assistive-text">Actions</span></th></tr></thead>
    <tbody>
      ${sldsRow(1, 'Globex – Renewal 2025', 'Globex', 'Negotiation', '4/15/2025', '006Dn00000A1bCeIAJ')}
      ${sldsRow(2, 'Stark – Rollout', 'Stark Industries', 'Prospecting', '4/28/2025', '006Dn00000A1bChIAJ')}
      ${sldsRow(3, 'Initech – Expansion', 'Initech', 'Proposal', '5/09/2025', '006Dn00000A1bCfIAJ', ' data-bench-expected')}
      ${sldsRow(4, 'Acme – 200 Widgets', 'Acme', 'Prospecting', '6/30/2025', '006Dn00000A1bCdIAJ')}
      ${sldsRow(5, 'Umbrella – Pilot', 'Umbrella Corp', 'Qualification', '8/01/2025', '006Dn00000A1bCgIAJ')}
    </tbody>
  </table>
</div>`,
  },
  {
    id: 'ho-ts-order-fulfilled-filtered-out',
    family: 'table-resort',
    description: 'Shopify orders filtered to Unfulfilled and sorted by date: order #1042, whose "Fulfill" was clicked, has been fulfilled and is not listed; other rows keep identical "Fulfill" buttons',
    before: `
<div id="app">
  <div class="Polaris-Page"><h1 class="Polaris-Header-Title">Orders</h1>
    <div class="Polaris-Tabs"><button role="tab" aria-selected="true" class="Polaris-Tabs__Tab">All</button><button role="tab" aria-selected="false" class="Polaris-Tabs__Tab">Unfulfilled</button></div>
    <table class="Polaris-IndexTable__Table"><thead><tr><th>Order</th><th>Date</th><th>Customer</th><th>Total</th><th>Fulfillment</th><th></th></tr></thead><tbody>
      ${shopifyOrderRow('#1040', 'Mar 3 at 9:12 am', 'Grace Kim', '$48.00', 'Unfulfilled')}
      ${shopifyOrderRow('#1042', 'Mar 4 at 2:40 pm', 'Daniel Ortiz', '$112.50', 'Unfulfilled', ' data-bench-target')}
      ${shopifyOrderRow('#1043', 'Mar 4 at 6:05 pm', 'Hana Yoshida', '$27.00', 'Unfulfilled')}
    </tbody></table>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="Polaris-Page"><h1 class="Polaris-Header-Title">Orders</h1>
    <div class="Polaris-Tabs"><button role="tab" aria-selected="false" class="Polaris-Tabs__Tab">All</button><button role="tab" aria-selected="true" class="Polaris-Tabs__Tab">Unfulfilled</button></div>
    <table class="Polaris-IndexTable__Table"><thead><tr><th>Order</th><th aria-sort="descending">Date</th><th>Customer</th><th>Total</th><th>Fulfillment</th><th></th></tr></thead><tbody>
      ${shopifyOrderRow('#1046', 'Mar 6 at 11:20 am', 'Omar Haddad', '$64.00', 'Unfulfilled')}
      ${shopifyOrderRow('#1043', 'Mar 4 at 6:05 pm', 'Hana Yoshida', '$27.00', 'Unfulfilled')}
      ${shopifyOrderRow('#1040', 'Mar 3 at 9:12 am', 'Grace Kim', '$48.00', 'Unfulfilled')}
    </tbody></table>
  </div>
</div>`,
  },
];
