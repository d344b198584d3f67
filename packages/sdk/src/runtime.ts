import type { GuideEventDraft, PageLocation } from '@shirube/core';
import { guideAdmits, launcherGuides, pinnedVersions, withPinnedVersions } from '@shirube/core';
import { uuidv7, type HelpLauncher, type PublishedGuide, type SegmentRules, type ShirubeEvent, type Target } from '@shirube/schema';
import { openBuilder, takeBuilderToken, type BuilderMount, type BuilderSession } from './builder-link.js';
import { createEventQueue } from './event-queue.js';
import { background } from './guard.js';
import { createChecklists } from './checklists.js';
import { loadChecklistProgress, loadGuides, loadPinnedVersions, parseGuides, type CachedGuides, type LiveGuides } from './guides-client.js';
import { createGuideController, type Presentation } from './guide-controller.js';
import { createHotspotController } from './hotspot-controller.js';
import { anonymousIdentity, loadIdentity, type Identity } from './identity.js';
import { listen } from './listen.js';
import { pickLocale } from './locale.js';
import { isVisible, locateTarget } from './locator/index.js';
import type { Logger } from './logger.js';
import { cleanId, sanitizeProps, splitTraits } from './props.js';
import { watchRoute } from './route-watcher.js';
import { createSplitAssignments } from './split-assignments.js';
import { createSessionClock } from './session-clock.js';
import { createSafeStore, pageStorage } from './storage.js';
import { createTransport } from './transport.js';
import { watchTriggers } from './trigger-watcher.js';
import type { ChecklistView, GuideUi, OpenTooltip, UiRoot } from './ui/index.js';
import { loadGuideUi } from './ui-loader.js';
import type { ShirubeEnvironment, ShirubeOptions } from './types.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** How long an anonymous page keeps its events before sending them unasked (flush and page exit still send). */
export const ANONYMOUS_HOLD_MS = 10_000;

/** An event before the SDK adds id, identity, time, path and locale. */
export type EventDraft = DistributiveOmit<ShirubeEvent, 'id' | 'anonymousId' | 'userId' | 'accountId' | 'timestamp' | 'path' | 'locale'>;

/** The running SDK behind the public handle. */
export interface Runtime {
  identify(userId: string, traits?: unknown): void;
  track(name: string, props?: unknown): void;
  start(guideId: string): Promise<boolean>;
  reset(): void;
  flush(): Promise<void>;
  destroy(): void;
  /** Starts the in-app builder bundle with the session this page load exchanged its builder link for (once). */
  builder(mount: BuilderMount): void;
  /** Resolves once stored state is loaded (identity, progress, queued events). */
  ready: Promise<void>;
}

/** The page's location as display rules see it. */
export function pageLocation(location: Location): PageLocation {
  return { href: location.href, path: location.pathname, search: location.search, hash: location.hash };
}

/** Wires storage, transport, queue, guide controller, UI and page listeners together for one init. */
export function createRuntime(options: ShirubeOptions, env: ShirubeEnvironment, logger: Logger, emit: (event: ShirubeEvent) => void): Runtime {
  const win = env.window ?? window;
  const doc = win.document;
  const now = env.now ?? Date.now;
  /** A storage key, namespaced by project so two projects on one origin do not mix. */
  const key = (name: string) => `${options.projectKey}:${name}`;
  const safeStore = env.store ? null : createSafeStore(logger);
  const store = env.store ?? safeStore!;
  const fetchFn = env.fetch ?? win.fetch.bind(win);
  const nav = win.navigator;
  const transport = createTransport({
    apiUrl: options.apiUrl,
    projectKey: options.projectKey,
    fetch: fetchFn,
    sendBeacon: env.sendBeacon ?? (typeof nav.sendBeacon === 'function' ? (url, data) => nav.sendBeacon(url, data) : undefined),
  });
  // Apps usually call identify a moment after the page loads. Holding an anonymous page's events
  // for a few seconds lets `queue.attribute` give a guide started in that moment to the user.
  const anonymousHoldEnd = now() + ANONYMOUS_HOLD_MS;
  const queue = createEventQueue({
    store,
    storageKey: key('queue'),
    transport,
    logger,
    now,
    holdUntil: () => (identity.userId ? 0 : anonymousHoldEnd),
    random: env.random,
    policy: env.deliveryPolicy,
    debounceMs: env.flushDebounceMs,
    locks: env.locks === null ? undefined : (env.locks ?? nav.locks),
    reportDrops: (count) => completeEvent({ type: 'events_dropped', count }),
  });

  let identity: Identity = anonymousIdentity(now());
  let loaded = false;
  let destroyed = false;
  let ui: UiRoot | null = null;
  const deferred: Array<() => void> = [];
  const cleanups: Array<() => void> = [];

  const whenLoaded = (fn: () => void) => {
    if (destroyed) return;
    if (loaded) fn();
    else deferred.push(fn);
  };

  // Frequency counts sessions: a new one after 30 idle minutes or in a new tab; any event is activity.
  const sessions = createSessionClock({ win, store, key: key('session'), now, logger });
  let segments: SegmentRules = {};
  const findVisible = (target: Target) => {
    const element = locateTarget(target, doc).element;
    return element && isVisible(element) ? element : null;
  };

  const saveIdentity = () => background(logger, 'saving identity', store.set(key('identity'), identity));

  const userLocale = () => pickLocale(identity.traits.locale, doc.documentElement?.lang, nav.language);

  /** An event as sent: the draft plus id, identity, time, path and locale. */
  const completeEvent = (draft: EventDraft | GuideEventDraft): ShirubeEvent => {
    const timestamp = now();
    // Read per event: single-page apps switch language without reloading.
    const locale = userLocale();
    return {
      ...draft,
      id: uuidv7(timestamp),
      anonymousId: identity.anonymousId,
      userId: identity.userId,
      accountId: identity.accountId,
      timestamp,
      path: (win.location.pathname + win.location.search).slice(0, 2_000),
      ...(locale ? { locale } : {}),
    } as ShirubeEvent;
  };

  const record = (draft: EventDraft | GuideEventDraft) => {
    sessions.touch();
    const event = completeEvent(draft);
    queue.enqueue(event);
    emit(event);
    checklists.observe(event);
  };

  let guideUi: GuideUi | null = null;
  let uiLoad: Promise<GuideUi> | null = null;
  const loadUi = () =>
    (uiLoad ??= (env.loadUi ?? loadGuideUi)().then(
      (module) => (guideUi = module),
      (error: unknown) => {
        uiLoad = null;
        throw error;
      },
    ));
  // Whether the last page view showed something (localStorage: read before IndexedDB answers). Then
  // the UI is likely needed again, and its file loads while the stored state is read.
  const local = pageStorage();
  const uiFlag = key('ui');
  let uiWanted = false;
  const flagUi = (wanted: boolean) => {
    try {
      if (wanted) local?.setItem(uiFlag, '1');
      else local?.removeItem(uiFlag);
    } catch {
      // Storage full or blocked: the UI loads when first needed, as without the flag.
    }
  };
  /**
   * Runs `show` with the guide UI and its root. The UI is loaded the first time something is to be
   * shown (a page view that shows nothing never downloads it, unless the last one showed something);
   * once loaded, `show` runs at once. A failed load is logged, and the next thing to show tries again.
   */
  const withUi = (what: string, show: (module: GuideUi, root: UiRoot) => void, failed?: () => void) => {
    if (destroyed) return;
    if (!uiWanted) flagUi((uiWanted = true));
    if (guideUi) return show(guideUi, (ui ??= guideUi.mountUi(doc)));
    background(
      logger,
      what,
      loadUi().then(
        (module) => {
          if (!destroyed) show(module, (ui ??= module.mountUi(doc)));
        },
        (error: unknown) => {
          failed?.();
          throw error;
        },
      ),
    );
  };
  /**
   * A presentation that starts once the UI is there; one stopped before that never shows. If the
   * UI could not be loaded, the next refresh (a route change) tries again.
   */
  const presentLater = (what: string, make: (module: GuideUi, root: UiRoot) => Presentation): Presentation => {
    let presentation: Presentation | null = null;
    let stopped = false;
    let loading = false;
    const begin = () => {
      loading = true;
      withUi(
        what,
        (module, root) => {
          loading = false;
          if (!stopped) presentation = make(module, root);
        },
        () => (loading = false),
      );
    };
    begin();
    return {
      refresh() {
        if (presentation) presentation.refresh();
        else if (!loading && !stopped) begin();
      },
      stop() {
        stopped = true;
        presentation?.stop();
      },
    };
  };
  /** The UI's words, in the page's language (read each time: single-page apps switch it in place). */
  const strings = (module: GuideUi) => module.pickStrings(doc.documentElement.lang, nav.language);
  const splits = createSplitAssignments(store, key('splits'), logger, record);
  const page = () => pageLocation(win.location);
  const admits = (guide: PublishedGuide) => guideAdmits(guide, { user: identity.traits, account: identity.accountTraits, segments }, now());
  const locate = (target: Target) => locateTarget(target, doc);
  const openTooltip: OpenTooltip = {};
  const hotspots = createHotspotController({
    store,
    storageKey: key('hotspots'),
    logger,
    page,
    admits,
    record,
    present: (hotspot, callbacks) =>
      presentLater('showing a hotspot', (module, root) =>
        module.presentHotspot({ ui: root, doc, hotspot, strings: () => strings(module), locateTarget: locate, open: openTooltip, ...callbacks }),
      ),
  });
  const controller = createGuideController({
    store,
    progressKey: key('progress'),
    historyKey: key('shown'),
    session: sessions.id,
    targetPresent: (target) => !!findVisible(target),
    logger,
    now,
    page,
    admits,
    // The user id once known: the server credits goal events to it, so a person keeps one side
    // across devices and browsers. Before sign-in the device's id is all there is.
    shows: (guide) => splits.shows(guide, identity.userId ?? identity.anonymousId),
    record,
    hideUi: () => ui?.close(),
    present: (guide, step, index, onShown, onInput) =>
      presentLater('showing a step', (module, root) =>
        module.presentStep({
          ui: root,
          doc,
          guide,
          step,
          index,
          strings: () => strings(module),
          locateTarget: locate,
          targetTimeoutMs: options.targetTimeoutMs ?? 5_000,
          onShown,
          onInput,
        }),
      ),
  });

  let checklistDrawn = false;
  let checklistLayer: ((view: ChecklistView | null) => void) | null = null;
  const checklists = createChecklists({
    doc,
    store,
    cacheKey: key('checklists'),
    logger,
    now,
    page,
    admits,
    facts: () => ({
      subject: { user: identity.traits, account: identity.accountTraits },
      completedGuides: new Set(Object.values(controller.progress()).flatMap((p) => (p.status === 'completed' ? [p.guideId] : []))),
    }),
    fetchProgress: () => loadChecklistProgress(guideSource, identity.userId ?? `anon:${identity.anonymousId}`),
    record,
    start: (guideId) => controller.start(guideId),
    draw: (view) => {
      // Nothing to take away before a checklist was ever drawn: no reason to load the UI.
      if (!view && !checklistDrawn) return;
      checklistDrawn = true;
      withUi('showing the checklist', (module, root) => (checklistLayer ??= module.checklistLayer(root))(view));
    },
  });

  // The page may be gone before IndexedDB commits: what is unconfirmed goes to localStorage at once.
  // A hidden page may be discarded without another event: it sends now (keepalive fetch, confirmed
  // if the page lives on); a page being left hands its queue to sendBeacon.
  cleanups.push(
    listen(win, 'pagehide', () => {
      queue.beacon();
      queue.leave();
      safeStore?.journal();
    }),
    listen(win, 'pageshow', (event) => (event as PageTransitionEvent).persisted && queue.resume()),
    listen(doc, 'visibilitychange', () => {
      if (doc.visibilityState !== 'hidden') return;
      void queue.flush();
      safeStore?.journal();
    }),
    // Back online: send now rather than when the backoff, up to a minute, runs out.
    listen(win, 'online', () => void queue.flush()),
  );
  let launcherConfig: HelpLauncher | null = null;
  let launcher: ReturnType<GuideUi['mountLauncher']> | null = null;
  /** Shows the help launcher (when the project enabled it) with the guides offered on this page and to this user. */
  const updateLauncher = () => {
    if (!launcherConfig) return;
    withUi('showing the help launcher', (module, root) => {
      if (!launcherConfig) return;
      launcher ??= module.mountLauncher(root);
      launcher.update({
        config: launcherConfig,
        guides: launcherGuides(guides, pageLocation(win.location), admits),
        strings: strings(module),
        start: (guide) => controller.start(guide.id),
        log: (query, resultCount, pickedGuideId) => record({ type: 'help_search', query, resultCount, ...(pickedGuideId && { pickedGuideId }) }),
      });
    });
  };

  // An app may choose its language after the launcher appeared (we can show from the cache first).
  // Steps, hotspot tooltips and the checklist read it themselves; guides are asked for again in it.
  const langWatch = new MutationObserver(() => {
    try {
      updateLauncher();
      background(logger, 'loading guides in the new language', guidesReady.then(reloadGuides));
    } catch (error) {
      logger.warn('language change failed', error);
    }
  });
  langWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  cleanups.push(() => langWatch.disconnect());

  cleanups.push(
    watchRoute(win, () => {
      try {
        controller.evaluate();
        hotspots.evaluate();
        updateLauncher();
        checklists.evaluate();
      } catch (error) {
        logger.warn('route change failed', error);
      }
    }),
  );

  // A builder link: the author edits a draft here, so no end-user guide is shown on this page load.
  const builderToken = takeBuilderToken(win);
  let builderSession: BuilderSession | undefined;
  if (builderToken) {
    background(
      logger,
      'opening the builder',
      openBuilder(
        doc,
        options.apiUrl.replace(/\/+$/, ''),
        options.projectKey,
        fetchFn,
        builderToken,
        // The script tag's own nonce; a bundled SDK borrows the app's.
        env.nonce ?? doc.querySelector<HTMLScriptElement>('script[nonce]')?.nonce,
      ).then((session) => (builderSession = session)),
    );
  }

  const guideSource = { apiUrl: options.apiUrl, projectKey: options.projectKey, fetch: fetchFn, store, cacheKey: key('guides'), logger, locale: userLocale };
  // Read in the same IndexedDB transaction as the state below.
  const cachedConfig = store.get<CachedGuides>(guideSource.cacheKey);
  try {
    // Its root and stylesheet are made while waiting too (the host joins the page when something shows).
    if (!builderToken && local?.getItem(uiFlag)) background(logger, 'loading the guide UI', loadUi().then((module) => destroyed || (ui ??= module.mountUi(doc))));
  } catch {
    // Storage blocked: the UI loads when first needed.
  }

  // Tabs closed earlier left events to adopt: sent in the background, not awaited before guides show.
  background(logger, 'loading stored events', queue.load());
  const ready = (async () => {
    const [stored] = await Promise.all([loadIdentity(store, key('identity'), now()), controller.load(), hotspots.load(), splits.load(), sessions.load(), checklists.load()]);
    identity = stored;
    loaded = true;
    for (const fn of deferred.splice(0)) {
      try {
        fn();
      } catch (error) {
        logger.warn('deferred call failed', error);
      }
    }
    // Synchronous: a page that identifies in this event's listener is identified before any guide starts.
    if (!destroyed) win.dispatchEvent(new CustomEvent('shirube:ready'));
  })();

  let guides: PublishedGuide[] = [];
  let stopTriggers = () => {};
  /** Shows what `live` says for this page, as after a route change; `cached` while it is the copy kept from an earlier page view. */
  const applyGuides = async (live: LiveGuides, progress: ReturnType<typeof controller.progress>, cached: boolean) => {
    // Users in the middle of a guide finish the version they started, whatever was published since.
    const pinned = await loadPinnedVersions(guideSource, pinnedVersions(live.guides, progress));
    if (builderToken || destroyed) return;
    // A guide that did not change stays the same object: what shows of it stays as it is.
    const json = (guide: PublishedGuide) => JSON.stringify(guide);
    guides = withPinnedVersions(live.guides, pinned).map((guide) => guides.find((old) => old.id === guide.id && json(old) === json(guide)) ?? guide);
    segments = live.segments;
    controller.setGuides(guides, cached);
    hotspots.setGuides(guides);
    controller.evaluate();
    hotspots.evaluate();
    stopTriggers();
    stopTriggers = watchTriggers(doc, guides, findVisible, controller.offer);
    launcherConfig = live.launcher;
    updateLauncher();
    checklists.setGuides(guides);
  };
  // Stale-while-revalidate: the cached copy shows at once, the server's answer replaces it when it differs.
  const guidesReady = ready.then(async () => {
    // Pins follow what earlier page views started: a guide started here from the cached copy is on the fresh one's version.
    const progress = { ...controller.progress() };
    const cached = await cachedConfig;
    if (cached) await applyGuides(parseGuides(cached), progress, true);
    // Asked once the cached copy shows (with its ETag): the request's own work does not hold the first step up.
    const fresh = await loadGuides(guideSource, cached);
    if (fresh) await applyGuides(fresh, progress, false);
    else controller.setGuides(guides, false);
    if (!uiWanted) flagUi(false);
  });
  background(logger, 'starting guides', guidesReady);
  /** Asks for the guides again (the user's language changed): shown if the answer differs from what shows. */
  const reloadGuides = async () => {
    const fresh = await loadGuides(guideSource, await store.get<CachedGuides>(guideSource.cacheKey));
    if (fresh) await applyGuides(fresh, controller.progress(), false);
  };
  cleanups.push(() => stopTriggers());

  return {
    ready,
    identify(userId, traits) {
      const id = cleanId(userId);
      if (!id) throw new TypeError('identify needs a user id string');
      whenLoaded(() => {
        const split = splitTraits(traits);
        const switched = identity.userId !== null && identity.userId !== id;
        const newUser = identity.userId !== id;
        if (switched) {
          // Another person on this device: their progress is not the previous user's.
          controller.reset();
          checklists.reset();
          hotspots.reset();
          identity = anonymousIdentity(now());
        }
        identity = {
          ...identity,
          userId: id,
          accountId: split.accountId ?? identity.accountId,
          traits: { ...identity.traits, ...split.traits },
          accountTraits: { ...identity.accountTraits, ...split.accountTraits },
        };
        queue.attribute(identity.anonymousId, id, identity.accountId);
        splits.adopt(id, queue.pending());
        const fingerprint = JSON.stringify([id, identity.accountId, split.traits, split.accountTraits]);
        if (fingerprint !== identity.lastIdentify) {
          identity.lastIdentify = fingerprint;
          record({ type: 'identify', traits: split.traits, accountTraits: split.accountTraits });
        }
        saveIdentity();
        // New traits may admit the user to a guide's audience, or another user signed in.
        if (guides.length > 0) {
          controller.evaluate();
          // Their progress on other devices, under the user id the server now knows them by.
          if (newUser) background(logger, 'loading checklist progress', checklists.sync());
          checklists.evaluate();
          hotspots.evaluate();
        }
        updateLauncher();
      });
    },
    track(name, props) {
      if (typeof name !== 'string' || name.length === 0 || name.length > 200) throw new TypeError('track needs an event name (1-200 characters)');
      const clean = sanitizeProps(props);
      whenLoaded(() => {
        record(clean ? { type: 'track', name, props: clean } : { type: 'track', name });
        if (guides.length > 0) controller.offer({ type: 'track', name });
      });
    },
    async start(guideId) {
      if (typeof guideId !== 'string') return false;
      await guidesReady;
      return !destroyed && controller.start(guideId);
    },
    reset() {
      whenLoaded(() => {
        controller.reset();
        checklists.reset();
        identity = anonymousIdentity(now());
        hotspots.reset();
        saveIdentity();
        updateLauncher();
      });
    },
    builder(mount) {
      const session = builderSession;
      // Handed over once: a second copy of builder.js, or any later caller, gets nothing.
      builderSession = undefined;
      if (session && !destroyed) mount({ session, apiUrl: options.apiUrl.replace(/\/+$/, ''), window: win, logger });
    },
    async flush() {
      await ready;
      if (!destroyed) await queue.flush();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      controller.destroy();
      checklists.destroy();
      hotspots.destroy();
      queue.destroy();
      while (cleanups.length > 0) cleanups.pop()!();
      launcher?.destroy();
      ui?.remove();
      ui = null;
    },
  };
}
