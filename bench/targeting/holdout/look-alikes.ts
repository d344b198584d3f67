import type { BenchCase } from '../corpus/bench-case.js';

const WEEKDAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** One Ant Design date panel: six weeks starting on the Sunday on or before the 1st, like antd renders it. */
function antdPanel(year: number, month: number, today: string, marked: string, marker: string): string {
  const first = new Date(Date.UTC(year, month, 1));
  const start = new Date(first.getTime() - first.getUTCDay() * 86_400_000);
  const rows: string[] = [];
  for (let week = 0; week < 6; week++) {
    const cells: string[] = [];
    for (let day = 0; day < 7; day++) {
      const d = new Date(start.getTime() + (week * 7 + day) * 86_400_000);
      const date = iso(d);
      const inView = d.getUTCMonth() === month;
      const cls = ['ant-picker-cell', inView ? 'ant-picker-cell-in-view' : '', date === today ? 'ant-picker-cell-today' : ''].filter(Boolean).join(' ');
      cells.push(`<td title="${date}" class="${cls}"><div class="ant-picker-cell-inner"${date === marked ? marker : ''}>${d.getUTCDate()}</div></td>`);
    }
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<div class="ant-picker-panel"><div class="ant-picker-date-panel"><div class="ant-picker-header"><button type="button" class="ant-picker-header-prev-btn" tabindex="-1"><span class="ant-picker-prev-icon"></span></button><div class="ant-picker-header-view"><button type="button" class="ant-picker-month-btn" tabindex="-1">${MONTHS[month]}</button><button type="button" class="ant-picker-year-btn" tabindex="-1">${year}</button></div><button type="button" class="ant-picker-header-next-btn" tabindex="-1"><span class="ant-picker-next-icon"></span></button></div><div class="ant-picker-body"><table class="ant-picker-content"><thead><tr>${WEEKDAYS.map((w) => `<th>${w}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div></div></div>`;
}

function rangePicker(firstMonth: number, today: string, marker: string): string {
  return `<div class="ant-picker-dropdown ant-picker-dropdown-range ant-picker-dropdown-placement-bottomLeft" style="position:absolute;left:24px;top:72px"><div class="ant-picker-range-wrapper ant-picker-date-range-wrapper"><div class="ant-picker-panel-container"><div class="ant-picker-panels">${antdPanel(2025, firstMonth, today, '2025-03-14', marker)}${antdPanel(2025, firstMonth + 1, today, '2025-03-14', marker)}</div></div></div></div>`;
}

function planCard(name: string, price: string, blurb: string, marker = '', popular = false): string {
  const heading = popular
    ? `<div class="Polaris-InlineStack"><h2 class="Polaris-Text--root Polaris-Text--headingMd">${name}</h2><span class="Polaris-Badge Polaris-Badge--toneInfo">Most popular</span></div>`
    : `<h2 class="Polaris-Text--root Polaris-Text--headingMd">${name}</h2>`;
  return `<div class="Polaris-LegacyCard"><div class="Polaris-LegacyCard__Header">${heading}</div><div class="Polaris-LegacyCard__Section"><p class="Polaris-Text--root Polaris-Text--heading2xl">${price}<span class="Polaris-Text--root Polaris-Text--bodySm">USD/mo</span></p><p class="Polaris-Text--root Polaris-Text--subdued">${blurb}</p></div><div class="Polaris-LegacyCard__Footer"><button class="Polaris-Button Polaris-Button--primary Polaris-Button--fullWidth" type="button"${marker}><span class="Polaris-Button__Content"><span class="Polaris-Button__Text">Choose plan</span></span></button></div></div>`;
}

function unassignedCard(author: string, preview: string, age: string, marker = ''): string {
  return `<div class="inbox-card" role="listitem"><div class="inbox-card__top"><span class="avatar" aria-hidden="true">${author[0]}</span><span class="inbox-card__author">${author}</span><time class="inbox-card__age">${age}</time></div><p class="inbox-card__preview">${preview}</p><button type="button" class="inbox-card__assign"${marker}>Assign to me</button></div>`;
}

/** Identical controls told apart by their month panel, card or conversation. */
export const holdoutLookAlikeCases: BenchCase[] = [
  {
    id: 'ho-la-antd-range-picker-day',
    family: 'look-alikes',
    description: 'Ant Design range picker: the author picked 14 in the March panel (Feb | Mar); a month later it opens on Mar | Apr, so March is on the left and April\'s 14 sits where the click was',
    before: `
<div id="root">
  <div class="ant-picker ant-picker-range ant-picker-focused"><div class="ant-picker-input ant-picker-input-active"><input readonly placeholder="Start date" size="12" autocomplete="off" value="2025-02-24"></div><div class="ant-picker-range-separator"><span class="ant-picker-separator">→</span></div><div class="ant-picker-input"><input readonly placeholder="End date" size="12" autocomplete="off" value=""></div></div>
  ${rangePicker(1, '2025-02-20', ' data-bench-target')}
</div>`,
    after: `
<div id="root">
  <div class="ant-picker ant-picker-range ant-picker-focused"><div class="ant-picker-input ant-picker-input-active"><input readonly placeholder="Start date" size="12" autocomplete="off" value="2025-03-03"></div><div class="ant-picker-range-separator"><span class="ant-picker-separator">→</span></div><div class="ant-picker-input"><input readonly placeholder="End date" size="12" autocomplete="off" value=""></div></div>
  ${rangePicker(2, '2025-03-10', ' data-bench-expected')}
</div>`,
  },
  {
    id: 'ho-la-polaris-plan-cards',
    family: 'look-alikes',
    description: 'Shopify Polaris plan picker: every card has "Choose plan"; a Starter plan is added first and the target Grow card gains a "Most popular" badge',
    before: `
<div id="app">
  <div class="Polaris-Page"><h1 class="Polaris-Header-Title">Pick a plan for your store</h1>
    <div class="Polaris-InlineGrid" style="--pc-inline-grid-grid-template-columns-xs:repeat(3,minmax(0,1fr))">
      ${planCard('Basic', '$39', 'For solo entrepreneurs')}
      ${planCard('Grow', '$105', 'For small teams', ' data-bench-target')}
      ${planCard('Advanced', '$399', 'As your business scales')}
    </div>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="Polaris-Page"><h1 class="Polaris-Header-Title">Pick a plan for your store</h1>
    <div class="Polaris-InlineGrid" style="--pc-inline-grid-grid-template-columns-xs:repeat(4,minmax(0,1fr))">
      ${planCard('Starter', '$5', 'Sell on social media')}
      ${planCard('Basic', '$39', 'For solo entrepreneurs')}
      ${planCard('Grow', '$105', 'For small teams', ' data-bench-expected', true)}
      ${planCard('Advanced', '$399', 'As your business scales')}
    </div>
  </div>
</div>`,
  },
  {
    id: 'ho-la-unassigned-conversation-taken',
    family: 'look-alikes',
    description: 'Support inbox "Unassigned" view: the author clicked "Assign to me" on Maria Garcia\'s conversation; later it has been assigned to a teammate and left the view, other cards keep the same button',
    before: `
<div id="app">
  <div class="inbox-layout">
    <aside class="inbox-nav"><a href="/inbox/mine">Your inbox <span class="count">3</span></a><a href="/inbox/unassigned" aria-current="page">Unassigned <span class="count">3</span></a></aside>
    <section class="inbox-list" role="list" aria-label="Unassigned conversations">
      ${unassignedCard('Liam Chen', 'Can I change the billing email on my account?', '4m')}
      ${unassignedCard('Maria Garcia', 'The export to CSV button does nothing on Safari', '12m', ' data-bench-target')}
      ${unassignedCard('Noah Fischer', 'Do you offer a discount for non-profits?', '1h')}
    </section>
  </div>
</div>`,
    after: `
<div id="app">
  <div class="inbox-layout">
    <aside class="inbox-nav"><a href="/inbox/mine">Your inbox <span class="count">2</span></a><a href="/inbox/unassigned" aria-current="page">Unassigned <span class="count">3</span></a></aside>
    <section class="inbox-list" role="list" aria-label="Unassigned conversations">
      ${unassignedCard('Aiko Tanaka', 'How do I add a second admin?', '1m')}
      ${unassignedCard('Liam Chen', 'Can I change the billing email on my account?', '9m')}
      ${unassignedCard('Noah Fischer', 'Do you offer a discount for non-profits?', '1h')}
    </section>
  </div>
</div>`,
  },
];
