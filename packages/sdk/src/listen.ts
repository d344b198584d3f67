/** Adds an event listener; returns its removal (the cleanup a `destroy()` or `stop()` runs). */
export function listen(target: EventTarget, type: string, handler: (event: Event) => unknown, capture = false): () => void {
  target.addEventListener(type, handler, capture);
  return () => target.removeEventListener(type, handler, capture);
}
