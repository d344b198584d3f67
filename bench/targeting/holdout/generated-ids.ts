import type { BenchCase } from '../corpus/bench-case.js';

function facet(id: string, label: string, marker = ''): string {
  return `<button type="button" class="inline-flex items-center rounded-md border border-dashed h-8 px-3 text-xs" id="${id}" aria-haspopup="dialog" aria-expanded="false" aria-controls="${id.replace(/(\d+):$/, (_, n: string) => `${Number(n) + 1}:`)}" data-state="closed"${marker}><svg width="15" height="15" viewBox="0 0 15 15" class="mr-2 h-4 w-4" aria-hidden="true"><path d="M7.5 .88a6.62 6.62 0 1 0 0 13.24A6.62 6.62 0 0 0 7.5.88ZM4 7h7v1H4Z" fill="currentColor"/></svg>${label}</button>`;
}

function sldsField(id: string, label: string, type: string, value: string, marker = ''): string {
  return `<lightning-input class="slds-form-element_stacked"><div class="slds-form-element"><label class="slds-form-element__label slds-no-flex" for="${id}">${label}</label><div class="slds-form-element__control slds-grow"><input type="${type}" id="${id}" class="slds-input" value="${value}"${marker}></div></div></lightning-input>`;
}

/** Ids produced by counters and generators (React useId through Radix, Headless UI, LWC) that shift between visits. */
export const holdoutGeneratedIdCases: BenchCase[] = [
  {
    id: 'ho-gid-radix-faceted-filters',
    family: 'generated-ids',
    description: 'shadcn/ui data-table toolbar with Radix popover triggers (radix-:r3:, radix-:r5:…); a command dialog now mounts first (closed, consuming useId) and every id moves by two, so the old id now belongs to "Status"',
    before: `
<div id="root">
  <div class="flex items-center justify-between">
    <div class="flex flex-1 items-center space-x-2">
      <input class="flex h-8 w-[250px] rounded-md border px-3" placeholder="Filter tasks...">
      ${facet('radix-:r3:', 'Status')}
      ${facet('radix-:r5:', 'Priority', ' data-bench-target')}
    </div>
    ${facet('radix-:r7:', 'View')}
  </div>
  <table class="w-full caption-bottom text-sm"><thead><tr><th>Task</th><th>Title</th><th>Status</th><th>Priority</th></tr></thead>
    <tbody><tr><td>TASK-8782</td><td>Compress the feed before upload</td><td>In progress</td><td>Medium</td></tr></tbody></table>
</div>`,
    after: `
<div id="root">
  <div class="flex items-center justify-between">
    <div class="flex flex-1 items-center space-x-2">
      <input class="flex h-8 w-[250px] rounded-md border px-3" placeholder="Filter tasks...">
      ${facet('radix-:r5:', 'Status')}
      ${facet('radix-:r7:', 'Priority', ' data-bench-expected')}
    </div>
    ${facet('radix-:r9:', 'View')}
  </div>
  <table class="w-full caption-bottom text-sm"><thead><tr><th>Task</th><th>Title</th><th>Status</th><th>Priority</th></tr></thead>
    <tbody><tr><td>TASK-8782</td><td>Compress the feed before upload</td><td>In progress</td><td>Medium</td></tr><tr><td>TASK-7878</td><td>Fix the sync retry loop</td><td>Todo</td><td>High</td></tr></tbody></table>
</div>`,
  },
  {
    id: 'ho-gid-headlessui-v2-ids',
    family: 'generated-ids',
    description: 'Tailwind UI header upgraded from Headless UI v1 to v2: headlessui-menu-button-3 style ids become headlessui-menu-button-:r2:; the target is the avatar "Open user menu" button',
    before: `
<div id="root">
  <nav class="bg-gray-800">
    <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
      <div class="flex items-center gap-4">
        <img class="h-8 w-8" src="/mark.svg" alt="Your Company">
        <a href="/dashboard" class="rounded-md bg-gray-900 px-3 py-2 text-sm text-white" aria-current="page">Dashboard</a>
        <a href="/projects" class="rounded-md px-3 py-2 text-sm text-gray-300">Projects</a>
        <button type="button" class="rounded-md px-3 py-2 text-sm text-gray-300" id="headlessui-popover-button-1" aria-expanded="false">Solutions</button>
      </div>
      <div class="flex items-center gap-3">
        <button type="button" class="rounded-full bg-gray-800 p-1 text-gray-400"><span class="sr-only">View notifications</span><svg class="h-6 w-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true"><path d="M14.86 17.08a23.85 23.85 0 0 0 5.45-1.31A8.97 8.97 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.97 8.97 0 0 1-2.31 6.02c1.73.64 3.56 1.08 5.45 1.31m5.72 0a24.26 24.26 0 0 1-5.72 0m5.72 0a3 3 0 1 1-5.72 0"/></svg></button>
        <div class="relative" data-headlessui-state="">
          <button class="flex rounded-full bg-gray-800 text-sm" id="headlessui-menu-button-3" type="button" aria-haspopup="menu" aria-expanded="false" data-headlessui-state="" data-bench-target><span class="sr-only">Open user menu</span><img class="h-8 w-8 rounded-full" src="/avatars/lindsay.jpg" alt=""></button>
        </div>
      </div>
    </div>
  </nav>
</div>`,
    after: `
<div id="root">
  <nav class="bg-gray-800">
    <div class="mx-auto flex h-16 max-w-7xl items-center justify-between px-4">
      <div class="flex items-center gap-4">
        <img class="h-8 w-8" src="/mark.svg" alt="Your Company">
        <a href="/dashboard" class="rounded-md bg-gray-900 px-3 py-2 text-sm text-white" aria-current="page">Dashboard</a>
        <a href="/projects" class="rounded-md px-3 py-2 text-sm text-gray-300">Projects</a>
        <button type="button" class="rounded-md px-3 py-2 text-sm text-gray-300" id="headlessui-popover-button-:r0:" aria-expanded="false" data-headlessui-state="">Solutions</button>
      </div>
      <div class="flex items-center gap-3">
        <button type="button" class="relative rounded-full bg-gray-800 p-1 text-gray-400"><span class="absolute -inset-1.5"></span><span class="sr-only">View notifications</span><svg class="size-6" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" aria-hidden="true" data-slot="icon"><path d="M14.86 17.08a23.85 23.85 0 0 0 5.45-1.31A8.97 8.97 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.97 8.97 0 0 1-2.31 6.02c1.73.64 3.56 1.08 5.45 1.31m5.72 0a24.26 24.26 0 0 1-5.72 0m5.72 0a3 3 0 1 1-5.72 0"/></svg></button>
        <div class="relative" data-headlessui-state="">
          <button class="relative flex rounded-full bg-gray-800 text-sm" id="headlessui-menu-button-:r2:" type="button" aria-haspopup="menu" aria-expanded="false" data-headlessui-state="" data-bench-expected><span class="absolute -inset-1.5"></span><span class="sr-only">Open user menu</span><img class="size-8 rounded-full" src="/avatars/lindsay.jpg" alt=""></button>
        </div>
      </div>
    </div>
  </nav>
</div>`,
  },
  {
    id: 'ho-gid-lightning-input-counter',
    family: 'generated-ids',
    description: 'Salesforce Lightning record edit form: input-NN ids come from a page-wide counter and shift on the next load; the target is the "Phone" input, and its old id now labels "Website"',
    before: `
<div class="slds-scope">
  <div class="slds-page-header"><h1 class="slds-page-header__title">Edit Acme Corporation</h1></div>
  <div class="slds-form slds-grid slds-wrap">
    <div class="slds-col slds-size_1-of-2">${sldsField('input-23', 'Account Name', 'text', 'Acme Corporation')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-25', 'Phone', 'tel', '(415) 555-0132', ' data-bench-target')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-27', 'Website', 'url', 'https://acme.example')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-29', 'Fax', 'tel', '(415) 555-0199')}</div>
  </div>
  <div class="slds-docked-form-footer"><button class="slds-button slds-button_neutral">Cancel</button><button class="slds-button slds-button_brand">Save</button></div>
</div>`,
    after: `
<div class="slds-scope">
  <div class="slds-page-header"><h1 class="slds-page-header__title">Edit Acme Corporation</h1></div>
  <div class="slds-form slds-grid slds-wrap">
    <div class="slds-col slds-size_1-of-2">${sldsField('input-21', 'Account Name', 'text', 'Acme Corporation')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-23', 'Phone', 'tel', '(415) 555-0132', ' data-bench-expected')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-25', 'Website', 'url', 'https://acme.example')}</div>
    <div class="slds-col slds-size_1-of-2">${sldsField('input-27', 'Fax', 'tel', '(415) 555-0199')}</div>
  </div>
  <div class="slds-docked-form-footer"><button class="slds-button slds-button_neutral">Cancel</button><button class="slds-button slds-button_brand">Save</button></div>
</div>`,
  },
];
