import type { BenchCase } from '../corpus/bench-case.js';

interface Partner {
  name: string;
  kana: string;
  phone: string;
  code: string;
}

const SAMPLE: Partner = { name: '株式会社サンプル商事', kana: 'サンプルショウジ', phone: '０３－１２３４－５６７８', code: 'P-0012' };
const AOZORA: Partner = { name: '青空物流株式会社', kana: 'アオゾラブツリュウ', phone: '０６－９８７６－５４３２', code: 'P-0007' };
const KAWASAKI: Partner = { name: '川崎デザイン事務所', kana: 'カワサキデザイン', phone: '０４４－２２２－３３３３', code: 'P-0019' };
const ITO: Partner = { name: '伊藤会計事務所', kana: 'イトウカイケイ', phone: '０３－５５５５－０１２３', code: 'P-0021' };

function partnerRowV1(p: Partner, marker = ''): string {
  return `<tr class="_row_1k9xq_12"><td class="_cell_1k9xq_20">${p.code}</td><td class="_cell_1k9xq_20">${p.name}<div class="_kana_1k9xq_31">${p.kana}</div></td><td class="_cell_1k9xq_20">${p.phone}</td><td class="_cell_1k9xq_20"><button type="button" class="_editButton_1k9xq_40"${marker}>編集</button></td></tr>`;
}

function partnerRowV2(p: Partner, marker = ''): string {
  return `<tr class="_row_7fw2c_9"><td class="_cell_7fw2c_15">${p.code}</td><td class="_cell_7fw2c_15"><div class="_nameStack_7fw2c_22"><span class="_name_7fw2c_22">${p.name}</span><span class="_kana_7fw2c_30">${p.kana}</span></div></td><td class="_cell_7fw2c_15">${p.phone}</td><td class="_cell_7fw2c_15"><div class="_actions_7fw2c_41"><button type="button" class="_button_7fw2c_48 _button--ghost_7fw2c_55"${marker}><span class="_icon_7fw2c_60" aria-hidden="true">✎</span>編集する</button></div></td></tr>`;
}

function polarisOrder(release: 'before' | 'after', paid: boolean, marker: string): string {
  const old = release === 'before';
  const btn = (label: string, primary: boolean, m = ''): string =>
    old
      ? `<button class="Polaris-Button${primary ? ' Polaris-Button--primary' : ''}" type="button"${m}><span class="Polaris-Button__Content"><span class="Polaris-Button__Text">${label}</span></span></button>`
      : `<button class="Polaris-Button Polaris-Button--pressable Polaris-Button--variant${primary ? 'Primary' : 'Secondary'}" type="button"${m}><span class="Polaris-Text--root Polaris-Text--bodySm Polaris-Text--medium">${label}</span></button>`;
  const card = (body: string): string => (old ? `<div class="Polaris-LegacyCard">${body}</div>` : `<div class="Polaris-ShadowBevel"><div class="Polaris-Box">${body}</div></div>`);
  const payment = paid
    ? card(`<h2>Payment</h2><span class="Polaris-Badge">Paid</span><p>Subtotal ¥12,800 · Shipping ¥800 · Total ¥13,600</p>`)
    : card(`<h2>Payment</h2><span class="Polaris-Badge Polaris-Badge--toneWarning">Payment pending</span><p>Subtotal ¥12,800 · Shipping ¥800 · Total ¥13,600</p><div class="Polaris-ButtonGroup">${btn('Send invoice', false)}${btn('Mark as paid', false, marker)}${btn('Collect payment', true)}</div>`);
  const fulfillment = card(`<h2>Unfulfilled (2)</h2><p>Ceramic mug — Sand × 2</p><div class="Polaris-ButtonGroup">${btn('Mark as fulfilled', false)}${btn('Fulfill items', true)}</div>`);
  return `
<div id="app">
  <div class="Polaris-Page">
    <div class="Polaris-Page-Header"><h1 class="Polaris-Header-Title">#1051</h1><div class="Polaris-ActionMenu">${btn('Refund', false)}${btn('Edit', false)}${btn('More actions', false)}</div></div>
    ${old ? payment + fulfillment : `<div class="Polaris-BlockStack">${fulfillment}${payment}</div>`}
  </div>
</div>`;
}

/** Several release changes at once, each the kind real releases make. */
export const holdoutCombinedCases: BenchCase[] = [
  {
    id: 'ho-co-partner-list-ja-release',
    family: 'combined',
    description: 'Japanese partner list (取引先) after a release: CSS-module hashes change, names get a wrapper stack, the list is re-sorted with a new partner, and "編集" becomes "編集する" with an icon; the target is the row of 株式会社サンプル商事',
    before: `<!doctype html>
<html lang="ja"><body>
<div id="app">
  <h1 class="_title_3mz0a_4">取引先一覧</h1>
  <table class="_table_1k9xq_5"><thead><tr><th>コード</th><th>取引先名</th><th>電話番号</th><th></th></tr></thead><tbody>
    ${partnerRowV1(AOZORA)}
    ${partnerRowV1(SAMPLE, ' data-bench-target')}
    ${partnerRowV1(KAWASAKI)}
  </tbody></table>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="app">
  <h1 class="_title_9pq1r_4">取引先一覧</h1>
  <div class="_tableWrap_7fw2c_3"><table class="_table_7fw2c_5"><thead><tr><th>コード</th><th aria-sort="ascending">取引先名</th><th>電話番号</th><th></th></tr></thead><tbody>
    ${partnerRowV2(AOZORA)}
    ${partnerRowV2(ITO)}
    ${partnerRowV2(KAWASAKI)}
    ${partnerRowV2(SAMPLE, ' data-bench-expected')}
  </tbody></table></div>
</div>
</body></html>`,
  },
  {
    id: 'ho-co-helpdesk-submit-status',
    family: 'combined',
    description: 'Zendesk-like ticket footer: styled-components classes regenerate, an "Apply macro" button is inserted before the submit button, and its label follows the ticket status ("Submit as Open" → "Submit as Pending")',
    before: `
<div id="main">
  <section class="sc-hKMtZM kXcNqf" aria-label="Ticket #48217">
    <div class="sc-eCYdqJ fXaMNs"><p>Hi, the export still fails for me.</p></div>
    <div class="sc-jSMfEi hDgdqP" role="textbox" contenteditable="true" aria-label="Public reply"></div>
    <footer class="sc-gKXOVf dUaTrO">
      <button type="button" class="sc-iBkjds gMuOIv">Close tab</button>
      <div class="sc-ftvSup eUyKzI">
        <button type="submit" class="sc-papXJ cqkIyq" data-garden-id="buttons.button" data-bench-target>Submit as <strong>Open</strong></button>
        <button type="button" class="sc-papXJ gUOjzX" data-garden-id="buttons.button" aria-label="Submit options" aria-haspopup="true">▾</button>
      </div>
    </footer>
  </section>
</div>`,
    after: `
<div id="main">
  <section class="sc-jrcTuL bKMdQz" aria-label="Ticket #48217">
    <div class="sc-cCsOjp lhTbBm"><p>Hi, the export still fails for me.</p><p>Agent: could you send a screenshot?</p></div>
    <div class="sc-dmctIk gUsyLO" role="textbox" contenteditable="true" aria-label="Public reply"></div>
    <footer class="sc-gGvHcT fYcMfW">
      <button type="button" class="sc-ikZpkk hSgRkz">Close tab</button>
      <div class="sc-jIZahH kXyoHK">
        <button type="button" class="sc-himrzO bjSkpb" data-garden-id="buttons.button">Apply macro</button>
        <button type="submit" class="sc-himrzO jHqTmw" data-garden-id="buttons.button" data-bench-expected>Submit as <strong>Pending</strong></button>
        <button type="button" class="sc-himrzO dRcTqF" data-garden-id="buttons.button" aria-label="Submit options" aria-haspopup="true">▾</button>
      </div>
    </footer>
  </section>
</div>`,
  },
  {
    id: 'ho-co-polaris-mark-paid-gone',
    family: 'combined',
    description: 'Shopify order page after a Polaris upgrade (new wrappers and button classes, cards reordered): the order has since been paid, so "Mark as paid" is gone while "Mark as fulfilled" and other buttons of the same kind remain',
    before: polarisOrder('before', false, ' data-bench-target'),
    after: polarisOrder('after', true, ''),
  },
];
