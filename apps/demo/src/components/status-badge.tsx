import { useApp } from '../app-context.js';
import { cx } from '../cx.js';
import type { Status } from '../reports/report.js';

/** A coloured pill with the report's status. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useApp();
  return (
    <span class={cx(`badge badge-${status}`)} data-status={status}>
      <span class={cx('badge-dot')} aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
