import type { BenchCase } from '../corpus/bench-case.js';

function stripeField(id: string, label: string, name: string, value: string, help: string, marker = ''): string {
  return `<div class="FormField"><div class="FormField-label"><label for="${id}">${label}</label></div><div class="FormField-control"><input id="${id}" name="${name}" class="TextInput-element" type="text" value="${value}" autocomplete="off"${marker}></div><div class="FormField-help">${help}</div></div>`;
}

function shadcnSwitch(id: string, label: string, description: string, checked: boolean, marker = ''): string {
  const state = checked ? 'checked' : 'unchecked';
  return `<div class="flex flex-row items-center justify-between rounded-lg border p-4"><div class="space-y-0.5"><label class="text-base font-medium" for="${id}-form-item">${label}</label><p id="${id}-form-item-description" class="text-sm text-muted-foreground">${description}</p></div><button type="button" role="switch" aria-checked="${checked}" data-state="${state}" value="on" class="peer inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full" id="${id}-form-item" aria-describedby="${id}-form-item-description" aria-invalid="false"${marker}><span data-state="${state}" class="pointer-events-none block h-5 w-5 rounded-full bg-background"></span></button></div>`;
}

function antdRange(start: string, end: string, marker: string): string {
  return `<div class="ant-picker ant-picker-range"><div class="ant-picker-input"><input readonly placeholder="Start date" size="12" autocomplete="off" value="${start}"></div><div class="ant-picker-range-separator"><span aria-label="to" class="ant-picker-separator"><span role="img" aria-label="swap-right" class="anticon anticon-swap-right"></span></span></div><div class="ant-picker-input"><input readonly placeholder="End date" size="12" autocomplete="off" value="${end}"${marker}></div><div class="ant-picker-active-bar" style="left:0px;width:118px;position:absolute"></div><span class="ant-picker-suffix"><span role="img" aria-label="calendar" class="anticon anticon-calendar"></span></span></div>`;
}

/** Form controls known by their label, placeholder or switch text rather than any text of their own. */
export const holdoutInputCases: BenchCase[] = [
  {
    id: 'ho-in-stripe-statement-descriptor',
    family: 'inputs',
    description: 'Stripe-like public details: a "Shortened descriptor" field is added right before the target "Statement descriptor" input and every generated id changes',
    before: `
<div id="root">
  <form class="SettingsForm">
    <h2>Statement descriptor</h2>
    ${stripeField('id-14', 'Statement descriptor', 'statement_descriptor', 'NORTHWIND COFFEE', 'Appears on your customers\' bank statements.', ' data-bench-target')}
    ${stripeField('id-16', 'Support phone number', 'support_phone', '+1 415 555 0132', 'Shown on receipts.')}
    <button type="submit" class="Button Button--primary">Save</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="SettingsForm">
    <h2>Statement descriptor</h2>
    ${stripeField('id-31', 'Shortened descriptor', 'statement_descriptor_prefix', 'NORTHWIND', 'Used with a dynamic suffix on card payments.')}
    ${stripeField('id-33', 'Statement descriptor', 'statement_descriptor', 'NORTHWIND COFFEE', 'Appears on your customers\' bank statements.', ' data-bench-expected')}
    ${stripeField('id-35', 'Support phone number', 'support_phone', '+1 415 555 0132', 'Shown on receipts.')}
    <button type="submit" class="Button Button--primary">Save</button>
  </form>
</div>`,
  },
  {
    id: 'ho-in-shadcn-switch',
    family: 'inputs',
    description: 'shadcn/ui notification form: Radix switches labelled by useId ids; a "Product updates" switch is added first, ids shift, and the target "Security emails" switch is now on',
    before: `
<style>button[role=switch]{width:44px;height:24px}</style>
<div id="root">
  <form class="w-full space-y-6">
    <h3 class="mb-4 text-lg font-medium">Email Notifications</h3>
    <div class="space-y-4">
      ${shadcnSwitch(':r1:', 'Marketing emails', 'Receive emails about new products, features, and more.', false)}
      ${shadcnSwitch(':r2:', 'Security emails', 'Receive emails about your account security.', false, ' data-bench-target')}
    </div>
    <button class="inline-flex h-10 px-4 py-2 bg-primary" type="submit">Submit</button>
  </form>
</div>`,
    after: `
<style>button[role=switch]{width:44px;height:24px}</style>
<div id="root">
  <form class="w-full space-y-6">
    <h3 class="mb-4 text-lg font-medium">Email Notifications</h3>
    <div class="space-y-4">
      ${shadcnSwitch(':r1:', 'Product updates', 'A monthly summary of what changed.', true)}
      ${shadcnSwitch(':r2:', 'Marketing emails', 'Receive emails about new products, features, and more.', false)}
      ${shadcnSwitch(':r3:', 'Security emails', 'Receive emails about your account security.', true, ' data-bench-expected')}
    </div>
    <button class="inline-flex h-10 px-4 py-2 bg-primary" type="submit">Submit</button>
  </form>
</div>`,
  },
  {
    id: 'ho-in-antd-range-end-date',
    family: 'inputs',
    description: 'Ant Design RangePicker in a report filter bar: the target is the "End date" input; on the later visit both inputs hold dates and a preset select is added before the picker',
    before: `
<div id="root">
  <div class="report-filters">
    <span class="filter-label">Period</span>
    ${antdRange('', '', ' data-bench-target')}
    <button type="button" class="ant-btn ant-btn-primary"><span>Apply</span></button>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="report-filters">
    <span class="filter-label">Period</span>
    <div class="ant-select ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-item" title="Last 30 days">Last 30 days</span></div></div>
    ${antdRange('2025-02-08', '2025-03-09', ' data-bench-expected')}
    <button type="button" class="ant-btn ant-btn-primary"><span>Apply</span></button>
  </div>
</div>`,
  },
];
