import type { BenchCase } from './bench-case.js';

const X_LUCIDE = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-x" aria-hidden="true"><path d="M18 6 6 18"/><path d="m6 6 12 12"/></svg>';
const X_HERO = '<svg width="20" height="20" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" class="size-5" aria-hidden="true" data-slot="icon"><path stroke-linecap="round" stroke-linejoin="round" d="M6 18 18 6M6 6l12 12"/></svg>';
const MINUS_LUCIDE = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-minus" aria-hidden="true"><path d="M5 12h14"/></svg>';
const MINUS_HERO = '<svg width="20" height="20" xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke-width="1.5" stroke="currentColor" class="size-5" aria-hidden="true" data-slot="icon"><path stroke-linecap="round" stroke-linejoin="round" d="M5 12h14"/></svg>';
const DOTS = '<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><circle cx="8" cy="3" r="1.5"/><circle cx="8" cy="8" r="1.5"/><circle cx="8" cy="13" r="1.5"/></svg>';

function accountRow(name: string, plan: string, marker = ''): string {
  return `<tr><td><a href="/accounts/${name.toLowerCase().replace(/\W+/g, '-')}">${name}</a></td><td>${plan}</td><td class="row-actions"><button type="button" class="icon-btn" aria-label="More actions" aria-haspopup="menu"${marker}>${DOTS}</button></td></tr>`;
}

/** Buttons with no visible text: only an icon and an accessible name, if that. */
export const iconOnlyCases: BenchCase[] = [
  {
    id: 'io-modal-close',
    family: 'icon-only',
    description: 'Dialog header with icon-only Minimize and Close buttons; the icon set switches from Lucide to Heroicons',
    before: `
<div id="root"><main><h1>Receipts</h1></main></div>
<div role="dialog" aria-modal="true" aria-labelledby="upload-title" class="dialog">
  <div class="dialog-header">
    <h2 id="upload-title">Upload receipts</h2>
    <div class="dialog-header-actions">
      <button type="button" class="icon-button" aria-label="Minimize">${MINUS_LUCIDE}</button>
      <button type="button" class="icon-button" aria-label="Close" data-bench-target>${X_LUCIDE}</button>
    </div>
  </div>
  <div class="dialog-body"><div class="dropzone">Drop files here</div></div>
</div>`,
    after: `
<div id="root"><main><h1>Receipts</h1></main></div>
<div role="dialog" aria-modal="true" aria-labelledby="upload-title" class="dialog">
  <div class="dialog-header">
    <h2 id="upload-title">Upload receipts</h2>
    <div class="dialog-header-actions">
      <button type="button" class="icon-button" aria-label="Minimize">${MINUS_HERO}</button>
      <button type="button" class="icon-button" aria-label="Close" data-bench-expected>${X_HERO}</button>
    </div>
  </div>
  <div class="dialog-body"><div class="dropzone">Drop files here</div></div>
</div>`,
  },
  {
    id: 'io-editor-toolbar-link',
    family: 'icon-only',
    description: 'Rich-text toolbar: "Strikethrough" inserted before "Insert link", and title tooltips replaced by aria-labels',
    before: `
<div id="root">
  <div class="editor">
    <div class="editor-toolbar" role="toolbar" aria-label="Formatting">
      <button type="button" class="tb-btn" title="Bold"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z"/></svg></button>
      <button type="button" class="tb-btn" title="Italic"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 5h8M6 19h8M14 5l-4 14"/></svg></button>
      <button type="button" class="tb-btn" title="Insert link" data-bench-target><svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/></svg></button>
      <button type="button" class="tb-btn" title="Bulleted list"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01"/></svg></button>
    </div>
    <div class="editor-content" contenteditable="true"><p>Policy update for Q3…</p></div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="editor">
    <div class="editor-toolbar" role="toolbar" aria-label="Formatting">
      <button type="button" class="tb-btn" aria-label="Bold" data-tooltip="Bold (⌘B)"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z"/></svg></button>
      <button type="button" class="tb-btn" aria-label="Italic" data-tooltip="Italic (⌘I)"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 5h8M6 19h8M14 5l-4 14"/></svg></button>
      <button type="button" class="tb-btn" aria-label="Strikethrough" data-tooltip="Strikethrough"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M5 12h14M16 6a4 4 0 0 0-4-2c-3 0-4 2-4 3M8 18a4 4 0 0 0 4 2c3 0 4-2 4-3"/></svg></button>
      <button type="button" class="tb-btn" aria-label="Insert link" data-tooltip="Insert link (⌘K)" data-bench-expected><svg width="20" height="20" viewBox="0 0 24 24"><path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/></svg></button>
      <button type="button" class="tb-btn" aria-label="Bulleted list" data-tooltip="Bulleted list"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01"/></svg></button>
    </div>
    <div class="editor-content" contenteditable="true"><p>Policy update for Q3…</p></div>
  </div>
</div>`,
  },
  {
    id: 'io-kebab-in-row',
    family: 'icon-only',
    description: 'A "⋮ More actions" button in every account row; rows re-ordered by plan after a change',
    before: `
<div id="root">
  <table class="accounts"><thead><tr><th>Account</th><th>Plan</th><th></th></tr></thead>
    <tbody>
      ${accountRow('Globex', 'Starter')}
      ${accountRow('Acme KK', 'Business', ' data-bench-target')}
      ${accountRow('Initech', 'Enterprise')}
    </tbody></table>
</div>`,
    after: `
<div id="root">
  <table class="accounts"><thead><tr><th>Account</th><th aria-sort="ascending">Plan</th><th></th></tr></thead>
    <tbody>
      ${accountRow('Acme KK', 'Business', ' data-bench-expected')}
      ${accountRow('Initech', 'Enterprise')}
      ${accountRow('Globex', 'Starter')}
      ${accountRow('Umbrella', 'Starter')}
    </tbody></table>
</div>`,
  },
  {
    id: 'io-removed-pin',
    family: 'icon-only',
    description: 'Message hover toolbar loses its "Pin" icon button; Reply, React and Delete icon buttons remain',
    before: `
<div id="root">
  <div class="message" data-message-id="m_8812">
    <div class="message-body"><strong>Kenji</strong> Can someone approve my Osaka trip?</div>
    <div class="message-actions" role="toolbar">
      <button type="button" class="msg-action" aria-label="Reply"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 6 6v4"/></svg></button>
      <button type="button" class="msg-action" aria-label="Add reaction"><svg width="20" height="20" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg></button>
      <button type="button" class="msg-action" aria-label="Pin message" data-bench-target><svg width="20" height="20" viewBox="0 0 24 24"><path d="M12 17v5M9 3h6l-1 7 4 4H6l4-4z"/></svg></button>
      <button type="button" class="msg-action" aria-label="Delete message"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14"/></svg></button>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="message" data-message-id="m_8812">
    <div class="message-body"><strong>Kenji</strong> Can someone approve my Osaka trip?</div>
    <div class="message-actions" role="toolbar">
      <button type="button" class="msg-action" aria-label="Reply"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 6 6v4"/></svg></button>
      <button type="button" class="msg-action" aria-label="Add reaction"><svg width="20" height="20" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9"/></svg></button>
      <button type="button" class="msg-action" aria-label="Delete message"><svg width="20" height="20" viewBox="0 0 24 24"><path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14"/></svg></button>
    </div>
  </div>
</div>`,
  },
];
