import type { ComponentChildren, JSX } from 'preact';
import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import type { MessageKey } from '../i18n.js';
import { RELEASE } from '../release.js';
import { CheckIcon, HelpIcon, HomeIcon, Logo, ReportsIcon, SettingsIcon } from './icons.js';
import { LanguageSwitch } from './language-switch.js';
import { UserMenu } from './user-menu.js';

interface NavItem {
  key: MessageKey;
  href: string;
  testId: string;
  Icon: (props: { size?: number }) => JSX.Element;
  active(path: string): boolean;
}

const DASHBOARD = { href: '/', key: 'nav.dashboard', Icon: HomeIcon, active: (path: string) => path === '/' } as const;
const REPORTS = { href: '/reports', key: 'nav.reports', Icon: ReportsIcon, active: (path: string) => path.startsWith('/reports') } as const;
const SETTINGS = { href: '/settings', key: 'nav.settings', Icon: SettingsIcon, active: (path: string) => path.startsWith('/settings') } as const;
const APPROVALS = { href: '/approvals', key: 'nav.approvals', Icon: CheckIcon, active: (path: string) => path.startsWith('/approvals') } as const;

/**
 * The main menu and the items above Help. Release 2 inserts Approvals before Reports, moves
 * Settings down next to Help, and its test refactor renamed `nav-*` test ids to `sidebar-*`.
 */
const MENU: { main: NavItem[]; footer: NavItem[] } =
  RELEASE === 2
    ? {
        main: [
          { ...DASHBOARD, testId: 'sidebar-dashboard' },
          { ...APPROVALS, testId: 'sidebar-approvals' },
          { ...REPORTS, testId: 'sidebar-reports' },
        ],
        footer: [{ ...SETTINGS, testId: 'sidebar-settings' }],
      }
    : {
        main: [
          { ...DASHBOARD, testId: 'nav-dashboard' },
          { ...REPORTS, testId: 'nav-reports' },
          { ...SETTINGS, testId: 'nav-settings' },
        ],
        footer: [],
      };

function NavLink({ item, path }: { item: NavItem; path: string }) {
  const { t } = useApp();
  const current = item.active(path);
  return (
    <a href={item.href} class={cx('nav-link', current && 'active')} aria-current={current ? 'page' : undefined} data-testid={item.testId}>
      <item.Icon size={18} />
      <span>{t(item.key)}</span>
    </a>
  );
}

/** The signed-in frame: sidebar navigation, top bar with the page title, and the main landmark. */
export function Shell({ path, title, children }: { path: string; title: string; children: ComponentChildren }) {
  const { t, user } = useApp();
  return (
    <div class={cx('shell')}>
      <a class={cx('skip-link')} href="#main">
        {t('app.skip')}
      </a>
      <aside class={cx('sidebar')}>
        <a class={cx('brand')} href="/" aria-label="Keihi">
          <Logo />
          <span class={cx('brand-name')}>Keihi</span>
        </a>
        <div class={cx('workspace')}>
          <span class={cx('workspace-mark')} aria-hidden="true">
            A
          </span>
          <span class={cx('workspace-text')}>
            <span class={cx('workspace-name')}>{user?.accountName}</span>
            <span class={cx('workspace-plan')}>{t('nav.plan')}</span>
          </span>
        </div>
        <nav class={cx('nav')} aria-label={t('nav.main')}>
          {MENU.main.map((item) => (
            <NavLink key={item.href} item={item} path={path} />
          ))}
        </nav>
        <div class={cx('sidebar-footer')}>
          {MENU.footer.map((item) => (
            <NavLink key={item.href} item={item} path={path} />
          ))}
          <a class={cx('nav-link subtle')} href="https://keihi.example/help" target="_blank" rel="noreferrer">
            <HelpIcon size={18} />
            <span>{t('nav.help')}</span>
          </a>
        </div>
      </aside>
      <div class={cx('frame')}>
        <header class={cx('topbar')}>
          <span class={cx('topbar-title')}>{title}</span>
          <div class={cx('topbar-actions')}>
            <LanguageSwitch />
            <UserMenu />
          </div>
        </header>
        <main id="main" class={cx('main')} tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
