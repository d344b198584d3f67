/** What pick mode reports. */
export interface PickerOptions {
  win: Window;
  /** Whether a node belongs to Shirube's own UI (the builder, the step preview): never picked. */
  isOwn: (node: Node) => boolean;
  /** The element under the pointer changed (null: nothing pickable there). */
  onHover: (element: Element | null) => void;
  onPick: (element: Element) => void;
  onCancel: () => void;
}

/** Events that would reach the app while picking; they are stopped before it sees them. */
const SWALLOWED = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'submit'] as const;

/** Controls an author means when they click their label, icon or caption. */
const CONTROL = 'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=menuitem],[role=tab],[role=checkbox],[role=radio],[role=switch],[role=option],[role=combobox]';

/**
 * The element an event is really about, or null when the event happened on Shirube's own UI: the
 * control around the innermost element (the button, not the icon or text inside it), inside open
 * shadow roots too; otherwise the innermost element itself.
 */
export function pickableTarget(event: Event, isOwn: (node: Node) => boolean): Element | null {
  const path = event.composedPath();
  if (path.some((node) => node instanceof Node && isOwn(node))) return null;
  const first = path.find((node): node is Element => node instanceof Element);
  const element = first ?? (event.target instanceof Element ? event.target : null);
  if (!element || element === element.ownerDocument.documentElement || element === element.ownerDocument.body) return null;
  return element.closest(CONTROL) ?? element;
}

/**
 * Pick mode: outlines what is under the pointer and captures it on click. Listeners sit on the
 * window in the capture phase, so the click never reaches the app (no navigation, no submit);
 * Enter picks the focused element, Escape cancels. Clicks on Shirube's own UI go through untouched. Returns the cleanup.
 */
export function startPicking(options: PickerOptions): () => void {
  const { win, isOwn } = options;
  let hovered: Element | null = null;
  const hover = (element: Element | null) => {
    if (element === hovered) return;
    hovered = element;
    options.onHover(element);
  };
  const onMove = (event: Event) => hover(pickableTarget(event, isOwn));
  const onSwallow = (event: Event) => {
    const element = pickableTarget(event, isOwn);
    if (!element) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') {
      stop();
      options.onPick(element);
    }
  };
  // Keyboard users Tab to an element (outlined as it takes focus) and press Enter to pick it.
  const onKey = (event: Event) => {
    const key = (event as KeyboardEvent).key;
    const focused = key === 'Enter' ? pickableTarget(event, isOwn) : null;
    if (key !== 'Escape' && !focused) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
    if (focused) options.onPick(focused);
    else options.onCancel();
  };
  const listeners: Array<[string, (event: Event) => void]> = [
    ['pointerover', onMove],
    ['pointermove', onMove],
    ['focusin', onMove],
    ['keydown', onKey],
    ...SWALLOWED.map((type): [string, (event: Event) => void] => [type, onSwallow]),
  ];
  for (const [type, fn] of listeners) win.addEventListener(type, fn, true);
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    for (const [type, fn] of listeners) win.removeEventListener(type, fn, true);
    hover(null);
  }
  return stop;
}
