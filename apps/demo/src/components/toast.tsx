import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import { CheckIcon, CloseIcon } from './icons.js';

/** The latest confirmation, announced politely to screen readers. */
export function Toast({ message, onDismiss }: { message: string | null; onDismiss(): void }) {
  const { t } = useApp();
  return (
    <div class={cx('toast-region')} role="status" aria-live="polite">
      {message && (
        <div class={cx('toast')} data-testid="toast">
          <span class={cx('toast-icon')}>
            <CheckIcon size={14} />
          </span>
          <span>{message}</span>
          <button type="button" class={cx('icon-button')} aria-label={t('toast.dismiss')} onClick={onDismiss}>
            <CloseIcon size={14} />
          </button>
        </div>
      )}
    </div>
  );
}
