import type { BenchCase } from './bench-case.js';

interface Approval {
  id: string;
  who: string;
  whoJa: string;
  amount: string;
}

const APPROVALS: Approval[] = [
  { id: 'EXP-2027', who: 'Kenji Mori', whoJa: '森 健二', amount: '¥18,400' },
  { id: 'EXP-2031', who: 'Hanako Sato', whoJa: '佐藤 花子', amount: '¥7,250' },
  { id: 'EXP-2034', who: 'Ren Kato', whoJa: '加藤 蓮', amount: '¥64,000' },
  { id: 'EXP-2036', who: 'Yui Watanabe', whoJa: '渡辺 結衣', amount: '¥2,980' },
];

function approvalRowEn(a: Approval, marker = ''): string {
  return `<tr class="sc-fzXfNJ bGtHuA"><td class="sc-fzXfNl kOhMaI">${a.id}</td><td class="sc-fzXfNl kOhMaI">${a.who}</td><td class="sc-fzXfNl jDkLmR">${a.amount}</td><td class="sc-fzXfNl kOhMaI"><button type="button" class="sc-AxjAm cQnKvP"${marker}>Approve</button></td></tr>`;
}

function approvalRowJa(a: Approval, marker = ''): string {
  return `<tr class="sc-kDTinF hwGqJa"><td class="sc-iqseJM fvCPbd">${a.id}</td><td class="sc-iqseJM fvCPbd">${a.whoJa}</td><td class="sc-iqseJM eXtYcb">${a.amount}</td><td class="sc-iqseJM fvCPbd"><div class="sc-crHmcD kWqVYi"><button type="button" class="sc-egiyK bWnQzT"${marker}>承認</button></div></td></tr>`;
}

const byId = (id: string): Approval => APPROVALS.find((a) => a.id === id)!;

function reminderRow(n: number, customer: string, due: string, cls: string, marker = ''): string {
  return `<tr class="${cls}"><td>INV-${String(n).padStart(4, '0')}</td><td>${customer}</td><td>${due}</td><td><span class="badge">Overdue</span></td><td><button type="button" class="reminder-btn"${marker}>Send reminder</button></td></tr>`;
}

function gridRow(id: number, index: number, name: string, amount: string, marker = ''): string {
  return `<div class="MuiDataGrid-row css-1b0c9hd" role="row" data-id="${id}" data-rowindex="${index}" aria-rowindex="${index + 2}" aria-selected="false"><div class="MuiDataGrid-cell css-qv4k2p" role="gridcell" data-field="name" data-colindex="0">${name}</div><div class="MuiDataGrid-cell css-qv4k2p" role="gridcell" data-field="amount" data-colindex="1">${amount}</div><div class="MuiDataGrid-cell MuiDataGrid-cell--withRenderer css-qv4k2p" role="gridcell" data-field="actions" data-colindex="2"><button class="MuiButtonBase-root MuiIconButton-root MuiIconButton-sizeSmall css-1j7qk7u" tabindex="-1" type="button" aria-label="Edit"${marker}><svg width="20" height="20" class="MuiSvgIcon-root MuiSvgIcon-fontSizeSmall css-1k33q06" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="EditIcon"><path d="M3 17.25V21h3.75L17.81 9.94l-3.75-3.75z"></path></svg></button></div></div>`;
}

function matItem(icon: string, label: string, ng: string, marker = ''): string {
  return `<button ${ng} mat-menu-item class="mat-mdc-menu-item mat-mdc-focus-indicator" role="menuitem" tabindex="0" aria-disabled="false"${marker}><mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color" aria-hidden="true" data-mat-icon-type="font">${icon}</mat-icon><span class="mat-mdc-menu-item-text">${label}</span><div matripple class="mat-ripple mat-mdc-menu-ripple"></div></button>`;
}

/** Realistic releases: several of the other families at once. */
export const combinedCases: BenchCase[] = [
  {
    id: 'co-settings-release',
    family: 'combined',
    description: 'Settings release: hashes regenerate, section bodies get wrappers, a Security section is inserted, the heading and the Save label are edited',
    before: `
<div id="root">
  <main class="Settings_page__a81Kx">
    <section class="Section_root__7fQ2m" aria-labelledby=":r4:">
      <h2 class="Section_title__Lk39d" id=":r4:">Profile</h2>
      <label class="Field_root__p0Z3q">Name <input class="Input_root__9bXc1" name="name" value="Aiko Tanaka"></label>
      <button type="button" class="Button_root__2mNq8 Button_primary__x7Ty0">Save</button>
    </section>
    <section class="Section_root__7fQ2m" aria-labelledby=":r5:">
      <h2 class="Section_title__Lk39d" id=":r5:">Notifications</h2>
      <label class="Field_root__p0Z3q"><input type="checkbox" class="Checkbox_root__4hJw2" name="digest" checked> Weekly digest</label>
      <label class="Field_root__p0Z3q"><input type="checkbox" class="Checkbox_root__4hJw2" name="mentions" checked> Mentions</label>
      <button type="button" class="Button_root__2mNq8 Button_primary__x7Ty0" data-bench-target>Save</button>
    </section>
  </main>
</div>`,
    after: `
<div id="root">
  <main class="Settings_page__Qe02v">
    <section class="Section_root__hN5tB" aria-labelledby=":r6:">
      <h2 class="Section_title__0pWr7" id=":r6:">Profile</h2>
      <div class="Section_body__cV81s">
        <label class="Field_root__Zk2m4">Name <input class="Input_root__Jr7e0" name="name" value="Aiko Tanaka"></label>
      </div>
      <div class="Section_footer__Ty6Ua"><button type="button" class="Button_root__Fb1s9 Button_primary__dQ4o2">Save changes</button></div>
    </section>
    <section class="Section_root__hN5tB" aria-labelledby=":r7:">
      <h2 class="Section_title__0pWr7" id=":r7:">Security</h2>
      <div class="Section_body__cV81s">
        <label class="Field_root__Zk2m4"><input type="checkbox" class="Checkbox_root__m3Gh8" name="twoFactor"> Two-factor authentication</label>
      </div>
      <div class="Section_footer__Ty6Ua"><button type="button" class="Button_root__Fb1s9 Button_primary__dQ4o2">Save changes</button></div>
    </section>
    <section class="Section_root__hN5tB" aria-labelledby=":r8:">
      <h2 class="Section_title__0pWr7" id=":r8:">Email notifications</h2>
      <div class="Section_body__cV81s">
        <label class="Field_root__Zk2m4"><input type="checkbox" class="Checkbox_root__m3Gh8" name="digest" checked> Weekly digest</label>
        <label class="Field_root__Zk2m4"><input type="checkbox" class="Checkbox_root__m3Gh8" name="mentions" checked> Mentions</label>
      </div>
      <div class="Section_footer__Ty6Ua"><button type="button" class="Button_root__Fb1s9 Button_primary__dQ4o2" data-bench-expected>Save changes</button></div>
    </section>
  </main>
</div>`,
  },
  {
    id: 'co-approvals-ja-resorted',
    family: 'combined',
    description: 'Approvals table seen by a Japanese user: translated, styled-components hashes regenerated, re-sorted, a new row, buttons wrapped',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root">
  <h1 class="sc-bdVaJa kVtMtZ">Pending approvals</h1>
  <table class="sc-htpNat eVqLpX"><thead><tr><th>ID</th><th>Employee</th><th>Amount</th><th></th></tr></thead><tbody>
    ${approvalRowEn(byId('EXP-2027'))}
    ${approvalRowEn(byId('EXP-2031'), ' data-bench-target')}
    ${approvalRowEn(byId('EXP-2034'))}
  </tbody></table>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <h1 class="sc-gsTCUz fDyVbL">承認待ち</h1>
  <table class="sc-jrQzAO dTaQoF"><thead><tr><th>ID</th><th>申請者</th><th aria-sort="descending">金額</th><th></th></tr></thead><tbody>
    ${approvalRowJa(byId('EXP-2034'))}
    ${approvalRowJa(byId('EXP-2027'))}
    ${approvalRowJa(byId('EXP-2031'), ' data-bench-expected')}
    ${approvalRowJa(byId('EXP-2036'))}
  </tbody></table>
</div>
</body></html>`,
  },
  {
    id: 'co-nav-redesign',
    family: 'combined',
    description: 'Navigation redesign: sidebar becomes a top bar, links get icons, "Reports" is renamed "Analytics" (same route), emotion hashes change',
    before: `
<div id="root">
  <div class="css-1r7kx0q">
    <aside class="css-9fq2lm">
      <nav class="css-xq8b2k">
        <a class="css-1lk3p0z" href="/dashboard">Dashboard</a>
        <a class="css-1lk3p0z" href="/expenses">Expenses</a>
        <a class="css-1lk3p0z" href="/reports" data-bench-target>Reports</a>
        <a class="css-1lk3p0z" href="/settings">Settings</a>
      </nav>
    </aside>
    <main class="css-5ybn3t"><h1>Dashboard</h1></main>
  </div>
</div>`,
    after: `
<div id="root">
  <header class="css-14ga3xp">
    <span class="css-8bq1mz">Keihi</span>
    <nav class="css-1h9o0kd" aria-label="Main">
      <a class="css-v3c0dn" href="/dashboard"><svg width="20" height="20" class="css-1d5x2kf" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 12 12 3l9 9M5 10v10h14V10"/></svg><span>Dashboard</span></a>
      <a class="css-v3c0dn" href="/expenses"><svg width="20" height="20" class="css-1d5x2kf" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16v12H4zM4 10h16"/></svg><span>Expenses</span></a>
      <a class="css-v3c0dn" href="/cards"><svg width="20" height="20" class="css-1d5x2kf" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 7h18v10H3z"/></svg><span>Cards</span></a>
      <a class="css-v3c0dn" href="/reports" data-bench-expected><svg width="20" height="20" class="css-1d5x2kf" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20V10M10 20V4M16 20v-7M22 20H2"/></svg><span>Analytics</span></a>
      <a class="css-v3c0dn" href="/settings"><svg width="20" height="20" class="css-1d5x2kf" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3"/></svg><span>Settings</span></a>
    </nav>
  </header>
  <main class="css-12qzrsi"><h1>Dashboard</h1></main>
</div>`,
  },
  {
    id: 'co-modal-create-project',
    family: 'combined',
    description: 'Create-project dialog in a portal: useId ids shift, emotion hashes change, a Template field is inserted, "Create" becomes "Create project"',
    before: `
<div id="root"><main><h1>Projects</h1><button type="button" class="css-k008qs">New project</button></main></div>
<div class="css-1p0wn4l" role="presentation">
  <div role="dialog" aria-modal="true" aria-labelledby=":r9:" class="css-mbdu2s">
    <h2 id=":r9:" class="css-1xnox0e">New project</h2>
    <div class="css-1xhj18k"><label for=":ra:" class="css-u4p24i">Name</label><input id=":ra:" class="css-1x5jdmq" type="text"></div>
    <div class="css-1xhj18k"><label for=":rb:" class="css-u4p24i">Budget</label><input id=":rb:" class="css-1x5jdmq" type="number"></div>
    <div class="css-14b29qc"><button type="button" class="css-1ujsas3">Cancel</button><button type="submit" class="css-1hw9j7s" data-bench-target>Create</button></div>
  </div>
</div>`,
    after: `
<div id="root"><main><h1>Projects</h1><button type="button" class="css-3kbwa7">New project</button></main></div>
<div class="css-19kzrtu" role="presentation">
  <div role="dialog" aria-modal="true" aria-labelledby=":rf:" class="css-uhb5lp">
    <h2 id=":rf:" class="css-ohwg9z">New project</h2>
    <div class="css-8atqhb"><label for=":rg:" class="css-1wbz3t9">Template</label><select id=":rg:" class="css-1x5jdmq"><option>Blank</option><option>Business trip</option></select></div>
    <div class="css-8atqhb"><label for=":rh:" class="css-1wbz3t9">Name</label><input id=":rh:" class="css-1x5jdmq" type="text"></div>
    <div class="css-8atqhb"><label for=":ri:" class="css-1wbz3t9">Budget</label><input id=":ri:" class="css-1x5jdmq" type="number"></div>
    <div class="css-1lp2tr4"><button type="button" class="css-79elbk">Cancel</button><button type="submit" class="css-1n4a93b" data-bench-expected>Create project</button></div>
  </div>
</div>`,
  },
  {
    id: 'co-export-pdf-removed',
    family: 'combined',
    description: 'Release drops "Export PDF" while regenerating hashes, wrapping the toolbar and adding "Share"; "Export CSV" stays',
    before: `
<div id="root">
  <div class="Toolbar_root__8sK1d">
    <h1 class="Toolbar_title__aA4e2">Monthly report</h1>
    <button type="button" class="Button_root__2mNq8 Button_ghost__p3Ls0" data-bench-target>Export PDF</button>
    <button type="button" class="Button_root__2mNq8 Button_ghost__p3Ls0">Export CSV</button>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="Toolbar_root__Vn2q7">
    <h1 class="Toolbar_title__r0Tz5">Monthly report</h1>
    <div class="Toolbar_actions__Gq8e1">
      <button type="button" class="Button_root__Fb1s9 Button_ghost__eW6k3">Export CSV</button>
      <button type="button" class="Button_root__Fb1s9 Button_primary__dQ4o2">Share</button>
    </div>
  </div>
</div>`,
  },
  {
    id: 'co-invoice-row-deleted-ja',
    family: 'combined',
    description: 'Invoice list in Japanese after a release: re-sorted, hashes changed, and the target invoice row voided and gone',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root">
  <table class="css-1ksx9tq"><thead><tr><th>Invoice</th><th>Customer</th><th>Total</th><th></th></tr></thead><tbody>
    <tr><td>INV-0090</td><td>Globex</td><td>¥220,000</td><td><a class="css-p0c9ko" href="/invoices/90">Details</a></td></tr>
    <tr><td>INV-0092</td><td>Acme KK</td><td>¥128,000</td><td><a class="css-p0c9ko" href="/invoices/92" data-bench-target>Details</a></td></tr>
    <tr><td>INV-0093</td><td>Initech</td><td>¥75,300</td><td><a class="css-p0c9ko" href="/invoices/93">Details</a></td></tr>
  </tbody></table>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <table class="css-7u2hwe"><thead><tr><th>請求書</th><th>取引先</th><th aria-sort="descending">合計</th><th></th></tr></thead><tbody>
    <tr><td>INV-0090</td><td>Globex</td><td>¥220,000</td><td><a class="css-ab12cd" href="/invoices/90">詳細</a></td></tr>
    <tr><td>INV-0093</td><td>Initech</td><td>¥75,300</td><td><a class="css-ab12cd" href="/invoices/93">詳細</a></td></tr>
    <tr><td>INV-0094</td><td>Acme KK</td><td>¥64,500</td><td><a class="css-ab12cd" href="/invoices/94">詳細</a></td></tr>
  </tbody></table>
</div>
</body></html>`,
  },
  {
    id: 'co-pagination-pushed-off',
    family: 'combined',
    description: 'A new invoice due earlier pushes the target row (INV-0101) to page 2; page 1 is full of identical "Send reminder" buttons',
    before: `
<div id="root">
  <h1 class="text-xl font-semibold">Overdue invoices</h1>
  <table class="min-w-full divide-y divide-gray-200"><thead><tr><th>Invoice</th><th>Customer</th><th>Due</th><th>Status</th><th></th></tr></thead><tbody>
    ${reminderRow(97, 'Globex', '2024-06-01', 'hover:bg-gray-50')}
    ${reminderRow(98, 'Initech', '2024-06-03', 'hover:bg-gray-50')}
    ${reminderRow(99, 'Umbrella', '2024-06-09', 'hover:bg-gray-50')}
    ${reminderRow(100, 'Hooli', '2024-06-12', 'hover:bg-gray-50')}
    ${reminderRow(101, 'Acme KK', '2024-06-15', 'hover:bg-gray-50', ' data-bench-target')}
  </tbody></table>
  <nav class="pagination" aria-label="Pagination"><span aria-current="page">1</span></nav>
</div>`,
    after: `
<div id="root">
  <h1 class="text-lg font-bold">Overdue invoices</h1>
  <table class="w-full table-auto divide-y divide-slate-200"><thead><tr><th>Invoice</th><th>Customer</th><th>Due</th><th>Status</th><th></th></tr></thead><tbody>
    ${reminderRow(97, 'Globex', '2024-06-01', 'hover:bg-slate-50')}
    ${reminderRow(98, 'Initech', '2024-06-03', 'hover:bg-slate-50')}
    ${reminderRow(99, 'Umbrella', '2024-06-09', 'hover:bg-slate-50')}
    ${reminderRow(100, 'Hooli', '2024-06-12', 'hover:bg-slate-50')}
    ${reminderRow(102, 'Stark Industries', '2024-06-14', 'hover:bg-slate-50')}
  </tbody></table>
  <nav class="pagination" aria-label="Pagination"><span aria-current="page">1</span><a href="?page=2">2</a><a href="?page=2" rel="next">Next</a></nav>
</div>`,
  },
  {
    id: 'co-sidebar-collapsed',
    family: 'combined',
    description: 'The sidebar is collapsed on the later visit: labels become visually hidden spans with tooltips, widths and classes change, Home is added',
    before: `
<div id="root" class="flex">
  <aside class="w-64 shrink-0 border-r bg-white">
    <nav class="flex flex-col gap-1 p-3">
      <a href="/expenses" class="flex items-center gap-3 rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100"><svg width="20" height="20" class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16v12H4z"/></svg><span>Expenses</span></a>
      <a href="/reports" class="flex items-center gap-3 rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100" data-bench-target><svg width="20" height="20" class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20V10M10 20V4M16 20v-7"/></svg><span>Reports</span></a>
      <a href="/settings" class="flex items-center gap-3 rounded-md px-3 py-2 text-gray-700 hover:bg-gray-100"><svg width="20" height="20" class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3"/></svg><span>Settings</span></a>
    </nav>
  </aside>
  <main class="flex-1 p-8"><h1>Expenses</h1></main>
</div>`,
    after: `
<div id="root" class="flex">
  <aside class="w-16 shrink-0 border-r bg-white" data-collapsed="true">
    <nav class="flex flex-col items-center gap-2 py-3">
      <a href="/" class="group relative rounded-lg p-2 text-slate-600 hover:bg-slate-100" data-tip="Home"><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 12 12 3l9 9"/></svg><span class="sr-only">Home</span></a>
      <a href="/expenses" class="group relative rounded-lg p-2 text-slate-600 hover:bg-slate-100" data-tip="Expenses"><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16v12H4z"/></svg><span class="sr-only">Expenses</span></a>
      <a href="/reports" class="group relative rounded-lg p-2 text-slate-600 hover:bg-slate-100" data-tip="Reports" data-bench-expected><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20V10M10 20V4M16 20v-7"/></svg><span class="sr-only">Reports</span></a>
      <a href="/settings" class="group relative rounded-lg p-2 text-slate-600 hover:bg-slate-100" data-tip="Settings"><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="3"/></svg><span class="sr-only">Settings</span></a>
    </nav>
  </aside>
  <main class="flex-1 p-8"><h1>Expenses</h1></main>
</div>`,
  },
  {
    id: 'co-mat-menu-ja',
    family: 'combined',
    description: 'Angular Material row menu in Japanese: overlay ids and _ngcontent attributes change, labels are translated, "共有" is inserted before the target; the icon ligature stays',
    before: `<!doctype html>
<html lang="en"><body>
<app-root _nghost-ng-c204 ng-version="17.3.4"><h1 _ngcontent-ng-c204>Reports</h1></app-root>
<div class="cdk-overlay-container">
  <div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 0px; height: 100%; width: 100%;">
    <div id="cdk-overlay-2" class="cdk-overlay-pane" style="position: static; left: 812px; top: 214px;">
      <div tabindex="-1" role="menu" class="mat-mdc-menu-panel mat-mdc-elevation-specific mat-menu-below ng-star-inserted" id="mat-menu-panel-3" aria-labelledby="mat-mdc-button-6">
        <div class="mat-mdc-menu-content">
          ${matItem('edit', 'Edit', '_ngcontent-ng-c204')}
          ${matItem('content_copy', 'Duplicate', '_ngcontent-ng-c204', ' data-bench-target')}
          ${matItem('archive', 'Archive', '_ngcontent-ng-c204')}
          ${matItem('delete', 'Delete', '_ngcontent-ng-c204')}
        </div>
      </div>
    </div>
  </div>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<app-root _nghost-ng-c913 ng-version="17.3.9"><h1 _ngcontent-ng-c913>レポート</h1></app-root>
<div class="cdk-overlay-container">
  <div class="cdk-overlay-connected-position-bounding-box" dir="ltr" style="top: 0px; left: 0px; height: 100%; width: 100%;">
    <div id="cdk-overlay-5" class="cdk-overlay-pane" style="position: static; left: 790px; top: 262px;">
      <div tabindex="-1" role="menu" class="mat-mdc-menu-panel mat-mdc-elevation-specific mat-menu-below ng-star-inserted" id="mat-menu-panel-7" aria-labelledby="mat-mdc-button-14">
        <div class="mat-mdc-menu-content">
          ${matItem('edit', '編集', '_ngcontent-ng-c913')}
          ${matItem('share', '共有', '_ngcontent-ng-c913')}
          ${matItem('content_copy', '複製', '_ngcontent-ng-c913', ' data-bench-expected')}
          ${matItem('archive', 'アーカイブ', '_ngcontent-ng-c913')}
          ${matItem('delete', '削除', '_ngcontent-ng-c913')}
        </div>
      </div>
    </div>
  </div>
</div>
</body></html>`,
  },
  {
    id: 'co-wizard-continue',
    family: 'combined',
    description: 'Checkout wizard: a "Plan" step is inserted, the step body is wrapped, and "Next" becomes "Continue" on the Payment step',
    before: `
<div id="root">
  <div class="wizard">
    <ol class="wizard-steps"><li class="done">Company</li><li class="current" aria-current="step">Payment</li><li>Confirm</li></ol>
    <form class="wizard-step" aria-labelledby="step-title">
      <h2 id="step-title">Payment</h2>
      <label>Card number <input name="cardNumber" inputmode="numeric" autocomplete="cc-number"></label>
      <div class="wizard-actions"><button type="button" class="btn btn-light">Back</button><button type="submit" class="btn btn-blue" data-bench-target>Next</button></div>
    </form>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="wizard">
    <ol class="wizard-steps"><li class="done">Company</li><li class="done">Plan</li><li class="current" aria-current="step">Payment</li><li>Confirm</li></ol>
    <form class="wizard-step" aria-labelledby="step-title">
      <div class="wizard-step__body">
        <h2 id="step-title">Payment</h2>
        <label>Card number <input name="cardNumber" inputmode="numeric" autocomplete="cc-number"></label>
        <label>Billing email <input name="billingEmail" type="email"></label>
      </div>
      <div class="wizard-step__footer"><div class="wizard-actions"><button type="button" class="btn btn-light">Back</button><button type="submit" class="btn btn-blue" data-bench-expected>Continue</button></div></div>
    </form>
  </div>
</div>`,
  },
  {
    id: 'co-vue-header-ja',
    family: 'combined',
    description: 'Vue page header in Japanese: data-v scope ids change, "Import" is added before the primary button, which gains an icon and new text',
    before: `<!doctype html>
<html lang="en"><body>
<div id="app" data-v-app="">
  <div class="page-header" data-v-2f9c1a7e="">
    <h1 data-v-2f9c1a7e="">Reports</h1>
    <div class="page-header__actions" data-v-2f9c1a7e="">
      <button type="button" class="el-button el-button--default" data-v-2f9c1a7e=""><span>Export</span></button>
      <button type="button" class="el-button el-button--primary" data-v-2f9c1a7e="" data-bench-target><span>Create report</span></button>
    </div>
  </div>
  <div class="el-empty"><p class="el-empty__description">No reports</p></div>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="app" data-v-app="">
  <div class="page-header" data-v-8d03b4c2="">
    <h1 data-v-8d03b4c2="">レポート</h1>
    <div class="page-header__actions" data-v-8d03b4c2="">
      <button type="button" class="el-button el-button--default" data-v-8d03b4c2=""><span>インポート</span></button>
      <button type="button" class="el-button el-button--default" data-v-8d03b4c2=""><span>エクスポート</span></button>
      <button type="button" class="el-button el-button--primary" data-v-8d03b4c2="" data-bench-expected><i class="el-icon"><svg width="20" height="20" viewBox="0 0 1024 1024"><path d="M480 480V128h64v352h352v64H544v352h-64V544H128v-64z"/></svg></i><span>レポートを作成</span></button>
    </div>
  </div>
  <div class="el-empty"><p class="el-empty__description">レポートはありません</p></div>
</div>
</body></html>`,
  },
  {
    id: 'co-mui-datagrid-sorted',
    family: 'combined',
    description: 'MUI DataGrid re-sorted with a row added and the grid\'s emotion hashes regenerated: the row keeps data-id="42", its data-rowindex and position change',
    before: `
<div id="root">
  <div class="MuiDataGrid-root css-1kzp5ow" role="grid" aria-rowcount="4" aria-colcount="3">
    <div class="MuiDataGrid-columnHeaders css-1j2m7q" role="row"><div role="columnheader">Employee</div><div role="columnheader">Amount</div><div role="columnheader">Actions</div></div>
    <div class="MuiDataGrid-virtualScrollerRenderZone css-s1v7zr" role="rowgroup">
      ${gridRow(17, 0, 'Kenji Mori', '¥48,200')}
      ${gridRow(42, 1, 'Hanako Sato', '¥6,800', ' data-bench-target')}
      ${gridRow(58, 2, 'Ren Kato', '¥102,560')}
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="MuiDataGrid-root css-r6q4tb" role="grid" aria-rowcount="5" aria-colcount="3">
    <div class="MuiDataGrid-columnHeaders css-yrdy0g" role="row"><div role="columnheader">Employee</div><div role="columnheader" aria-sort="descending">Amount</div><div role="columnheader">Actions</div></div>
    <div class="MuiDataGrid-virtualScrollerRenderZone css-1inm7gi" role="rowgroup">
      ${gridRow(58, 0, 'Ren Kato', '¥102,560')}
      ${gridRow(17, 1, 'Kenji Mori', '¥48,200')}
      ${gridRow(63, 2, 'Mao Abe', '¥9,900')}
      ${gridRow(42, 3, 'Hanako Sato', '¥6,800', ' data-bench-expected')}
    </div>
  </div>
</div>`,
  },
];
