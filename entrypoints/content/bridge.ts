/**
 * The lens's link to the extension (LensDeps over browser.runtime and browser.storage). Every call checks
 * `ctx.isValid` first; after an update or a reload of the extension, the old content script's calls fail with
 * "Extension context invalidated": that is logged once, the context is aborted (which takes our marks and panel
 * out of the page, lens.ts) and the script stops quietly.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AuditResponse, ContentMessage, OpenClausesResponse, PanelMessage, TabMessage } from '../../utils/messages';
import { HIDDEN_SITES_KEY } from './hidden-sites';
import { loadChosenLanguage } from './i18n';
import { log, type LensDeps } from './lens';
import { findPortal } from './portals';
import { pageSlicing } from './slices';
import { browserShadowRootOf } from './unread-parts';

let invalidatedNoted = false;

/** True (and the script stopped) when the error says the extension's context is gone. */
function stopIfInvalidated(ctx: ContentScriptContext, e: unknown): boolean {
  if (!/context invalidated/i.test(String((e as Error)?.message ?? e))) return false;
  if (!invalidatedNoted) log('the extension was updated or reloaded; reload the page to use it here again');
  invalidatedNoted = true;
  if (!ctx.signal.aborted) ctx.abort('Extension context invalidated');
  return true;
}

/** Removes a listener; after an update or a reload of the extension the API is gone, and the listener with it. */
function gone(remove: () => void): void {
  try {
    remove();
  } catch {
    // nothing left to remove
  }
}

function isShowEvidence(m: unknown): m is TabMessage {
  const t = m as Partial<TabMessage> | null;
  return !!t && t.type === 'show-evidence' && typeof t.criterion === 'string' && typeof t.index === 'number';
}

export function browserDeps(ctx: ContentScriptContext): LensDeps {
  const ask = async (message: ContentMessage | PanelMessage): Promise<unknown> => {
    if (!ctx.isValid) return undefined;
    try {
      return await browser.runtime.sendMessage(message);
    } catch (e) {
      if (!stopIfInvalidated(ctx, e)) log('could not reach the background:', e);
      return undefined;
    }
  };
  // The UI language chosen in the options, read once, when the first notice is audited (a matched page that is
  // not a notice never reads the storage); criterion names are asked for in it.
  let chosen: ReturnType<typeof loadChosenLanguage> | undefined;
  return {
    findAdapter: findPortal,
    async audit(notice, lang) {
      chosen ??= loadChosenLanguage(browser.storage.local);
      const response = (await ask({ type: 'audit', notice, lang: (await chosen) ?? lang })) as AuditResponse | undefined;
      if (response && 'report' in response) return { report: response.report, names: response.names ?? {} };
      if (ctx.isValid) log('the background could not audit the notice:', response?.error ?? 'no answer');
      return null;
    },
    notify(message) {
      void ask(message);
    },
    async openClauses(criterion) {
      // the background opens the popup at popup.html?tab=<id>&criterion=<id> and answers { opened: true }
      const response = (await ask({ type: 'open-clauses', criterion })) as OpenClausesResponse | undefined;
      return response?.opened === true;
    },
    settings: browser.storage.local,
    watchSettings(onChange) {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && HIDDEN_SITES_KEY in changes) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => gone(() => browser.storage.onChanged.removeListener(listener));
    },
    onShowEvidence(handler) {
      const listener = (message: unknown) => {
        if (!isShowEvidence(message)) return undefined; // not ours: let other listeners answer
        return Promise.resolve(handler(message.criterion, message.index));
      };
      browser.runtime.onMessage.addListener(listener);
      return () => gone(() => browser.runtime.onMessage.removeListener(listener));
    },
    language: () => navigator.language,
    // a long notice is read in slices of the page's time; parts in closed shadow roots are seen, to be said
    slicing: pageSlicing,
    shadowRootOf: browserShadowRootOf(),
  };
}
