import type { ComponentChildren } from 'preact';
import { ErrorNote, Loading } from '../components/ui.js';
import { useI18n } from '../i18n/i18n.js';
import type { Loaded } from './use-load.js';

/**
 * Loading, error (with retry), empty or the content, for one read. While a new read runs the last
 * content stays, dimmed, so changing a filter does not blank the page.
 */
export function DataState<T>(props: {
  loaded: Loaded<T>;
  loadingLabel: string;
  isEmpty?: (data: T) => boolean;
  empty?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  const { data, error, loading, reload } = props.loaded;
  if (error) return <ErrorNote message={error} onRetry={reload} retryLabel={t.common.retry} />;
  if (!data) return <Loading label={props.loadingLabel} />;
  return (
    <div class={loading ? 'data-state is-stale' : 'data-state'} aria-busy={loading ? 'true' : undefined}>
      {props.isEmpty?.(data) ? props.empty : props.children(data)}
    </div>
  );
}
