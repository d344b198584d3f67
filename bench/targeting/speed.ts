import type { Browser } from 'playwright-core';
import type { Scripts } from './bundles.js';
import type { Verdict } from './page/bench-page.js';
import { TARGET_ATTR } from './corpus/index.js';
import { percentiles } from './outcome.js';
import { VIEWPORT, loadPage, withTimeout } from './run-case.js';

/** Elements on the generated page, counting <html>, <head> and <body>. */
export const SPEED_ELEMENTS = 5_000;
const WARMUPS = 5;
const RUNS = 50;

const CUSTOMERS = ['Acme KK', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', '株式会社ミライ', '東都物産'];
const STATUSES = ['Paid', 'Overdue', 'Draft', 'Sent'];

function countElements(html: string): number {
  return (html.match(/<[a-zA-Z]/g) ?? []).length;
}

function invoiceRow(n: number, marker: string): string {
  const key = `INV-${100_000 + n}`;
  const customer = CUSTOMERS[(n * 7) % CUSTOMERS.length]!;
  const status = STATUSES[(n * 3) % STATUSES.length]!;
  const amount = ((n * 7919) % 900_000) + 1_000;
  return `<tr class="dg-row" data-row-key="${key}"><td class="dg-cell"><input type="checkbox" aria-label="Select row"></td><td class="dg-cell"><a href="/invoices/${key}">${key}</a></td><td class="dg-cell">${customer}</td><td class="dg-cell"><span class="pill pill-${status.toLowerCase()}">${status}</span></td><td class="dg-cell dg-num">¥${amount.toLocaleString('en')}</td><td class="dg-cell"><div class="row-actions"><button type="button" class="btn-sm"${marker}>Edit</button><button type="button" class="icon-btn" aria-label="More actions"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 3v.01M8 8v.01M8 13v.01"/></svg></button></div></td></tr>`;
}

function chrome(): { head: string; tail: string } {
  const topLinks = ['Dashboard', 'Invoices', 'Customers', 'Products', 'Reports', 'Settings']
    .map((label) => `<li><a class="topnav-link" href="/${label.toLowerCase()}">${label}</a></li>`).join('');
  const sideSections = Array.from({ length: 6 }, (_, s) => {
    const items = Array.from({ length: 8 }, (_, i) =>
      `<li class="side-item"><a href="/section-${s}/item-${i}"><svg width="16" height="16" class="side-icon" viewBox="0 0 16 16"><path d="M2 2h12v12H2z"/></svg><span>Item ${s}.${i}</span></a></li>`).join('');
    return `<div class="side-section"><h4 class="side-title">Section ${s}</h4><ul class="side-list">${items}</ul></div>`;
  }).join('');
  const fields = Array.from({ length: 16 }, (_, i) =>
    `<div class="field"><label for="filter-${i}">Filter ${i}</label><div class="control"><input id="filter-${i}" name="filter${i}" type="text"></div></div>`).join('');
  const head = `<div id="root"><div class="app"><header class="topbar"><span class="logo">Keihi</span><nav class="topnav"><ul>${topLinks}</ul></nav></header>`
    + `<div class="body"><aside class="sidebar"><nav>${sideSections}</nav></aside><main class="main"><div class="page"><div class="page-inner">`
    + `<form class="filters" role="search">${fields}<button type="submit">Apply</button></form>`
    + `<div class="grid-wrap"><div class="grid-scroll"><div class="grid-viewport"><table class="dg"><thead><tr><th></th><th>Number</th><th>Customer</th><th>Status</th><th>Total</th><th></th></tr></thead><tbody>`;
  const tail = `</tbody></table></div></div></div></div></div></main></div>`;
  return { head, tail };
}

/**
 * A 5,000-element invoice app: top nav, a sidebar of icon links, a filter form and a large data
 * grid, with the target ("Edit" in a row near the bottom) deep in the grid.
 */
export function speedPage(): string {
  const { head, tail } = chrome();
  const footerOpen = '<footer class="footer"><ul class="footer-links">';
  const footerClose = '</ul></footer></div></div>';
  const budget = SPEED_ELEMENTS - 3 - countElements(head + tail + footerOpen + footerClose);
  const perRow = countElements(invoiceRow(0, ''));
  const rowCount = Math.floor(budget / perRow);
  const targetRow = rowCount - 12;
  const rows = Array.from({ length: rowCount }, (_, n) => invoiceRow(n, n === targetRow ? ` ${TARGET_ATTR}` : '')).join('');
  const padding = budget - rowCount * perRow;
  const links = Array.from({ length: padding }, (_, i) => `<li>Link ${i}</li>`).join('');
  return head + rows + tail + footerOpen + links + footerClose;
}

/** What the timing measured. */
export interface SpeedResult {
  elements: number;
  median: number;
  p95: number;
  /** Timed runs that did not return the target element, and what the first run returned. */
  misses: number;
  first: Verdict;
}

/** Captures the deep target once, then times `findTarget` over RUNS runs on the same page. */
export async function measureSpeed(browser: Browser, scripts: Scripts): Promise<SpeedResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    return await withTimeout((async () => {
      const page = await context.newPage();
      await loadPage(page, speedPage(), scripts);
      await page.evaluate((attr) => window.__shirubeBench!.takeMarked(attr), TARGET_ATTR);
      const elements = await page.evaluate(() => window.__shirubeBench!.countElements());
      const captured = await page.evaluate(() => window.__shirubeBench!.captureOurs());
      if (captured.stored === null) throw new Error(`capture failed: ${captured.error}`);
      const timing = await page.evaluate(
        ([target, warmups, runs]) => window.__shirubeBench!.timeFind(target, warmups, runs),
        [captured.stored, WARMUPS, RUNS] as const,
      );
      return { elements, ...percentiles(timing.times), misses: timing.misses, first: timing.first };
    })(), 60_000, 'timing timed out after 60000 ms');
  } finally {
    await withTimeout(context.close(), 5_000, 'context close timed out').catch(() => undefined);
  }
}

/** The timing line of the report. */
export function speedLine(result: SpeedResult): string {
  return `findTarget: median ${result.median.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms on ${result.elements} elements`;
}
