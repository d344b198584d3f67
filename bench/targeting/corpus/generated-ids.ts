import type { BenchCase } from './bench-case.js';

/** Ids that a framework generates per render: React useId, Ember guids, uuids, MUI counters. */
export const generatedIdCases: BenchCase[] = [
  {
    id: 'gid-react-useid-tabs',
    family: 'generated-ids',
    description: 'Radix tabs whose ids embed React useId (:r3:); another component mounts first and shifts the counter',
    before: `
<div id="root">
  <main class="container">
    <h1>Workspace settings</h1>
    <div dir="ltr" data-orientation="horizontal" class="tabs">
      <div role="tablist" aria-orientation="horizontal" class="tabs-list" tabindex="0" data-orientation="horizontal" style="outline: none;">
        <button type="button" role="tab" aria-selected="true" aria-controls="radix-:r3:-content-overview" data-state="active" id="radix-:r3:-trigger-overview" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="">Overview</button>
        <button type="button" role="tab" aria-selected="false" aria-controls="radix-:r3:-content-members" data-state="inactive" id="radix-:r3:-trigger-members" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="">Members</button>
        <button type="button" role="tab" aria-selected="false" aria-controls="radix-:r3:-content-billing" data-state="inactive" id="radix-:r3:-trigger-billing" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="" data-bench-target>Billing</button>
      </div>
      <div data-state="active" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-:r3:-trigger-overview" id="radix-:r3:-content-overview" tabindex="0" class="tabs-content">
        <p>Acme KK · Business plan · 42 seats</p>
      </div>
    </div>
  </main>
</div>`,
    after: `
<div id="root">
  <div role="status" aria-live="polite" id=":r1:" class="toast-region"></div>
  <main class="container">
    <h1>Workspace settings</h1>
    <div dir="ltr" data-orientation="horizontal" class="tabs">
      <div role="tablist" aria-orientation="horizontal" class="tabs-list" tabindex="0" data-orientation="horizontal" style="outline: none;">
        <button type="button" role="tab" aria-selected="true" aria-controls="radix-:rb:-content-overview" data-state="active" id="radix-:rb:-trigger-overview" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="">Overview</button>
        <button type="button" role="tab" aria-selected="false" aria-controls="radix-:rb:-content-members" data-state="inactive" id="radix-:rb:-trigger-members" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="">Members</button>
        <button type="button" role="tab" aria-selected="false" aria-controls="radix-:rb:-content-billing" data-state="inactive" id="radix-:rb:-trigger-billing" class="tabs-trigger" tabindex="-1" data-orientation="horizontal" data-radix-collection-item="" data-bench-expected>Billing</button>
      </div>
      <div data-state="active" data-orientation="horizontal" role="tabpanel" aria-labelledby="radix-:rb:-trigger-overview" id="radix-:rb:-content-overview" tabindex="0" class="tabs-content">
        <p>Acme KK · Business plan · 42 seats</p>
      </div>
    </div>
  </main>
</div>`,
  },
  {
    id: 'gid-ember-guids',
    family: 'generated-ids',
    description: 'Ember app with emberNNN on every component; after renumbering the old id belongs to a different button',
    before: `
<body class="ember-application">
  <div id="ember341" class="ember-view app-frame">
    <header id="ember355" class="ember-view conversation-header">
      <h2 id="ember362" class="ember-view">Refund for order #10442</h2>
      <div id="ember370" class="ember-view header-actions">
        <button id="ember405" class="ember-view btn" type="button">Snooze</button>
        <button id="ember412" class="ember-view btn" type="button" data-bench-target>Archive</button>
        <button id="ember419" class="ember-view btn btn-danger" type="button">Delete</button>
      </div>
    </header>
    <div id="ember430" class="ember-view conversation-body"><p>Customer asked for a refund of ¥4,800.</p></div>
  </div>
</body>`,
    after: `
<body class="ember-application">
  <div id="ember298" class="ember-view app-frame">
    <div id="ember305" class="ember-view banner">New: keyboard shortcuts</div>
    <header id="ember322" class="ember-view conversation-header">
      <h2 id="ember339" class="ember-view">Refund for order #10442</h2>
      <div id="ember371" class="ember-view header-actions">
        <button id="ember398" class="ember-view btn" type="button">Snooze</button>
        <button id="ember405" class="ember-view btn" type="button" data-bench-expected>Archive</button>
        <button id="ember412" class="ember-view btn btn-danger" type="button">Delete</button>
      </div>
    </header>
    <div id="ember430" class="ember-view conversation-body"><p>Customer asked for a refund of ¥4,800.</p></div>
  </div>
</body>`,
  },
  {
    id: 'gid-uuid-custom-fields',
    family: 'generated-ids',
    description: 'CRM custom-field form whose field ids are uuids regenerated on every page load',
    before: `
<div id="app">
  <form class="record-form" aria-label="Edit account">
    <div class="form-row" id="row-8c4e9b1a-2f3d-4c71-9a0e-5b6d7c8e9f10">
      <label for="f-3b2a1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9">Company name</label>
      <input id="f-3b2a1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9" type="text" value="Acme KK" data-bench-target>
    </div>
    <div class="form-row" id="row-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0">
      <label for="f-7d6c5b4a-3928-4716-a5f4-e3d2c1b0a998">Industry</label>
      <input id="f-7d6c5b4a-3928-4716-a5f4-e3d2c1b0a998" type="text" value="Manufacturing">
    </div>
    <div class="form-row" id="row-1a2b3c4d-5e6f-4708-9192-a3b4c5d6e7f8">
      <label for="f-9e8d7c6b-5a49-4837-8261-50f4e3d2c1b0">Annual revenue</label>
      <input id="f-9e8d7c6b-5a49-4837-8261-50f4e3d2c1b0" type="text" value="¥1.2B">
    </div>
    <button type="submit">Save</button>
  </form>
</div>`,
    after: `
<div id="app">
  <form class="record-form" aria-label="Edit account">
    <div class="form-row" id="row-5d1f0e7c-8a9b-4c2d-9e3f-4a5b6c7d8e9f">
      <label for="f-c0ffee12-3456-4789-abcd-ef0123456789">Company name</label>
      <input id="f-c0ffee12-3456-4789-abcd-ef0123456789" type="text" value="Acme KK" data-bench-expected>
    </div>
    <div class="form-row" id="row-aa11bb22-cc33-4d44-8e55-ff6677889900">
      <label for="f-12345678-9abc-4def-8123-456789abcdef">Industry</label>
      <input id="f-12345678-9abc-4def-8123-456789abcdef" type="text" value="Manufacturing">
    </div>
    <div class="form-row" id="row-deadbeef-0000-4111-8222-333344445555">
      <label for="f-fedcba98-7654-4321-8fed-cba987654321">Annual revenue</label>
      <input id="f-fedcba98-7654-4321-8fed-cba987654321" type="text" value="¥1.2B">
    </div>
    <button type="submit">Save</button>
  </form>
</div>`,
  },
  {
    id: 'gid-mui-counter-ids',
    family: 'generated-ids',
    description: 'MUI v4 TextFields with auto ids (mui-38291); the counter moves and the old id now labels another field',
    before: `
<div id="root">
  <form class="MuiBox-root" noValidate>
    <div class="MuiFormControl-root MuiTextField-root">
      <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink" data-shrink="true" for="mui-38290" id="mui-38290-label">Reference</label>
      <div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-formControl MuiInput-formControl"><input aria-invalid="false" id="mui-38290" type="text" class="MuiInputBase-input MuiInput-input" value="PO-7781"></div>
    </div>
    <div class="MuiFormControl-root MuiTextField-root">
      <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink" data-shrink="true" for="mui-38291" id="mui-38291-label">Due date</label>
      <div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-formControl MuiInput-formControl"><input aria-invalid="false" id="mui-38291" type="date" class="MuiInputBase-input MuiInput-input" value="2024-07-31" data-bench-target></div>
    </div>
    <button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary" tabindex="0" type="submit"><span class="MuiButton-label">Create invoice</span></button>
  </form>
</div>`,
    after: `
<div id="root">
  <form class="MuiBox-root" noValidate>
    <div class="MuiFormControl-root MuiTextField-root">
      <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink" data-shrink="true" for="mui-38291" id="mui-38291-label">Reference</label>
      <div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-formControl MuiInput-formControl"><input aria-invalid="false" id="mui-38291" type="text" class="MuiInputBase-input MuiInput-input" value="PO-7781"></div>
    </div>
    <div class="MuiFormControl-root MuiTextField-root">
      <label class="MuiFormLabel-root MuiInputLabel-root MuiInputLabel-formControl MuiInputLabel-animated MuiInputLabel-shrink" data-shrink="true" for="mui-38292" id="mui-38292-label">Due date</label>
      <div class="MuiInputBase-root MuiInput-root MuiInput-underline MuiInputBase-formControl MuiInput-formControl"><input aria-invalid="false" id="mui-38292" type="date" class="MuiInputBase-input MuiInput-input" value="2024-07-31" data-bench-expected></div>
    </div>
    <button class="MuiButtonBase-root MuiButton-root MuiButton-contained MuiButton-containedPrimary" tabindex="0" type="submit"><span class="MuiButton-label">Create invoice</span></button>
  </form>
</div>`,
  },
];
