/**
 * The content script's flow, for one tab over its life: the portal's adapter → wait for the notice → extract →
 * have the background audit it → highlight the evidence and show the panel; again when the portal navigates
 * client-side or replaces the notice's content. Everything that reaches the extension goes through `LensDeps`
 * (bridge.ts in the browser, fakes in tests).
 *
 * Runs: each audit is a run with its own AbortController; a newer run aborts the older one, whose answer is then
 * dropped (a stale audit never paints over a newer one). Watching: on a notice page, one debounced observer on
 * the notice's root (watch.ts); on any other page, nothing but WXT's location listener.
 * Reading: in slices of the page's time (slices.ts; a notice of 10 MB never holds the page's thread for long), the
 * text sent to the background capped (sent-notice.ts), and what the adapter cannot read (shadow roots, frames)
 * said as gaps of the notice (unread-parts.ts).
 * Every access to the page is caught: whatever happens here, the portal keeps working.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage, CriterionName } from '../../utils/messages';
import { toIso6391, type Notice } from '../../utils/notice';
import type { Report } from '../../utils/report';
import { hidePanelOn, isPanelHiddenOn, type SettingsArea } from './hidden-sites';
import { clearHighlights, evidenceOnPage, pageIsMarked, renderHighlights, scrollToEvidence } from './highlight';
import { panelLanguage, type PanelLang } from './i18n';
import { createPanel, type Panel, type PanelModel } from './panel';
import type { Extraction, PortalAdapter } from './portals/types';
import { capNotice } from './sent-notice';
import { runAtOnce, runInSlices, type Slicing, type Steps } from './slices';
import { unreadPartSteps, type ShadowRootOf } from './unread-parts';
import { DEBOUNCE_MS, hashSteps, waitForRoot, watchChanges, watchRoot, type RootWatcher } from './watch';

/** How long an app page (TED's Angular detail page) may take to render the notice. */
export const ROOT_TIMEOUT_MS = 15_000;

/** A notice read from the page, and the background's audit of it on its way. */
interface Read {
  extraction: Extraction;
  /** The element watched for changes (noticeRoot) and the hashes of its text and of the element found. */
  root: Element;
  foundHash: string;
  hash: string;
  answer: Promise<Audited | null>;
  lang: PanelLang;
}

export interface Audited {
  report: Report;
  names: Record<string, CriterionName>;
}

/** What the lens needs from the extension and the browser. */
export interface LensDeps {
  findAdapter(url: URL): PortalAdapter | undefined;
  /** The background's audit; null when it could not (context invalidated, an error: already logged). */
  audit(notice: Notice, lang: PanelLang): Promise<Audited | null>;
  /** Fire and forget: "highlighted", "no-notice". */
  notify(message: ContentMessage): void;
  /** Asks the background to show the criterion's model clauses; true when it did. */
  openClauses(criterion: string): Promise<boolean>;
  settings: SettingsArea;
  /** Calls back when the hidden sites change (the popup took this one out); returns the unsubscribe. */
  watchSettings(onChange: () => void): () => void;
  /** The popup's "show-evidence": the handler's answer is sent back. Returns the unsubscribe. */
  onShowEvidence(handler: (criterion: string, index: number) => boolean): () => void;
  /** The browser's language (navigator.language). */
  language(): string;
  /**
   * How long work on the page is cut into slices (slices.ts); without it, reading runs to the end at once (unit
   * tests, where nothing else waits for the thread).
   */
  slicing?: Slicing;
  /** An element's shadow root, open or closed (unread-parts.ts); without it, only open ones are seen. */
  shadowRootOf?: ShadowRootOf;
}

export interface Lens {
  /** A client-side navigation (wxt:locationchange). */
  navigate(url: URL): void;
  readonly panel: Panel | null;
}

export const log = (...args: unknown[]) => console.debug('[Tender Lens]', ...args);

/**
 * A User Timing mark, `tender-lens:<name>`, for the Chromium benchmark (bench/chromium.ts): the isolated world
 * shares the document's performance timeline, so the benchmark reads these from the page. They tell the page
 * nothing it could not see already (our highlights are in its CSS.highlights registry).
 */
export const mark = (name: 'start' | 'highlighted' | 'no-notice') => {
  try {
    performance.mark(`tender-lens:${name}`);
  } catch {
    // no User Timing here: nothing to measure
  }
};

/** Same page but for the #fragment (an in-page link): nothing to read again. */
const samePage = (a: URL, b: URL) => a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;

export function startLens(ctx: ContentScriptContext, deps: LensDeps, url = new URL(location.href)): Lens {
  let run: AbortController | null = null;
  let watcher: RootWatcher | null = null;
  let navTimer: number | undefined;
  /** The notice last read: its URL, the element the adapter's selectors found, the observed root and its text's hash. */
  let current: { url: URL; found: Element; foundHash: string; root: Element; hash: string } | null = null;
  let lastUrl = url;
  let panel: Panel | null = null;
  let model: PanelModel | null = null;
  let hidden: boolean | null = null;
  let unwatchSettings: (() => void) | null = null;
  let unlisten: (() => void) | null = null;

  /** Work in steps, in slices of the page's time when the deps say how; undefined when the run was replaced meanwhile. */
  const inSlices = <T>(steps: Steps<T>, signal: AbortSignal): Promise<T | undefined> =>
    deps.slicing ? runInSlices(steps, deps.slicing, signal) : Promise.resolve(runAtOnce(steps));
  const safely = <T>(what: string, f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      log(`${what}:`, e);
      return undefined;
    }
  };
  /** Our writes to the page, unseen by our own observer. */
  const write = <T>(f: () => T): T => (watcher ? watcher.pause(f) : f());

  const removePanel = () => {
    safely('could not remove the panel', () => panel?.remove());
    panel = null;
  };
  const showPanel = () => {
    if (hidden || !model || ctx.isInvalid) return;
    panel ??= safely('could not show the panel', () => createPanel(document, actions)) ?? null;
    if (panel && model) safely('could not fill the panel', () => panel!.update(model!));
  };
  const actions = {
    showEvidence: (criterion: string, index: number) => safely('could not show the evidence', () => scrollToEvidence(criterion, index)) ?? false,
    openClauses: (criterion: string) => deps.openClauses(criterion),
    hideOnSite: () => {
      hidden = true;
      removePanel();
      hidePanelOn(location.hostname, deps.settings).catch((e: unknown) => log('could not remember the hidden site:', e));
    },
  };

  /** On a notice: the popup's "show" and the setting's changes (registered once, removed when leaving notices). */
  const listen = () => {
    unlisten ??= deps.onShowEvidence(actions.showEvidence);
    unwatchSettings ??= deps.watchSettings(() => {
      isPanelHiddenOn(location.hostname, deps.settings).then((h) => {
        hidden = h;
        if (h) removePanel();
        else showPanel();
      }, log);
    });
  };
  const unlistenAll = () => {
    safely('could not remove a listener', () => {
      unlisten?.();
      unwatchSettings?.();
    });
    unlisten = unwatchSettings = null;
  };

  /** Stops whatever the previous run left running: its audit's answer, the observer, a pending navigation. */
  const stopWatching = () => {
    run?.abort();
    run = null;
    watcher?.stop();
    watcher = null;
    clearTimeout(navTimer);
    navTimer = undefined;
  };
  const leave = () => {
    stopWatching();
    safely('could not clear the highlights', clearHighlights);
    removePanel();
    model = null;
    current = null;
    unlistenAll();
  };

  /** The root's text changed (or the root is gone): read the notice again, once the page is quiet. */
  const onRootChange = () => {
    if (!current) return;
    const seen = current;
    const { url: at, root, hash } = seen;
    const connected = safely('could not read the notice', () => root.isConnected);
    if (!connected) return launch(at, 'replaced');
    inSlices(hashSteps(root), ctx.signal).then((now) => {
      if (now === undefined || current !== seen || ctx.isInvalid) return; // another run since
      if (now !== hash) launch(at, 'changed'); // else the same text: a re-render
    }, (e: unknown) => log('could not read the notice:', e));
  };
  /** A run, its failures logged: nothing of ours ever throws into the portal's page. */
  const launch = (at: URL, reason: Parameters<typeof start>[1]) => {
    start(at, reason).catch((e: unknown) => log('stopped:', e));
  };

  async function start(at: URL, reason: 'load' | 'navigation' | 'replaced' | 'changed'): Promise<void> {
    const previous = current;
    stopWatching();
    // Decided before a run is set up: a page that is not a notice gets no controller (nothing to abort).
    const adapter = safely('no adapter', () => deps.findAdapter(at));
    if (!adapter || !safely('isNotice', () => adapter.isNotice(at))) {
      leave();
      deps.notify({ type: 'no-notice' });
      mark('no-notice');
      return;
    }
    const controller = new AbortController();
    run = controller;
    const { signal } = controller;
    const stale = () => signal.aborted || ctx.isInvalid;
    listen();
    if (hidden === null) {
      // Read before anything is shown: a site the user hid never sees the panel, not even for a moment.
      hidden = await isPanelHiddenOn(location.hostname, deps.settings).catch(() => false);
      if (stale()) return;
    }

    const found =
      reason === 'changed' && previous?.found.isConnected
        ? previous.found
        : await waitForRoot(
            ctx,
            adapter.rootSelectors,
            signal,
            ROOT_TIMEOUT_MS,
            reason === 'navigation' && previous ? { el: previous.found, hash: previous.foundHash } : undefined,
          );
    if (stale()) return;
    if (!found) {
      // Said, not guessed: every criterion comes back uncertain with this reason. Nothing keeps running.
      current = null;
      const notice = emptyNotice(adapter, at, 'the notice did not appear on the page');
      const audited = await deps.audit(notice, language(undefined));
      if (stale() || !audited) return;
      paint(audited, { notice, sources: {} }, language(undefined));
      return;
    }

    // Marks split the page's text nodes: take them out before reading (the adapter must see the page's own nodes).
    if (pageIsMarked()) write(clearHighlights);
    // Read in slices (a long notice must not hold the page's thread): the page may change between two slices,
    // so its changes are recorded from now until the watcher takes over.
    const changes = safely('could not watch the notice', () => watchChanges(found));
    let read: Read | null | undefined;
    let changed = false;
    try {
      read = await readAndAsk(adapter, at, found, signal);
    } finally {
      changed = changes?.stop() ?? false;
    }
    if (stale() || read === undefined) return;
    if (read === null) {
      leave();
      deps.notify({ type: 'no-notice' });
      mark('no-notice');
      return;
    }
    const { extraction, root, foundHash, hash, answer, lang } = read;
    // A change while reading: what was read may be stale, so the hash is left unknown and the notice read again.
    current = { url: at, found, foundHash, root, hash: changed ? '' : hash };
    // Watch from now on: a change while the background audits aborts this run and starts a fresh one.
    watcher = safely('could not watch the notice', () => watchRoot(ctx, root, onRootChange, DEBOUNCE_MS)) ?? null;
    if (changed) watcher?.poke();

    const audited = await answer;
    if (stale() || !audited) return;
    paint(audited, extraction, lang);
  }

  /**
   * Reads the notice in slices, asks the background to audit it, and hashes the text meanwhile. Null when the page
   * holds no notice after all, or it could not be read (logged); undefined when the run was replaced meanwhile.
   */
  async function readAndAsk(adapter: PortalAdapter, at: URL, found: Element, signal: AbortSignal): Promise<Read | null | undefined> {
    try {
      const extraction = adapter.read ? await inSlices(adapter.read(document, at), signal) : adapter.extract(document, at);
      if (!extraction || signal.aborted) return signal.aborted ? undefined : null;
      extraction.notice.url = at.href;
      const root = noticeRoot(found, extraction);
      // What the adapter cannot read (shadow roots, frames) is said, so that it never counts as missing.
      const unread = await inSlices(unreadPartSteps(root, deps.shadowRootOf ?? ((el: Element) => el.shadowRoot)), signal);
      if (unread === undefined) return undefined;
      extraction.notice.gaps.push(...unread);
      const lang = language(extraction.notice.language);
      // Asked first, so that the background audits while the text is hashed here.
      const answer = deps.audit(capNotice(extraction.notice), lang);
      const foundHash = await inSlices(hashSteps(found), signal);
      const hash = root === found ? foundHash : await inSlices(hashSteps(root), signal);
      if (foundHash === undefined || hash === undefined) return undefined;
      return { extraction, root, foundHash, hash, answer, lang };
    } catch (e) {
      log('could not read the notice:', e);
      return signal.aborted ? undefined : null;
    }
  }

  const language = (noticeLanguage: string | undefined) => panelLanguage(deps.language(), noticeLanguage);

  function paint(audited: Audited, extraction: Extraction, lang: PanelLang) {
    const count = write(() => safely('could not highlight the evidence', () => renderHighlights(audited.report, extraction)) ?? 0);
    model = { report: audited.report, names: audited.names, lang, evidenceOnPage };
    showPanel();
    mark('highlighted');
    deps.notify({ type: 'highlighted', count });
  }

  ctx.onInvalidated(() => {
    leave();
  });

  launch(url, 'load');

  return {
    navigate(to: URL) {
      if (ctx.isInvalid || samePage(to, lastUrl)) {
        lastUrl = to;
        return; // only the #fragment changed (an in-page link)
      }
      lastUrl = to;
      const adapter = safely('no adapter', () => deps.findAdapter(to));
      const notice = !!adapter && !!safely('isNotice', () => adapter.isNotice(to));
      stopWatching();
      safely('could not clear the highlights', clearHighlights);
      removePanel();
      model = null;
      if (!notice) {
        launch(to, 'navigation'); // says "no-notice" and leaves nothing running
        return;
      }
      // The navigation event comes before the portal renders: give it a moment (waitForRoot then waits for the new notice).
      navTimer = ctx.setTimeout(() => {
        navTimer = undefined;
        launch(to, 'navigation');
      }, DEBOUNCE_MS);
    },
    get panel() {
      return panel;
    },
  };
}

/**
 * The element to watch: the one the adapter's selectors found, widened to the nearest ancestor holding most of
 * what the adapter read (a fallback selector may find a single label), never beyond <body>.
 */
export function noticeRoot(found: Element, extraction: Extraction): Element {
  const firsts = Object.values(extraction.sources)
    .map((s) => s.nodes[0])
    .filter((n): n is Text => !!n);
  let root = found;
  const holds = (el: Element) => firsts.filter((n) => el.contains(n)).length;
  while (firsts.length && holds(root) * 2 < firsts.length && root.parentElement && root !== document.body) root = root.parentElement;
  return root;
}

/** A notice with nothing read, and why: the engine then reports every criterion as uncertain, never missing. */
export function emptyNotice(adapter: PortalAdapter, url: URL, gap: string): Notice {
  const pubno = /\b(\d{1,8}-\d{4})\b/.exec(url.pathname)?.[1];
  return {
    format: adapter.id === 'ted' ? 'ted-html' : 'html',
    ...(pubno ? { id: pubno } : {}),
    url: url.href,
    title: document.title.trim(),
    language: toIso6391(document.documentElement.lang.slice(0, 2)),
    cpv: [],
    sections: [],
    fields: [],
    gaps: gap ? [gap] : [],
  };
}
