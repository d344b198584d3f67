/** The words the guide UI shows. */
export interface UiStrings {
  next: string;
  back: string;
  done: string;
  close: string;
  /** Dismisses a hotspot. */
  gotIt: string;
  counter: (current: number, total: number) => string;
}

const en: UiStrings = {
  next: 'Next',
  back: 'Back',
  done: 'Done',
  close: 'Close guide',
  gotIt: 'Got it',
  counter: (current, total) => `${current} of ${total}`,
};

const ja: UiStrings = {
  next: '次へ',
  back: '戻る',
  done: '完了',
  close: 'ガイドを閉じる',
  gotIt: 'わかりました',
  counter: (current, total) => `${current} / ${total}`,
};

/** Japanese for a `ja*` language tag, English otherwise. The page's `lang` wins over the browser's. */
export function pickStrings(pageLang: string | null | undefined, browserLang: string | null | undefined): UiStrings {
  const lang = (pageLang || browserLang || '').toLowerCase();
  return lang.startsWith('ja') ? ja : en;
}
