import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { initials } from '../session.js';
import { ChevronDownIcon, SettingsIcon, SignOutIcon } from './icons.js';

/** Avatar button with a small menu: who is signed in, settings, sign out. */
export function UserMenu() {
  const { user, t, signOut } = useApp();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!user) return null;
  return (
    <div class={cx('user-menu')} ref={root}>
      <button
        ref={button}
        type="button"
        class={cx('user-button')}
        aria-expanded={open}
        aria-controls="user-menu-panel"
        data-testid="user-menu"
        onClick={() => setOpen(!open)}
      >
        <span class={cx('avatar')} aria-hidden="true">
          {initials(user.name)}
        </span>
        <span class={cx('user-name')}>{user.name}</span>
        <span class={cx('visually-hidden')}>{t('user.menu')}</span>
        <ChevronDownIcon size={14} />
      </button>
      {open && (
        <div class={cx('menu')} id="user-menu-panel" data-testid="user-menu-panel">
          <div class={cx('menu-header')}>
            <strong>{user.name}</strong>
            <span>{user.id}</span>
            <span class={cx('menu-account')}>{user.accountName}</span>
          </div>
          <a class={cx('menu-item')} href="/settings" onClick={() => setOpen(false)}>
            <SettingsIcon />
            {t('user.settings')}
          </a>
          <button type="button" class={cx('menu-item')} data-testid="sign-out" onClick={signOut}>
            <SignOutIcon />
            {t('user.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}
