import type { ConsoleProject, ConsoleUser } from '@shirube/server/types';
import { useEffect, useState } from 'preact/hooks';
import { call, client, setCsrfToken, whenSignedOut } from './api.js';
import { Shell } from './components/shell.js';
import { ErrorNote, Loading } from './components/ui.js';
import { AccountsPage } from './pages/accounts-page.js';
import { ApiTokensPage } from './pages/api-tokens-page.js';
import { AuditLogPage } from './pages/audit-log-page.js';
import { WebhooksPage } from './pages/webhooks-page.js';
import { GuideAnalyticsPage } from './pages/guide-analytics-page.js';
import { GuideEditorPage } from './pages/guide-editor-page.js';
import { GuidesPage } from './pages/guides-page.js';
import { MembersPage } from './pages/members-page.js';
import { NewProjectPage } from './pages/new-project-page.js';
import { ProjectSettingsPage } from './pages/project-settings-page.js';
import { SegmentsPage } from './pages/segments-page.js';
import { SignInPage } from './pages/sign-in-page.js';
import { StuckPointsPage } from './pages/stuck-points-page.js';
import { HelpSearchesPage } from './pages/help-searches-page.js';
import { go, useRoute } from './route.js';
import { useI18n } from './i18n/i18n.js';

type Session = { state: 'loading' } | { state: 'error'; message: string } | { state: 'setup' } | { state: 'signed-out' } | { state: 'in'; user: ConsoleUser };

/** The console: who is signed in, their projects, and the page the hash names. */
export function App() {
  const { t, language } = useI18n();
  // Screen readers and the browser's hyphenation and fonts follow the console's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [projects, setProjects] = useState<ConsoleProject[] | null>(null);
  const route = useRoute();

  const signedIn = (user: ConsoleUser, csrfToken: string) => {
    setCsrfToken(csrfToken);
    setSession({ state: 'in', user });
  };

  const load = async () => {
    setSession({ state: 'loading' });
    try {
      const me = await call(client.session.$get()).catch((error: { status?: number }) => (error.status === 401 ? null : Promise.reject(error)));
      if (me) return signedIn(me.user, me.csrfToken);
      const { needed } = await call(client.setup.$get());
      setSession({ state: needed ? 'setup' : 'signed-out' });
    } catch (error) {
      setSession({ state: 'error', message: (error as Error).message });
    }
  };

  const reloadProjects = async () => setProjects((await call(client.projects.$get())).projects);

  useEffect(() => {
    whenSignedOut(() => setSession({ state: 'signed-out' }));
    void load();
  }, []);
  useEffect(() => {
    if (session.state === 'in') reloadProjects().catch(() => setProjects([]));
  }, [session.state]);

  // Home goes to the first project's guides, or to creating one.
  useEffect(() => {
    if (session.state === 'in' && projects && route.page === 'home') {
      if (projects[0]) go({ page: 'guides', projectId: projects[0].id });
      else if (session.user.role === 'owner') go({ page: 'new-project' });
    }
  }, [session.state, projects, route.page]);

  if (session.state === 'loading') return <Loading label={t.app.loading} />;
  if (session.state === 'error') return <ErrorNote message={session.message} onRetry={load} />;
  if (session.state === 'setup' || session.state === 'signed-out') {
    return <SignInPage firstRun={session.state === 'setup'} onSignedIn={signedIn} />;
  }
  const { user } = session;
  const signOut = async () => {
    await call(client.session.$delete()).catch(() => undefined);
    setSession({ state: 'signed-out' });
    setProjects(null);
    location.hash = '#/';
  };
  const projectId = 'projectId' in route ? route.projectId : projects?.[0]?.id;
  const project = projects?.find((p) => p.id === projectId) ?? null;
  return (
    <Shell user={user} projects={projects ?? []} project={project} route={route} onSignOut={signOut}>
      {!projects ? (
        <Loading label={t.app.loadingProjects} />
      ) : route.page === 'new-project' ? (
        <NewProjectPage onCreated={async (p) => (await reloadProjects(), go({ page: 'settings', projectId: p.id }))} />
      ) : route.page === 'members' ? (
        <MembersPage me={user} />
      ) : route.page === 'api-tokens' ? (
        <ApiTokensPage project={project} />
      ) : !project ? (
        <ErrorNote message={projects.length ? t.app.noSuchProject : t.app.noProjects} />
      ) : route.page === 'settings' ? (
        <ProjectSettingsPage project={project} me={user} onChanged={reloadProjects} />
      ) : route.page === 'guide' ? (
        <GuideEditorPage project={project} guideId={route.guideId} me={user} {...(route.step ? { step: route.step } : {})} />
      ) : route.page === 'guide-analytics' ? (
        <GuideAnalyticsPage project={project} guideId={route.guideId} query={route.query} />
      ) : route.page === 'stuck' ? (
        <StuckPointsPage project={project} />
      ) : route.page === 'help-searches' ? (
        <HelpSearchesPage project={project} query={route.query} />
      ) : route.page === 'accounts' ? (
        <AccountsPage project={project} query={route.query} />
      ) : route.page === 'segments' ? (
        <SegmentsPage project={project} me={user} />
      ) : route.page === 'audit' ? (
        <AuditLogPage project={project} query={route.query} />
      ) : route.page === 'webhooks' ? (
        <WebhooksPage project={project} me={user} />
      ) : (
        <GuidesPage project={project} me={user} />
      )}
    </Shell>
  );
}
