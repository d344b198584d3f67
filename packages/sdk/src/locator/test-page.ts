import { giveBox } from '../test-support.js';

/**
 * Test fixtures for the locator. `mount` puts markup on the page through DOMParser and gives every
 * element a layout box, as a browser would (happy-dom lays nothing out), except what `hidden` or
 * an inline `display: none` hides. `data-k` marks elements for the tests and is no signal.
 */
export function mount(markup: string, lang = ''): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.documentElement.lang = lang;
  document.body.replaceChildren(...parsed.body.childNodes);
  layout(document);
}

/** Gives every element under `root` (open shadow roots included) a box unless it is hidden. */
export function layout(root: ParentNode): void {
  for (const el of root.querySelectorAll('*')) {
    const hidden = el.closest('[hidden],[style*="display: none"]');
    giveBox(el, hidden ? { x: 0, y: 0, width: 0, height: 0 } : undefined);
    if (el.shadowRoot) layout(el.shadowRoot);
  }
}

/** The element marked `data-k="key"`, also inside open shadow roots. */
export function byKey(key: string, root: ParentNode = document): Element | null {
  const found = root.querySelector(`[data-k="${key}"]`);
  if (found) return found;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && byKey(key, el.shadowRoot);
    if (inner) return inner;
  }
  return null;
}

/** Options of the sample app page: each stands for one kind of change between releases. */
export interface AppOptions {
  /** Seed of hashed class names and generated ids, as a new build regenerates them. */
  build?: number;
  de?: boolean;
  wrap?: boolean;
  reorder?: boolean;
  insert?: boolean;
  reword?: boolean;
  resort?: boolean;
  churn?: boolean;
  remove?: string;
  move?: boolean;
}

const EN = { create: 'Create report', export: 'Export', import: 'Import', reports: 'Reports', title: 'Expense reports', edit: 'Edit', del: 'Delete', more: 'Learn more', save: 'Save changes', cancel: 'Cancel', email: 'Email', name: 'Full name', search: 'Search reports', tips: 'Tips', receipts: 'Receipts', policies: 'Policies', settings: 'Settings', paid: 'Paid', open: 'Open' };
const DE: typeof EN = { create: 'Bericht erstellen', export: 'Exportieren', import: 'Importieren', reports: 'Berichte', title: 'Spesenberichte', edit: 'Bearbeiten', del: 'Löschen', more: 'Mehr erfahren', save: 'Änderungen speichern', cancel: 'Abbrechen', email: 'E-Mail', name: 'Vollständiger Name', search: 'Berichte suchen', tips: 'Tipps', receipts: 'Belege', policies: 'Richtlinien', settings: 'Einstellungen', paid: 'Bezahlt', open: 'Offen' };
const REWORDED: Partial<typeof EN> = { create: 'Create new report', save: 'Save', more: 'Learn more →', search: 'Search all reports', settings: 'Account settings' };

/** A small expense-report app page (header nav, toolbar, table, cards, form) in one release. */
export function appPage(o: AppOptions = {}): string {
  const t = { ...(o.de ? DE : EN), ...(o.reword ? REWORDED : {}) };
  const b = o.build ?? 1;
  const h = (name: string) => `${name}_root__${(b * 7919 + name.length * 104_729).toString(36).slice(-5)}`; // CSS modules
  const sc = `sc-${(b * 31).toString(36)}x ${['kVtMtZ', 'bdVaJa', 'fXbDmJ'][b % 3]}`; // styled-components
  const id = (n: number) => [`:r${b}${n}:`, `ember${b}${n}${n}`, `mui-${b}${n}42`][b % 3];
  const wrap = (html: string) => (o.wrap ? `<div class="${h('wrapper')}">${html}</div>` : html);
  const order = <T,>(items: T[]) => (o.reorder ? [...items].reverse() : items);
  const keep = <T extends [string, ...unknown[]]>(items: T[]) => items.filter(([k]) => k !== o.remove);
  const churn = o.churn ? ' aria-expanded="true" data-state="open" tabindex="-1" style="opacity: 0.99"' : '';
  const icon = (name: string) => `<svg class="icon icon-${name}" aria-hidden="true"><use href="#i-${name}"></use></svg>`;

  const nav = keep([
    ['nav.reports', `<a data-k="nav.reports" href="/reports" class="${h('navLink')}${o.churn ? ' active' : ''}">${t.reports}</a>`],
    ['nav.settings', `<a data-k="nav.settings" href="/settings" class="${h('navLink')}">${t.settings}</a>`],
  ] as Array<[string, string]>);
  const tools = keep([
    ['create', `<button data-k="create" id="${id(1)}" class="btn ${sc}"${churn}>${icon('plus')}${t.create}</button>`],
    ['export', o.move ? '' : `<button data-k="export" class="btn ${sc}">${t.export}</button>`],
    ['import', `<button data-k="import" class="btn ${sc}">${t.import}</button>`],
  ] as Array<[string, string]>);
  if (o.insert) tools.unshift(['new', `<button class="btn ${sc}">Upload</button>`]);
  let rows: Array<[string, string, string]> = [
    ['r1', 'INV-001', 'Acme Corp'],
    ['r2', 'INV-002', 'Globex'],
    ['r3', 'INV-003', 'Initech'],
  ];
  if (o.resort) rows = [rows[2]!, rows[0]!, rows[1]!];
  if (o.insert) rows.unshift(['r0', 'INV-000', 'Umbrella']);
  const cards = keep([
    ['receipts', t.receipts],
    ['policies', t.policies],
  ] as Array<[string, string]>);

  return `
    <header class="${h('header')}">
      <nav aria-label="Main"><ul>${order(nav).map(([, a]) => `<li>${wrap(a)}</li>`).join('')}</ul></nav>
      <button data-k="bell" class="${h('iconButton')}" aria-label="${o.de ? 'Benachrichtigungen' : 'Notifications'}"${churn}>${icon('bell')}</button>
      <button data-k="help" class="${h('iconButton')}" title="Help">${icon('help')}</button>
      ${o.move ? `<button data-k="export" class="btn ${sc}">${t.export}</button>` : ''}
    </header>
    <main class="${h('main')}">
      <h1>${t.title}</h1>
      ${wrap(`<div class="toolbar ${h('toolbar')}" role="toolbar">${order(tools).map(([, x]) => wrap(x)).join('')}
        <input data-k="search" type="search" name="q" id="${id(2)}" placeholder="${t.search}"></div>`)}
      ${wrap(`<table class="${h('table')}"><tbody>${keep(rows)
        .map(([k, no, who]) => `<tr${o.churn ? ' data-state="selected"' : ''}><td><a data-k="${k}.link" href="/invoices/${no}">${no}</a></td><td>${who}</td><td>${t.paid}</td>
          <td><button data-k="${k}.edit" class="${h('iconButton')}" aria-label="${t.edit}">${icon('pencil')}</button><button data-k="${k}.del" class="${h('iconButton')}" title="${t.del}">${icon('trash')}</button></td></tr>`)
        .join('')}</tbody></table>`)}
      <section><h2>${t.tips}</h2>${order(cards)
        .map(([k, title]) => wrap(`<div class="card ${h('card')}"><h3>${title}</h3><p>…</p><button data-k="${k}.more" class="${h('link')}">${t.more}</button></div>`))
        .join('')}</section>
      <form><fieldset><legend>Profile</legend>
        ${wrap(`<label for="${id(3)}">${t.name}</label><input data-k="name" id="${id(3)}" type="text">`)}
        ${o.remove === 'email' ? '' : wrap(`<label>${t.email} <input data-k="email" type="email" name="email" placeholder="you@example.com"></label>`)}
        <button data-k="save" type="submit" class="btn primary">${t.save}</button><button data-k="cancel" type="button" class="btn">${t.cancel}</button>
      </fieldset></form>
      <svg class="chart" width="100" height="50"><rect data-k="bar.jan" class="bar" x="0"></rect><rect data-k="bar.feb" class="bar" x="20"></rect></svg>
    </main>`;
}
