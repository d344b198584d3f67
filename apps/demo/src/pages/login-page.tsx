import { useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { LanguageSwitch } from '../components/language-switch.js';
import { Logo } from '../components/icons.js';
import { cx } from '../cx.js';
import { formatAmount } from '../format.js';
import type { MessageKey } from '../i18n.js';

const PREVIEW = [
  { en: 'Shinkansen to Osaka', ja: '大阪出張 新幹線', amount: 29440 },
  { en: 'Client dinner', ja: '取引先との会食', amount: 42900 },
  { en: 'Taxi, Shinagawa', ja: '品川 タクシー代', amount: 3480 },
];

/** Email + password sign-in; the demo accepts any password for a well-formed email. */
export function LoginPage() {
  const { t, lang, signIn } = useApp();
  const [email, setEmail] = useState('aiko@acme.example');
  const [password, setPassword] = useState('demo-password');
  const [errors, setErrors] = useState<{ email?: MessageKey; password?: MessageKey }>({});

  const submit = (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = 'login.emailInvalid';
    if (password === '') next.password = 'login.passwordRequired';
    setErrors(next);
    if (Object.keys(next).length === 0) signIn(email);
  };

  return (
    <div class={cx('login')}>
      <main class={cx('login-panel')} id="main">
        <div class={cx('login-top')}>
          <span class={cx('brand')}>
            <Logo size={32} />
            <span class={cx('brand-name')}>Keihi</span>
          </span>
          <LanguageSwitch />
        </div>
        <div class={cx('login-form-wrap')}>
          <h1>{t('login.title')}</h1>
          <p class={cx('muted')}>{t('login.subtitle')}</p>
          <form class={cx('form')} onSubmit={submit} noValidate data-testid="login-form">
            <div class={cx('field')}>
              <label for="login-email">{t('login.email')}</label>
              <input
                id="login-email"
                name="email"
                type="email"
                autocomplete="username"
                value={email}
                aria-invalid={errors.email ? true : undefined}
                aria-describedby={errors.email ? 'login-email-error' : undefined}
                onInput={(e) => setEmail(e.currentTarget.value)}
                data-testid="login-email"
              />
              {errors.email && (
                <p class={cx('field-error')} id="login-email-error">
                  {t(errors.email)}
                </p>
              )}
            </div>
            <div class={cx('field')}>
              <label for="login-password">{t('login.password')}</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autocomplete="current-password"
                value={password}
                aria-invalid={errors.password ? true : undefined}
                aria-describedby={errors.password ? 'login-password-error' : undefined}
                onInput={(e) => setPassword(e.currentTarget.value)}
                data-testid="login-password"
              />
              {errors.password && (
                <p class={cx('field-error')} id="login-password-error">
                  {t(errors.password)}
                </p>
              )}
            </div>
            <button type="submit" class={cx('button button-primary button-block')} data-testid="login-submit">
              {t('login.submit')}
            </button>
            <p class={cx('hint center')}>{t('login.hint')}</p>
          </form>
        </div>
        <p class={cx('login-legal muted')}>© {new Date().getFullYear()} Keihi</p>
      </main>
      <aside class={cx('login-aside')} aria-hidden="true">
        <div class={cx('login-aside-inner')}>
          <div class={cx('login-preview')}>
            {PREVIEW.map((row) => (
              <div class={cx('preview-row')} key={row.amount}>
                <span>{row[lang]}</span>
                <strong>{formatAmount(row.amount, lang)}</strong>
              </div>
            ))}
          </div>
          <blockquote>
            <p>{t('login.quote')}</p>
            <footer>{t('login.quoteBy')}</footer>
          </blockquote>
        </div>
      </aside>
    </div>
  );
}
