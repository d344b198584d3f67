import { useEffect, useState } from 'preact/hooks';
import { en, type Messages } from './en.js';
import { ja } from './ja.js';

/** The languages the console speaks. */
export const LANGUAGES = { en: 'English', ja: '日本語' } as const;
export type Language = keyof typeof LANGUAGES;

/** Every catalogue by language. */
export const CATALOGUES: Record<Language, Messages> = { en, ja };

const STORAGE_KEY = 'shirube:console-language';
const CHANGED = 'shirube:language-changed';

/** The language a viewer chose before, else the browser's if we speak it, else English. */
export function pickLanguage(stored: string | null, browserLanguage: string): Language {
  if (stored && stored in LANGUAGES) return stored as Language;
  return browserLanguage.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The locale numbers and dates are formatted in: the browser's own when it is the chosen language
 * (so `en-GB` keeps its dates), else the chosen language.
 */
export function formattingLocale(language: Language, browserLanguage: string): string {
  return browserLanguage.toLowerCase().split('-')[0] === language ? browserLanguage : language;
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the viewer's language and tells every page on screen to switch. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts until reload.
  }
  dispatchEvent(new CustomEvent(CHANGED, { detail: language }));
}

/** The messages in the viewer's language, for code outside components (API errors). */
export function currentMessages(): Messages {
  return CATALOGUES[pickLanguage(storedLanguage(), navigator.language)];
}

/** The console's messages in the viewer's language, and the locale to format numbers in. */
export function useI18n(): { t: Messages; language: Language; locale: string } {
  const [language, setCurrent] = useState(() => pickLanguage(storedLanguage(), navigator.language));
  useEffect(() => {
    const onChange = (event: Event) => setCurrent((event as CustomEvent<Language>).detail);
    addEventListener(CHANGED, onChange);
    return () => removeEventListener(CHANGED, onChange);
  }, []);
  return { t: CATALOGUES[language], language, locale: formattingLocale(language, navigator.language) };
}
