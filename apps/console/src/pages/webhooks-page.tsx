import { isAllowedWebhookUrl, WEBHOOK_EVENT_TYPES as WEBHOOK_EVENTS, type WebhookEventType } from '@shirube/schema';
import type { ConsoleProject, ConsoleUser, WebhookEndpoint, WebhookEndpointWithSecret } from '@shirube/server/types';
import { useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { DataState } from '../analytics/data-state.js';
import { useLoad } from '../analytics/use-load.js';
import { Badge, Button, Confirm, CopyButton, Empty, ErrorNote, Field, HeadRow } from '../components/ui.js';
import { WebhookDeliveryLog } from '../components/webhook-delivery-log.js';
import { count } from '../format.js';
import { useI18n } from '../i18n/i18n.js';

type Pending = { kind: 'rotate' | 'remove'; endpoint: WebhookEndpoint } | null;

/** Project webhooks (owners only): endpoints, their one-time secrets and each one's delivery log. */
export function WebhooksPage(props: { project: ConsoleProject; me: ConsoleUser }) {
  const { t, locale } = useI18n();
  const w = t.webhooks;
  const param = { projectId: props.project.id };
  const [version, setVersion] = useState(0);
  const list = useLoad(() => call(client.projects[':projectId'].webhooks.$get({ param })), `${props.project.id}:${version}`);
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = () => setVersion((n) => n + 1);

  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError((failure as Error).message);
    }
    reload();
  };
  const endpointParam = (endpoint: WebhookEndpoint) => ({ param: { ...param, id: endpoint.id } });
  const toggle = (endpoint: WebhookEndpoint) => act(() => call(client.projects[':projectId'].webhooks[':id'].$patch({ ...endpointParam(endpoint), json: { enabled: !endpoint.enabled } })));
  const confirm = (next: NonNullable<Pending>) =>
    act(async () => {
      setPending(null);
      if (next.kind === 'rotate') setSecret(await call(client.projects[':projectId'].webhooks[':id']['rotate-secret'].$post(endpointParam(next.endpoint))));
      else await call(client.projects[':projectId'].webhooks[':id'].$delete(endpointParam(next.endpoint)));
    });

  if (props.me.role !== 'owner') return <ErrorNote message={w.readOnly} />;
  const endpoints = list.data?.endpoints ?? [];
  const shown = endpoints.find((e) => e.id === selected) ?? endpoints[0] ?? null;

  return (
    <section class="page analytics webhooks-page">
      <header class="page-head">
        <h1>{w.title}</h1>
        <p class="muted">{w.subtitle}</p>
      </header>
      {error && <ErrorNote message={error} />}
      {secret && (
        <div class="notice webhook-secret" role="status" data-testid="webhook-secret">
          <strong>{w.secretTitle(secret.endpoint.url)}</strong>
          <code class="mono secret-value">{secret.secret}</code>
          <span>{w.secretBody}</span>
          <div class="form-actions">
            <CopyButton text={secret.secret} label={w.copySecret} copiedLabel={w.copied} />
            <Button variant="ghost" onClick={() => setSecret(null)}>
              {w.dismiss}
            </Button>
          </div>
        </div>
      )}
      <DataState loaded={list} loadingLabel={w.loading} isEmpty={(data) => data.endpoints.length === 0} empty={<Empty title={w.empty}>{w.emptyBody}</Empty>}>
        {(data) => (
          <div class="card table-card">
            <div class="table-scroll">
              <table class="table data-table webhook-table" aria-label={w.endpointsLabel} data-testid="webhook-endpoints">
                <HeadRow labels={[w.url, w.status, w.lastDay, '']} />
                <tbody>
                  {data.endpoints.map((endpoint) => (
                    <tr data-testid="webhook-endpoint" aria-selected={endpoint.id === shown?.id ? 'true' : 'false'} class={endpoint.id === shown?.id ? 'is-selected' : ''}>
                      <td>
                        <div class="strong mono webhook-url">{endpoint.url}</div>
                        <div class="badges">
                          {endpoint.eventTypes.map((type) => (
                            <Badge tone="blue">{w.eventNames[type]}</Badge>
                          ))}
                        </div>
                        <div class="sub mono">{w.secretHint(endpoint.secretHint)}</div>
                      </td>
                      <td>
                        <Badge tone={endpoint.enabled ? 'green' : 'gray'}>{endpoint.enabled ? w.enabled : w.disabled}</Badge>
                        {endpoint.disabledReason === 'gone' && <div class="sub">{w.gone}</div>}
                      </td>
                      <td class="nowrap">{w.counts(count(endpoint.recent.succeeded, locale), count(endpoint.recent.failed, locale), count(endpoint.recent.pending + endpoint.recent.retrying, locale))}</td>
                      <td class="actions-cell">
                        <Button class="btn-small" onClick={() => setSelected(endpoint.id)} aria-pressed={endpoint.id === shown?.id ? 'true' : 'false'}>
                          {w.showLog}
                        </Button>
                        <Button class="btn-small" onClick={() => toggle(endpoint)}>
                          {endpoint.enabled ? w.disable : w.enable}
                        </Button>
                        <Button class="btn-small" onClick={() => setPending({ kind: 'rotate', endpoint })}>
                          {w.rotate}
                        </Button>
                        <Button class="btn-small" variant="ghost" onClick={() => setPending({ kind: 'remove', endpoint })}>
                          {w.remove}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </DataState>
      {shown && <WebhookDeliveryLog key={shown.id} projectId={props.project.id} endpoint={shown} onChanged={reload} />}
      <NewEndpointForm projectId={props.project.id} onCreated={(created) => (setSecret(created), setSelected(created.endpoint.id), reload())} />
      {pending && (
        <Confirm
          title={pending.kind === 'rotate' ? w.rotateTitle : w.removeTitle(pending.endpoint.url)}
          confirmLabel={pending.kind === 'rotate' ? w.rotate : w.remove}
          danger={pending.kind === 'remove'}
          onConfirm={() => confirm(pending)}
          onCancel={() => setPending(null)}
        >
          {pending.kind === 'rotate' ? w.rotateBody : w.removeBody}
        </Confirm>
      )}
    </section>
  );
}

/** Adding an endpoint: its URL, the events it receives and whether it starts on. */
function NewEndpointForm(props: { projectId: string; onCreated: (created: WebhookEndpointWithSecret) => void }) {
  const { t } = useI18n();
  const w = t.webhooks;
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<WebhookEventType[]>([...WEBHOOK_EVENTS]);
  const [enabled, setEnabled] = useState(true);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    // Checked here first so the message is in the viewer's language; the server checks the same rule.
    if (!isAllowedWebhookUrl(url.trim())) return setFieldError(w.urlInvalid);
    setBusy(true);
    setFieldError(null);
    try {
      const created = await call(client.projects[':projectId'].webhooks.$post({ param: { projectId: props.projectId }, json: { url: url.trim(), eventTypes: types, enabled } }));
      setUrl('');
      props.onCreated(created);
    } catch (failure) {
      setFieldError(failure instanceof ApiFailure ? failure.message : (failure as Error).message);
    }
    setBusy(false);
  };
  const toggleType = (type: WebhookEventType, on: boolean) => setTypes((current) => WEBHOOK_EVENTS.filter((t2) => (t2 === type ? on : current.includes(t2))));

  return (
    <form class="card form" onSubmit={submit} aria-labelledby="webhook-add-title" data-testid="webhook-form">
      <h2 id="webhook-add-title">{w.add}</h2>
      <Field id="webhook-url" label={w.url} hint={w.urlHint} error={fieldError}>
        <input id="webhook-url" name="url" type="url" required placeholder="https://hooks.example.com/shirube" value={url} onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
      </Field>
      <fieldset class="webhook-events">
        <legend>{w.events}</legend>
        {WEBHOOK_EVENTS.map((type) => (
          <label class="check">
            <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggleType(type, (e.target as HTMLInputElement).checked)} />
            <span>
              {w.eventNames[type]} <code class="mono event-code">{type}</code>
              <span class="hint">{w.eventHints[type]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled((e.target as HTMLInputElement).checked)} />
        <span>{w.startEnabled}</span>
      </label>
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={types.length === 0}>
          {w.addButton}
        </Button>
      </div>
    </form>
  );
}
