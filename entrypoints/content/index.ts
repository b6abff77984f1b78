/**
 * The content script: find the portal's adapter → wait for the notice → extract → have the background audit it
 * → highlight the evidence. Everything is caught: whatever happens here, the portal page keeps working.
 * Kept light on purpose: no zod, no Dexie, no catalogue (its patterns alone are ~50 kB gzipped: the background
 * holds them, compiled once, and audits off the portal page's main thread).
 */
import './style.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { AuditResponse, ContentMessage, TabMessage } from '../../utils/messages';
import type { Report } from '../../utils/report';
import { toIso6391, type Notice } from '../../utils/notice';
import { clearHighlights, renderHighlights, scrollToEvidence } from './highlight';
import { findPortal, portals } from './portals';
import type { PortalAdapter } from './portals/types';

/** How long an app page (TED's Angular detail page) may take to render the notice. */
const ROOT_TIMEOUT_MS = 15_000;

const log = (...args: unknown[]) => console.debug('[Tender Lens]', ...args);

export default defineContentScript({
  matches: portals.flatMap((p) => p.matches),
  runAt: 'document_idle',
  main(ctx) {
    run(ctx).catch((e: unknown) => log('stopped:', e));
  },
});

async function run(ctx: ContentScriptContext): Promise<void> {
  const url = new URL(location.href);
  const adapter = findPortal(url);
  if (!adapter || !adapter.isNotice(url)) {
    send(ctx, { type: 'no-notice' });
    return; // nothing left running
  }

  const onMessage = (message: unknown) => {
    if (!isShowEvidence(message)) return undefined; // not ours: let other listeners answer
    try {
      return Promise.resolve(scrollToEvidence(message.criterion, message.index));
    } catch (e) {
      log('could not scroll to the evidence:', e);
      return Promise.resolve(false);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    clearHighlights();
  });

  const root = await waitForRoot(ctx, adapter);
  if (ctx.isInvalid) return;
  if (!root) {
    await requestAudit(ctx, emptyNotice(adapter, url, 'the notice did not appear on the page'));
    send(ctx, { type: 'highlighted', count: 0 });
    return;
  }

  const extraction = adapter.extract(document, url);
  if (!extraction) {
    send(ctx, { type: 'no-notice' });
    return;
  }
  extraction.notice.url = location.href;
  const report = await requestAudit(ctx, extraction.notice);
  if (!report || ctx.isInvalid) return;
  let highlighted = 0;
  try {
    highlighted = renderHighlights(report, extraction);
  } catch (e) {
    log('could not highlight the evidence:', e);
  }
  send(ctx, { type: 'highlighted', count: highlighted });
}

/** Asks the background to audit the notice; null when it cannot (the extension was updated, an error). */
async function requestAudit(ctx: ContentScriptContext, notice: Notice): Promise<Report | null> {
  if (!ctx.isValid) return null;
  try {
    const message: ContentMessage = { type: 'audit', notice };
    const response = (await browser.runtime.sendMessage(message)) as AuditResponse | undefined;
    if (response && 'report' in response) return response.report;
    log('the background could not audit the notice:', response?.error ?? 'no answer');
  } catch (e) {
    log('could not reach the background:', e);
  }
  return null;
}

/**
 * The first of the adapter's root selectors that matches an element with text. On an app page it may appear
 * later: one MutationObserver on the body, disconnected as soon as it is found or after ROOT_TIMEOUT_MS (null).
 */
function waitForRoot(ctx: ContentScriptContext, adapter: PortalAdapter): Promise<Element | null> {
  const find = (): Element | null => {
    for (const selector of adapter.rootSelectors) {
      const el = document.querySelector(selector);
      if (el?.textContent?.trim()) return el;
    }
    return null;
  };
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    let done = false;
    const finish = (el: Element | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(el);
    };
    const observer = new MutationObserver(() => {
      const el = find();
      if (el) finish(el);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
    const timer = ctx.setTimeout(() => finish(null), ROOT_TIMEOUT_MS);
    ctx.onInvalidated(() => finish(null));
  });
}

/** A notice with nothing read, and why: the engine then reports every criterion as uncertain, never missing. */
function emptyNotice(adapter: PortalAdapter, url: URL, gap: string): Notice {
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
    gaps: [gap],
  };
}

function send(ctx: ContentScriptContext, message: ContentMessage): void {
  if (!ctx.isValid) return;
  try {
    browser.runtime.sendMessage(message).catch((e: unknown) => log('the background did not take the message:', e));
  } catch (e) {
    log('could not send the message:', e);
  }
}

function isShowEvidence(m: unknown): m is TabMessage {
  const t = m as Partial<TabMessage> | null;
  return !!t && t.type === 'show-evidence' && typeof t.criterion === 'string' && typeof t.index === 'number';
}
