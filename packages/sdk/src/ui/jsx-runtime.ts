import { createElement, Fragment, type ComponentChildren, type ComponentType } from 'preact';

type Props = Record<string, unknown> & { children?: ComponentChildren };

/**
 * The automatic JSX runtime on top of Preact's own `createElement`. `preact/jsx-runtime` builds
 * vnodes with a second copy of that code, which the end-user script would pay for twice; the SDK's
 * builds alias it here (vite.config.ts). Children stay in `props.children`, as the runtime passes them.
 */
export function jsx(type: string | ComponentType<Props>, props: Props, key?: string | number) {
  return createElement(type as string, key === undefined ? props : { ...props, key });
}

export { Fragment, jsx as jsxs, jsx as jsxDEV };
