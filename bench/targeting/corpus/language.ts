import type { BenchCase } from './bench-case.js';

/** The author built the guide in English; the end user runs the app in Japanese. */
export const languageCases: BenchCase[] = [
  {
    id: 'lang-nav-en-ja',
    family: 'language',
    description: 'Main navigation rendered in Japanese: every label changes, the routes do not',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root">
  <nav class="global-nav" aria-label="Main navigation">
    <a class="global-nav__item is-active" href="/dashboard">Dashboard</a>
    <a class="global-nav__item" href="/expenses">Expenses</a>
    <a class="global-nav__item" href="/reports" data-bench-target>Reports</a>
    <a class="global-nav__item" href="/settings">Settings</a>
  </nav>
  <main><h1>Dashboard</h1><p>Welcome back, Aiko.</p></main>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <nav class="global-nav" aria-label="メインナビゲーション">
    <a class="global-nav__item is-active" href="/dashboard">ダッシュボード</a>
    <a class="global-nav__item" href="/expenses">経費</a>
    <a class="global-nav__item" href="/reports" data-bench-expected>レポート</a>
    <a class="global-nav__item" href="/settings">設定</a>
  </nav>
  <main><h1>ダッシュボード</h1><p>おかえりなさい、愛子さん。</p></main>
</div>
</body></html>`,
  },
  {
    id: 'lang-form-labels-ja',
    family: 'language',
    description: 'Expense form in Japanese: labels and placeholders translated; the field names stay',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root">
  <form class="form-grid">
    <div class="form-group"><label for="exp-date">Date</label><input id="exp-date" name="date" type="date"></div>
    <div class="form-group"><label for="exp-merchant">Merchant</label><input id="exp-merchant" name="merchant" type="text" placeholder="e.g. JR East"></div>
    <div class="form-group"><label for="exp-amount">Amount</label><input id="exp-amount" name="amount" type="number" placeholder="0" data-bench-target></div>
    <div class="form-group"><label for="exp-memo">Memo</label><textarea id="exp-memo" name="memo" placeholder="Purpose of the expense"></textarea></div>
    <button type="submit">Add expense</button>
  </form>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <form class="form-grid">
    <div class="form-group"><label for="exp-date">日付</label><input id="exp-date" name="date" type="date"></div>
    <div class="form-group"><label for="exp-merchant">支払先</label><input id="exp-merchant" name="merchant" type="text" placeholder="例：JR東日本"></div>
    <div class="form-group"><label for="exp-amount">金額</label><input id="exp-amount" name="amount" type="number" placeholder="0" data-bench-expected></div>
    <div class="form-group"><label for="exp-memo">メモ</label><textarea id="exp-memo" name="memo" placeholder="経費の目的"></textarea></div>
    <button type="submit">経費を追加</button>
  </form>
</div>
</body></html>`,
  },
  {
    id: 'lang-confirm-dialog-ja',
    family: 'language',
    description: 'Delete confirmation dialog in Japanese; the danger button keeps its class, every string changes',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root"><main><h1>Projects</h1><ul><li>Website renewal</li><li>Tokyo office move</li></ul></main></div>
<div class="modal-backdrop"></div>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
  <h2 id="dlg-title">Delete project?</h2>
  <p>"Tokyo office move" and its 14 expenses will be deleted. This cannot be undone.</p>
  <div class="modal-actions">
    <button type="button" class="btn btn-default">Cancel</button>
    <button type="button" class="btn btn-danger" data-bench-target>Delete</button>
  </div>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root"><main><h1>プロジェクト</h1><ul><li>Webサイトリニューアル</li><li>東京オフィス移転</li></ul></main></div>
<div class="modal-backdrop"></div>
<div class="modal" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
  <h2 id="dlg-title">プロジェクトを削除しますか？</h2>
  <p>「東京オフィス移転」と経費14件が削除されます。この操作は取り消せません。</p>
  <div class="modal-actions">
    <button type="button" class="btn btn-default">キャンセル</button>
    <button type="button" class="btn btn-danger" data-bench-expected>削除</button>
  </div>
</div>
</body></html>`,
  },
  {
    id: 'lang-removed-legacy-export-ja',
    family: 'language',
    description: 'Japanese release drops the "Legacy export" button; the regular export button (same classes) remains',
    before: `<!doctype html>
<html lang="en"><body>
<div id="root">
  <div class="toolbar">
    <h1 class="toolbar__title">Journal entries</h1>
    <button type="button" class="btn btn--secondary">Export</button>
    <button type="button" class="btn btn--secondary" data-bench-target>Legacy export</button>
    <button type="button" class="btn btn--primary">New entry</button>
  </div>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <div class="toolbar">
    <h1 class="toolbar__title">仕訳</h1>
    <button type="button" class="btn btn--secondary">エクスポート</button>
    <button type="button" class="btn btn--primary">新規仕訳</button>
  </div>
</div>
</body></html>`,
  },
];
