import type { BenchCase } from './bench-case.js';

/** Copy edits: the element stays where it was but its words change. */
export const textEditCases: BenchCase[] = [
  {
    id: 'te-submit-copy',
    family: 'text-edit',
    description: 'The submit button "Submit" becomes "Send for approval"; its sibling "Save draft" is unchanged',
    before: `
<div id="root">
  <form class="expense-form" aria-labelledby="form-title">
    <h2 id="form-title">New expense</h2>
    <label>Merchant <input name="merchant" type="text" value="Starbucks Shibuya"></label>
    <label>Amount <input name="amount" type="number" value="620"></label>
    <footer class="form-footer">
      <button type="button" class="btn ghost">Save draft</button>
      <button type="submit" class="btn solid" data-bench-target>Submit</button>
    </footer>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="expense-form" aria-labelledby="form-title">
    <h2 id="form-title">New expense</h2>
    <label>Merchant <input name="merchant" type="text" value="Starbucks Shibuya"></label>
    <label>Amount <input name="amount" type="number" value="620"></label>
    <footer class="form-footer">
      <button type="button" class="btn ghost">Save draft</button>
      <button type="submit" class="btn solid" data-bench-expected>Send for approval</button>
    </footer>
  </form>
</div>`,
  },
  {
    id: 'te-nav-rename',
    family: 'text-edit',
    description: 'Settings navigation entry "Team" renamed to "Members"; the route stays /settings/team',
    before: `
<div id="root">
  <div class="settings">
    <nav class="settings-nav" aria-label="Settings">
      <a href="/settings/general">General</a>
      <a href="/settings/team" data-bench-target>Team</a>
      <a href="/settings/billing">Billing</a>
      <a href="/settings/integrations">Integrations</a>
    </nav>
    <section class="settings-panel"><h1>General</h1></section>
  </div>
</div>`,
    after: `
<div id="root">
  <div class="settings">
    <nav class="settings-nav" aria-label="Settings">
      <a href="/settings/general">General</a>
      <a href="/settings/team" data-bench-expected>Members</a>
      <a href="/settings/billing">Billing</a>
      <a href="/settings/integrations">Integrations</a>
    </nav>
    <section class="settings-panel"><h1>General</h1></section>
  </div>
</div>`,
  },
  {
    id: 'te-sentence-case-icon',
    family: 'text-edit',
    description: 'Title Case copy moved to sentence case and a leading "+" icon added inside the button',
    before: `
<div id="root">
  <section class="billing">
    <h2>Payment methods</h2>
    <ul class="cards"><li>Visa •••• 4242 <span class="tag">Default</span></li></ul>
    <button type="button" class="link-button" data-bench-target>Add Payment Method</button>
    <button type="button" class="link-button">View Invoices</button>
  </section>
</div>`,
    after: `
<div id="root">
  <section class="billing">
    <h2>Payment methods</h2>
    <ul class="cards"><li>Visa •••• 4242 <span class="tag">Default</span></li></ul>
    <button type="button" class="link-button" data-bench-expected><svg width="20" height="20" class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10"/></svg>Add payment method</button>
    <button type="button" class="link-button">View invoices</button>
  </section>
</div>`,
  },
];
