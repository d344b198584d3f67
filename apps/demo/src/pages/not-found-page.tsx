import { useApp } from '../app-context.js';
import { cx } from '../cx.js';

/** Shown for paths no route matches. */
export function NotFoundPage() {
  const { t } = useApp();
  return (
    <div class={cx('page')}>
      <div class={cx('card empty')}>
        <h1>{t('notFound.title')}</h1>
        <p class={cx('muted')}>{t('notFound.body')}</p>
        <a href="/" class={cx('button')}>
          {t('notFound.back')}
        </a>
      </div>
    </div>
  );
}
