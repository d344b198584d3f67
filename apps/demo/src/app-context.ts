import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, Translate } from './i18n.js';
import type { Report } from './reports/report.js';
import type { HistoryRouter } from './router.js';
import type { DemoUser } from './session.js';

/** Everything pages share: language, user, reports, navigation and toasts. */
export interface AppContextValue {
  lang: Lang;
  t: Translate;
  setLang(lang: Lang): void;
  user: DemoUser | null;
  signIn(email: string): void;
  signOut(): void;
  updateUser(changes: Partial<Pick<DemoUser, 'name'>>): void;
  reports: Report[];
  /** Replaces the report list and persists it. */
  setReports(update: (reports: Report[]) => Report[]): void;
  router: HistoryRouter;
  navigate(to: string, options?: { replace?: boolean }): void;
  toast(message: string): void;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; only valid below <App>. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp() used outside <App>');
  return value;
}
