import type { BenchCase } from '../corpus/bench-case.js';

function zdView(href: string, name: string, count: number, active = false, marker = ''): string {
  return `<li class="views-item"><a href="${href}" class="view-link${active ? ' is-active' : ''}" data-test-id="views_views-list_item"${active ? ' aria-current="page"' : ''}${marker}><span class="view-name">${name}</span><span class="view-count" data-test-id="views_views-list_item-count">${count}</span></a></li>`;
}

/** Copy changes from one release to the next, and counts that change with the data. */
export const holdoutTextEditCases: BenchCase[] = [
  {
    id: 'ho-te-stripe-save-changes',
    family: 'text-edit',
    description: 'Stripe-like public details page: "Save" becomes "Save changes" and "Cancel" becomes "Discard"; the fields above are unchanged',
    before: `
<div id="root">
  <div class="Box-root Padding-all--24">
    <h2 class="Text-fontSize--20">Public details</h2>
    <p class="Text-color--gray">This information may be visible on receipts, invoices and your customers' bank statements.</p>
    <div class="FormField"><label for="public-name">Public business name</label><input id="public-name" name="business_profile[name]" value="Northwind Coffee"></div>
    <div class="FormField"><label for="support-email">Support email</label><input id="support-email" name="business_profile[support_email]" value="help@northwind.example"></div>
    <div class="Box-root Flex-flex Flex-justifyContent--flexEnd">
      <button type="button" class="Button Button--secondary"><span>Cancel</span></button>
      <button type="submit" class="Button Button--primary" data-bench-target><span>Save</span></button>
    </div>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="Box-root Padding-all--24">
    <h2 class="Text-fontSize--20">Public details</h2>
    <p class="Text-color--gray">This information may be visible on receipts, invoices and your customers' bank statements.</p>
    <div class="FormField"><label for="public-name">Public business name</label><input id="public-name" name="business_profile[name]" value="Northwind Coffee"></div>
    <div class="FormField"><label for="support-email">Support email</label><input id="support-email" name="business_profile[support_email]" value="help@northwind.example"></div>
    <div class="Box-root Flex-flex Flex-justifyContent--flexEnd">
      <button type="button" class="Button Button--secondary"><span>Discard</span></button>
      <button type="submit" class="Button Button--primary" data-bench-expected><span>Save changes</span></button>
    </div>
  </div>
</div>`,
  },
  {
    id: 'ho-te-zendesk-view-counts',
    family: 'text-edit',
    description: 'Zendesk-like views list: every ticket count badge changes with the data (Unassigned 4 becomes 12); the target is the "Unassigned tickets" view',
    before: `
<div id="main">
  <nav class="views-nav" aria-label="Views">
    <h2 class="views-heading">Views</h2>
    <ul class="views-list">
      ${zdView('/agent/filters/360001', 'Your unsolved tickets', 12, true)}
      ${zdView('/agent/filters/360002', 'Unassigned tickets', 4, false, ' data-bench-target')}
      ${zdView('/agent/filters/360003', 'All unsolved tickets', 31)}
      ${zdView('/agent/filters/360004', 'Recently updated tickets', 8)}
      ${zdView('/agent/filters/360005', 'Pending tickets', 12)}
    </ul>
  </nav>
</div>`,
    after: `
<div id="main">
  <nav class="views-nav" aria-label="Views">
    <h2 class="views-heading">Views</h2>
    <ul class="views-list">
      ${zdView('/agent/filters/360001', 'Your unsolved tickets', 9, true)}
      ${zdView('/agent/filters/360002', 'Unassigned tickets', 12, false, ' data-bench-expected')}
      ${zdView('/agent/filters/360003', 'All unsolved tickets', 40)}
      ${zdView('/agent/filters/360004', 'Recently updated tickets', 4)}
      ${zdView('/agent/filters/360005', 'Pending tickets', 7)}
    </ul>
  </nav>
</div>`,
  },
  {
    id: 'ho-te-pricing-cta',
    family: 'text-edit',
    description: 'Marketing header CTA reworded from "Start free trial" to "Try it free for 14 days" (same signup link); "Book a demo" is unchanged',
    before: `
<header class="site-header">
  <a class="logo" href="/">Helply</a>
  <nav class="primary"><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a></nav>
  <div class="header-ctas">
    <a class="link" href="https://app.helply.example/login">Log in</a>
    <a class="btn btn--outline" href="/demo">Book a demo</a>
    <a class="btn btn--solid" href="https://app.helply.example/signup?plan=pro" data-bench-target>Start free trial</a>
  </div>
</header>`,
    after: `
<header class="site-header">
  <a class="logo" href="/">Helply</a>
  <nav class="primary"><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/customers">Customers</a></nav>
  <div class="header-ctas">
    <a class="link" href="https://app.helply.example/login">Log in</a>
    <a class="btn btn--outline" href="/demo">Book a demo</a>
    <a class="btn btn--solid" href="https://app.helply.example/signup?plan=pro" data-bench-expected>Try it free for 14 days</a>
  </div>
</header>`,
  },
];
