/**
 * The popup's "Insert": the clause goes to the tab's page (its top frame's content script, insert.ts), into the
 * field the officer last typed in. When the page has no such field, or no content script answers (a page Tender
 * Lens does not run on, or one opened before the extension was installed or updated), the clause is copied to
 * the clipboard instead, and the popup says so.
 */
import { browser } from 'wxt/browser';
import type { InsertClauseMessage, InsertClauseResponse } from '../../utils/messages';

export type InsertOutcome = { kind: 'inserted'; field: string } | { kind: 'copied' } | { kind: 'failed'; reason: string };

const isResponse = (r: unknown): r is InsertClauseResponse =>
  !!r && typeof r === 'object' && typeof (r as { inserted?: unknown }).inserted === 'boolean';

export async function insertIntoTab(tabId: number, text: string): Promise<InsertOutcome> {
  let why = 'no field on the page to insert into';
  try {
    const message: InsertClauseMessage = { type: 'insert-clause', text };
    // frameId 0: the top frame tracks the fields of its same-origin iframes (editors) itself; asking every frame
    // would insert the clause once per frame.
    const response: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    if (isResponse(response)) {
      if (response.inserted) return { kind: 'inserted', field: response.field };
      why = `not inserted (${response.reason})`;
    }
  } catch {
    why = 'Tender Lens does not run on this page';
  }
  try {
    await copyText(text);
    return { kind: 'copied' };
  } catch (e) {
    return { kind: 'failed', reason: `${why}; copying failed too: ${String((e as Error)?.message ?? e)}` };
  }
}

/** The async Clipboard API; where it is refused (no focus, an old engine), a selected textarea and "copy". */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (e) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      // no execCommand in this engine: the first error says why
    }
    area.remove();
    if (!copied) throw e;
  }
}
