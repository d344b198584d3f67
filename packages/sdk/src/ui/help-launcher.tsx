import { searchGuides } from '@shirube/core';
import { EVENT_LIMITS, richTextToPlain, safeHref, type HelpLauncher, type PublishedGuide } from '@shirube/schema';
import { render } from 'preact';
import type { UiStrings } from './i18n.js';
import type { UiRoot } from './mount.js';
import { CloseButton } from './step-dialog.js';

export interface LauncherProps {
  config: HelpLauncher;
  /** The guides offered on this page, in priority order. */
  guides: PublishedGuide[];
  strings: UiStrings;
  /** Starts a guide the user chose. */
  start: (guide: PublishedGuide) => void;
  /** Records a finished search. */
  log: (query: string, resultCount: number, pickedGuideId?: string) => void;
}

/** How long typing must pause before a search counts as finished. */
const PAUSE_MS = 1_000;

/** The first step's title and the start of its text: what the guide is about. */
function snippet(guide: PublishedGuide): string {
  const first = guide.steps[0]!;
  return [first.title, richTextToPlain(first.content)].filter(Boolean).join(' — ').slice(0, 160);
}

/**
 * The help launcher in its own layer of the guide UI's shadow root: a round button docked
 * bottom-right that opens a non-modal search panel. The search field keeps focus; arrow keys move
 * through the results (aria-activedescendant), Enter starts one, Escape closes and gives focus
 * back to the button. A search is logged once finished: after a pause, on Enter, on a pick or on
 * closing with a query, never per keystroke. State lives here and each change redraws a plain
 * view, so the SDK bundle needs no hooks or component runtime.
 */
export function mountLauncher(ui: UiRoot) {
  const layer = ui.layer();
  let props: LauncherProps | null = null;
  let open = false;
  let query = '';
  let active = 0;
  /** The query last logged, so one search is not logged twice. */
  let logged = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let results: PublishedGuide[] = [];

  const finish = (picked?: string) => {
    clearTimeout(timer);
    const q = query.trim().slice(0, EVENT_LIMITS.maxSearchLength);
    if (q && (picked || q !== logged)) props!.log(q, results.length, picked);
    logged = q;
  };
  const close = () => {
    finish();
    open = false;
    query = logged = '';
    draw();
    button()?.focus();
  };
  const pick = (guide: PublishedGuide) => {
    finish(guide.id);
    close();
    props!.start(guide);
  };
  const button = () => layer.querySelector<HTMLElement>('.launcher');

  const onKeyDown = (event: KeyboardEvent) => {
    const { key } = event;
    const n = results.length || 1;
    // Arrows and Enter belong to the search field; on the close button or the contact link they do their own thing.
    if (key !== 'Escape' && (event.target as Element).localName !== 'input') return;
    if (key === 'ArrowDown' || key === 'ArrowUp') active = (active + (key === 'ArrowDown' ? 1 : n - 1)) % n;
    else if (key === 'Enter') (results[active] ? pick(results[active]!) : finish());
    else if (key === 'Escape') close();
    else return;
    // Handled here: a guide showing beside the panel must not take Escape (or Enter) as its own.
    event.preventDefault();
    if (open) draw();
  };

  function draw() {
    if (!props) return;
    const { config, strings } = props;
    results = searchGuides(props.guides, query);
    active = Math.min(active, Math.max(results.length - 1, 0));
    const title = config.panelTitle || strings.helpTitle;
    // Checked again as drawn, like rich-text links: settings may come from a cache or an older server.
    const contactHref = typeof config.contactHref === 'string' ? safeHref(config.contactHref) : null;
    render(
      <>
        {open && (
          <div class="card help" role="dialog" aria-labelledby="sh-ht" onKeyDown={onKeyDown}>
            <h2 id="sh-ht" class="title">
              {title}
            </h2>
            <input
              class="search"
              type="search"
              role="combobox"
              aria-label={strings.search}
              placeholder={strings.search}
              aria-expanded="true"
              aria-controls="sh-hl"
              aria-activedescendant={results.length ? `sh-h${active}` : undefined}
              autocomplete="off"
              maxLength={EVENT_LIMITS.maxSearchLength}
              value={query}
              onInput={(event) => {
                clearTimeout(timer);
                query = (event.target as HTMLInputElement).value;
                active = 0;
                draw();
                timer = setTimeout(finish, PAUSE_MS);
              }}
            />
            <p class="sr" role="status">
              {strings.results(results.length)}
            </p>
            <ul id="sh-hl" class="results" role="listbox" aria-label={title}>
              {results.map((guide, i) => (
                <li id={`sh-h${i}`} key={guide.id} role="option" aria-selected={i === active} onClick={() => pick(guide)}>
                  <b>{guide.name}</b>
                  <span>{snippet(guide)}</span>
                </li>
              ))}
            </ul>
            {!results.length && (
              <div class="none">
                <p>{query.trim() ? strings.noMatch : strings.noGuides}</p>
                {contactHref && (
                  <a href={contactHref} target="_blank" rel="noopener noreferrer">
                    {strings.contact}
                  </a>
                )}
              </div>
            )}
            <CloseButton label={strings.closeHelp} onClick={close} />
          </div>
        )}
        <button
          type="button"
          class="launcher"
          aria-label={config.buttonLabel ? undefined : strings.help}
          aria-expanded={open}
          aria-haspopup="dialog"
          onClick={() => {
            if (open) return close();
            open = true;
            draw();
            layer.querySelector<HTMLElement>('.search')?.focus();
          }}
        >
          <span aria-hidden="true">?</span>
          {config.buttonLabel}
        </button>
      </>,
      layer,
    );
  }

  return {
    /** Draws (or redraws, keeping what the user typed) the launcher with the guides offered now. */
    update(next: LauncherProps) {
      props = next;
      ui.attach();
      draw();
    },
    destroy() {
      clearTimeout(timer);
      render(null, layer);
      layer.remove();
    },
  };
}
