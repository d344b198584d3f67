import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context.js';
import type { MessageKey } from '../i18n.js';
import { HelpIcon, HomeIcon, Logo, ReportsIcon, SettingsIcon } from './icons.js';
import { LanguageSwitch } from './language-switch.js';
import { UserMenu } from './user-menu.js';

const NAV = [
  { href: '/', key: 'nav.dashboard', testId: 'nav-dashboard', Icon: HomeIcon, active: (path: string) => path === '/' },
  { href: '/reports', key: 'nav.reports', testId: 'nav-reports', Icon: ReportsIcon, active: (path: string) => path.startsWith('/reports') },
  { href: '/settings', key: 'nav.settings', testId: 'nav-settings', Icon: SettingsIcon, active: (path: string) => path.startsWith('/settings') },
] satisfies readonly { key: MessageKey; href: string; testId: string; Icon: unknown; active(path: string): boolean }[];

/** The signed-in frame: sidebar navigation, top bar with the page title, and the main landmark. */
export function Shell({ path, title, children }: { path: string; title: string; children: ComponentChildren }) {
  const { t, user } = useApp();
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <aside class="sidebar">
        <a class="brand" href="/" aria-label="Keihi">
          <Logo />
          <span class="brand-name">Keihi</span>
        </a>
        <div class="workspace">
          <span class="workspace-mark" aria-hidden="true">
            A
          </span>
          <span class="workspace-text">
            <span class="workspace-name">{user?.accountName}</span>
            <span class="workspace-plan">{t('nav.plan')}</span>
          </span>
        </div>
        <nav class="nav" aria-label={t('nav.main')}>
          {NAV.map(({ href, key, testId, Icon, active }) => {
            const current = active(path);
            return (
              <a key={href} href={href} class={current ? 'nav-link active' : 'nav-link'} aria-current={current ? 'page' : undefined} data-testid={testId}>
                <Icon size={18} />
                <span>{t(key)}</span>
              </a>
            );
          })}
        </nav>
        <div class="sidebar-footer">
          <a class="nav-link subtle" href="https://keihi.example/help" target="_blank" rel="noreferrer">
            <HelpIcon size={18} />
            <span>{t('nav.help')}</span>
          </a>
        </div>
      </aside>
      <div class="frame">
        <header class="topbar">
          <span class="topbar-title">{title}</span>
          <div class="topbar-actions">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </header>
        <main id="main" class="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
