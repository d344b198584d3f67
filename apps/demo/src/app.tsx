import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { AppContext, type AppContextValue } from './app-context.js';
import { Shell } from './components/shell.js';
import { Toast } from './components/toast.js';
import { asLang, translate, type Lang, type MessageKey } from './i18n.js';
import { ApprovalsPage } from './pages/approvals-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { LoginPage } from './pages/login-page.js';
import { NewReportPage } from './pages/new-report-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ReportDetailPage } from './pages/report-detail-page.js';
import { ReportsPage } from './pages/reports-page.js';
import { SettingsPage } from './pages/settings-page.js';
import type { Report } from './reports/report.js';
import { loadReports, saveReports } from './reports/store.js';
import { RELEASE } from './release.js';
import { matchRoutes, type HistoryRouter, type Params } from './router.js';
import { loadUser, saveUser, userFromEmail, type DemoUser } from './session.js';
import { identifyWithShirube, resetShirube } from './shirube.js';

interface Route {
  path: string;
  title: MessageKey;
  public?: boolean;
  render(params: Params): JSX.Element;
}

/** Specific paths before patterns: /reports/new must win over /reports/:id. */
const ROUTES: Route[] = [
  { path: '/login', title: 'login.submit', public: true, render: () => <LoginPage /> },
  { path: '/', title: 'dashboard.title', render: () => <DashboardPage /> },
  { path: '/reports', title: 'reports.title', render: () => <ReportsPage /> },
  { path: '/reports/new', title: 'newReport.title', render: () => <NewReportPage /> },
  { path: '/reports/:id', title: 'reports.title', render: ({ id }) => <ReportDetailPage id={id ?? ''} key={id} /> },
  { path: '/settings', title: 'settings.title', render: () => <SettingsPage /> },
  ...(RELEASE === 2 ? [{ path: '/approvals', title: 'approvals.title', render: () => <ApprovalsPage /> } satisfies Route] : []),
];

const LANG_KEY = 'demo:lang';

function loadLang(): Lang {
  try {
    return asLang(localStorage.getItem(LANG_KEY));
  } catch {
    return 'en';
  }
}

/** A same-origin path to return to after sign-in, never another site. */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

/** The Keihi app: session, language, reports and routing. */
export function App({ router }: { router: HistoryRouter }) {
  const [path, setPath] = useState(router.path());
  const [lang, setLangState] = useState<Lang>(loadLang);
  const [user, setUser] = useState<DemoUser | null>(() => loadUser());
  const [reports, setReportsState] = useState<Report[]>(() => loadReports());
  const [toast, setToast] = useState<{ message: string; id: number } | null>(null);

  useEffect(
    () =>
      router.subscribe(() => {
        setPath(router.path());
        window.scrollTo(0, 0);
      }),
    [router],
  );

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => (user ? identifyWithShirube(user) : undefined), [user]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(timer);
  }, [toast]);

  const value = useMemo<AppContextValue>(
    () => ({
      lang,
      t: (key, vars) => translate(lang, key, vars),
      setLang(next) {
        setLangState(next);
        try {
          localStorage.setItem(LANG_KEY, next);
        } catch {
          // The choice then lasts until reload.
        }
      },
      user,
      signIn(email) {
        const signedIn = userFromEmail(email);
        saveUser(signedIn);
        setUser(signedIn);
        router.navigate(safeNext(router.query().get('next')), { replace: true });
      },
      signOut() {
        resetShirube();
        saveUser(null);
        setUser(null);
        router.navigate('/login');
      },
      updateUser(changes) {
        if (!user) return;
        const updated = { ...user, ...changes };
        saveUser(updated);
        setUser(updated);
      },
      reports,
      setReports(update) {
        setReportsState((current) => {
          const next = update(current);
          saveReports(next);
          return next;
        });
      },
      router,
      navigate: router.navigate,
      toast: (message) => setToast({ message, id: Date.now() }),
    }),
    [lang, user, reports, router],
  );

  const matched = matchRoutes(ROUTES, path);
  const redirect = !matched?.route.public && !user ? `/login${path === '/' ? '' : `?next=${encodeURIComponent(path)}`}` : matched?.route.public && user ? '/' : null;

  useEffect(() => {
    if (redirect) router.navigate(redirect, { replace: true });
  }, [redirect, router]);

  const title = matched ? translate(lang, matched.route.title) : translate(lang, 'notFound.title');
  useEffect(() => {
    document.title = `${title} · Keihi`;
  }, [title]);

  let page: JSX.Element | null;
  if (redirect) page = null;
  else if (!matched) page = <Shell path={path} title={title}><NotFoundPage /></Shell>;
  else if (matched.route.public) page = matched.route.render(matched.params);
  else page = <Shell path={path} title={title}>{matched.route.render(matched.params)}</Shell>;

  return (
    <AppContext.Provider value={value}>
      {page}
      <Toast key={toast?.id} message={toast?.message ?? null} onDismiss={() => setToast(null)} />
    </AppContext.Provider>
  );
}
