import type { ApiTokenSummary, ConsoleProject } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, call, client } from '../api.js';
import { ActionsHeader, Badge, Button, Confirm, CopyButton, Empty, ErrorNote, Field, Loading } from '../components/ui.js';
import { dateTime, relativeTime } from '../format.js';
import { useI18n } from '../i18n/i18n.js';

const EXPIRIES = ['30', '90', '365', 'never'] as const;

/** A curl call listing guides with a token, as a script would make it. */
export function tokenExample(origin: string, projectId: string, token = '$SHIRUBE_TOKEN'): string {
  return `curl ${origin}/api/v1/guides \\\n  -H "Authorization: Bearer ${token}" \\\n  -H "Shirube-Project: ${projectId}"`;
}

/** The signed-in member's personal API tokens: create (shown once), list, revoke. */
export function ApiTokensPage(props: { project: ConsoleProject | null }) {
  const { t, locale } = useI18n();
  const [tokens, setTokens] = useState<ApiTokenSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenSummary | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a request, showing its failure (the server's message names the field) instead of throwing. */
  const attempt = async (request: () => Promise<unknown>) => {
    setError(null);
    await request().catch((failure: ApiFailure) => setError(failure.message));
  };
  const load = () => attempt(async () => setTokens((await call(client['api-tokens'].$get())).apiTokens));
  useEffect(() => void load(), []);

  const create = async (event: Event) => {
    event.preventDefault();
    const formElement = event.target as HTMLFormElement;
    const form = new FormData(formElement);
    const expiry = String(form.get('expiry'));
    const json = { name: String(form.get('name')), expiresInDays: expiry === 'never' ? null : Number(expiry) };
    setBusy(true);
    await attempt(async () => {
      const answer = await call(client['api-tokens'].$post({ json }));
      setCreated({ name: answer.apiToken.name, token: answer.token });
      // Only the name: the next token likely wants the same lifetime.
      (formElement.elements.namedItem('name') as HTMLInputElement).value = '';
      await load();
    });
    setBusy(false);
  };
  const revoke = async (token: ApiTokenSummary) => {
    setRevoking(null);
    await attempt(() => call(client['api-tokens'][':id'].$delete({ param: { id: token.id } })));
    await load();
  };

  const projectId = props.project?.id ?? '<project id>';
  const expired = (token: ApiTokenSummary) => token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now();
  return (
    <section class="page api-tokens">
      <header class="page-head">
        <h1>{t.apiTokens.title}</h1>
        <p class="muted">{t.apiTokens.subtitle}</p>
      </header>
      {error && <ErrorNote message={error} />}
      {created && (
        <div class="notice token-reveal" role="status">
          <strong>{t.apiTokens.createdTitle(created.name)}</strong>
          <p class="sub">{t.apiTokens.createdBody}</p>
          <div class="token-value">
            <code data-testid="new-api-token">{created.token}</code>
            <CopyButton text={created.token} label={t.apiTokens.copy} copiedLabel={t.apiTokens.copied} />
          </div>
          <pre class="snippet">{tokenExample(location.origin, projectId, created.token)}</pre>
          <Button variant="ghost" onClick={() => setCreated(null)}>
            {t.apiTokens.done}
          </Button>
        </div>
      )}
      <form class="card form" onSubmit={create} aria-labelledby="token-create-title">
        <h2 id="token-create-title">{t.apiTokens.createTitle}</h2>
        <div class="token-form-row">
          <Field id="token-name" label={t.apiTokens.name} hint={t.apiTokens.nameHint}>
            <input id="token-name" name="name" required maxLength={100} autoComplete="off" />
          </Field>
          <Field id="token-expiry" label={t.apiTokens.expiry}>
            <select id="token-expiry" name="expiry">
              {EXPIRIES.map((days) => (
                <option value={days} selected={days === '90'}>
                  {t.apiTokens.expiries[days]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="form-actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t.apiTokens.create}
          </Button>
        </div>
      </form>
      {!tokens ? (
        <Loading label={t.apiTokens.loading} />
      ) : tokens.length === 0 ? (
        <Empty title={t.apiTokens.emptyTitle}>{t.apiTokens.emptyBody}</Empty>
      ) : (
        <div class="card table-card">
          <table class="table" aria-label={t.apiTokens.tableLabel}>
            <thead>
              <tr>
                <th>{t.apiTokens.name}</th>
                <th>{t.apiTokens.created}</th>
                <th>{t.apiTokens.lastUsed}</th>
                <th>{t.apiTokens.expires}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr>
                  <td class="strong">{token.name}</td>
                  <td title={dateTime(token.createdAt, locale)}>{relativeTime(token.createdAt, Date.now(), locale)}</td>
                  <td>{token.lastUsedAt ? <span title={dateTime(token.lastUsedAt, locale)}>{relativeTime(token.lastUsedAt, Date.now(), locale)}</span> : <span class="muted">{t.apiTokens.neverUsed}</span>}</td>
                  <td>{expired(token) ? <Badge tone="red">{t.apiTokens.expired}</Badge> : token.expiresAt ? dateTime(token.expiresAt, locale) : <span class="muted">{t.apiTokens.never}</span>}</td>
                  <td class="actions-cell">
                    <Button variant="ghost" onClick={() => setRevoking(token)} aria-label={`${t.apiTokens.revoke}: ${token.name}`}>
                      {t.apiTokens.revoke}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="card">
        <h2>{t.apiTokens.usageTitle}</h2>
        <p class="muted">{t.apiTokens.usageBody(props.project?.name ?? projectId)}</p>
        <pre class="snippet">{tokenExample(location.origin, projectId)}</pre>
        <div class="token-usage-actions">
          <CopyButton text={tokenExample(location.origin, projectId)} label={t.apiTokens.copyExample} copiedLabel={t.apiTokens.copied} />
          <a href="/api/docs" target="_blank" rel="noopener">
            {t.apiTokens.reference} ↗
          </a>
        </div>
      </div>
      {revoking && (
        <Confirm title={t.apiTokens.revokeTitle(revoking.name)} confirmLabel={t.apiTokens.revoke} danger onConfirm={() => revoke(revoking)} onCancel={() => setRevoking(null)}>
          {t.apiTokens.revokeBody}
        </Confirm>
      )}
    </section>
  );
}
