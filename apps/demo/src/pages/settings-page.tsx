import { useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { asLang, LANGS } from '../i18n.js';
import { APPROVER } from '../reports/store.js';

const NOTIFY_KEY = 'demo:notifications';
const NOTIFICATIONS = ['approvals', 'status', 'weekly'] as const;
type Notification = (typeof NOTIFICATIONS)[number];

function loadNotifications(): Record<Notification, boolean> {
  const defaults = { approvals: true, status: true, weekly: false };
  try {
    return { ...defaults, ...(JSON.parse(localStorage.getItem(NOTIFY_KEY) ?? '{}') as Partial<Record<Notification, boolean>>) };
  } catch {
    return defaults;
  }
}

/** Profile, language, notification toggles and read-only company details. */
export function SettingsPage() {
  const { t, lang, setLang, user, updateUser, toast } = useApp();
  const [name, setName] = useState(user?.name ?? '');
  const [notify, setNotify] = useState(loadNotifications);

  const toggle = (key: Notification) => {
    const next = { ...notify, [key]: !notify[key] };
    setNotify(next);
    try {
      localStorage.setItem(NOTIFY_KEY, JSON.stringify(next));
    } catch {
      // Preferences then last until reload.
    }
  };

  return (
    <div class={cx('page page-narrow')}>
      <div class={cx('page-header')}>
        <div>
          <h1>{t('settings.title')}</h1>
          <p class={cx('page-subtitle')}>{t('settings.subtitle')}</p>
        </div>
      </div>

      <section class={cx('card settings-section')} aria-labelledby="profile-heading">
        <div class={cx('settings-intro')}>
          <h2 id="profile-heading">{t('settings.profile')}</h2>
          <p class={cx('muted')}>{t('settings.profileHint')}</p>
        </div>
        <form
          class={cx('form settings-body')}
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) updateUser({ name: name.trim() });
            toast(t('toast.saved'));
          }}
        >
          <div class={cx('field')}>
            <label for="settings-name">{t('settings.name')}</label>
            <input id="settings-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} data-testid="settings-name" />
          </div>
          <div class={cx('field')}>
            <label for="settings-email">{t('settings.email')}</label>
            <input id="settings-email" type="email" value={user?.id ?? ''} readOnly />
          </div>
          <div class={cx('field')}>
            <label for="settings-role">{t('settings.role')}</label>
            <input id="settings-role" type="text" value={t('settings.roleAdmin')} readOnly />
          </div>
          <div class={cx('form-actions')}>
            <button type="submit" class={cx('button button-primary')} data-testid="settings-save">
              {t('settings.save')}
            </button>
          </div>
        </form>
      </section>

      <section class={cx('card settings-section')} aria-labelledby="language-heading">
        <div class={cx('settings-intro')}>
          <h2 id="language-heading">{t('settings.language')}</h2>
          <p class={cx('muted')}>{t('settings.languageHint')}</p>
        </div>
        <div class={cx('settings-body')}>
          <div class={cx('field')}>
            <label for="settings-language">{t('settings.languageLabel')}</label>
            <select id="settings-language" value={lang} onChange={(e) => setLang(asLang(e.currentTarget.value))} data-testid="language-select">
              {LANGS.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t(`lang.${option}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </section>

      <section class={cx('card settings-section')} aria-labelledby="notifications-heading">
        <div class={cx('settings-intro')}>
          <h2 id="notifications-heading">{t('settings.notifications')}</h2>
          <p class={cx('muted')}>{t('settings.notificationsHint')}</p>
        </div>
        <div class={cx('settings-body toggles')}>
          {NOTIFICATIONS.map((key) => (
            <div class={cx('toggle-row')} key={key}>
              <div>
                <label for={`notify-${key}`} class={cx('toggle-label')}>
                  {t(`notify.${key}`)}
                </label>
                <p class={cx('hint')} id={`notify-${key}-hint`}>
                  {t(`notify.${key}Hint`)}
                </p>
              </div>
              <input
                id={`notify-${key}`}
                type="checkbox"
                role="switch"
                class={cx('switch')}
                checked={notify[key]}
                aria-describedby={`notify-${key}-hint`}
                onChange={() => toggle(key)}
                data-testid={`notify-${key}`}
              />
            </div>
          ))}
        </div>
      </section>

      <section class={cx('card settings-section')} aria-labelledby="company-heading">
        <div class={cx('settings-intro')}>
          <h2 id="company-heading">{t('settings.company')}</h2>
          <p class={cx('muted')}>{t('settings.companyHint')}</p>
        </div>
        <dl class={cx('details settings-body')}>
          <div>
            <dt>{t('company.name')}</dt>
            <dd>{user?.accountName}</dd>
          </div>
          <div>
            <dt>{t('company.plan')}</dt>
            <dd>{t('company.planValue')}</dd>
          </div>
          <div>
            <dt>{t('company.fiscalYear')}</dt>
            <dd>{t('company.fiscalYearValue')}</dd>
          </div>
          <div>
            <dt>{t('company.currency')}</dt>
            <dd>{t('company.currencyValue')}</dd>
          </div>
          <div>
            <dt>{t('company.approver')}</dt>
            <dd>{APPROVER}</dd>
          </div>
          <div>
            <dt>{t('company.invoice')}</dt>
            <dd class={cx('mono')}>T4010401234567</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
