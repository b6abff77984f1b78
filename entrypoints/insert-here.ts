/**
 * "Insert" on a page where Tender Lens has no content script (a portal's drafting form on an address it does not
 * know, a portal the user never added): injected by the popup into the active tab under the `activeTab` grant of
 * the user's click, it defines one function that puts the clause into the page's focused field — the popup
 * leaves the page's focus and caret where the officer left them — and answers like the content script does.
 * It runs nowhere until the user clicks "Insert".
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { InsertClauseResponse } from '../utils/messages';
import { activeField, insertInto } from './content/insert';
import { describeField, isUsable } from './content/fields';

/** The global the popup's second call runs; one name, so that a second injection replaces the first. */
export const INSERT_HERE_KEY = '__tenderLensInsertHere';

export function insertHere(text: string): InsertClauseResponse {
  try {
    const field = activeField(document);
    if (!field) return { inserted: false, reason: 'no-field' };
    const usable = isUsable(field);
    if (usable !== 'ok') return { inserted: false, reason: usable === 'gone' ? 'field-gone' : 'read-only' };
    return insertInto(field, text) ? { inserted: true, field: describeField(field) } : { inserted: false, reason: 'refused' };
  } catch {
    return { inserted: false, reason: 'error' };
  }
}

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[INSERT_HERE_KEY] = insertHere;
});
