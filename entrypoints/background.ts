/**
 * The background keeps each tab's report and its toolbar badge; the logic lives in utils/tab-reports.ts.
 * Listeners are registered synchronously in main(): an MV3 service worker only gets the events that woke
 * it if their listeners exist by the end of its first run.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import {
  clearTabReport,
  forgetTab,
  getReportResponse,
  isContentMessage,
  isPopupMessage,
  markNoNotice,
  saveTabReport,
  setHighlighted,
} from '../utils/tab-reports';
import { defaultCatalogue } from '../utils/default-catalogue';
import { audit } from '../utils/engine';
import { syncPortalScripts } from '../utils/custom-portals';
import type { AuditResponse, CriterionName, GetReportResponse, OpenClausesResponse } from '../utils/messages';
import { isOpenClausesMessage, openClauses } from '../utils/open-clauses';
import { purgeDeleted } from '../utils/library/clauses';
import { openReadyLibrary } from '../utils/library/ready';
import type { Report } from '../utils/report';

type Sender = Browser.runtime.MessageSender;

/** An extension page (the popup, or the popup opened in a tab as `popup.html?tab=<id>`), not a content script. */
function fromExtensionPage(sender: Sender): boolean {
  return !sender.tab || (sender.url?.startsWith(browser.runtime.getURL('/')) ?? false);
}

/**
 * Names and one-line "why" of the report's criteria for the in-page panel, in `lang` when the catalogue has it
 * (en, fr, de, es), English otherwise. Only these two short strings: clause texts stay in the extension.
 */
function criterionNames(report: Report, lang: unknown): Record<string, CriterionName> {
  const byId = new Map(defaultCatalogue.criteria.map((c) => [c.id, c]));
  const names: Record<string, CriterionName> = {};
  for (const { id } of report.results) {
    const c = byId.get(id);
    if (!c) continue;
    const l = typeof lang === 'string' && Object.hasOwn(c.name, lang) ? (lang as keyof typeof c.name) : 'en';
    names[id] = { name: c.name[l], why: c.why[l] };
  }
  return names;
}

/** Deleted clauses stay this long, for "Undo" (and a second thought), then go for good. */
const KEEP_DELETED_MS = 30 * 86_400_000;

/**
 * Seeds the clause library at install, and refreshes its catalogue clauses after an update (the pages also do
 * it on first use, so a failure here costs nothing but a log line). IndexedDB may be unavailable (a private
 * profile): the audit does not need it.
 */
async function prepareLibrary(): Promise<void> {
  const opened = await openReadyLibrary();
  if (!opened.ok) {
    console.warn('Tender Lens: clause library unavailable:', opened.error.detail);
    return;
  }
  try {
    await purgeDeleted(opened.db, Date.now() - KEEP_DELETED_MS);
  } finally {
    opened.db.close();
  }
}

type Response = GetReportResponse | AuditResponse | OpenClausesResponse;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse: (response: Response) => void) => {
      // Only our own scripts; messages from other extensions (or a page spoofing one) are ignored.
      if (sender.id !== browser.runtime.id) return undefined;

      // The in-page panel's "Model clauses": the popup for that tab and criterion.
      if (isOpenClausesMessage(message)) {
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0) return undefined;
        openClauses(tabId, sender.tab?.windowId, message.criterion).then(
          (opened) => sendResponse({ opened }),
          () => sendResponse({ opened: false }),
        );
        return true;
      }

      if (isContentMessage(message)) {
        const tabId = sender.tab?.id;
        // The top frame speaks for the tab: a portal iframe saying "no notice" must not clear the page's report.
        if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) {
          return undefined;
        }
        if (message.type === 'audit') {
          const notice = { ...message.notice, url: sender.tab?.url ?? message.notice.url };
          let response: AuditResponse;
          try {
            const report = audit(notice, defaultCatalogue);
            void saveTabReport(tabId, { report, highlighted: null });
            response = { report, names: criterionNames(report, message.lang) };
          } catch (e) {
            // a notice the engine cannot read: say so to the content script, never leave the page half-done
            response = { error: String((e as Error)?.message ?? e) };
          }
          sendResponse(response);
          return true;
        }
        void (message.type === 'highlighted' ? setHighlighted(tabId, message.count) : markNoNotice(tabId));
        return undefined; // no answer: lets the sender's promise settle at once
      }

      if (isPopupMessage(message) && fromExtensionPage(sender)) {
        // sendResponse + `true` rather than a returned promise: works with the polyfill, Firefox and Chrome,
        // and never claims to answer messages meant for another listener.
        getReportResponse(message.tabId).then(sendResponse, () => sendResponse({ report: null, highlighted: 0 }));
        return true;
      }
      return undefined;
    },
  );

  // A new page in the tab: its old report no longer describes it. The content script reports again
  // (or says "no-notice") once the new page is read. `status` needs no "tabs" permission.
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (changeInfo.status === 'loading') void clearTabReport(tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  // The portals the user added (options page): their content scripts are registered at run time; Chrome drops
  // them on an update, and a browser may not keep them across sessions. Put back what is missing.
  browser.runtime.onStartup.addListener(() => void syncPortalScripts());
  browser.runtime.onInstalled.addListener(() => {
    void syncPortalScripts();
    void prepareLibrary().catch((e: unknown) => console.warn('Tender Lens: clause library not prepared', e));
  });
});
