/**
 * "Model clauses" in the in-page panel: the background opens the popup for that tab and criterion.
 *
 * The toolbar popup is the best place (next to the page, and the page keeps the field the user was typing in),
 * but `action.openPopup()` cannot carry a query string and is refused in some browsers or states (Firefox
 * without a user gesture, no focused window). So the request also goes into session storage, where the popup
 * finds it when it opens; and where the popup cannot open, a small window shows `popup.html?tab=&criterion=`.
 * No Dexie and no zod here: the background imports it.
 */
import { browser } from 'wxt/browser';
import type { PanelMessage } from './messages';

export const CLAUSES_REQUEST_KEY = 'clauses-request';
/** A request older than this is not the one the user just made. */
const REQUEST_TTL_MS = 60_000;

interface ClausesRequest {
  tabId: number;
  criterion: string;
  at: number;
}

export function isOpenClausesMessage(m: unknown): m is PanelMessage {
  return (
    typeof m === 'object' &&
    m !== null &&
    (m as { type?: unknown }).type === 'open-clauses' &&
    typeof (m as { criterion?: unknown }).criterion === 'string' &&
    /^[a-z]+(-[a-z0-9]+)+$/.test((m as { criterion: string }).criterion)
  );
}

export const clausesPopupPath = (tabId: number, criterion: string) =>
  `/popup.html?tab=${tabId}&criterion=${encodeURIComponent(criterion)}` as const;

/** Opens the clauses of `criterion` for the tab; false when nothing could be opened. */
export async function openClauses(tabId: number, windowId: number | undefined, criterion: string, now = Date.now()): Promise<boolean> {
  const request: ClausesRequest = { tabId, criterion, at: now };
  await browser.storage.session.set({ [CLAUSES_REQUEST_KEY]: request });
  const action = browser.action as typeof browser.action & { openPopup?: (o?: { windowId?: number }) => Promise<void> };
  if (typeof action.openPopup === 'function') {
    try {
      await action.openPopup(windowId !== undefined ? { windowId } : undefined);
      return true;
    } catch {
      // refused (no user gesture, no focused window): a window instead
    }
  }
  await browser.storage.session.remove(CLAUSES_REQUEST_KEY);
  const url = browser.runtime.getURL(clausesPopupPath(tabId, criterion));
  try {
    await browser.windows.create({ url, type: 'popup', width: 440, height: 640 });
    return true;
  } catch {
    try {
      await browser.tabs.create({ url }); // Firefox for Android has no windows
      return true;
    } catch {
      return false;
    }
  }
}

/** The popup, opened for `tabId`: the criterion the panel asked for, if any (read once). */
export async function takeClausesRequest(tabId: number, now = Date.now()): Promise<string | null> {
  const stored = (await browser.storage.session.get(CLAUSES_REQUEST_KEY))[CLAUSES_REQUEST_KEY] as Partial<ClausesRequest> | undefined;
  if (!stored || stored.tabId !== tabId || typeof stored.criterion !== 'string') return null;
  await browser.storage.session.remove(CLAUSES_REQUEST_KEY);
  return typeof stored.at === 'number' && now - stored.at < REQUEST_TTL_MS ? stored.criterion : null;
}
