import type { BenchCase } from './bench-case.js';

/** State attributes flip between visits: aria-expanded, data-state, tabindex, inline style. */
export const attributeChurnCases: BenchCase[] = [
  {
    id: 'ac-accordion-expanded',
    family: 'attribute-churn',
    description: 'Accordion trigger was collapsed when clicked and is expanded now; the other trigger now has its old state',
    before: `
<div id="root">
  <div class="accordion" data-orientation="vertical">
    <h3 data-state="open" class="accordion-header"><button type="button" aria-controls="acc-general" aria-expanded="true" data-state="open" class="accordion-trigger">General</button></h3>
    <div id="acc-general" role="region" data-state="open" class="accordion-content"><label>Workspace name <input value="Acme KK"></label></div>
    <h3 data-state="closed" class="accordion-header"><button type="button" aria-controls="acc-advanced" aria-expanded="false" data-state="closed" class="accordion-trigger" data-bench-target>Advanced settings</button></h3>
    <div id="acc-advanced" role="region" data-state="closed" class="accordion-content" hidden></div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="accordion" data-orientation="vertical">
    <h3 data-state="closed" class="accordion-header"><button type="button" aria-controls="acc-general" aria-expanded="false" data-state="closed" class="accordion-trigger">General</button></h3>
    <div id="acc-general" role="region" data-state="closed" class="accordion-content" hidden></div>
    <h3 data-state="open" class="accordion-header"><button type="button" aria-controls="acc-advanced" aria-expanded="true" data-state="open" class="accordion-trigger" data-bench-expected>Advanced settings</button></h3>
    <div id="acc-advanced" role="region" data-state="open" class="accordion-content"><label>API rate limit <input value="600"></label></div>
  </div>
</div>`,
  },
  {
    id: 'ac-roving-tabindex-menu',
    family: 'attribute-churn',
    description: 'Context menu with roving tabindex and floating-ui inline styles; focus and position differ on the later visit',
    before: `
<div id="root"><ul class="files"><li>budget-2024.xlsx</li><li>travel-policy.pdf</li></ul></div>
<div data-radix-popper-content-wrapper="" style="position: fixed; left: 0px; top: 0px; transform: translate(412px, 188px); min-width: max-content; z-index: 50;">
  <div role="menu" aria-orientation="vertical" data-state="open" class="menu" tabindex="-1" style="outline: none; --radix-dropdown-menu-content-transform-origin: var(--radix-popper-transform-origin);">
    <div role="menuitem" class="menu-item" tabindex="-1" data-orientation="vertical">Rename</div>
    <div role="menuitem" class="menu-item" tabindex="0" data-highlighted="" data-orientation="vertical" data-bench-target>Duplicate</div>
    <div role="menuitem" class="menu-item" tabindex="-1" data-orientation="vertical">Move to…</div>
    <div role="separator" class="menu-separator"></div>
    <div role="menuitem" class="menu-item menu-item--danger" tabindex="-1" data-orientation="vertical">Delete</div>
  </div>
</div>`,
    after: `
<div id="root"><ul class="files"><li>budget-2024.xlsx</li><li>travel-policy.pdf</li></ul></div>
<div data-radix-popper-content-wrapper="" style="position: fixed; left: 0px; top: 0px; transform: translate(236px, 244px); min-width: max-content; z-index: 50;">
  <div role="menu" aria-orientation="vertical" data-state="open" class="menu" tabindex="-1" style="outline: none; --radix-dropdown-menu-content-transform-origin: var(--radix-popper-transform-origin);">
    <div role="menuitem" class="menu-item" tabindex="0" data-highlighted="" data-orientation="vertical">Rename</div>
    <div role="menuitem" class="menu-item" tabindex="-1" data-orientation="vertical" data-bench-expected>Duplicate</div>
    <div role="menuitem" class="menu-item" tabindex="-1" data-orientation="vertical">Move to…</div>
    <div role="separator" class="menu-separator"></div>
    <div role="menuitem" class="menu-item menu-item--danger" tabindex="-1" data-orientation="vertical">Delete</div>
  </div>
</div>`,
  },
  {
    id: 'ac-tabs-active-state',
    family: 'attribute-churn',
    description: 'The "Members" tab was the active tab when clicked (aria-selected, data-state, tabindex); now "Overview" is',
    before: `
<div id="root">
  <div role="tablist" aria-label="Project" class="tabs">
    <button role="tab" type="button" id="tab-overview" aria-selected="false" data-state="inactive" tabindex="-1" class="tab">Overview</button>
    <button role="tab" type="button" id="tab-members" aria-selected="true" data-state="active" tabindex="0" class="tab tab--active" data-bench-target>Members</button>
    <button role="tab" type="button" id="tab-activity" aria-selected="false" data-state="inactive" tabindex="-1" class="tab">Activity</button>
  </div>
  <div role="tabpanel" aria-labelledby="tab-members"><p>5 members</p></div>
</div>`,
    after: `
<div id="root">
  <div role="tablist" aria-label="Project" class="tabs">
    <button role="tab" type="button" id="tab-overview" aria-selected="true" data-state="active" tabindex="0" class="tab tab--active">Overview</button>
    <button role="tab" type="button" id="tab-members" aria-selected="false" data-state="inactive" tabindex="-1" class="tab" data-bench-expected>Members</button>
    <button role="tab" type="button" id="tab-activity" aria-selected="false" data-state="inactive" tabindex="-1" class="tab">Activity</button>
  </div>
  <div role="tabpanel" aria-labelledby="tab-overview"><p>Budget ¥2,400,000 · 63% spent</p></div>
</div>`,
  },
];
