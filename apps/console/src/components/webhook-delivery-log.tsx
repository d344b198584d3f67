import type { DeliveryStatus, WebhookDelivery, WebhookDeliveryPage, WebhookEndpoint } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api.js';
import { DataState } from '../analytics/data-state.js';
import { useLoad } from '../analytics/use-load.js';
import { dateTime, relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';
import { Pager } from './pager.js';
import { Badge, Button, Empty, ErrorNote, HeadRow } from './ui.js';

/** Deliveries per page of the log. */
export const DELIVERY_PAGE_SIZE = 25;
/** While deliveries wait, the log reads itself again this often… */
const REFRESH_MS = 3_000;
/** …and otherwise this often, so new deliveries show up without a click. */
const IDLE_REFRESH_MS = 15_000;

const STATUSES: readonly DeliveryStatus[] = ['pending', 'retrying', 'succeeded', 'failed'];
const TONE: Record<DeliveryStatus, 'green' | 'gray' | 'amber' | 'red'> = { pending: 'gray', retrying: 'amber', succeeded: 'green', failed: 'red' };

/** A response time as people read it in logs: "182 ms", "1,204 ミリ秒". */
const milliseconds = (ms: number, locale: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }).format(ms);

/** A time to the second, with the date only when it is not today: retries are often seconds apart. */
function clockTime(iso: string, locale: string): string {
  const at = new Date(iso);
  const today = at.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(locale, { ...(!today && { month: 'short', day: 'numeric' }), hour: 'numeric', minute: '2-digit', second: '2-digit' }).format(at);
}

/** One endpoint's recent deliveries: filter by status, send a test event, retry one now. */
export function WebhookDeliveryLog(props: { projectId: string; endpoint: WebhookEndpoint; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const w = t.webhooks;
  const param = { projectId: props.projectId, id: props.endpoint.id };
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [page, setPage] = useState(0);
  const [version, setVersion] = useState(0);
  // A key, not the words: a note stays in the language the viewer switches to.
  const [note, setNote] = useState<'testQueued' | 'retried' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const log = useLoad(
    (): Promise<WebhookDeliveryPage> =>
      call(
        client.projects[':projectId'].webhooks[':id'].deliveries.$get({
          param,
          query: { ...(status && { status }), limit: String(DELIVERY_PAGE_SIZE), offset: String(page * DELIVERY_PAGE_SIZE) },
        }),
      ),
    `${props.endpoint.id}:${status}:${page}:${version}`,
  );
  const refresh = () => setVersion((n) => n + 1);
  const waiting = log.data?.deliveries.some((d) => d.status === 'pending' || d.status === 'retrying') ?? false;
  useEffect(() => {
    const timer = setTimeout(refresh, waiting ? REFRESH_MS : IDLE_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [waiting, log.data, log.error]);

  const act = async (work: () => Promise<unknown>, done: 'testQueued' | 'retried') => {
    setError(null);
    setNote(null);
    try {
      await work();
      setNote(done);
    } catch (failure) {
      setError((failure as Error).message);
    }
    refresh();
    props.onChanged();
  };
  const sendTest = () => act(() => call(client.projects[':projectId'].webhooks[':id'].test.$post({ param })), 'testQueued');
  const retry = (delivery: WebhookDelivery) =>
    act(() => call(client.projects[':projectId'].webhooks[':id'].deliveries[':deliveryId'].retry.$post({ param: { ...param, deliveryId: delivery.id } })), 'retried');

  return (
    <section class="card webhook-log" aria-labelledby="webhook-log-title" data-testid="webhook-log">
      <div class="toolbar">
        <h2 id="webhook-log-title" class="webhook-log-title">
          {w.logTitle(props.endpoint.url)}
        </h2>
        <span class="spacer" />
        <label class="inline-label filter-inline">
          <span>{w.filterStatus}</span>
          <select data-testid="webhook-status" value={status} onChange={(e) => (setStatus((e.target as HTMLSelectElement).value as DeliveryStatus | ''), setPage(0))}>
            <option value="">{w.allStatuses}</option>
            {STATUSES.map((s) => (
              <option value={s}>{w.statuses[s]}</option>
            ))}
          </select>
        </label>
        <Button class="btn-small" onClick={refresh}>
          {w.refresh}
        </Button>
        <Button class="btn-small" variant="primary" onClick={sendTest}>
          {w.sendTest}
        </Button>
      </div>
      {note && (
        <p class="hint" role="status">
          {w[note]}
        </p>
      )}
      {error && <ErrorNote message={error} />}
      <DataState
        loaded={log}
        loadingLabel={w.loading}
        isEmpty={(data) => data.deliveries.length === 0}
        empty={status ? <Empty title={w.logEmptyFiltered} /> : <Empty title={w.logEmpty}>{w.logEmptyBody}</Empty>}
      >
        {(data) => (
          <>
            <div class="table-scroll">
              <table class="table data-table delivery-table" aria-label={w.logLabel} data-testid="webhook-deliveries">
                <HeadRow labels={[w.created, w.event, w.status, { label: w.attempts, num: true }, w.response, w.nextRetry, w.lastError, '']} />
                <tbody>
                  {data.deliveries.map((d) => (
                    <tr data-testid="webhook-delivery" data-status={d.status} data-type={d.type}>
                      <td class="nowrap">
                        <time dateTime={d.createdAt} title={d.createdAt}>
                          {dateTime(d.createdAt, locale)}
                        </time>
                        <div class="sub">{relativeTime(d.createdAt, Date.now(), locale)}</div>
                      </td>
                      <td>
                        <div class="strong nowrap">{w.eventNames[d.type]}</div>
                        <details class="payload">
                          <summary class="sub">{w.payload}</summary>
                          <pre class="mono">{JSON.stringify(JSON.parse(d.payload), null, 2)}</pre>
                        </details>
                      </td>
                      <td>
                        <Badge tone={TONE[d.status]}>{w.statuses[d.status]}</Badge>
                      </td>
                      <td class="num">{d.attempts}</td>
                      <td class="nowrap">
                        <span class="mono strong">{d.lastStatus ?? w.none}</span>
                        {d.lastDurationMs !== null && <div class="sub">{milliseconds(d.lastDurationMs, locale)}</div>}
                      </td>
                      <td class="nowrap">
                        {d.nextAttemptAt ? (
                          <time dateTime={d.nextAttemptAt} title={dateTime(d.nextAttemptAt, locale)}>
                            {clockTime(d.nextAttemptAt, locale)}
                          </time>
                        ) : (
                          w.none
                        )}
                      </td>
                      <td class="delivery-error">{d.lastError ?? w.none}</td>
                      <td class="actions-cell">
                        {d.status !== 'pending' && (
                          <Button class="btn-small" onClick={() => retry(d)}>
                            {w.retryNow}
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager page={page} pageSize={DELIVERY_PAGE_SIZE} shown={data.deliveries.length} total={data.total} messages={{ ...w, tableLabel: w.logLabel }} onPage={setPage} />
          </>
        )}
      </DataState>
    </section>
  );
}
