import type { BenchCase } from './bench-case.js';

/** Siblings change order: the target keeps its identity but not its position. */
export const reorderCases: BenchCase[] = [
  {
    id: 'ro-nav-items',
    family: 'reorder',
    description: 'Top navigation reordered by product: Settings now before Reports, Expenses moved to the front',
    before: `
<div id="root">
  <header class="topbar">
    <nav class="topnav" aria-label="Primary">
      <ul>
        <li><a href="/home" class="nav-link active">Home</a></li>
        <li><a href="/expenses" class="nav-link">Expenses</a></li>
        <li><a href="/reports" class="nav-link" data-bench-target>Reports</a></li>
        <li><a href="/settings" class="nav-link">Settings</a></li>
      </ul>
    </nav>
  </header>
  <main><h1>Home</h1></main>
</div>`,
    after: `
<div id="root">
  <header class="topbar">
    <nav class="topnav" aria-label="Primary">
      <ul>
        <li><a href="/expenses" class="nav-link">Expenses</a></li>
        <li><a href="/home" class="nav-link active">Home</a></li>
        <li><a href="/settings" class="nav-link">Settings</a></li>
        <li><a href="/reports" class="nav-link" data-bench-expected>Reports</a></li>
      </ul>
    </nav>
  </header>
  <main><h1>Home</h1></main>
</div>`,
  },
  {
    id: 'ro-dashboard-cards',
    family: 'reorder',
    description: 'Dashboard widgets reordered by the user; each card has an identical "View details" link',
    before: `
<div id="root">
  <main class="dashboard">
    <div class="grid">
      <article class="card"><h3 class="card-title">Open approvals</h3><p class="metric">12</p><a class="card-link" href="/approvals">View details</a></article>
      <article class="card"><h3 class="card-title">Monthly spend</h3><p class="metric">¥1,284,300</p><a class="card-link" href="/spend" data-bench-target>View details</a></article>
      <article class="card"><h3 class="card-title">Top merchants</h3><p class="metric">JR East</p><a class="card-link" href="/merchants">View details</a></article>
    </div>
  </main>
</div>`,
    after: `
<div id="root">
  <main class="dashboard">
    <div class="grid">
      <article class="card"><h3 class="card-title">Top merchants</h3><p class="metric">JR East</p><a class="card-link" href="/merchants">View details</a></article>
      <article class="card"><h3 class="card-title">Open approvals</h3><p class="metric">9</p><a class="card-link" href="/approvals">View details</a></article>
      <article class="card"><h3 class="card-title">Monthly spend</h3><p class="metric">¥1,301,950</p><a class="card-link" href="/spend" data-bench-expected>View details</a></article>
    </div>
  </main>
</div>`,
  },
  {
    id: 'ro-form-fields',
    family: 'reorder',
    description: 'Signup form fields reordered (email first); the target is the phone input',
    before: `
<div id="root">
  <form class="signup" action="/signup" method="post">
    <div class="field"><label for="name">Full name</label><input id="name" name="name" type="text" autocomplete="name"></div>
    <div class="field"><label for="company">Company</label><input id="company" name="company" type="text" autocomplete="organization"></div>
    <div class="field"><label for="email">Work email</label><input id="email" name="email" type="email" autocomplete="email"></div>
    <div class="field"><label for="phone">Phone</label><input id="phone" name="phone" type="tel" autocomplete="tel" data-bench-target></div>
    <button type="submit" class="primary">Start free trial</button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="signup" action="/signup" method="post">
    <div class="field"><label for="email">Work email</label><input id="email" name="email" type="email" autocomplete="email"></div>
    <div class="field"><label for="phone">Phone</label><input id="phone" name="phone" type="tel" autocomplete="tel" data-bench-expected></div>
    <div class="field"><label for="name">Full name</label><input id="name" name="name" type="text" autocomplete="name"></div>
    <div class="field"><label for="company">Company</label><input id="company" name="company" type="text" autocomplete="organization"></div>
    <button type="submit" class="primary">Start free trial</button>
  </form>
</div>`,
  },
];
