import type { BenchCase } from '../corpus/bench-case.js';

function sonnerToast(index: number, title: string, marker = ''): string {
  return `<li tabindex="0" data-sonner-toast="" data-styled="true" data-mounted="true" data-promise="false" data-swiped="false" data-removed="false" data-visible="true" data-y-position="bottom" data-x-position="right" data-index="${index}" data-front="${index === 0}" data-swiping="false" data-dismissible="true" data-type="default" data-expanded="false" style="--index:${index};--toasts-before:${index};--z-index:${10 - index};--offset:0px;--initial-height:53px"><div data-content=""><div data-title="">${title}</div></div><button data-button="true" data-action="true"${marker}>Undo</button></li>`;
}

/** New siblings appear before the target, so everything after them shifts by position. */
export const holdoutInsertedBeforeCases: BenchCase[] = [
  {
    id: 'ho-ib-breadcrumb-org-level',
    family: 'inserted-before',
    description: 'Bootstrap breadcrumb gains a home icon and an organisation level in front; the target is the "Projects" crumb',
    before: `
<div class="container-fluid">
  <nav aria-label="breadcrumb">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/projects" data-bench-target>Projects</a></li>
      <li class="breadcrumb-item"><a href="/projects/apollo">Apollo</a></li>
      <li class="breadcrumb-item active" aria-current="page">Settings</li>
    </ol>
  </nav>
  <h1 class="h3">Project settings</h1>
  <a class="btn btn-link" href="/projects/apollo">Back to Apollo</a>
</div>`,
    after: `
<div class="container-fluid">
  <nav aria-label="breadcrumb">
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/" aria-label="Home"><i class="bi bi-house-door"></i></a></li>
      <li class="breadcrumb-item"><a href="/orgs/acme">Acme Corp</a></li>
      <li class="breadcrumb-item"><a href="/projects" data-bench-expected>Projects</a></li>
      <li class="breadcrumb-item"><a href="/projects/apollo">Apollo</a></li>
      <li class="breadcrumb-item active" aria-current="page">Settings</li>
    </ol>
  </nav>
  <h1 class="h3">Project settings</h1>
  <a class="btn btn-link" href="/projects/apollo">Back to Apollo</a>
</div>`,
  },
  {
    id: 'ho-ib-sonner-toast-undo',
    family: 'inserted-before',
    description: 'Sonner toast stack: a newer "Label added" toast with its own Undo is prepended; the target is Undo in the "Conversation archived" toast',
    before: `
<div id="root">
  <main><h1>Inbox</h1><ul class="threads"><li>Order #4821 hasn't arrived</li><li>Invoice question</li></ul></main>
  <section aria-label="Notifications alt+T" tabindex="-1" aria-live="polite" aria-relevant="additions text" aria-atomic="false">
    <ol dir="ltr" tabindex="-1" data-sonner-toaster="true" data-theme="light" data-y-position="bottom" data-x-position="right" style="--front-toast-height:53px;--width:356px;--gap:14px">
      ${sonnerToast(0, 'Conversation archived', ' data-bench-target')}
    </ol>
  </section>
</div>`,
    after: `
<div id="root">
  <main><h1>Inbox</h1><ul class="threads"><li>Invoice question</li></ul></main>
  <section aria-label="Notifications alt+T" tabindex="-1" aria-live="polite" aria-relevant="additions text" aria-atomic="false">
    <ol dir="ltr" tabindex="-1" data-sonner-toaster="true" data-theme="light" data-y-position="bottom" data-x-position="right" style="--front-toast-height:53px;--width:356px;--gap:14px">
      ${sonnerToast(0, 'Label “VIP” added to 1 conversation')}
      ${sonnerToast(1, 'Conversation archived', ' data-bench-expected')}
    </ol>
  </section>
</div>`,
  },
];
