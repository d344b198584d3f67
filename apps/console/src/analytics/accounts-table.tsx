import type { AccountSort, AccountsPage } from '@shirube/server/types';
import type { CsvTable } from '../components/download-csv-button.js';
import { percentCell } from '../csv.js';
import { RateBar } from '../components/ui.js';
import { count, dateTime, percent, relativeTime } from '../format.js';
import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

type Column = { sort: AccountSort; label: (t: Messages) => string; numeric: boolean };

const COLUMNS: Column[] = [
  { sort: 'name', label: (t) => t.accounts.account, numeric: false },
  { sort: 'users', label: (t) => t.accounts.users, numeric: true },
  { sort: 'startedUsers', label: (t) => t.accounts.started, numeric: true },
  { sort: 'completedUsers', label: (t) => t.accounts.completed, numeric: true },
  { sort: 'completionRate', label: (t) => t.accounts.completionRate, numeric: true },
  { sort: 'stalledUsers', label: (t) => t.accounts.stalled, numeric: true },
  { sort: 'lastSeenAt', label: (t) => t.accounts.lastActivity, numeric: false },
];

/**
 * The order a column sorts in when first clicked: names A to Z, completion lowest first (the
 * accounts that need a call, as the server's default), other figures and dates biggest first.
 */
export const firstOrder = (sort: AccountSort): 'asc' | 'desc' => (sort === 'name' || sort === 'completionRate' ? 'asc' : 'desc');

/** Accounts with their onboarding figures; clicking a header sorts on the server. */
export function AccountsTable(props: { answer: AccountsPage; onSort: (sort: AccountSort, order: 'asc' | 'desc') => void }) {
  const { t, locale } = useI18n();
  const { sort, order } = props.answer;
  return (
    <div class="card table-card">
      <div class="table-scroll">
        <table class="table data-table wrap-heads" data-testid="accounts-table" aria-label={t.accounts.tableLabel}>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = column.sort === sort;
                return (
                  <th class={column.numeric ? 'num' : undefined} aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" class={active ? 'sort active' : 'sort'} data-sort={column.sort} onClick={() => props.onSort(column.sort, active ? (order === 'asc' ? 'desc' : 'asc') : firstOrder(column.sort))}>
                      {column.label(t)}
                      <span class="sort-arrow" aria-hidden="true">
                        {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {props.answer.accounts.map((account) => (
              <tr data-testid="accounts-row" data-account-id={account.accountId}>
                <td class="name-cell">
                  <span class="strong">{account.name}</span>
                  {account.name !== account.accountId && <div class="sub">{account.accountId}</div>}
                </td>
                <td class="num">{count(account.users, locale)}</td>
                <td class="num">{count(account.startedUsers, locale)}</td>
                <td class="num">{count(account.completedUsers, locale)}</td>
                <td class="num">
                  {account.startedUsers > 0 ? <RateBar share={account.completionRate} label={percent(account.completionRate, locale)} /> : <span class="muted">—</span>}
                </td>
                <td class="num">{account.stalledUsers > 0 ? <span class="stalled">{count(account.stalledUsers, locale)}</span> : <span class="muted">0</span>}</td>
                <td class="nowrap" title={dateTime(account.lastSeenAt, locale)}>{relativeTime(account.lastSeenAt, Date.now(), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Every account as CSV, with the id and raw dates that the table shortens. */
export function accountsCsv(answer: AccountsPage, t: Messages): CsvTable {
  return {
    headers: [t.accounts.csvAccountId, t.accounts.account, t.accounts.users, t.accounts.started, t.accounts.completed, t.accounts.csvCompletionRate, t.accounts.stalled, t.accounts.csvLastActivity],
    rows: answer.accounts.map((a) => [a.accountId, a.name, a.users, a.startedUsers, a.completedUsers, percentCell(a.completionRate), a.stalledUsers, a.lastSeenAt]),
  };
}
