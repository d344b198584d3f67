/** The words the guide UI shows. */
export interface UiStrings {
  next: string;
  back: string;
  done: string;
  close: string;
  /** Dismisses a hotspot. */
  gotIt: string;
  counter: (current: number, total: number) => string;
  /** Read out by screen readers when a walkthrough shows a step (just the title for a one-step guide). */
  stepShown: (current: number, total: number, title: string) => string;
  /** Help launcher: the button's default name, the panel's default title, its search field and states. */
  help: string;
  helpTitle: string;
  search: string;
  results: (count: number) => string;
  noMatch: string;
  noGuides: string;
  contact: string;
  closeHelp: string;
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
  stepShown: (current, total, title) => (total > 1 ? `Step ${current} of ${total}: ${title}` : title),
  help: 'Help',
  helpTitle: 'How can we help?',
  search: 'Search help',
  results: (count) => (count === 1 ? '1 result' : `${count} results`),
  noMatch: 'Nothing matches your search.',
  noGuides: 'No guides for this page yet.',
  contact: 'Contact support',
  closeHelp: 'Close help',
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
  stepShown: (current, total, title) => (total > 1 ? `ステップ ${current} / ${total}：${title}` : title),
  help: 'ヘルプ',
  helpTitle: 'お困りですか？',
  search: 'ヘルプを検索',
  results: (count) => `${count}件のガイド`,
  noMatch: '一致するガイドはありません。',
  noGuides: 'このページのガイドはまだありません。',
  contact: 'サポートに問い合わせる',
  closeHelp: 'ヘルプを閉じる',
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
