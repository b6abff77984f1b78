/**
 * "Check this page": the generic reader on whatever page the user asks about. Injected into the active tab by
 * the popup (scripting.executeScript, under the `activeTab` grant of the user's click), and registered as the
 * content script of the portals the user added on the options page (utils/custom-portals.ts). Nothing of it is
 * in the manifest: it runs nowhere until the user asks.
 *
 * It reads the page (entrypoints/content/portals/generic.ts); when the page reads like a tender notice, it asks
 * the background to audit it (the content script's own message, { type: 'audit', notice }) and highlights the
 * evidence with the content script's renderer. Its result, a plain object, is what executeScript returns to
 * the popup: audited, or "this page does not read like a tender notice" with the signals found.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { AuditResponse, ContentMessage, TabMessage } from '../utils/messages';
import type { Notice } from '../utils/notice';
import type { Report } from '../utils/report';
import { clearHighlights, renderHighlights, scrollToEvidence } from './content/highlight';
import { genericReader, NOTICE_THRESHOLD, type NoticeLikeness } from './content/portals/generic';

export type CheckPageResult =
  | { status: 'audited'; score: number; signals: string[]; title: string; highlighted: number }
  | { status: 'not-a-notice'; score: number; signals: string[] }
  | { status: 'failed'; score: number; signals: string[]; error: string };

/** An app page may still be rendering: re-read it on changes, until it reads like a notice or stays quiet. */
const QUIET_MS = 1_000;
const MAX_WAIT_MS = 6_000;

/** One run per page at a time: a second injection (a second click) replaces the first one's listener. */
const GLOBAL_KEY = '__tenderLensCheckPage';
type Previous = { dispose: () => void };

const log = (...args: unknown[]) => console.debug('[Tender Lens]', ...args);

export default defineUnlistedScript(() => checkPage());

export async function checkPage(): Promise<CheckPageResult> {
  const scope = globalThis as unknown as Record<string, Previous | undefined>;
  scope[GLOBAL_KEY]?.dispose();
  scope[GLOBAL_KEY] = undefined;

  const likeness = await waitForNotice();
  const { score, signals } = likeness;
  if (score < NOTICE_THRESHOLD) {
    send({ type: 'no-notice' });
    return { status: 'not-a-notice', score, signals };
  }
  const url = new URL(location.href);
  const extraction = genericReader.extract(document, url);
  if (!extraction) {
    send({ type: 'no-notice' });
    return { status: 'not-a-notice', score, signals };
  }

  const response = await requestAudit(extraction.notice);
  if ('error' in response) return { status: 'failed', score, signals, error: response.error };

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
  scope[GLOBAL_KEY] = {
    dispose: () => {
      browser.runtime.onMessage.removeListener(onMessage);
      clearHighlights();
    },
  };

  let highlighted = 0;
  try {
    highlighted = renderHighlights(response.report, extraction);
  } catch (e) {
    log('could not highlight the evidence:', e);
  }
  send({ type: 'highlighted', count: highlighted });
  return { status: 'audited', score, signals, title: extraction.notice.title, highlighted };
}

/**
 * The page's likeness to a notice; when it does not read like one yet, waits until it has been quiet (no DOM
 * change) for QUIET_MS, at most MAX_WAIT_MS, and reads it again if it changed: one read per quiet spell, never
 * one per mutation.
 */
function waitForNotice(): Promise<NoticeLikeness> {
  let likeness = genericReader.looksLikeNotice(document);
  if (likeness.score >= NOTICE_THRESHOLD || !document.body) return Promise.resolve(likeness);
  return new Promise((resolve) => {
    let changed = false;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      if (changed) likeness = genericReader.looksLikeNotice(document);
      resolve(likeness);
    };
    const observer = new MutationObserver(() => {
      changed = true;
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    let quiet = setTimeout(done, QUIET_MS);
    const limit = setTimeout(done, MAX_WAIT_MS);
  });
}

async function requestAudit(notice: Notice): Promise<{ report: Report } | { error: string }> {
  try {
    const message: ContentMessage = { type: 'audit', notice };
    const response = (await browser.runtime.sendMessage(message)) as AuditResponse | undefined;
    return response ?? { error: 'the background did not answer' };
  } catch (e) {
    return { error: `could not reach the background: ${String((e as Error)?.message ?? e)}` };
  }
}

function send(message: ContentMessage): void {
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
