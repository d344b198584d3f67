import type { BenchCase } from '../corpus/bench-case.js';

function trelloCard(id: string, title: string, labels: string, marker = ''): string {
  return `<li class="list-card" data-card-id="${id}"><a class="list-card-link" href="/c/${id}"><div class="list-card-labels">${labels}</div><span class="list-card-title">${title}</span></a><button type="button" class="list-card-edit" aria-label="Edit card"${marker}>✎</button></li>`;
}

function notionItem(icon: string, title: string, slug: string, marker = ''): string {
  return `<div class="notion-sidebar-item"><a href="/${slug}" role="treeitem" class="sidebar-link" tabindex="0"${marker}><span class="sidebar-icon">${icon}</span><div class="notranslate sidebar-title">${title}</div></a></div>`;
}

function paymentMethod(brand: string, last4: string, expiry: string, isDefault: boolean, marker = ''): string {
  return `<div class="PaymentMethodRow" role="row"><div role="cell" class="PaymentMethodRow-brand"><img src="/brands/${brand.toLowerCase()}.svg" alt="${brand}" width="32" height="20"></div><div role="cell">${brand} •••• ${last4}${isDefault ? ' <span class="Badge">Default</span>' : ''}</div><div role="cell">Expires ${expiry}</div><div role="cell"><button type="button" class="IconButton" aria-label="More options" aria-haspopup="menu"${marker}><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="3" cy="8" r="1.5"/><circle cx="8" cy="8" r="1.5"/><circle cx="13" cy="8" r="1.5"/></svg></button></div></div>`;
}

/** The target is gone but things like it remain: the only right answer is null. */
export const holdoutRemovedCases: BenchCase[] = [
  {
    id: 'ho-rm-react-bootstrap-modal-closed',
    family: 'removed',
    description: 'React-Bootstrap "Edit profile" modal with "Save changes"; on the later visit the modal is closed (unmounted) and the page form\'s own "Save changes" remains',
    before: `
<body class="modal-open" style="overflow:hidden;padding-right:15px">
<div id="root">
  <div class="container">
    <h1>Account</h1>
    <form class="card card-body"><label class="form-label" for="tz">Time zone</label><select id="tz" class="form-select"><option>Asia/Tokyo</option></select>
      <button type="submit" class="btn btn-primary mt-3">Save changes</button></form>
    <button type="button" class="btn btn-outline-secondary">Edit profile</button>
  </div>
</div>
<div class="fade modal-backdrop show"></div>
<div role="dialog" aria-modal="true" class="fade modal show" tabindex="-1" style="display:block">
  <div class="modal-dialog"><div class="modal-content">
    <div class="modal-header"><div class="modal-title h4">Edit profile</div><button type="button" class="btn-close" aria-label="Close"></button></div>
    <div class="modal-body"><label class="form-label" for="display-name">Display name</label><input id="display-name" class="form-control" value="Aiko"></div>
    <div class="modal-footer"><button type="button" class="btn btn-secondary">Close</button><button type="button" class="btn btn-primary" data-bench-target>Save changes</button></div>
  </div></div>
</div>
</body>`,
    after: `
<body>
<div id="root">
  <div class="container">
    <h1>Account</h1>
    <form class="card card-body"><label class="form-label" for="tz">Time zone</label><select id="tz" class="form-select"><option>Asia/Tokyo</option></select>
      <button type="submit" class="btn btn-primary mt-3">Save changes</button></form>
    <button type="button" class="btn btn-outline-secondary">Edit profile</button>
  </div>
</div>
</body>`,
  },
  {
    id: 'ho-rm-kanban-card-archived',
    family: 'removed',
    description: 'Trello-like board: the card "Fix login redirect" (its edit pencil was clicked) is archived; "Fix logout redirect" with the same pencil now sits where it was',
    before: `
<div id="board">
  <div class="list"><h2 class="list-header-name">In progress</h2>
    <ol class="list-cards">
      ${trelloCard('k9Qw2', 'Fix login redirect', '<span class="card-label card-label-red">Bug</span>', ' data-bench-target')}
      ${trelloCard('p3Zx8', 'Fix logout redirect', '<span class="card-label card-label-red">Bug</span>')}
      ${trelloCard('m1Lr5', 'Onboarding checklist copy', '<span class="card-label card-label-blue">Content</span>')}
    </ol>
    <button type="button" class="open-card-composer">+ Add a card</button>
  </div>
</div>`,
    after: `
<div id="board">
  <div class="list"><h2 class="list-header-name">In progress</h2>
    <ol class="list-cards">
      ${trelloCard('p3Zx8', 'Fix logout redirect', '<span class="card-label card-label-red">Bug</span>')}
      ${trelloCard('m1Lr5', 'Onboarding checklist copy', '<span class="card-label card-label-blue">Content</span>')}
    </ol>
    <button type="button" class="open-card-composer">+ Add a card</button>
  </div>
</div>`,
  },
  {
    id: 'ho-rm-toast-undo-expired',
    family: 'removed',
    description: 'The "Undo" action of a "Paragraph deleted" toast; later the toast has expired, while the editor toolbar keeps its own "Undo" button',
    before: `
<div id="app">
  <div class="editor-toolbar" role="toolbar" aria-label="Formatting">
    <button type="button" class="tb-btn" aria-label="Undo" title="Undo (⌘Z)"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 6h6a4 4 0 0 1 0 8H7M4 6l3-3M4 6l3 3" fill="none" stroke="currentColor"/></svg></button>
    <button type="button" class="tb-btn" aria-label="Redo" title="Redo (⇧⌘Z)"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M12 6H6a4 4 0 0 0 0 8h3M12 6 9 3M12 6 9 9" fill="none" stroke="currentColor"/></svg></button>
    <button type="button" class="tb-btn" aria-label="Bold"><b>B</b></button>
  </div>
  <div class="editor" contenteditable="true"><p>Our refund policy covers 30 days.</p></div>
  <div class="toast-region" aria-live="polite">
    <div class="toast" role="status"><span class="toast-message">Paragraph deleted</span><button type="button" class="toast-action" data-bench-target>Undo</button><button type="button" class="toast-close" aria-label="Dismiss">×</button></div>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="editor-toolbar" role="toolbar" aria-label="Formatting">
    <button type="button" class="tb-btn" aria-label="Undo" title="Undo (⌘Z)"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 6h6a4 4 0 0 1 0 8H7M4 6l3-3M4 6l3 3" fill="none" stroke="currentColor"/></svg></button>
    <button type="button" class="tb-btn" aria-label="Redo" title="Redo (⇧⌘Z)"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M12 6H6a4 4 0 0 0 0 8h3M12 6 9 3M12 6 9 9" fill="none" stroke="currentColor"/></svg></button>
    <button type="button" class="tb-btn" aria-label="Bold"><b>B</b></button>
  </div>
  <div class="editor" contenteditable="true"><p>Our refund policy covers 30 days.</p></div>
  <div class="toast-region" aria-live="polite"></div>
</div>`,
  },
  {
    id: 'ho-rm-notion-page-trashed',
    family: 'removed',
    description: 'Notion-like workspace sidebar: the page "Meeting notes 2023" is moved to Trash; "Meeting notes 2024" now sits in its place',
    before: `
<div class="notion-app-inner">
  <nav class="notion-sidebar"><div class="sidebar-section-title">Workspace</div>
    <div role="tree">
      ${notionItem('🏠', 'Home', 'Home-1a2b')}
      ${notionItem('🗒️', 'Meeting notes 2023', 'Meeting-notes-2023-7f3e', ' data-bench-target')}
      ${notionItem('🗒️', 'Meeting notes 2024', 'Meeting-notes-2024-c41d')}
      ${notionItem('📚', 'Reading list', 'Reading-list-90aa')}
    </div>
    <div class="sidebar-footer"><a href="/trash" class="sidebar-link">🗑️ Trash</a></div>
  </nav>
</div>`,
    after: `
<div class="notion-app-inner">
  <nav class="notion-sidebar"><div class="sidebar-section-title">Workspace</div>
    <div role="tree">
      ${notionItem('🏠', 'Home', 'Home-1a2b')}
      ${notionItem('🗒️', 'Meeting notes 2024', 'Meeting-notes-2024-c41d')}
      ${notionItem('📚', 'Reading list', 'Reading-list-90aa')}
    </div>
    <div class="sidebar-footer"><a href="/trash" class="sidebar-link">🗑️ Trash</a></div>
  </nav>
</div>`,
  },
  {
    id: 'ho-rm-payment-method-removed',
    family: 'removed',
    description: 'Stripe-like customer page: the "More options" menu button of the Visa •••• 4242 card; the card has been removed and the Mastercard row (same button) is the only one left',
    before: `
<div id="root">
  <section class="Card"><h2>Payment methods</h2>
    <div role="table" aria-label="Payment methods">
      ${paymentMethod('Visa', '4242', '08/27', false, ' data-bench-target')}
      ${paymentMethod('Mastercard', '4444', '11/26', true)}
    </div>
    <button type="button" class="Button Button--secondary">+ Add payment method</button>
  </section>
</div>`,
    after: `
<div id="root">
  <section class="Card"><h2>Payment methods</h2>
    <div role="table" aria-label="Payment methods">
      ${paymentMethod('Mastercard', '4444', '11/26', true)}
    </div>
    <button type="button" class="Button Button--secondary">+ Add payment method</button>
  </section>
</div>`,
  },
];
