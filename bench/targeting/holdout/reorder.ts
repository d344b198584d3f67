import type { BenchCase } from '../corpus/bench-case.js';

function notionPage(id: string, icon: string, title: string, marker = ''): string {
  return `<div class="notion-sidebar-item" data-block-id="${id}"><a href="/${title.replace(/[^A-Za-z0-9]+/g, '-')}-${id.replace(/-/g, '')}" role="treeitem" class="sidebar-link" tabindex="0"${marker}><div class="sidebar-toggle" role="button" aria-label="Open"><svg viewBox="0 0 16 16" class="chevronRight" style="width:12px;height:12px"><path d="M6 4l4 4-4 4"/></svg></div><span class="sidebar-icon">${icon}</span><div class="notranslate sidebar-title">${title}</div><div class="sidebar-actions"><div role="button" aria-label="Delete, duplicate, and more…" class="sidebar-more">⋯</div><div role="button" aria-label="Add a page inside" class="sidebar-add">+</div></div></a></div>`;
}

function vTab(label: string, selected: boolean, marker = ''): string {
  return `<button type="button" class="v-btn${selected ? ' v-tab--selected v-slide-group-item--active' : ''} v-btn--density-default v-btn--size-default v-btn--variant-text v-tab" tabindex="${selected ? 0 : -1}" role="tab" aria-selected="${selected}" value="${label.toLowerCase()}"${marker}><span class="v-btn__overlay"></span><span class="v-btn__underlay"></span><span class="v-btn__content" data-no-activator="">${label}<div class="v-tab__slider"></div></span></button>`;
}

/** The same items in a new order: drag and drop in a sidebar, tabs rearranged by product. */
export const holdoutReorderCases: BenchCase[] = [
  {
    id: 'ho-ro-notion-favorites',
    family: 'reorder',
    description: 'Notion-like sidebar Favorites: the user drags pages into a new order; the target is the "Q3 Roadmap" page link',
    before: `
<div class="notion-app-inner">
  <nav class="notion-sidebar" aria-label="Sidebar">
    <div class="sidebar-section"><div class="sidebar-section-title">Favorites</div>
      <div role="tree">
        ${notionPage('8c1e-41a2', '📋', 'Team Wiki')}
        ${notionPage('f02b-9d3e', '🗺️', 'Q3 Roadmap', ' data-bench-target')}
        ${notionPage('a77d-1c54', '📝', 'Meeting Notes')}
        ${notionPage('3b90-e6f1', '🐞', 'Bug Tracker')}
      </div>
    </div>
  </nav>
  <main class="notion-frame"><h1>Team Wiki</h1></main>
</div>`,
    after: `
<div class="notion-app-inner">
  <nav class="notion-sidebar" aria-label="Sidebar">
    <div class="sidebar-section"><div class="sidebar-section-title">Favorites</div>
      <div role="tree">
        ${notionPage('3b90-e6f1', '🐞', 'Bug Tracker')}
        ${notionPage('8c1e-41a2', '📋', 'Team Wiki')}
        ${notionPage('a77d-1c54', '📝', 'Meeting Notes')}
        ${notionPage('f02b-9d3e', '🗺️', 'Q3 Roadmap', ' data-bench-expected')}
      </div>
    </div>
  </nav>
  <main class="notion-frame"><h1>Team Wiki</h1></main>
</div>`,
  },
  {
    id: 'ho-ro-vuetify-tabs',
    family: 'reorder',
    description: 'Vuetify 3 customer tabs reordered by product (Activity moved up to second, Invoices to the end, Notes now where Invoices was); the target is the "Invoices" tab',
    before: `
<div id="app" class="v-application">
  <div class="v-card">
    <div class="v-card-title">Globex Corporation</div>
    <div class="v-tabs v-slide-group v-tabs--horizontal v-tabs--density-default" role="tablist">
      <div class="v-slide-group__container"><div class="v-slide-group__content">
        ${vTab('Overview', true)}
        ${vTab('Notes', false)}
        ${vTab('Invoices', false, ' data-bench-target')}
        ${vTab('Activity', false)}
      </div></div>
    </div>
    <div class="v-window"><div class="v-window-item v-window-item--active">Account since 2019 · 14 open deals</div></div>
  </div>
</div>`,
    after: `
<div id="app" class="v-application">
  <div class="v-card">
    <div class="v-card-title">Globex Corporation</div>
    <div class="v-tabs v-slide-group v-tabs--horizontal v-tabs--density-default" role="tablist">
      <div class="v-slide-group__container"><div class="v-slide-group__content">
        ${vTab('Overview', true)}
        ${vTab('Activity', false)}
        ${vTab('Notes', false)}
        ${vTab('Invoices', false, ' data-bench-expected')}
      </div></div>
    </div>
    <div class="v-window"><div class="v-window-item v-window-item--active">Account since 2019 · 14 open deals</div></div>
  </div>
</div>`,
  },
];
