import type { BenchCase } from './bench-case.js';

/** The target survives but lives somewhere else in the page: new parent, new region. */
export const movedCases: BenchCase[] = [
  {
    id: 'mv-help-to-user-menu',
    family: 'moved',
    description: '"Help center" moves from the sidebar footer into the (open) account menu in the header',
    before: `
<div id="root" class="shell">
  <header class="shell-header"><span class="brand">Keihi</span><button type="button" class="account-btn" aria-haspopup="menu" aria-expanded="false">Aiko Tanaka</button></header>
  <aside class="shell-sidebar">
    <nav><a href="/dashboard">Dashboard</a><a href="/expenses">Expenses</a></nav>
    <div class="sidebar-footer">
      <a href="https://help.keihi.example" target="_blank" rel="noopener" data-bench-target>Help center</a>
      <a href="/changelog">What's new</a>
    </div>
  </aside>
  <main class="shell-main"><h1>Dashboard</h1></main>
</div>`,
    after: `
<div id="root" class="shell">
  <header class="shell-header"><span class="brand">Keihi</span>
    <div class="account">
      <button type="button" class="account-btn" aria-haspopup="menu" aria-expanded="true">Aiko Tanaka</button>
      <div role="menu" class="account-menu">
        <a role="menuitem" href="/profile">Profile</a>
        <a role="menuitem" href="https://help.keihi.example" target="_blank" rel="noopener" data-bench-expected>Help center</a>
        <button role="menuitem" type="button">Sign out</button>
      </div>
    </div>
  </header>
  <aside class="shell-sidebar">
    <nav><a href="/dashboard">Dashboard</a><a href="/expenses">Expenses</a></nav>
    <div class="sidebar-footer"><a href="/changelog">What's new</a></div>
  </aside>
  <main class="shell-main"><h1>Dashboard</h1></main>
</div>`,
  },
  {
    id: 'mv-delete-to-danger-zone',
    family: 'moved',
    description: '"Delete project" moves from the page header actions to a new Danger zone section at the bottom',
    before: `
<div id="root">
  <div class="page-head">
    <h1>Project settings</h1>
    <div class="actions"><button type="button" class="btn">Duplicate</button><button type="button" class="btn btn-danger" data-bench-target>Delete project</button></div>
  </div>
  <section class="card"><h2>General</h2><label>Name <input value="Tokyo office move"></label></section>
  <section class="card"><h2>Members</h2><p>5 members</p></section>
</div>`,
    after: `
<div id="root">
  <div class="page-head">
    <h1>Project settings</h1>
    <div class="actions"><button type="button" class="btn">Duplicate</button></div>
  </div>
  <section class="card"><h2>General</h2><label>Name <input value="Tokyo office move"></label></section>
  <section class="card"><h2>Members</h2><p>5 members</p></section>
  <section class="card card-danger"><h2>Danger zone</h2><p>Deleting a project removes all of its expenses.</p><button type="button" class="btn btn-danger" data-bench-expected>Delete project</button></section>
</div>`,
  },
  {
    id: 'mv-status-filter-into-drawer',
    family: 'moved',
    description: 'The inline "Status" filter select moves into a slide-over filters drawer (open on this visit)',
    before: `
<div id="root">
  <div class="list-toolbar">
    <input type="search" name="q" placeholder="Search">
    <label class="inline-filter">Status <select name="status" data-bench-target><option value="">Any</option><option value="pending">Pending</option><option value="approved">Approved</option></select></label>
    <label class="inline-filter">Owner <select name="owner"><option value="">Anyone</option><option value="me">Me</option></select></label>
  </div>
  <ul class="results"><li>ER-2024-031</li><li>ER-2024-030</li></ul>
</div>`,
    after: `
<div id="root">
  <div class="list-toolbar">
    <input type="search" name="q" placeholder="Search">
    <button type="button" class="btn" aria-expanded="true" aria-controls="filters-drawer">Filters</button>
  </div>
  <ul class="results"><li>ER-2024-031</li><li>ER-2024-030</li></ul>
</div>
<aside id="filters-drawer" class="drawer drawer--open" aria-label="Filters">
  <h2>Filters</h2>
  <div class="drawer-field"><label for="f-status">Status</label><select id="f-status" name="status" data-bench-expected><option value="">Any</option><option value="pending">Pending</option><option value="approved">Approved</option></select></div>
  <div class="drawer-field"><label for="f-owner">Owner</label><select id="f-owner" name="owner"><option value="">Anyone</option><option value="me">Me</option></select></div>
  <button type="button" class="btn btn-primary">Show results</button>
</aside>`,
  },
];
