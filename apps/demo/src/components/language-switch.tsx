import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { LANGS } from '../i18n.js';

/** English / 日本語 as a segmented control; each option names itself in its own language. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useApp();
  return (
    <div class={cx('segmented')} role="group" aria-label={t('topbar.language')} data-testid="language-switch">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          data-lang={option}
          onClick={() => setLang(option)}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </div>
  );
}
