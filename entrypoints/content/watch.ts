/**
 * Watching the page, cheaply: wait for the notice's root to appear (app pages render it late), then watch only
 * that root for changes (single-page portals replace a notice's content without a page load). Timers go through
 * `ctx` so that nothing outlives the content script; nothing here runs on a page that is not a notice.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnNode } from './marks';
import { runAtOnce, type Steps } from './slices';

/** Quiet time after the last mutation before the notice is read again. */
export const DEBOUNCE_MS = 300;

/** FNV-1a (32 bits) and the length: the same text gives the same value; cheap enough on every debounced change. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16)}:${text.length}`;
}

/** The text a root's hash is taken of. Marks hold the page's own text, so wrapping evidence leaves it unchanged. */
export const textOf = (el: Element): string => el.textContent ?? '';

const FNV_OFFSET = 0x811c9dc5;
/** Characters hashed between two yields of hashSteps. */
const CHARS_PER_STEP = 32_768;

/**
 * hashText(textOf(el)) as work in steps (slices.ts), without building the text: its text nodes one after the
 * other (textContent is their concatenation), a long one in pieces. A notice of 10 MB is hashed in slices rather
 * than in one task of a tenth of a second.
 */
export function* hashSteps(el: Element): Steps<string> {
  let h = FNV_OFFSET;
  let length = 0;
  let budget = CHARS_PER_STEP;
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let from = 0; from < data.length; ) {
      const to = Math.min(data.length, from + budget);
      for (let i = from; i < to; i++) {
        h ^= data.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
      budget -= to - from;
      from = to;
      if (budget <= 0) {
        budget = CHARS_PER_STEP;
        yield;
      }
    }
    length += data.length;
    budget -= 16; // a node costs something even when it is short
    if (budget <= 0) {
      budget = CHARS_PER_STEP;
      yield;
    }
  }
  return `${(h >>> 0).toString(16)}:${length}`;
}

/** hashText(textOf(el)), without building the text. */
export const hashTextOf = (el: Element): string => runAtOnce(hashSteps(el));

/** Whether the element holds any text but white space: stops at the first such text node (textContent would copy all of it). */
export function hasText(el: Element): boolean {
  const walker = (el.ownerDocument ?? document).createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) return true;
  return false;
}

/**
 * The first of the selectors that matches an element with text. On an app page it may appear later: one
 * MutationObserver on the body, disconnected as soon as it is found, the run is aborted, or after `timeoutMs`
 * (then null). `stale`: the previous notice's root after a client-side navigation, which does not count while
 * its text is unchanged (the navigation event comes before the portal renders the new notice), unless nothing
 * else appears before the timeout.
 */
export function waitForRoot(
  ctx: ContentScriptContext,
  selectors: readonly string[],
  signal: AbortSignal,
  timeoutMs: number,
  stale?: { el: Element; hash: string },
): Promise<Element | null> {
  const find = (acceptStale: boolean): Element | null => {
    for (const selector of selectors) {
      let el: Element | null = null;
      try {
        el = document.querySelector(selector);
      } catch {
        continue; // a selector this browser does not know
      }
      if (!el || !hasText(el)) continue;
      if (!acceptStale && stale && el === stale.el && hashTextOf(el) === stale.hash) return null;
      return el;
    }
    return null;
  };
  const now = find(false);
  if (now || signal.aborted) return Promise.resolve(signal.aborted ? null : now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (el: Element | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(el);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const el = find(false);
      if (el) finish(el);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = ctx.setTimeout(() => finish(find(true)), timeoutMs);
    signal.addEventListener('abort', onAbort);
  });
}

export interface RootWatcher {
  /** Runs our own writes to the page (highlights) without the observer seeing them. */
  pause<T>(write: () => T): T;
  /** As if the page had changed: `onChange` runs after the debounce (a change seen before the watcher was). */
  poke(): void;
  stop(): void;
}

/** Whether a mutation record is the page's own change of the root (not one of our marks, not a sibling of the root). */
function fromPageOf(root: Element, parent: Node | null): (r: MutationRecord) => boolean {
  return (r) => {
    if (r.target === parent) return [...r.removedNodes].includes(root); // the root's siblings are not the notice
    if (isOwnNode(r.target)) return false;
    if (r.type !== 'childList') return true;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length === 0 || !nodes.every(isOwnNode);
  };
}

/**
 * Records whether the page changes the root (as watchRoot sees changes) while the lens reads it in slices;
 * `stop()` says whether it did.
 */
export function watchChanges(root: Element): { stop(): boolean } {
  const parent = root.parentNode;
  const fromPage = fromPageOf(root, parent);
  let changed = false;
  const observer = new MutationObserver((records) => {
    changed ||= records.some(fromPage);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  if (parent) observer.observe(parent, { childList: true });
  return {
    stop() {
      changed ||= observer.takeRecords().some(fromPage);
      observer.disconnect();
      return changed;
    },
  };
}

/**
 * One MutationObserver on the notice's root (its subtree) and on the root's parent (its children only: to see
 * the root itself replaced), debounced: `onChange` runs once, DEBOUNCE_MS after the last mutation of the page.
 * Mutations of our own nodes (marks, the panel's host) are ignored. Never document-wide.
 */
export function watchRoot(ctx: ContentScriptContext, root: Element, onChange: () => void, debounceMs = DEBOUNCE_MS): RootWatcher {
  const parent = root.parentNode;
  let timer: number | undefined;
  const fromPage = fromPageOf(root, parent);
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      onChange();
    }, debounceMs);
  };
  const handle = (records: MutationRecord[]) => {
    if (records.some(fromPage)) schedule();
  };
  const observer = new MutationObserver(handle);
  const observe = () => {
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    if (parent) observer.observe(parent, { childList: true });
  };
  observe();

  return {
    pause(write) {
      const pending = observer.takeRecords(); // the page's, not yet delivered: kept
      observer.disconnect();
      try {
        return write();
      } finally {
        observe();
        handle(pending);
      }
    },
    poke: schedule,
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
