import { options, type VNode } from 'preact';

/**
 * Test-only: `?without=new-report,report-amount` leaves out the elements with those test ids, the
 * way a release that removed them would. The guide health check's e2e spec uses it to make a
 * guide's target disappear. Read once when the app starts, so it lasts across in-app navigation.
 */
export function leaveOutElements(search: string): void {
  const without = new Set((new URLSearchParams(search).get('without') ?? '').split(',').filter(Boolean));
  if (without.size === 0) return;
  const nothing = () => null;
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    const props = vnode.props as Record<string, unknown> | null;
    if (typeof vnode.type === 'string' && props && without.has(props['data-testid'] as string)) {
      vnode.type = nothing as unknown as string;
      vnode.props = { children: null };
    }
    previous?.(vnode);
  };
}
