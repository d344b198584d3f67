import { useEffect, useRef, useState } from 'preact/hooks';
import { describeElement } from './describe.js';

/** Keeps the pick outline on the hovered element while the page scrolls or moves. */
export function usePickOutline(picking: boolean) {
  const outline = useRef<HTMLDivElement>(null);
  const hovered = useRef<Element | null>(null);
  const [caption, setCaption] = useState('');
  useEffect(() => {
    if (!picking) return;
    let frame = 0;
    const tick = () => {
      const box = outline.current;
      const element = hovered.current;
      if (box) {
        box.hidden = !element?.isConnected;
        if (element?.isConnected) {
          const r = element.getBoundingClientRect();
          box.style.left = `${Math.round(r.left - 3)}px`;
          box.style.top = `${Math.round(r.top - 3)}px`;
          box.style.width = `${Math.round(r.width + 6)}px`;
          box.style.height = `${Math.round(r.height + 6)}px`;
          box.classList.toggle('below', r.top < 36);
        }
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [picking]);
  const hover = (element: Element | null) => {
    hovered.current = element;
    setCaption(element ? describeElement(element) : '');
  };
  return { outline, caption, hover };
}

