import type { Translations } from '@shirube/schema';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.js';
import { languageName, OFFERED_LOCALES } from '../translation-draft.js';
import { Button, Confirm } from './ui.js';

/**
 * The language of the guide content being edited: the default (original) and each translation as a
 * tab, each translation with how much is left to translate; adds and removes translations.
 */
export function TranslationBar(props: {
  defaultLocale: string;
  translations: Translations;
  /** Null while editing the original. */
  active: string | null;
  /** Untranslated strings per translation locale. */
  missing: (locale: string) => number;
  editable: boolean;
  onActive: (locale: string | null) => void;
  onAdd: (locale: string) => void;
  onRemove: (locale: string) => void;
  onDefaultLocale: (locale: string) => void;
}) {
  const { t } = useI18n();
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const locales = Object.keys(props.translations);
  const addable = OFFERED_LOCALES.filter((tag) => tag !== props.defaultLocale && !locales.includes(tag));
  const tab = (locale: string | null) => {
    const missing = locale === null ? 0 : props.missing(locale);
    return (
      <button type="button" role="tab" aria-selected={props.active === locale} data-locale={locale ?? props.defaultLocale} onClick={() => props.onActive(locale)}>
        <span lang={locale ?? props.defaultLocale}>{languageName(locale ?? props.defaultLocale)}</span>
        {locale === null ? (
          <span class="tab-note">{t.translation.defaultTag}</span>
        ) : (
          <span class={missing ? 'tab-note missing' : 'tab-note done'}>{missing ? t.translation.missingCount(missing) : t.translation.complete}</span>
        )}
      </button>
    );
  };
  return (
    <div class="card translation-bar" data-testid="translation-bar">
      <div class="translation-row">
        <span class="label" id="content-language">
          {t.translation.contentLanguage}
        </span>
        <div class="segmented language-tabs" role="tablist" aria-labelledby="content-language">
          {tab(null)}
          {locales.map(tab)}
        </div>
        {props.editable && addable.length > 0 && (
          <form
            class="inline add-translation"
            onSubmit={(e) => {
              e.preventDefault();
              if (adding) props.onAdd(adding);
              setAdding('');
            }}
          >
            <select aria-label={t.translation.addLabel} value={adding} onChange={(e) => setAdding((e.target as HTMLSelectElement).value)}>
              <option value="">{t.translation.choose}</option>
              {addable.map((tag) => (
                <option value={tag} lang={tag}>
                  {languageName(tag)}
                </option>
              ))}
            </select>
            <Button type="submit" disabled={!adding}>
              {t.translation.add}
            </Button>
          </form>
        )}
      </div>
      {props.active === null && props.editable && (
        <label class="translation-row written-in">
          <span class="label">{t.translation.writtenIn}</span>
          <select value={props.defaultLocale} onChange={(e) => props.onDefaultLocale((e.target as HTMLSelectElement).value)}>
            {[...new Set([props.defaultLocale, ...OFFERED_LOCALES.filter((tag) => !locales.includes(tag))])].map((tag) => (
              <option value={tag} lang={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </label>
      )}
      {props.active !== null && props.editable && (
        <div class="translation-row">
          <Button variant="ghost" onClick={() => setRemoving(props.active)}>
            {t.translation.remove}
          </Button>
        </div>
      )}
      {removing && (
        <Confirm title={t.translation.removeTitle(languageName(removing))} confirmLabel={t.translation.remove} danger onConfirm={() => (props.onRemove(removing), setRemoving(null))} onCancel={() => setRemoving(null)}>
          {t.translation.removeText}
        </Confirm>
      )}
    </div>
  );
}
