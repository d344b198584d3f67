import type { BenchCase } from '../corpus/bench-case.js';

const LEFT = '<span role="img" aria-label="left" class="anticon anticon-left"><svg viewBox="64 64 896 896" focusable="false" data-icon="left" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M724 218.3V141c0-6.7-7.7-10.4-12.9-6.3L260.3 486.8a31.86 31.86 0 0 0 0 50.3l450.8 352.1c5.3 4.1 12.9.4 12.9-6.3v-77.3c0-4.9-2.3-9.6-6.1-12.6l-360-281 360-281.1c3.8-3 6.1-7.7 6.1-12.6z"></path></svg></span>';
const RIGHT = '<span role="img" aria-label="right" class="anticon anticon-right"><svg viewBox="64 64 896 896" focusable="false" data-icon="right" width="1em" height="1em" fill="currentColor" aria-hidden="true"><path d="M765.7 486.8L314.9 134.7A7.97 7.97 0 0 0 302 141v77.3c0 4.9 2.3 9.6 6.1 12.6l360 281.1-360 281.1c-3.9 3-6.1 7.7-6.1 12.6V883c0 6.6 7.6 10.3 12.9 6.3l450.8-352.1a31.96 31.96 0 0 0 0-50.4z"></path></svg></span>';

function pageItem(n: number, active: boolean): string {
  return `<li title="${n}" class="ant-pagination-item ant-pagination-item-${n}${active ? ' ant-pagination-item-active' : ''}" tabindex="0"><a rel="nofollow">${n}</a></li>`;
}

function pagination(pages: number[], active: number, total: string, marker: string, jump = false): string {
  const items = pages.map((n) => pageItem(n, n === active));
  if (jump) items.splice(items.length - 1, 0, '<li title="Next 5 Pages" tabindex="0" class="ant-pagination-jump-next ant-pagination-jump-next-custom-icon"><a class="ant-pagination-item-link"><div class="ant-pagination-item-container"><span class="ant-pagination-item-ellipsis">•••</span></div></a></li>');
  return `<ul class="ant-pagination ant-table-pagination ant-table-pagination-right"><li class="ant-pagination-total-text">${total}</li><li title="Previous Page" class="ant-pagination-prev${active === 1 ? ' ant-pagination-disabled' : ''}" aria-disabled="${active === 1}"><button class="ant-pagination-item-link" type="button" tabindex="-1"${active === 1 ? ' disabled' : ''}>${LEFT}</button></li>${items.join('')}<li title="Next Page" class="ant-pagination-next" tabindex="0" aria-disabled="false"><button class="ant-pagination-item-link" type="button" tabindex="-1"${marker}>${RIGHT}</button></li><li class="ant-pagination-options"><div class="ant-select ant-pagination-options-size-changer"><span class="ant-select-selection-item" title="10 / page">10 / page</span></div></li></ul>`;
}

const ICONS = {
  emoji: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="none" stroke="currentColor"/><circle cx="5.5" cy="6.5" r="1"/><circle cx="10.5" cy="6.5" r="1"/><path d="M5 10c1.5 1.5 4.5 1.5 6 0" fill="none" stroke="currentColor"/></svg>',
  attach: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 4.5 5.7 9.3a1.5 1.5 0 1 0 2.1 2.1l5-5a3 3 0 0 0-4.2-4.2l-5 5a4.5 4.5 0 0 0 6.4 6.4l4-4" fill="none" stroke="currentColor"/></svg>',
  attachV2: '<svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l8.57-8.57A4 4 0 1 1 18 8.84l-8.59 8.57a2 2 0 0 1-2.83-2.83l8.49-8.48"/></svg>',
  gif: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><rect x="1" y="3" width="14" height="10" rx="2" fill="none" stroke="currentColor"/><text x="3" y="11" font-size="6">GIF</text></svg>',
  article: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M3 2h7l3 3v9H3z M5 7h6 M5 10h6" fill="none" stroke="currentColor"/></svg>',
  sparkle: '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l1.5 4.5L14 7l-4.5 1.5L8 13l-1.5-4.5L2 7l4.5-1.5z"/></svg>',
};

function composerButton(label: string, icon: string, marker = ''): string {
  return `<button type="button" class="composer-tool" aria-label="${label}" data-tooltip="${label}"${marker}>${icon}</button>`;
}

/** Icon buttons with no visible text. */
export const holdoutIconOnlyCases: BenchCase[] = [
  {
    id: 'ho-io-antd-pagination-next',
    family: 'icon-only',
    description: 'Ant Design table pagination: the author clicked the "next page" chevron; with more data there are more page links and a ••• jumper before it, and the total changes',
    before: `
<div id="root">
  <h2>Audit log</h2>
  <table class="ant-table"><tbody><tr><td>2025-03-01 09:14</td><td>aiko@acme.example</td><td>Signed in</td></tr></tbody></table>
  ${pagination([1, 2, 3], 1, 'Total 28 items', ' data-bench-target')}
</div>`,
    after: `
<div id="root">
  <h2>Audit log</h2>
  <table class="ant-table"><tbody><tr><td>2025-03-09 17:02</td><td>kenji@acme.example</td><td>Exported users</td></tr></tbody></table>
  ${pagination([1, 2, 3, 4, 5, 14], 1, 'Total 136 items', ' data-bench-expected', true)}
</div>`,
  },
  {
    id: 'ho-io-composer-attach',
    family: 'icon-only',
    description: 'Intercom-style reply composer: an "AI assist" icon button is added first, the emoji button moves to the end and the paperclip icon is redrawn; the target is "Attach file"',
    before: `
<div id="app">
  <div class="conversation-stream"><div class="part part--user">Hi, where can I download my invoice?</div></div>
  <div class="composer">
    <div class="composer-tabs"><button type="button" class="composer-tab composer-tab--active">Reply</button><button type="button" class="composer-tab">Note</button></div>
    <div class="composer-input" contenteditable="true" role="textbox" aria-label="Reply"></div>
    <div class="composer-toolbar">
      ${composerButton('Insert emoji', ICONS.emoji)}
      ${composerButton('Attach file', ICONS.attach, ' data-bench-target')}
      ${composerButton('Insert GIF', ICONS.gif)}
      ${composerButton('Insert article', ICONS.article)}
      <button type="submit" class="composer-send">Send</button>
    </div>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="conversation-stream"><div class="part part--user">Hi, where can I download my invoice?</div></div>
  <div class="composer">
    <div class="composer-tabs"><button type="button" class="composer-tab composer-tab--active">Reply</button><button type="button" class="composer-tab">Note</button></div>
    <div class="composer-input" contenteditable="true" role="textbox" aria-label="Reply"></div>
    <div class="composer-toolbar">
      ${composerButton('AI assist', ICONS.sparkle)}
      ${composerButton('Attach file', ICONS.attachV2, ' data-bench-expected')}
      ${composerButton('Insert GIF', ICONS.gif)}
      ${composerButton('Insert article', ICONS.article)}
      ${composerButton('Insert emoji', ICONS.emoji)}
      <button type="submit" class="composer-send">Send</button>
    </div>
  </div>
</div>`,
  },
];
