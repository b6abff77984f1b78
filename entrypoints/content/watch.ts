/**
 * Watching the page, cheaply: wait for the notice's root to appear (app pages render it late), then watch only
 * that root for changes (single-page portals replace a notice's content without a page load). Timers go through
 * `ctx` so that nothing outlives the content script; nothing here runs on a page that is not a notice.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwnNode } from './marks';

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
      if (!el?.textContent?.trim()) continue;
      if (!acceptStale && stale && el === stale.el && hashText(textOf(el)) === stale.hash) return null;
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
  stop(): void;
}

/**
 * One MutationObserver on the notice's root (its subtree) and on the root's parent (its children only: to see
 * the root itself replaced), debounced: `onChange` runs once, DEBOUNCE_MS after the last mutation of the page.
 * Mutations of our own nodes (marks, the panel's host) are ignored. Never document-wide.
 */
export function watchRoot(ctx: ContentScriptContext, root: Element, onChange: () => void, debounceMs = DEBOUNCE_MS): RootWatcher {
  const parent = root.parentNode;
  let timer: number | undefined;

  const fromPage = (r: MutationRecord): boolean => {
    if (r.target === parent) return [...r.removedNodes].includes(root); // the root's siblings are not the notice
    if (isOwnNode(r.target)) return false;
    if (r.type !== 'childList') return true;
    const nodes = [...r.addedNodes, ...r.removedNodes];
    return nodes.length === 0 || !nodes.every(isOwnNode);
  };
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
    stop() {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
