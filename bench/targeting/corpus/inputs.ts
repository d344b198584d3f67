import type { BenchCase } from './bench-case.js';

/** Form controls known by their label, name or placeholder rather than by text content. */
export const inputCases: BenchCase[] = [
  {
    id: 'in-label-work-email',
    family: 'inputs',
    description: 'Email field known only by its <label>; a form library rewrite gives it a useId id and new wrappers',
    before: `
<div id="root">
  <form class="invite-form">
    <div class="row"><label for="invite-name">Full name</label><input id="invite-name" type="text" placeholder="Taro Yamada"></div>
    <div class="row"><label for="invite-email">Work email</label><input id="invite-email" type="email" placeholder="you@company.com" data-bench-target></div>
    <div class="row"><label for="invite-role">Role</label><select id="invite-role"><option>Member</option><option>Admin</option></select></div>
    <button type="submit">Send invite</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="invite-form">
    <div class="form-item"><label for=":r0:" class="form-label">Full name</label><div class="form-control"><input id=":r0:" type="text" placeholder="Taro Yamada" aria-describedby=":r0:-description"></div></div>
    <div class="form-item"><label for=":r1:" class="form-label">Work email</label><div class="form-control"><input id=":r1:" type="email" placeholder="name@company.com" aria-describedby=":r1:-description" data-bench-expected></div><p id=":r1:-description" class="form-description">We'll send the invitation here.</p></div>
    <div class="form-item"><label for=":r2:" class="form-label">Role</label><div class="form-control"><select id=":r2:"><option>Member</option><option>Admin</option></select></div></div>
    <button type="submit">Send invite</button>
  </form>
</div>`,
  },
  {
    id: 'in-name-date-to',
    family: 'inputs',
    description: 'Filter bar date inputs known by name (from/to); a category select is added before them',
    before: `
<div id="root">
  <form class="filters" role="search">
    <input type="search" name="q" placeholder="Search expenses" class="filter-input">
    <span class="filter-label">From</span><input type="date" name="from" class="filter-input">
    <span class="filter-label">To</span><input type="date" name="to" class="filter-input" data-bench-target>
    <button type="submit" class="filter-apply">Apply</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="filters filters--compact" role="search">
    <input type="search" name="q" placeholder="Search expenses" class="filter-input">
    <select name="category" class="filter-input"><option value="">All categories</option><option>Travel</option><option>Meals</option></select>
    <div class="date-range">
      <span class="filter-label">From</span><input type="date" name="from" class="filter-input">
      <span class="filter-label">To</span><input type="date" name="to" class="filter-input" data-bench-expected>
    </div>
    <button type="submit" class="filter-apply">Apply</button>
  </form>
</div>`,
  },
  {
    id: 'in-placeholder-search',
    family: 'inputs',
    description: 'Customer search box known only by its placeholder; a header docs search with the same classes is added before it',
    before: `
<div id="root">
  <header class="app-header"><span class="logo">Keihi CRM</span></header>
  <main>
    <div class="list-header">
      <h1>Customers</h1>
      <div class="search"><input type="text" class="search-input" placeholder="Search customers…" data-bench-target></div>
    </div>
    <ul class="customer-list"><li>Acme KK</li><li>Globex</li></ul>
  </main>
</div>`,
    after: `
<div id="root">
  <header class="app-header"><span class="logo">Keihi CRM</span><div class="search"><input type="text" class="search-input" placeholder="Search docs…"></div></header>
  <main>
    <div class="list-header">
      <h1>Customers</h1>
      <div class="search"><input type="text" class="search-input" placeholder="Search customers…" data-bench-expected></div>
    </div>
    <ul class="customer-list"><li>Acme KK</li><li>Globex</li></ul>
  </main>
</div>`,
  },
  {
    id: 'in-checkbox-remember-me',
    family: 'inputs',
    description: '"Remember me" checkbox inside its label becomes a custom checkbox; a terms checkbox is added above it',
    before: `
<div id="root">
  <form class="login">
    <input type="email" name="email" placeholder="Email">
    <input type="password" name="password" placeholder="Password">
    <label class="checkbox"><input type="checkbox" name="remember" data-bench-target> Remember me</label>
    <button type="submit">Log in</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="login">
    <input type="email" name="email" placeholder="Email">
    <input type="password" name="password" placeholder="Password">
    <label class="checkbox-field"><span class="checkbox-control"><input type="checkbox" name="terms" class="visually-hidden"><span class="checkbox-box" aria-hidden="true"></span></span><span class="checkbox-label">I agree to the terms</span></label>
    <label class="checkbox-field"><span class="checkbox-control"><input type="checkbox" name="remember" class="visually-hidden" data-bench-expected><span class="checkbox-box" aria-hidden="true"></span></span><span class="checkbox-label">Remember me</span></label>
    <button type="submit">Log in</button>
  </form>
</div>`,
  },
];
