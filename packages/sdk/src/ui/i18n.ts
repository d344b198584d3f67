/** The words the guide UI shows. */
export interface UiStrings {
  next: string;
  back: string;
  done: string;
  close: string;
  /** Dismisses a hotspot. */
  gotIt: string;
  counter: (current: number, total: number) => string;
  /** Checklist widget: progress for screen readers, a task's start button, minimise, dismiss, celebration. */
  tasksDone: (done: number, total: number) => string;
  start: string;
  minimise: string;
  dismiss: string;
  allDone: string;
}

const en: UiStrings = {
  next: 'Next',
  back: 'Back',
  done: 'Done',
  close: 'Close guide',
  gotIt: 'Got it',
  counter: (current, total) => `${current} of ${total}`,
  tasksDone: (done, total) => `${done} of ${total} tasks done`,
  start: 'Start',
  minimise: 'Minimise checklist',
  dismiss: 'Dismiss checklist',
  allDone: 'All done! Nice work.',
};

const ja: UiStrings = {
  next: '次へ',
  back: '戻る',
  done: '完了',
  close: 'ガイドを閉じる',
  gotIt: 'わかりました',
  counter: (current, total) => `${current} / ${total}`,
  tasksDone: (done, total) => `${total}件中${done}件完了`,
  start: '始める',
  minimise: 'チェックリストを最小化',
  dismiss: 'チェックリストを閉じる',
  allDone: 'すべて完了しました！',
};

/** Japanese for a `ja*` language tag, English otherwise. The page's `lang` wins over the browser's. */
export function pickStrings(pageLang: string | null | undefined, browserLang: string | null | undefined): UiStrings {
  const lang = (pageLang || browserLang || '').toLowerCase();
  return lang.startsWith('ja') ? ja : en;
}
