import type { BenchCase } from './bench-case.js';

interface Expense {
  id: string;
  employee: string;
  category: string;
  amount: string;
  status: string;
}

const EXPENSES: Expense[] = [
  { id: 'EXP-1039', employee: 'Kenji Mori', category: 'Travel', amount: '¥48,200', status: 'Pending' },
  { id: 'EXP-1042', employee: 'Hanako Sato', category: 'Meals', amount: '¥6,800', status: 'Pending' },
  { id: 'EXP-1043', employee: 'Yuki Ito', category: 'Software', amount: '¥12,000', status: 'Pending' },
  { id: 'EXP-1047', employee: 'Ren Kato', category: 'Travel', amount: '¥102,560', status: 'Pending' },
  { id: 'EXP-1050', employee: 'Mao Abe', category: 'Supplies', amount: '¥3,150', status: 'Pending' },
  { id: 'EXP-1051', employee: 'Sota Kimura', category: 'Meals', amount: '¥9,900', status: 'Pending' },
];

/** A row as a React data grid renders it: the row index attribute follows the position. */
function expenseRow(e: Expense, index: number, marker = ''): string {
  return `
      <tr class="dg-row" role="row" aria-rowindex="${index + 2}" data-row-index="${index}">
        <td role="gridcell" class="dg-cell dg-cell--id">${e.id}</td>
        <td role="gridcell" class="dg-cell">${e.employee}</td>
        <td role="gridcell" class="dg-cell">${e.category}</td>
        <td role="gridcell" class="dg-cell dg-cell--num">${e.amount}</td>
        <td role="gridcell" class="dg-cell"><span class="status-pill">${e.status}</span></td>
        <td role="gridcell" class="dg-cell dg-cell--actions"><button type="button" class="dg-action"${marker}>Approve</button><button type="button" class="dg-action dg-action--muted">Reject</button></td>
      </tr>`;
}

function expenseGrid(order: string[], sortedByAmount: boolean, targetId: string, marker: string): string {
  const rows = order.map((id, i) => {
    const e = EXPENSES.find((x) => x.id === id)!;
    return expenseRow(e, i, id === targetId ? ` ${marker}` : '');
  });
  return `
<div id="root">
  <h1>Approvals</h1>
  <table class="dg" role="grid" aria-rowcount="${order.length + 1}">
    <thead><tr role="row" aria-rowindex="1"><th>ID</th><th>Employee</th><th>Category</th><th aria-sort="${sortedByAmount ? 'descending' : 'none'}">Amount</th><th>Status</th><th></th></tr></thead>
    <tbody>${rows.join('')}
    </tbody>
  </table>
</div>`;
}

const BY_ID = ['EXP-1039', 'EXP-1042', 'EXP-1043', 'EXP-1047', 'EXP-1050', 'EXP-1051'];
const BY_AMOUNT_DESC = ['EXP-1047', 'EXP-1039', 'EXP-1043', 'EXP-1051', 'EXP-1042', 'EXP-1050'];

function memberRow(name: string, kana: string, dept: string, marker = ''): string {
  return `<tr><td class="col-check"><input type="checkbox" aria-label="行を選択"${marker}></td><td>${name}<div class="kana">${kana}</div></td><td>${dept}</td></tr>`;
}

/** Tables re-sorted (or re-filtered) between the two visits. */
export const tableResortCases: BenchCase[] = [
  {
    id: 'ts-approve-sorted-by-amount',
    family: 'table-resort',
    description: 'Approvals grid sorted by amount instead of id: the EXP-1042 row moves from 2nd to 5th',
    before: expenseGrid(BY_ID, false, 'EXP-1042', 'data-bench-target'),
    after: expenseGrid(BY_AMOUNT_DESC, true, 'EXP-1042', 'data-bench-expected'),
  },
  {
    id: 'ts-invoice-number-link',
    family: 'table-resort',
    description: 'Invoice list re-sorted by due date with a new page size; the target is the invoice number link',
    before: `
<div id="root">
  <table class="invoice-table">
    <thead><tr><th>Number</th><th>Customer</th><th>Due</th><th>Total</th></tr></thead>
    <tbody>
      <tr><td><a href="/invoices/inv_3k2j">INV-2024-0085</a></td><td>Globex</td><td>2024-07-10</td><td>¥220,000</td></tr>
      <tr><td><a href="/invoices/inv_8f2k" data-bench-target>INV-2024-0087</a></td><td>Acme KK</td><td>2024-07-31</td><td>¥128,000</td></tr>
      <tr><td><a href="/invoices/inv_9a7d">INV-2024-0088</a></td><td>Initech</td><td>2024-07-15</td><td>¥75,300</td></tr>
    </tbody>
  </table>
</div>`,
    after: `
<div id="root">
  <table class="invoice-table">
    <thead><tr><th>Number</th><th>Customer</th><th aria-sort="descending">Due</th><th>Total</th></tr></thead>
    <tbody>
      <tr><td><a href="/invoices/inv_0b1c">INV-2024-0091</a></td><td>Umbrella</td><td>2024-08-20</td><td>¥18,700</td></tr>
      <tr><td><a href="/invoices/inv_8f2k" data-bench-expected>INV-2024-0087</a></td><td>Acme KK</td><td>2024-07-31</td><td>¥128,000</td></tr>
      <tr><td><a href="/invoices/inv_9a7d">INV-2024-0088</a></td><td>Initech</td><td>2024-07-15</td><td>¥75,300</td></tr>
      <tr><td><a href="/invoices/inv_3k2j">INV-2024-0085</a></td><td>Globex</td><td>2024-07-10</td><td>¥220,000</td></tr>
      <tr><td><a href="/invoices/inv_2m4n">INV-2024-0079</a></td><td>Acme KK</td><td>2024-06-30</td><td>¥96,000</td></tr>
    </tbody>
  </table>
</div>`,
  },
  {
    id: 'ts-row-checkbox-kana-sort',
    family: 'table-resort',
    description: 'Japanese member list re-sorted by furigana; every row checkbox has the same aria-label 行を選択',
    before: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <table class="members"><thead><tr><th><input type="checkbox" aria-label="すべて選択"></th><th>氏名</th><th>部署</th></tr></thead>
    <tbody>
      ${memberRow('渡辺 結衣', 'わたなべ ゆい', '営業部')}
      ${memberRow('田中 太郎', 'たなか たろう', '経理部', ' data-bench-target')}
      ${memberRow('佐藤 花子', 'さとう はなこ', '人事部')}
      ${memberRow('伊藤 蓮', 'いとう れん', '開発部')}
    </tbody></table>
</div>
</body></html>`,
    after: `<!doctype html>
<html lang="ja"><body>
<div id="root">
  <table class="members"><thead><tr><th><input type="checkbox" aria-label="すべて選択"></th><th aria-sort="ascending">氏名</th><th>部署</th></tr></thead>
    <tbody>
      ${memberRow('伊藤 蓮', 'いとう れん', '開発部')}
      ${memberRow('佐藤 花子', 'さとう はなこ', '人事部')}
      ${memberRow('田中 太郎', 'たなか たろう', '経理部', ' data-bench-expected')}
      ${memberRow('渡辺 結衣', 'わたなべ ゆい', '営業部')}
    </tbody></table>
</div>
</body></html>`,
  },
  {
    id: 'ts-row-filtered-out',
    family: 'table-resort',
    description: 'Approvals grid re-sorted and filtered; the target row EXP-1042 is no longer listed, identical Approve buttons are',
    before: expenseGrid(BY_ID, false, 'EXP-1042', 'data-bench-target'),
    after: expenseGrid(
      BY_AMOUNT_DESC.filter((id) => id !== 'EXP-1042'),
      true,
      'none',
      'data-bench-expected',
    ),
  },
];
