/**
 * The content script: find the portal's adapter → wait for the notice → extract → have the background audit it
 * → highlight the evidence and show the in-page panel (lens.ts); again on client-side navigation.
 * Kept light on purpose: no zod, no Dexie, no catalogue (its patterns alone are ~50 kB gzipped: the background
 * holds them, compiled once, and audits off the portal page's main thread), no UI framework.
 *
 * `matches` is the union of the adapters' patterns, which may include a single-page portal's other pages (its
 * search, say): there the script only listens for WXT's location changes, so that it sees the user open a
 * notice without a page load, and tracks the form field last typed in ("Insert" from the popup, drafting mode);
 * the adapter's `isNotice` decides.
 */
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserDeps } from './bridge';
import { startDrafting, type Drafting } from './drafting';
import { trackFields } from './field-tracker';
import { listenForInsert } from './insert';
import { log, mark, startLens } from './lens';
import { portals } from './portals';

export default defineContentScript({
  matches: portals.flatMap((p) => p.matches),
  runAt: 'document_idle',
  // WXT's legacy "script started" window.postMessage (its custom event does the same job) costs 5–14 ms of the
  // main thread in Chromium on every matched page (bench/chromium.ts), and wakes the portal's own message
  // listeners: opt into WXT's future default.
  noScriptStartedPostMessage: true,
  main(ctx) {
    mark('start');
    try {
      const deps = browserDeps(ctx);
      const lens = startLens(ctx, deps);
      // Drafting and "Insert" (insert.ts, drafting.ts) on every matched page, forms included: a page that is not
      // a notice keeps nothing running but a few capturing listeners (focus, input, caret) of the field tracker.
      let drafting: Drafting | null = null;
      try {
        const tracker = trackFields(document, ctx.signal);
        drafting = startDrafting(ctx, deps, tracker);
        listenForInsert(ctx, tracker, () => drafting?.schedule());
      } catch (e) {
        log('no drafting here:', e);
      }
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
        lens.navigate(newUrl);
        drafting?.navigate();
      });
    } catch (e) {
      log('stopped:', e);
    }
  },
});
