/**
 * The content script: find the portal's adapter → wait for the notice → extract → have the background audit it
 * → highlight the evidence and show the in-page panel (lens.ts); again on client-side navigation.
 * Kept light on purpose: no zod, no Dexie, no catalogue (its patterns alone are ~50 kB gzipped: the background
 * holds them, compiled once, and audits off the portal page's main thread), no UI framework.
 *
 * `matches` is the union of the adapters' patterns, which may include a single-page portal's other pages (its
 * search, say): there the script only listens for WXT's location changes, so that it sees the user open a
 * notice without a page load; the adapter's `isNotice` decides.
 */
import './style.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserDeps } from './bridge';
import { log, startLens } from './lens';
import { portals } from './portals';

export default defineContentScript({
  matches: portals.flatMap((p) => p.matches),
  runAt: 'document_idle',
  main(ctx) {
    try {
      const lens = startLens(ctx, browserDeps(ctx));
      ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => lens.navigate(newUrl));
    } catch (e) {
      log('stopped:', e);
    }
  },
});
