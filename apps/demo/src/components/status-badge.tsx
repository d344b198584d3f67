import { useApp } from '../app-context.js';
import type { Status } from '../reports/report.js';

/** A coloured pill with the report's status. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useApp();
  return (
    <span class={`badge badge-${status}`} data-status={status}>
      <span class="badge-dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
