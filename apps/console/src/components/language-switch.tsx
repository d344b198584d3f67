import { LANGUAGES, setLanguage, useI18n, type Language } from '../i18n/i18n.js';

/** The console's language, remembered in this browser. */
export function LanguageSwitch() {
  const { t, language } = useI18n();
  return (
    <div class="segmented" role="group" aria-label={t.common.language}>
      {(Object.keys(LANGUAGES) as Language[]).map((code) => (
        <button type="button" lang={code} aria-pressed={code === language} onClick={() => setLanguage(code)}>
          {LANGUAGES[code]}
        </button>
      ))}
    </div>
  );
}
