import type { BenchCase } from './bench-case.js';

/** A release wraps the target (or its ancestors) in new elements: tooltips, layout divs, component hosts. */
export const wrapperCases: BenchCase[] = [
  {
    id: 'wr-tooltip-anchor',
    family: 'wrappers',
    description: 'A tooltip library wraps the submit button in a span anchor and a focus-guard div',
    before: `
<div id="root">
  <main class="page">
    <h1>Expense report ER-2024-031</h1>
    <table class="lines"><tbody>
      <tr><td>Taxi</td><td>¥3,400</td></tr>
      <tr><td>Hotel</td><td>¥12,800</td></tr>
    </tbody></table>
    <div class="report-actions">
      <button class="btn btn-secondary" type="button">Save draft</button>
      <button class="btn btn-primary" type="submit" data-bench-target>Submit for approval</button>
    </div>
  </main>
</div>`,
    after: `
<div id="root">
  <main class="page">
    <h1>Expense report ER-2024-031</h1>
    <table class="lines"><tbody>
      <tr><td>Taxi</td><td>¥3,400</td></tr>
      <tr><td>Hotel</td><td>¥12,800</td></tr>
    </tbody></table>
    <div class="report-actions">
      <button class="btn btn-secondary" type="button">Save draft</button>
      <span class="tooltip-anchor" data-tooltip-id="submit-hint" aria-describedby="submit-hint">
        <div class="focus-guard" tabindex="-1">
          <button class="btn btn-primary" type="submit" data-bench-expected>Submit for approval</button>
        </div>
      </span>
      <div role="tooltip" id="submit-hint" hidden>Your manager will be notified</div>
    </div>
  </main>
</div>`,
  },
  {
    id: 'wr-vue-form-item',
    family: 'wrappers',
    description: 'Element Plus upgrade adds el-form-item__content wrappers and new data-v scope attributes in a login form',
    before: `
<div id="app" data-v-app="">
  <div class="login-card" data-v-7ba5bd90="">
    <h2 data-v-7ba5bd90="">Sign in</h2>
    <form class="el-form el-form--label-top" data-v-7ba5bd90="">
      <div class="el-form-item">
        <label class="el-form-item__label" for="email">Email</label>
        <div class="el-input"><input class="el-input__inner" id="email" type="email" autocomplete="username"></div>
      </div>
      <div class="el-form-item">
        <label class="el-form-item__label" for="password">Password</label>
        <div class="el-input"><input class="el-input__inner" id="password" type="password" autocomplete="current-password"></div>
      </div>
      <div class="login-links" data-v-7ba5bd90="">
        <a href="/signup" class="el-link el-link--default" data-v-7ba5bd90="">Create account</a>
        <a href="/password/reset" class="el-link el-link--primary" data-v-7ba5bd90="" data-bench-target>Forgot password?</a>
      </div>
      <button class="el-button el-button--primary" type="submit"><span>Sign in</span></button>
    </form>
  </div>
</div>`,
    after: `
<div id="app" data-v-app="">
  <div class="login-card" data-v-4e1f8c2a="">
    <h2 data-v-4e1f8c2a="">Sign in</h2>
    <form class="el-form el-form--default el-form--label-top" data-v-4e1f8c2a="">
      <div class="el-form-item is-required asterisk-left">
        <label class="el-form-item__label" for="email">Email</label>
        <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" id="email" type="email" autocomplete="username"></div></div></div>
      </div>
      <div class="el-form-item is-required asterisk-left">
        <label class="el-form-item__label" for="password">Password</label>
        <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner" id="password" type="password" autocomplete="current-password"></div></div></div>
      </div>
      <div class="el-form-item">
        <div class="el-form-item__content">
          <div class="login-links" data-v-4e1f8c2a="">
            <a href="/signup" class="el-link el-link--default is-underline" data-v-4e1f8c2a=""><span class="el-link__inner">Create account</span></a>
            <a href="/password/reset" class="el-link el-link--primary is-underline" data-v-4e1f8c2a="" data-bench-expected><span class="el-link__inner">Forgot password?</span></a>
          </div>
        </div>
      </div>
      <button class="el-button el-button--primary" type="submit" aria-disabled="false"><span>Sign in</span></button>
    </form>
  </div>
</div>`,
  },
  {
    id: 'wr-angular-component-host',
    family: 'wrappers',
    description: 'Angular refactor extracts the user menu into <app-user-menu>, a new host element; _ngcontent attribute names change',
    before: `
<app-root _nghost-ng-c1721596744="" ng-version="17.3.4">
  <header _ngcontent-ng-c1721596744="" class="toolbar">
    <a _ngcontent-ng-c1721596744="" routerlink="/" href="/" class="brand">Keihi</a>
    <div _ngcontent-ng-c1721596744="" class="user-menu" role="menu" aria-label="Account">
      <a _ngcontent-ng-c1721596744="" role="menuitem" href="/profile">Profile</a>
      <a _ngcontent-ng-c1721596744="" role="menuitem" href="/billing">Billing</a>
      <button _ngcontent-ng-c1721596744="" role="menuitem" type="button" data-bench-target>Sign out</button>
    </div>
  </header>
  <router-outlet _ngcontent-ng-c1721596744=""></router-outlet>
  <app-dashboard _nghost-ng-c3396710282=""><h1 _ngcontent-ng-c3396710282="">Dashboard</h1></app-dashboard>
</app-root>`,
    after: `
<app-root _nghost-ng-c2854427103="" ng-version="17.3.9">
  <header _ngcontent-ng-c2854427103="" class="toolbar">
    <a _ngcontent-ng-c2854427103="" routerlink="/" href="/" class="brand">Keihi</a>
    <app-user-menu _ngcontent-ng-c2854427103="" _nghost-ng-c915223360="">
      <div _ngcontent-ng-c915223360="" class="user-menu" role="menu" aria-label="Account">
        <a _ngcontent-ng-c915223360="" role="menuitem" href="/profile">Profile</a>
        <a _ngcontent-ng-c915223360="" role="menuitem" href="/billing">Billing</a>
        <button _ngcontent-ng-c915223360="" role="menuitem" type="button" data-bench-expected>Sign out</button>
      </div>
    </app-user-menu>
  </header>
  <router-outlet _ngcontent-ng-c2854427103=""></router-outlet>
  <app-dashboard _nghost-ng-c1188306275=""><h1 _ngcontent-ng-c1188306275="">Dashboard</h1></app-dashboard>
</app-root>`,
  },
];
