import type { ConsoleProject, ConsoleUser } from '@shirube/server/types';
import type { ComponentChildren } from 'preact';
import { lastDays } from '../analytics/date-range.js';
import { useI18n } from '../i18n/i18n.js';
import { LanguageSwitch } from './language-switch.js';
import { DEFAULT_ACCOUNTS_QUERY, DEFAULT_AUDIT_QUERY, go, href, type Route } from '../route.js';

/** The frame around every page: the project switcher, the sections, who is signed in. */
export function Shell(props: { user: ConsoleUser; projects: ConsoleProject[]; project: ConsoleProject | null; route: Route; onSignOut: () => void; children: ComponentChildren }) {
  const { user, project, route } = props;
  const { t } = useI18n();
  const current = (page: Route['page']) => (route.page === page || (page === 'guides' && (route.page === 'guide' || route.page === 'guide-analytics')) ? 'page' : undefined);
  return (
    <div class="shell">
      <aside class="sidebar">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            道
          </span>
          Shirube
        </div>
        {props.projects.length > 0 && (
          <label class="project-switch">
            <span>{t.shell.project}</span>
            <select
              aria-label={t.shell.project}
              value={project?.id ?? ''}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                if (value === '+') go({ page: 'new-project' });
                else go({ page: 'guides', projectId: value });
              }}
            >
              {props.projects.map((p) => (
                <option value={p.id}>{p.name}</option>
              ))}
              {user.role === 'owner' && <option value="+">{t.shell.newProject}</option>}
            </select>
          </label>
        )}
        <nav aria-label={t.shell.sections}>
          {project && (
            <>
              <a href={href({ page: 'guides', projectId: project.id })} aria-current={current('guides')}>
                {t.shell.guides}
              </a>
              <a href={href({ page: 'stuck', projectId: project.id })} aria-current={current('stuck')}>
                {t.shell.stuck}
              </a>
              <a href={href({ page: 'accounts', projectId: project.id, query: DEFAULT_ACCOUNTS_QUERY })} aria-current={current('accounts')}>
                {t.shell.accounts}
              </a>
              <a href={href({ page: 'segments', projectId: project.id })} aria-current={current('segments')}>
                {t.segments.nav}
              </a>
              <a href={href({ page: 'help-searches', projectId: project.id, query: lastDays(30) })} aria-current={current('help-searches')}>
                {t.helpSearches.nav}
              </a>
              <a href={href({ page: 'settings', projectId: project.id })} aria-current={current('settings')}>
                {t.shell.settings}
              </a>
              {user.role === 'owner' && (
                <a href={href({ page: 'webhooks', projectId: project.id })} aria-current={current('webhooks')}>
                  {t.webhooks.nav}
                </a>
              )}
              {user.role === 'owner' && (
                <a href={href({ page: 'audit', projectId: project.id, query: DEFAULT_AUDIT_QUERY })} aria-current={current('audit')}>
                  {t.audit.nav}
                </a>
              )}
            </>
          )}
          {user.role === 'owner' && (
            <a href={href({ page: 'members' })} aria-current={current('members')}>
              {t.shell.members}
            </a>
          )}
        </nav>
        <div class="me">
          <div class="me-name">{user.name}</div>
          <div class="me-meta">
            {user.email} · {t.audit.roles[user.role]}
          </div>
          <a class="link-button" href={href({ page: 'api-tokens' })} aria-current={current('api-tokens')}>
            {t.apiTokens.nav}
          </a>
          <button type="button" class="link-button" onClick={props.onSignOut}>
            {t.shell.signOut}
          </button>
          <LanguageSwitch />
        </div>
      </aside>
      <main class="content">{props.children}</main>
    </div>
  );
}
