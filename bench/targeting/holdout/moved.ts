import type { BenchCase } from '../corpus/bench-case.js';

/** The same control, now rendered in another region of the page. */
export const holdoutMovedCases: BenchCase[] = [
  {
    id: 'ho-mv-invite-to-header',
    family: 'moved',
    description: 'Linear-like app: "Invite people" moves from the sidebar footer to the top-right of the header, next to the search button',
    before: `
<div id="root">
  <div class="app-shell">
    <aside class="sidebar">
      <div class="workspace-switcher"><button type="button" class="ws-button">Northwind ▾</button></div>
      <nav class="sidebar-nav"><a href="/inbox" class="sidebar-link">Inbox</a><a href="/my-issues" class="sidebar-link">My issues</a><a href="/projects" class="sidebar-link">Projects</a></nav>
      <div class="sidebar-footer">
        <button type="button" class="sidebar-footer-btn" data-bench-target><svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" stroke="currentColor"/></svg>Invite people</button>
        <a href="/help" class="sidebar-footer-btn">Help &amp; support</a>
      </div>
    </aside>
    <div class="main">
      <header class="topbar"><h1 class="topbar-title">My issues</h1><div class="topbar-actions"><button type="button" class="topbar-btn" aria-label="Search">⌕</button></div></header>
      <ul class="issue-list"><li>NW-142 Sync fails on large files</li><li>NW-139 Add CSV import</li></ul>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="app-shell">
    <aside class="sidebar">
      <div class="workspace-switcher"><button type="button" class="ws-button">Northwind ▾</button></div>
      <nav class="sidebar-nav"><a href="/inbox" class="sidebar-link">Inbox</a><a href="/my-issues" class="sidebar-link">My issues</a><a href="/projects" class="sidebar-link">Projects</a></nav>
      <div class="sidebar-footer">
        <a href="/help" class="sidebar-footer-btn">Help &amp; support</a>
      </div>
    </aside>
    <div class="main">
      <header class="topbar"><h1 class="topbar-title">My issues</h1><div class="topbar-actions"><button type="button" class="topbar-btn" aria-label="Search">⌕</button><button type="button" class="topbar-btn topbar-btn--accent" data-bench-expected><svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" stroke="currentColor"/></svg>Invite people</button></div></header>
      <ul class="issue-list"><li>NW-142 Sync fails on large files</li><li>NW-139 Add CSV import</li></ul>
    </div>
  </div>
</div>`,
  },
  {
    id: 'ho-mv-polaris-export-to-filters',
    family: 'moved',
    description: 'Shopify Polaris customers page: "Export" moves from the page header secondary actions into the index table\'s filter bar, beside the sort button',
    before: `
<div id="app">
  <div class="Polaris-Page">
    <div class="Polaris-Page-Header">
      <h1 class="Polaris-Header-Title">Customers</h1>
      <div class="Polaris-ActionMenu"><div class="Polaris-ActionMenu-Actions__ActionsLayout">
        <button class="Polaris-Button Polaris-Button--plain" type="button" data-bench-target><span class="Polaris-Button__Text">Export</span></button>
        <button class="Polaris-Button Polaris-Button--plain" type="button"><span class="Polaris-Button__Text">Import</span></button>
      </div></div>
      <button class="Polaris-Button Polaris-Button--primary" type="button"><span class="Polaris-Button__Text">Add customer</span></button>
    </div>
    <div class="Polaris-LegacyCard">
      <div class="Polaris-IndexFilters"><div class="Polaris-TextField"><input class="Polaris-TextField__Input" placeholder="Search customers"></div><button class="Polaris-Button Polaris-Button--sizeSlim" type="button" aria-label="Sort the results">⇅</button></div>
      <table class="Polaris-IndexTable__Table"><tbody><tr><td>Grace Kim</td><td>Tokyo, Japan</td><td>3 orders</td></tr></tbody></table>
    </div>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="Polaris-Page">
    <div class="Polaris-Page-Header">
      <h1 class="Polaris-Header-Title">Customers</h1>
      <div class="Polaris-ActionMenu"><div class="Polaris-ActionMenu-Actions__ActionsLayout">
        <button class="Polaris-Button Polaris-Button--plain" type="button"><span class="Polaris-Button__Text">Import</span></button>
      </div></div>
      <button class="Polaris-Button Polaris-Button--primary" type="button"><span class="Polaris-Button__Text">Add customer</span></button>
    </div>
    <div class="Polaris-LegacyCard">
      <div class="Polaris-IndexFilters"><div class="Polaris-TextField"><input class="Polaris-TextField__Input" placeholder="Search customers"></div><button class="Polaris-Button Polaris-Button--sizeSlim" type="button" aria-label="Sort the results">⇅</button><button class="Polaris-Button Polaris-Button--sizeSlim" type="button" data-bench-expected><span class="Polaris-Button__Text">Export</span></button></div>
      <table class="Polaris-IndexTable__Table"><tbody><tr><td>Grace Kim</td><td>Tokyo, Japan</td><td>3 orders</td></tr></tbody></table>
    </div>
  </div>
</div>`,
  },
];
