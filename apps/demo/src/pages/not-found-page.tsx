import { useApp } from '../app-context.js';

/** Shown for paths no route matches. */
export function NotFoundPage() {
  const { t } = useApp();
  return (
    <div class="page">
      <div class="card empty">
        <h1>{t('notFound.title')}</h1>
        <p class="muted">{t('notFound.body')}</p>
        <a href="/" class="button">
          {t('notFound.back')}
        </a>
      </div>
    </div>
  );
}
