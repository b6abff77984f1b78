/**
 * The popup's "Insert": the clause goes to the tab's page (its top frame's content script, insert.ts), into the
 * field the officer last typed in. When the page has no such field, or no content script answers (a page Tender
 * Lens does not run on, or one opened before the extension was installed or updated), the clause is copied to
 * the clipboard instead, and the popup says so.
 */
import { browser } from 'wxt/browser';
import type { InsertClauseMessage, InsertClauseResponse } from '../../utils/messages';
import { translator, type Translator } from '../../utils/ui-i18n';
import { failureText } from './insert-outcome';

/** `reason`: why it failed, in the UI language. */
export type InsertOutcome = { kind: 'inserted'; field: string } | { kind: 'copied' } | { kind: 'failed'; reason: string };

const isResponse = (r: unknown): r is InsertClauseResponse =>
  !!r && typeof r === 'object' && typeof (r as { inserted?: unknown }).inserted === 'boolean';

export async function insertIntoTab(tabId: number, text: string, tr: Translator = translator('en')): Promise<InsertOutcome> {
  let why = tr.t('insert_whyNoField');
  try {
    const message: InsertClauseMessage = { type: 'insert-clause', text };
    // frameId 0: the top frame tracks the fields of its same-origin iframes (editors) itself; asking every frame
    // would insert the clause once per frame.
    const response: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    if (isResponse(response)) {
      if (response.inserted) return { kind: 'inserted', field: response.field };
      why = tr.t('insert_whyRefused', failureText(tr, response.reason));
    }
  } catch {
    why = tr.t('insert_whyNotRunning');
    // No content script here: with the activeTab grant of the click that opened the popup, put the clause into the
    // page's focused field all the same (insert-here.ts). Without the grant (popup.html?tab= in a tab of its own,
    // a page the browser protects) this fails, and the clipboard takes over.
    const injected = await insertByInjection(tabId, text);
    if (injected?.inserted) return { kind: 'inserted', field: injected.field };
    if (injected) why = tr.t('insert_whyRefused', failureText(tr, injected.reason));
  }
  try {
    await copyText(text);
    return { kind: 'copied' };
  } catch (e) {
    return { kind: 'failed', reason: tr.t('insert_copyFailed', why, String((e as Error)?.message ?? e)) };
  }
}

const INSERT_HERE_KEY = '__tenderLensInsertHere';

async function insertByInjection(tabId: number, text: string): Promise<InsertClauseResponse | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/insert-here.js'] });
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: (key: string, clause: string) => {
        const insert = (globalThis as unknown as Record<string, ((t: string) => unknown) | undefined>)[key];
        return insert ? insert(clause) : null;
      },
      args: [INSERT_HERE_KEY, text],
    });
    return isResponse(first?.result) ? first.result : null;
  } catch {
    return null;
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
