import type { BenchCase } from './bench-case.js';

function userRow(name: string, email: string, marker = ''): string {
  return `<tr><td>${name}</td><td>${email}</td><td><button class="btn-sm" type="button"${marker}>Edit</button></td></tr>`;
}

/**
 * The target is gone but something like it remains. The only right answer is null: pointing the
 * end user at the look-alike is worse than showing nothing.
 */
export const removedCases: BenchCase[] = [
  {
    id: 'rm-user-row-deleted',
    family: 'removed',
    description: 'The row of the user whose "Edit" was clicked has been deleted; other rows keep identical Edit buttons',
    before: `
<div id="root">
  <table class="table"><thead><tr><th>Name</th><th>Email</th><th></th></tr></thead><tbody>
    ${userRow('Kenji Mori', 'kenji@acme.example')}
    ${userRow('Ichiro Suzuki', 'ichiro@acme.example', ' data-bench-target')}
    ${userRow('Yuki Ito', 'yuki@acme.example')}
  </tbody></table>
</div>`,
    after: `
<div id="root">
  <div class="toast" role="status">Ichiro Suzuki was removed from the workspace.</div>
  <table class="table"><thead><tr><th>Name</th><th>Email</th><th></th></tr></thead><tbody>
    ${userRow('Kenji Mori', 'kenji@acme.example')}
    ${userRow('Yuki Ito', 'yuki@acme.example')}
  </tbody></table>
</div>`,
  },
  {
    id: 'rm-nav-reports',
    family: 'removed',
    description: 'The "Reports" nav item is turned off by a feature flag; the other items (same classes) and a "Reports" widget heading remain',
    before: `
<div id="root">
  <nav class="sidenav"><ul>
    <li><a class="sidenav-link" href="/dashboard">Dashboard</a></li>
    <li><a class="sidenav-link" href="/expenses">Expenses</a></li>
    <li><a class="sidenav-link" href="/reports" data-bench-target>Reports</a></li>
    <li><a class="sidenav-link" href="/settings">Settings</a></li>
  </ul></nav>
  <main><h1>Dashboard</h1><section class="widget"><h2>Reports</h2><p>2 reports were shared with you this week.</p></section></main>
</div>`,
    after: `
<div id="root">
  <nav class="sidenav"><ul>
    <li><a class="sidenav-link" href="/dashboard">Dashboard</a></li>
    <li><a class="sidenav-link" href="/expenses">Expenses</a></li>
    <li><a class="sidenav-link" href="/settings">Settings</a></li>
  </ul></nav>
  <main><h1>Dashboard</h1><section class="widget"><h2>Reports</h2><p>No reports were shared with you this week.</p></section></main>
</div>`,
  },
  {
    id: 'rm-export-button',
    family: 'removed',
    description: '"Export" is removed from a button group; "Import" with the same classes now sits exactly where it was',
    before: `
<div id="root">
  <div class="page-header"><h1>Vendors</h1>
    <div class="btn-group">
      <button class="btn btn-outline" type="button" data-bench-target>Export</button>
      <button class="btn btn-outline" type="button">Import</button>
      <button class="btn btn-primary" type="button">Add vendor</button>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="page-header"><h1>Vendors</h1>
    <div class="btn-group">
      <button class="btn btn-outline" type="button">Import</button>
      <button class="btn btn-primary" type="button">Add vendor</button>
    </div>
  </div>
</div>`,
  },
  {
    id: 'rm-integration-card',
    family: 'removed',
    description: 'The Salesforce integration card is removed; the other cards with identical "Connect" buttons remain',
    before: `
<div id="root">
  <div class="integration-grid">
    <div class="integration-card"><h3>Slack</h3><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><h3>Google Drive</h3><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><h3>Salesforce</h3><button class="btn" type="button" data-bench-target>Connect</button></div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="integration-grid">
    <div class="integration-card"><h3>Slack</h3><button class="btn" type="button">Connect</button></div>
    <div class="integration-card"><h3>Google Drive</h3><button class="btn" type="button">Connect</button></div>
  </div>
</div>`,
  },
  {
    id: 'rm-confirm-modal-closed',
    family: 'removed',
    description: 'The "Delete" button of a confirmation modal; on the later visit the modal is closed, row "Delete" buttons remain',
    before: `
<div id="root">
  <ul class="api-keys">
    <li><code>sk_live_…a81f</code> <button type="button" class="btn-link danger">Delete</button></li>
    <li><code>sk_live_…77c2</code> <button type="button" class="btn-link danger">Delete</button></li>
  </ul>
</div>
<div class="modal-root">
  <div role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" class="modal">
    <h2 id="confirm-title">Delete API key?</h2>
    <p>Apps using this key will stop working immediately.</p>
    <button type="button" class="btn">Cancel</button>
    <button type="button" class="btn danger" data-bench-target>Delete</button>
  </div>
</div>`,
    after: `
<div id="root">
  <ul class="api-keys">
    <li><code>sk_live_…a81f</code> <button type="button" class="btn-link danger">Delete</button></li>
    <li><code>sk_live_…77c2</code> <button type="button" class="btn-link danger">Delete</button></li>
  </ul>
</div>
<div class="modal-root"></div>`,
  },
  {
    id: 'rm-fax-field',
    family: 'removed',
    description: 'The "Fax number" field is dropped from a company form; the "Phone number" field with the same shape remains',
    before: `
<div id="root">
  <form class="company-form">
    <div class="field"><label for="c-name">Company name</label><input id="c-name" name="companyName" type="text"></div>
    <div class="field"><label for="c-phone">Phone number</label><input id="c-phone" name="phone" type="tel" placeholder="03-1234-5678"></div>
    <div class="field"><label for="c-fax">Fax number</label><input id="c-fax" name="fax" type="tel" placeholder="03-1234-5678" data-bench-target></div>
    <button type="submit">Save</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="company-form">
    <div class="field"><label for="c-name">Company name</label><input id="c-name" name="companyName" type="text"></div>
    <div class="field"><label for="c-phone">Phone number</label><input id="c-phone" name="phone" type="tel" placeholder="03-1234-5678"></div>
    <button type="submit">Save</button>
  </form>
</div>`,
  },
  {
    id: 'rm-legacy-billing-tab',
    family: 'removed',
    description: 'The "Legacy billing" tab is retired; a "Billing" tab (a near text match) remains',
    before: `
<div id="root">
  <div role="tablist" class="tabs">
    <button role="tab" aria-selected="true" class="tab">General</button>
    <button role="tab" aria-selected="false" class="tab">Billing</button>
    <button role="tab" aria-selected="false" class="tab" data-bench-target>Legacy billing</button>
  </div>
  <div role="tabpanel">Workspace name: Acme KK</div>
</div>`,
    after: `
<div id="root">
  <div role="tablist" class="tabs">
    <button role="tab" aria-selected="true" class="tab">General</button>
    <button role="tab" aria-selected="false" class="tab">Billing</button>
  </div>
  <div role="tabpanel">Workspace name: Acme KK</div>
</div>`,
  },
];
