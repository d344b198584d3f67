import type { BenchCase } from '../corpus/bench-case.js';

/** The guide was authored in one language and is followed in another: all chrome copy changes. */
export const holdoutLanguageCases: BenchCase[] = [
  {
    id: 'ho-lang-freee-save-and-continue-ja',
    family: 'language',
    description: 'freee-like transaction form authored in English, used in Japanese; the target is the secondary "Save and add another" button next to "Save"',
    before: `<!doctype html>
<html lang="en"><body>
<div id="app">
  <h1 class="vb-heading">New transaction</h1>
  <form class="deal-form">
    <div role="tablist" class="vb-tabs"><button role="tab" aria-selected="false" class="vb-tabs__tab">Income</button><button role="tab" aria-selected="true" class="vb-tabs__tab vb-tabs__tab--selected">Expense</button></div>
    <div class="vb-formField"><label for="deal-date">Date</label><input id="deal-date" name="issue_date" class="vb-textField" value="2025-03-14"></div>
    <div class="vb-formField"><label for="deal-partner">Partner</label><input id="deal-partner" name="partner" class="vb-textField" value="Tokyo Stationery Co."></div>
    <div class="vb-formField"><label for="deal-amount">Amount (tax incl.)</label><input id="deal-amount" name="amount" class="vb-textField" value="3,300"></div>
    <div class="vb-buttonGroup">
      <button type="submit" class="vb-button vb-button--appearancePrimary">Save</button>
      <button type="button" class="vb-button vb-button--appearanceSecondary" data-bench-target>Save and add another</button>
    </div>
  </form>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="app">
  <h1 class="vb-heading">取引の登録</h1>
  <form class="deal-form">
    <div role="tablist" class="vb-tabs"><button role="tab" aria-selected="false" class="vb-tabs__tab">収入</button><button role="tab" aria-selected="true" class="vb-tabs__tab vb-tabs__tab--selected">支出</button></div>
    <div class="vb-formField"><label for="deal-date">発生日</label><input id="deal-date" name="issue_date" class="vb-textField" value="2025-03-14"></div>
    <div class="vb-formField"><label for="deal-partner">取引先</label><input id="deal-partner" name="partner" class="vb-textField" value="東京文具株式会社"></div>
    <div class="vb-formField"><label for="deal-amount">金額（税込）</label><input id="deal-amount" name="amount" class="vb-textField" value="３，３００"></div>
    <div class="vb-buttonGroup">
      <button type="submit" class="vb-button vb-button--appearancePrimary">登録</button>
      <button type="button" class="vb-button vb-button--appearanceSecondary" data-bench-expected>続けて登録</button>
    </div>
  </form>
</div>
</body></html>`,
  },
  {
    id: 'ho-lang-kintone-add-record-en',
    family: 'language',
    description: 'kintone-like record list authored in Japanese, viewed in English: the icon-only "add record" button\'s title changes; the app name (user data, full-width digits) does not',
    before: `<!doctype html>
<html lang="ja"><body>
<div class="gaia-argoui-app-index">
  <div class="gaia-argoui-app-titlebar"><span class="gaia-argoui-app-titlebar-text">顧客リスト（２０２４年度）</span></div>
  <div class="gaia-argoui-app-toolbar">
    <div class="gaia-argoui-app-viewtoggle"><select class="gaia-argoui-select" name="view"><option>（すべて）</option><option>担当：自分</option></select></div>
    <div class="gaia-argoui-app-menu">
      <a class="gaia-argoui-app-menu-add" href="/k/12/edit" title="レコードを追加する" data-bench-target><span class="gaia-argoui-app-menu-add-icon"></span></a>
      <a class="gaia-argoui-app-menu-option" href="javascript:void(0)" title="オプション"><span class="gaia-argoui-app-menu-option-icon"></span></a>
      <a class="gaia-argoui-app-menu-settings" href="/k/admin/app/flow?app=12" title="アプリを設定する"><span class="gaia-argoui-app-menu-settings-icon"></span></a>
    </div>
  </div>
  <style>.gaia-argoui-app-menu a{display:inline-block;width:48px;height:48px}</style>
  <table class="recordlist-gaia"><thead><tr><th>会社名</th><th>担当者</th><th>ランク</th></tr></thead>
    <tbody><tr><td>株式会社サンプル商事</td><td>佐藤　花子</td><td>Ａ</td></tr><tr><td>有限会社テスト工業</td><td>鈴木　一郎</td><td>Ｂ</td></tr></tbody></table>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="en"><body>
<div class="gaia-argoui-app-index">
  <div class="gaia-argoui-app-titlebar"><span class="gaia-argoui-app-titlebar-text">顧客リスト（２０２４年度）</span></div>
  <div class="gaia-argoui-app-toolbar">
    <div class="gaia-argoui-app-viewtoggle"><select class="gaia-argoui-select" name="view"><option>(All records)</option><option>担当：自分</option></select></div>
    <div class="gaia-argoui-app-menu">
      <a class="gaia-argoui-app-menu-add" href="/k/12/edit" title="Add record" data-bench-expected><span class="gaia-argoui-app-menu-add-icon"></span></a>
      <a class="gaia-argoui-app-menu-option" href="javascript:void(0)" title="Options"><span class="gaia-argoui-app-menu-option-icon"></span></a>
      <a class="gaia-argoui-app-menu-settings" href="/k/admin/app/flow?app=12" title="App Settings"><span class="gaia-argoui-app-menu-settings-icon"></span></a>
    </div>
  </div>
  <style>.gaia-argoui-app-menu a{display:inline-block;width:48px;height:48px}</style>
  <table class="recordlist-gaia"><thead><tr><th>会社名</th><th>担当者</th><th>ランク</th></tr></thead>
    <tbody><tr><td>株式会社サンプル商事</td><td>佐藤　花子</td><td>Ａ</td></tr><tr><td>有限会社テスト工業</td><td>鈴木　一郎</td><td>Ｂ</td></tr></tbody></table>
</div>
</body></html>`,
  },
  {
    id: 'ho-lang-spam-action-dropped-ja',
    family: 'language',
    description: 'Help-desk ticket toolbar authored in English, used in Japanese after a release that dropped "Mark as spam"; "Merge" and "Delete" (same classes) remain',
    before: `<!doctype html>
<html lang="en"><body>
<div id="main">
  <div class="ticket-header">
    <h1 class="ticket-subject">#48213 Refund for damaged parcel</h1>
    <div class="ticket-actions" role="toolbar" aria-label="Ticket actions">
      <button type="button" class="ticket-action">Merge into another ticket</button>
      <button type="button" class="ticket-action" data-bench-target>Mark as spam</button>
      <button type="button" class="ticket-action ticket-action--danger">Delete</button>
    </div>
  </div>
  <div class="conversation"><p>Hello, the mug arrived broken. Could you refund it?</p></div>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="main">
  <div class="ticket-header">
    <h1 class="ticket-subject">#48213 Refund for damaged parcel</h1>
    <div class="ticket-actions" role="toolbar" aria-label="チケットの操作">
      <button type="button" class="ticket-action">別のチケットに統合</button>
      <button type="button" class="ticket-action ticket-action--danger">削除</button>
    </div>
  </div>
  <div class="conversation"><p>Hello, the mug arrived broken. Could you refund it?</p></div>
</div>
</body></html>`,
  },
];
