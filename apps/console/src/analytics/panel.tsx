import type { ComponentChildren } from 'preact';

/** A titled card section of an analytics page, with room for actions such as a CSV download. */
export function Panel(props: { title: string; subtitle?: string; actions?: ComponentChildren; children: ComponentChildren; testId?: string }) {
  return (
    <section class="card panel" data-testid={props.testId}>
      <header class="panel-head">
        <div>
          <h2>{props.title}</h2>
          {props.subtitle && <p class="muted">{props.subtitle}</p>}
        </div>
        {props.actions && <div class="inline">{props.actions}</div>}
      </header>
      {props.children}
    </section>
  );
}
