import type { BenchCase } from './bench-case.js';

/** Identical controls told apart only by their context: a row's key cell, a card heading, a section. */
export const lookAlikeCases: BenchCase[] = [
  {
    id: 'la-row-key-edit',
    family: 'look-alikes',
    description: 'Every user row has an identical "Edit" button; a new user is added at the top so rows shift down',
    before: `
<div id="root">
  <table class="table users">
    <thead><tr><th>Name</th><th>Email</th><th>Role</th><th><span class="sr-only">Actions</span></th></tr></thead>
    <tbody>
      <tr><td>Kenji Mori</td><td>kenji@acme.example</td><td>Admin</td><td><button class="btn-sm" type="button">Edit</button></td></tr>
      <tr><td>Hanako Sato</td><td>hanako@acme.example</td><td>Member</td><td><button class="btn-sm" type="button" data-bench-target>Edit</button></td></tr>
      <tr><td>Yuki Ito</td><td>yuki@acme.example</td><td>Member</td><td><button class="btn-sm" type="button">Edit</button></td></tr>
    </tbody>
  </table>
</div>`,
    after: `
<div id="root">
  <table class="table users">
    <thead><tr><th>Name</th><th>Email</th><th>Role</th><th><span class="sr-only">Actions</span></th></tr></thead>
    <tbody>
      <tr><td>Mao Abe</td><td>mao@acme.example</td><td>Member</td><td><button class="btn-sm" type="button">Edit</button></td></tr>
      <tr><td>Kenji Mori</td><td>kenji@acme.example</td><td>Admin</td><td><button class="btn-sm" type="button">Edit</button></td></tr>
      <tr><td>Hanako Sato</td><td>hanako@acme.example</td><td>Member</td><td><button class="btn-sm" type="button" data-bench-expected>Edit</button></td></tr>
      <tr><td>Yuki Ito</td><td>yuki@acme.example</td><td>Member</td><td><button class="btn-sm" type="button">Edit</button></td></tr>
    </tbody>
  </table>
</div>`,
  },
  {
    id: 'la-card-heading-connect',
    family: 'look-alikes',
    description: 'Integration cards each with a "Connect" button; a Notion card is added first and the rest re-sorted',
    before: `
<div id="root">
  <h1>Integrations</h1>
  <div class="integration-grid">
    <div class="integration-card"><img src="/logos/slack.svg" alt=""><h3>Slack</h3><p>Get approval requests in Slack.</p><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><img src="/logos/gdrive.svg" alt=""><h3>Google Drive</h3><p>Attach receipts from Drive.</p><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><img src="/logos/salesforce.svg" alt=""><h3>Salesforce</h3><p>Tag expenses to opportunities.</p><button class="btn" type="button" data-bench-target>Connect</button></div>
  </div>
</div>`,
    after: `
<div id="root">
  <h1>Integrations</h1>
  <div class="integration-grid">
    <div class="integration-card"><img src="/logos/notion.svg" alt=""><h3>Notion</h3><p>Sync policies from Notion.</p><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><img src="/logos/salesforce.svg" alt=""><h3>Salesforce</h3><p>Tag expenses to opportunities.</p><button class="btn" type="button" data-bench-expected>Connect</button></div>
    <div class="integration-card"><img src="/logos/slack.svg" alt=""><h3>Slack</h3><p>Get approval requests in Slack.</p><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><img src="/logos/gdrive.svg" alt=""><h3>Google Drive</h3><p>Attach receipts from Drive.</p><button class="btn" type="button">Connect</button></div>
  </div>
</div>`,
  },
  {
    id: 'la-section-save',
    family: 'look-alikes',
    description: 'Settings page with a "Save" per section; a new Security section (with its own Save) appears between',
    before: `
<div id="root">
  <main class="settings-page">
    <section class="panel" aria-labelledby="h-profile">
      <h2 id="h-profile">Profile</h2>
      <label>Name <input name="name" value="Aiko Tanaka"></label>
      <div class="panel-footer"><button type="button" class="btn-primary">Save</button></div>
    </section>
    <section class="panel" aria-labelledby="h-notifications">
      <h2 id="h-notifications">Notifications</h2>
      <label><input type="checkbox" name="emailDigest" checked> Weekly email digest</label>
      <div class="panel-footer"><button type="button" class="btn-primary" data-bench-target>Save</button></div>
    </section>
  </main>
</div>`,
    after: `
<div id="root">
  <main class="settings-page">
    <section class="panel" aria-labelledby="h-profile">
      <h2 id="h-profile">Profile</h2>
      <label>Name <input name="name" value="Aiko Tanaka"></label>
      <div class="panel-footer"><button type="button" class="btn-primary">Save</button></div>
    </section>
    <section class="panel" aria-labelledby="h-security">
      <h2 id="h-security">Security</h2>
      <label><input type="checkbox" name="twoFactor"> Require two-factor authentication</label>
      <div class="panel-footer"><button type="button" class="btn-primary">Save</button></div>
    </section>
    <section class="panel" aria-labelledby="h-notifications">
      <h2 id="h-notifications">Notifications</h2>
      <label><input type="checkbox" name="emailDigest" checked> Weekly email digest</label>
      <div class="panel-footer"><button type="button" class="btn-primary" data-bench-expected>Save</button></div>
    </section>
  </main>
</div>`,
  },
  {
    id: 'la-responsive-duplicate-nav',
    family: 'look-alikes',
    description: 'A hidden mobile menu duplicates the desktop nav earlier in the DOM; the author clicked the visible desktop link',
    before: `
<style>.mobile-nav{display:none}@media (max-width:767px){.mobile-nav{display:block}.desktop-nav{display:none}}</style>
<div id="root">
  <div class="mobile-nav" aria-hidden="true">
    <a class="nav-link" href="/overview">Overview</a>
    <a class="nav-link" href="/billing">Billing</a>
    <a class="nav-link" href="/usage">Usage</a>
  </div>
  <header class="header">
    <nav class="desktop-nav">
      <a class="nav-link" href="/overview">Overview</a>
      <a class="nav-link" href="/billing" data-bench-target>Billing</a>
      <a class="nav-link" href="/usage">Usage</a>
    </nav>
  </header>
</div>`,
    after: `
<style>.mobile-nav{display:none}@media (max-width:767px){.mobile-nav{display:block}.desktop-nav{display:none}}</style>
<div id="root">
  <div class="mobile-nav" aria-hidden="true">
    <a class="nav-link" href="/overview">Overview</a>
    <a class="nav-link" href="/plans">Plans</a>
    <a class="nav-link" href="/billing">Billing</a>
    <a class="nav-link" href="/usage">Usage</a>
  </div>
  <header class="header">
    <nav class="desktop-nav">
      <a class="nav-link" href="/overview">Overview</a>
      <a class="nav-link" href="/plans">Plans</a>
      <a class="nav-link" href="/billing" data-bench-expected>Billing</a>
      <a class="nav-link" href="/usage">Usage</a>
    </nav>
  </header>
</div>`,
  },
  {
    id: 'la-kanban-add-card',
    family: 'look-alikes',
    description: 'Kanban board where each column has "+ Add card"; a "Review" column is inserted before "In progress"',
    before: `
<div id="root">
  <div class="board">
    <div class="column" data-column="todo"><h3 class="column-title">To do</h3><div class="cards"><div class="card">Update travel policy</div></div><button class="add-card" type="button">+ Add card</button></div>
    <div class="column" data-column="doing"><h3 class="column-title">In progress</h3><div class="cards"><div class="card">Q3 budget review</div></div><button class="add-card" type="button" data-bench-target>+ Add card</button></div>
    <div class="column" data-column="done"><h3 class="column-title">Done</h3><div class="cards"></div><button class="add-card" type="button">+ Add card</button></div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="board">
    <div class="column" data-column="todo"><h3 class="column-title">To do</h3><div class="cards"><div class="card">Update travel policy</div></div><button class="add-card" type="button">+ Add card</button></div>
    <div class="column" data-column="review"><h3 class="column-title">Review</h3><div class="cards"><div class="card">Vendor contract</div></div><button class="add-card" type="button">+ Add card</button></div>
    <div class="column" data-column="doing"><h3 class="column-title">In progress</h3><div class="cards"><div class="card">Q3 budget review</div><div class="card">Onboard new hires</div></div><button class="add-card" type="button" data-bench-expected>+ Add card</button></div>
    <div class="column" data-column="done"><h3 class="column-title">Done</h3><div class="cards"></div><button class="add-card" type="button">+ Add card</button></div>
  </div>
</div>`,
  },
];
