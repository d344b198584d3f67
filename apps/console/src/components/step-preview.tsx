import type { Step, Theme } from '@shirube/schema';
import { renderStepPreview } from '@shirube/sdk/authoring';
import { useEffect, useRef } from 'preact/hooks';

/** The step as end users will see it, drawn by the SDK's own dialog and stylesheet. */
export function StepPreview(props: { step: Step; index: number; total: number; guideName: string; theme: Theme; hotspot?: boolean; lang?: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (host.current) renderStepPreview(host.current, props);
  });
  // The SDK's stylesheet resets its host element, so the framed box is a wrapper around it.
  return (
    <div class="preview">
      <div ref={host} data-testid="step-preview" lang={props.lang} />
    </div>
  );
}
