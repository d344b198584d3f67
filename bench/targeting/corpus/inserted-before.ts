import type { BenchCase } from './bench-case.js';

/** New siblings or sections appear before the target, so every index-based path shifts. */
export const insertedBeforeCases: BenchCase[] = [
  {
    id: 'ib-sidebar-new-items',
    family: 'inserted-before',
    description: 'Two new sidebar entries (Inbox, Cards) are added above Invoices; the list is otherwise unchanged',
    before: `
<div id="root" class="layout">
  <aside class="sidebar">
    <ul class="menu">
      <li class="menu-item"><a href="/"><span class="icon">⌂</span><span class="label">Home</span></a></li>
      <li class="menu-item"><a href="/invoices" data-bench-target><span class="icon">¥</span><span class="label">Invoices</span></a></li>
      <li class="menu-item"><a href="/vendors"><span class="icon">◎</span><span class="label">Vendors</span></a></li>
      <li class="menu-item"><a href="/settings"><span class="icon">⚙</span><span class="label">Settings</span></a></li>
    </ul>
  </aside>
  <main class="content"><h1>Home</h1></main>
</div>`,
    after: `
<div id="root" class="layout">
  <aside class="sidebar">
    <ul class="menu">
      <li class="menu-item"><a href="/"><span class="icon">⌂</span><span class="label">Home</span></a></li>
      <li class="menu-item"><a href="/inbox"><span class="icon">✉</span><span class="label">Inbox</span><span class="badge">3</span></a></li>
      <li class="menu-item"><a href="/cards"><span class="icon">▭</span><span class="label">Cards</span></a></li>
      <li class="menu-item"><a href="/invoices" data-bench-expected><span class="icon">¥</span><span class="label">Invoices</span></a></li>
      <li class="menu-item"><a href="/vendors"><span class="icon">◎</span><span class="label">Vendors</span></a></li>
      <li class="menu-item"><a href="/settings"><span class="icon">⚙</span><span class="label">Settings</span></a></li>
    </ul>
  </aside>
  <main class="content"><h1>Home</h1></main>
</div>`,
  },
  {
    id: 'ib-toolbar-import',
    family: 'inserted-before',
    description: 'An "Import" button with the same classes is inserted right before the "Export" target',
    before: `
<div id="root">
  <div class="page-header">
    <h1>Contacts</h1>
    <div class="btn-group">
      <button class="btn btn-outline" type="button" data-bench-target>Export</button>
      <button class="btn btn-primary" type="button">Add contact</button>
    </div>
  </div>
  <table class="data-table"><thead><tr><th>Name</th><th>Company</th></tr></thead>
    <tbody><tr><td>Yui Sato</td><td>Acme KK</td></tr><tr><td>Ren Ito</td><td>Globex</td></tr></tbody></table>
</div>`,
    after: `
<div id="root">
  <div class="page-header">
    <h1>Contacts</h1>
    <div class="btn-group">
      <button class="btn btn-outline" type="button">Import</button>
      <button class="btn btn-outline" type="button" data-bench-expected>Export</button>
      <button class="btn btn-primary" type="button">Add contact</button>
    </div>
  </div>
  <table class="data-table"><thead><tr><th>Name</th><th>Company</th></tr></thead>
    <tbody><tr><td>Yui Sato</td><td>Acme KK</td></tr><tr><td>Ren Ito</td><td>Globex</td></tr></tbody></table>
</div>`,
  },
  {
    id: 'ib-announcement-banner',
    family: 'inserted-before',
    description: 'An announcement banner and a trial notice are inserted at the top of the app; the whole tree below shifts',
    before: `
<div id="root">
  <div class="app">
    <header class="app-header"><span class="logo">Keihi</span></header>
    <div class="app-body">
      <main class="main">
        <div class="empty-state">
          <h2>No reports yet</h2>
          <p>Create your first expense report to get reimbursed.</p>
          <button type="button" class="button button--primary" data-bench-target>Create report</button>
          <button type="button" class="button button--link">Learn more</button>
        </div>
      </main>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="app">
    <div class="announcement" role="region" aria-label="Announcement"><p>Scheduled maintenance on Sunday 02:00–04:00 JST.</p><button type="button" class="button button--ghost" aria-label="Dismiss">×</button></div>
    <div class="trial-notice"><p>12 days left in your trial.</p><button type="button" class="button button--primary">Upgrade</button></div>
    <header class="app-header"><span class="logo">Keihi</span></header>
    <div class="app-body">
      <main class="main">
        <div class="empty-state">
          <h2>No reports yet</h2>
          <p>Create your first expense report to get reimbursed.</p>
          <button type="button" class="button button--primary" data-bench-expected>Create report</button>
          <button type="button" class="button button--link">Learn more</button>
        </div>
      </main>
    </div>
  </div>
</div>`,
  },
];
