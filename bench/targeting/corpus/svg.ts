import type { BenchCase } from './bench-case.js';

const TRASH = (cls: string, marker = ''): string =>
  `<svg width="20" height="20" class="${cls}" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path fill-rule="evenodd" d="M8.75 1A2.75 2.75 0 0 0 6 3.75v.44c-.8.08-1.58.18-2.37.3a.75.75 0 1 0 .23 1.49l.15-.02.84 10.52A2.75 2.75 0 0 0 7.59 19h4.82a2.75 2.75 0 0 0 2.74-2.52l.84-10.52.15.02a.75.75 0 0 0 .23-1.49A41 41 0 0 0 14 4.19v-.44A2.75 2.75 0 0 0 11.25 1h-2.5Z" clip-rule="evenodd"${marker}/></svg>`;

function draftRow(title: string, edited: string, iconClass: string, marker = ''): string {
  return `<li class="draft"><a href="/drafts/${title.replace(/\D/g, '')}" class="draft-title">${title}</a><span class="draft-meta">Edited ${edited}</span><button type="button" class="draft-delete" aria-label="Delete ${title}">${TRASH(iconClass, marker)}</button></li>`;
}

function desk(label: string, x: number, y: number, marker = ''): string {
  return `<g class="desk desk--free" role="button" tabindex="0" aria-label="Desk ${label}" transform="translate(${x} ${y})"${marker}><rect width="56" height="36" rx="4"/><text x="28" y="22" text-anchor="middle">${label}</text></g>`;
}

/** Targets that are SVG elements themselves: the author's click landed on an icon, a path or a shape. */
export const svgCases: BenchCase[] = [
  {
    id: 'svg-bell-icon',
    family: 'svg',
    description: 'The author clicked the bell <svg width="20" height="20"> itself; an unread badge is added inside the button and a help icon before it',
    before: `
<div id="root">
  <header class="topbar">
    <span class="brand">Keihi</span>
    <div class="topbar-actions">
      <button type="button" class="icon-btn" aria-label="Notifications"><svg width="20" height="20" class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden="true" data-bench-target><path d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0a3 3 0 1 1-6 0"/></svg></button>
      <button type="button" class="avatar-btn" aria-label="Account"><svg width="20" height="20" class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/></svg></button>
    </div>
  </header>
</div>`,
    after: `
<div id="root">
  <header class="topbar">
    <span class="brand">Keihi</span>
    <div class="topbar-actions">
      <button type="button" class="icon-btn" aria-label="Help"><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M9.1 9a3 3 0 0 1 5.8 1c0 2-3 3-3 3M12 17h.01"/></svg></button>
      <button type="button" class="icon-btn" aria-label="Notifications"><span class="badge">4</span><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden="true" data-bench-expected><path d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0a3 3 0 1 1-6 0"/></svg></button>
      <button type="button" class="avatar-btn" aria-label="Account"><svg width="20" height="20" class="size-5" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/></svg></button>
    </div>
  </header>
</div>`,
  },
  {
    id: 'svg-trash-path-in-row',
    family: 'svg',
    description: 'The click landed on the <path> of a trash icon in the "Draft #12" row; a newer draft is listed above it',
    before: `
<div id="root">
  <h2>Drafts</h2>
  <ul class="drafts">
    ${draftRow('Draft #12', '2 hours ago', 'h-4 w-4', ' data-bench-target')}
    ${draftRow('Draft #11', 'yesterday', 'h-4 w-4')}
    ${draftRow('Draft #9', 'last week', 'h-4 w-4')}
  </ul>
</div>`,
    after: `
<div id="root">
  <h2>Drafts</h2>
  <ul class="drafts">
    ${draftRow('Draft #13', 'just now', 'size-4 shrink-0')}
    ${draftRow('Draft #12', '3 hours ago', 'size-4 shrink-0', ' data-bench-expected')}
    ${draftRow('Draft #11', 'yesterday', 'size-4 shrink-0')}
    ${draftRow('Draft #9', 'last week', 'size-4 shrink-0')}
  </ul>
</div>`,
  },
  {
    id: 'svg-desk-map-group',
    family: 'svg',
    description: 'Desk-booking floor map: the target is the <g role=button> for desk A-12; two desks are added before it and positions shift',
    before: `
<div id="root">
  <h1>Book a desk · 3F</h1>
  <svg class="floor-map" width="600" height="240" viewBox="0 0 600 240" role="img" aria-label="3F floor map">
    <g class="zone" aria-label="Zone A">
      ${desk('A-01', 20, 20)}
      ${desk('A-02', 86, 20)}
      ${desk('A-12', 152, 20, ' data-bench-target')}
      ${desk('A-13', 218, 20)}
    </g>
  </svg>
</div>`,
    after: `
<div id="root">
  <h1>Book a desk · 3F</h1>
  <svg class="floor-map" width="720" height="240" viewBox="0 0 720 240" role="img" aria-label="3F floor map">
    <g class="zone" aria-label="Zone A">
      ${desk('A-01', 20, 20)}
      ${desk('A-02', 86, 20)}
      ${desk('A-10', 152, 20)}
      ${desk('A-11', 218, 20)}
      ${desk('A-12', 284, 20, ' data-bench-expected')}
      ${desk('A-13', 350, 20)}
    </g>
  </svg>
</div>`,
  },
];
