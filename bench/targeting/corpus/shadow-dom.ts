import type { BenchCase } from './bench-case.js';

/** Shoelace-style button: the label is slotted light DOM, the real <button> lives in the shadow root. */
function slButton(variant: string, label: string, marker = ''): string {
  return `<sl-button variant="${variant}" size="medium"${marker}><template shadowrootmode="open"><button part="base" class="button button--${variant} button--medium" type="button"><span part="label" class="button__label"><slot></slot></span></button></template>${label}</sl-button>`;
}

/** Targets inside open shadow roots (declarative shadow DOM), as design systems render them. */
export const shadowDomCases: BenchCase[] = [
  {
    id: 'sd-toolbar-share',
    family: 'shadow-dom',
    description: 'A "Share" button inside a web component\'s shadow root; a "Duplicate" button is added before it and internal classes change',
    before: `
<div id="root">
  <h1>Q3 travel report</h1>
  <report-toolbar report-id="r_381">
    <template shadowrootmode="open">
      <style>:host{display:flex;gap:8px}</style>
      <div class="toolbar" part="toolbar">
        <button class="tool" type="button">Print</button>
        <button class="tool tool-accent" type="button" data-bench-target>Share</button>
      </div>
    </template>
  </report-toolbar>
  <p>Total: ¥482,300</p>
</div>`,
    after: `
<div id="root">
  <h1>Q3 travel report</h1>
  <report-toolbar report-id="r_381">
    <template shadowrootmode="open">
      <style>:host{display:flex;gap:8px}</style>
      <div class="rt-toolbar" part="toolbar">
        <button class="rt-tool" type="button">Print</button>
        <button class="rt-tool" type="button">Duplicate</button>
        <button class="rt-tool rt-tool--accent" type="button" data-bench-expected>Share</button>
      </div>
    </template>
  </report-toolbar>
  <p>Total: ¥482,300</p>
</div>`,
  },
  {
    id: 'sd-nested-roots-input',
    family: 'shadow-dom',
    description: 'An input two shadow roots deep (page component > card component); a layout wrapper is added inside the inner root',
    before: `
<div id="root">
  <ds-page>
    <template shadowrootmode="open">
      <header part="header"><h1>New project</h1></header>
      <ds-card heading="Details">
        <template shadowrootmode="open">
          <h2 class="card-heading">Details</h2>
          <div class="card-body">
            <label for="code">Project code</label><input id="code" name="projectCode" type="text" data-bench-target>
            <label for="budget">Budget</label><input id="budget" name="budget" type="number">
          </div>
        </template>
      </ds-card>
    </template>
  </ds-page>
</div>`,
    after: `
<div id="root">
  <ds-page>
    <template shadowrootmode="open">
      <header part="header"><h1>New project</h1></header>
      <ds-card heading="Details">
        <template shadowrootmode="open">
          <h2 class="card-heading">Details</h2>
          <div class="card-body">
            <div class="field-grid">
              <div class="field"><label for="code">Project code</label><input id="code" name="projectCode" type="text" data-bench-expected></div>
              <div class="field"><label for="budget">Budget</label><input id="budget" name="budget" type="number"></div>
            </div>
          </div>
        </template>
      </ds-card>
    </template>
  </ds-page>
</div>`,
  },
  {
    id: 'sd-slotted-host-button',
    family: 'shadow-dom',
    description: 'Clicks on a Shoelace <sl-button> retarget to its host; a "Preview" sl-button is added before "Publish"',
    before: `
<div id="root">
  <div class="editor-footer">
    ${slButton('default', 'Save draft')}
    ${slButton('primary', 'Publish', ' data-bench-target')}
  </div>
</div>`,
    after: `
<div id="root">
  <div class="editor-footer">
    ${slButton('default', 'Save draft')}
    ${slButton('default', 'Preview')}
    ${slButton('primary', 'Publish', ' data-bench-expected')}
  </div>
</div>`,
  },
  {
    id: 'sd-removed-beta-feedback',
    family: 'shadow-dom',
    description: 'A support widget\'s shadow root drops its "Beta feedback" button; "Send feedback" remains beside it',
    before: `
<div id="root"><main><h1>Expenses</h1></main></div>
<support-widget>
  <template shadowrootmode="open">
    <div class="panel">
      <button class="panel-btn" type="button">Send feedback</button>
      <button class="panel-btn" type="button" data-bench-target>Beta feedback</button>
      <a class="panel-link" href="https://status.keihi.example">Status</a>
    </div>
  </template>
</support-widget>`,
    after: `
<div id="root"><main><h1>Expenses</h1></main></div>
<support-widget>
  <template shadowrootmode="open">
    <div class="panel">
      <button class="panel-btn" type="button">Send feedback</button>
      <a class="panel-link" href="https://status.keihi.example">Status</a>
    </div>
  </template>
</support-widget>`,
  },
];
