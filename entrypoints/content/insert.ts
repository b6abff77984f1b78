/**
 * "Insert" in the popup: the clause's plain text goes into the field the officer last typed in or focused
 * (field-tracker.ts), at their caret, keeping what was there.
 *
 * Choices:
 * - Selection: the caret is where the text goes. If the officer had selected text in that field, the clause
 *   replaces the selection, as typing or pasting would (and undo brings it back); otherwise nothing of the
 *   field's text is removed.
 * - The way in, by kind of field (fields.ts), always the one the field's own undo and the page's scripts follow:
 *   - text controls and plain editors: `document.execCommand('insertText')` on the focused field. It is the
 *     browser's own typing: it goes on the native undo stack and fires `input` (inputType insertText), which
 *     frameworks and the portal's scripts listen to. Still the only way to get both, despite "deprecated".
 *     If it does nothing (an engine without it), text controls get `setRangeText` and an `input` event, and
 *     editors a Range insertion and an `input` event (then the browser's undo does not know the change);
 *   - CKEditor 5 reverts DOM changes it did not make (ckeditor5#11974): the text goes in as a paste
 *     (a `paste` event carrying text/plain), which its clipboard pipeline inserts into its model, as one step of
 *     its own undo, with its change events; lines become soft breaks, blank lines paragraphs;
 *   - TinyMCE ignores `insertText` input events in its undo manager (it records typing from key events), so
 *     Ctrl+Z would also take away what the officer typed before: after the insertion an `input` event of type
 *     insertReplacementText (what a spelling correction sends) makes it record the change as one undo level.
 * - Plain text only: the clause is never parsed as HTML. A single-line input gets the lines joined by spaces;
 *   an editor gets one paragraph per line (blank lines do not make empty paragraphs).
 * - Focus first: the popup took it. The field is focused again and the officer's caret put back (a text
 *   control and CKEditor 5 keep their own; another editor's Range is restored if the page moved the selection).
 * Nothing here throws into the page: every failure becomes an answer `{ inserted: false, reason }`.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { InsertClauseMessage, InsertClauseResponse } from '../../utils/messages';
import { describeField, fieldAt, fieldText, isUsable, type Field } from './fields';
import type { FieldTracker } from './field-tracker';

/** Line endings made \n; for a single-line input, lines joined with a space; for an editor, no blank lines. */
export function textFor(kind: Field['kind'], text: string): string {
  const t = text.replace(/\r\n?/g, '\n');
  if (kind === 'input') return t.replace(/[ \t]*\n\s*/g, ' ');
  if (kind === 'contenteditable' || kind === 'tinymce') return t.replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n').replace(/^\n+|\n+$/g, '');
  return t;
}

/** Whitespace-insensitive count of `needle` in `hay` (editors turn spaces into no-break spaces, lines into blocks). */
export function occurrences(hay: string, needle: string): number {
  const h = hay.replace(/\s+/g, ' ');
  const n = needle.replace(/\s+/g, ' ').trim();
  if (!n) return 0;
  let count = 0;
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) count++;
  return count;
}

/** The first line of the text, at most 60 characters: enough to see that it arrived, whatever the editor made of the rest. */
export function probeOf(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 60);
}

/** The field has the text once more than before. */
const arrived = (field: Field, probe: string, before: number) => occurrences(fieldText(field), probe) > before;

/** Gives the field the focus back, and the officer's caret if the page moved it away. */
export function refocus(field: Field, saved: Range | null): void {
  const { el, frame } = field;
  if (frame) frame.contentWindow?.focus();
  el.focus();
  // A text control keeps its own caret when it loses the focus; CKEditor 5 keeps it in its model and draws it
  // again on focus (a DOM selection set from outside would only move it).
  if (field.kind === 'input' || field.kind === 'textarea' || field.kind === 'ckeditor5') return;
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  const inside = sel.rangeCount > 0 && el.contains(sel.getRangeAt(0).startContainer) && el.contains(sel.getRangeAt(0).endContainer);
  if (inside) return;
  const range = saved && el.contains(saved.startContainer) && el.contains(saved.endContainer) ? saved : endOf(el);
  sel.removeAllRanges();
  sel.addRange(range);
}

function endOf(el: HTMLElement): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}

/** Puts `text` into the field at its caret. True when the field has it. */
export function insertInto(field: Field, text: string, saved: Range | null = null): boolean {
  const doc = field.el.ownerDocument;
  const t = textFor(field.kind, text);
  const probe = probeOf(t);
  if (!probe) return false;
  const before = occurrences(fieldText(field), probe);
  refocus(field, saved);

  if (field.kind === 'input' || field.kind === 'textarea') {
    const c = field.el as HTMLInputElement | HTMLTextAreaElement;
    if (exec(doc, t) && arrived(field, probe, before)) return true;
    const start = c.selectionStart ?? c.value.length;
    const end = c.selectionEnd ?? start;
    c.setRangeText(t, start, end, 'end');
    const caret = Math.min(start + t.length, c.value.length);
    c.setSelectionRange(caret, caret); // 'end' already says so; not every engine follows it
    announce(c, 'insertText', t);
    return arrived(field, probe, before);
  }

  if (field.kind === 'ckeditor5') {
    if (pasteInto(field.el, t) && arrived(field, probe, before)) {
      // a paste it handles fires no input event (it cancels the browser's): say it, as typing there would
      announce(field.el, 'insertFromPaste', null);
      return true;
    }
    // no clipboard pipeline: try as a plain editor (it may keep the text, or revert it; the check says which)
  }

  if (exec(doc, t) && arrived(field, probe, before)) {
    if (field.kind === 'tinymce') announce(field.el, 'insertReplacementText', null);
    return true;
  }
  if (field.kind === 'ckeditor5') return false; // a DOM insertion would be reverted
  insertRange(field.el, t);
  announce(field.el, field.kind === 'tinymce' ? 'insertReplacementText' : 'insertText', t);
  return arrived(field, probe, before);
}

/** The browser's own typing; false where the command is unsupported or did nothing. */
function exec(doc: Document, text: string): boolean {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** An untrusted paste has no default action: only an editor that handles paste itself (and cancels it) inserts. */
function pasteInto(el: HTMLElement, text: string): boolean {
  try {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    return !el.dispatchEvent(event);
  } catch {
    return false; // no DataTransfer constructor in this engine
  }
}

/** The last resort for an editor: lines as text nodes with <br> between them, the caret after them. */
function insertRange(host: HTMLElement, text: string): void {
  const doc = host.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return;
  const range = sel.rangeCount > 0 ? sel.getRangeAt(0) : endOf(host);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) range.setStartAfter(last);
  range.collapse(true);
  sel.removeAllRanges();
  sel.addRange(range);
}

/** Tells the page's scripts that the field changed, the way typing does. */
function announce(el: HTMLElement, inputType: string, data: string | null): void {
  el.dispatchEvent(new InputEvent('input', { inputType, data, bubbles: true, composed: true }));
}

/** The popup's message, checked: anything else is not ours to answer. */
export function isInsertClause(m: unknown): m is InsertClauseMessage {
  const t = m as Partial<InsertClauseMessage> | null;
  return !!t && t.type === 'insert-clause' && typeof t.text === 'string';
}

/** Answers one "insert-clause": into the tracked field, else the page's focused field. */
export function handleInsert(tracker: FieldTracker, doc: Document, text: string): InsertClauseResponse {
  try {
    tracker.refresh();
    let field = tracker.current();
    let saved = tracker.selection();
    if (!field || isUsable(field) === 'gone') {
      field = activeField(doc);
      saved = null;
    }
    if (!field) return { inserted: false, reason: 'no-field' };
    const usable = isUsable(field);
    if (usable === 'gone') return { inserted: false, reason: 'field-gone' };
    if (usable === 'read-only') return { inserted: false, reason: 'read-only' };
    return insertInto(field, text, saved) ? { inserted: true, field: describeField(field) } : { inserted: false, reason: 'refused' };
  } catch {
    return { inserted: false, reason: 'error' };
  }
}

/** The focused field, looking into same-origin iframes and open shadow roots. */
export function activeField(doc: Document): Field | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 8; depth++) {
    if (active.tagName === 'IFRAME') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        return null;
      }
      if (!inner) return null;
      active = inner.activeElement;
      continue;
    }
    const shadow = (active as HTMLElement).shadowRoot?.activeElement;
    if (shadow) {
      active = shadow;
      continue;
    }
    break;
  }
  return fieldAt(active);
}

/**
 * Answers the popup's "insert-clause" messages for this page, for as long as the content script lives.
 * `onInserted`: the field that took a clause (drafting mode checks the draft again).
 */
export function listenForInsert(ctx: ContentScriptContext, tracker: FieldTracker, onInserted: (field: Field) => void): void {
  const listener = (message: unknown) => {
    if (!isInsertClause(message) || ctx.isInvalid) return undefined; // not ours: let other listeners answer
    const response = handleInsert(tracker, document, message.text);
    if (response.inserted) {
      const field = tracker.current() ?? activeField(document);
      if (field) {
        try {
          onInserted(field);
        } catch {
          // drafting's business; the insertion stands
        }
      }
    }
    return Promise.resolve(response);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    // after an update or a reload of the extension, browser.runtime is gone: nothing is left to remove
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // the listener went with the extension's context
    }
  });
}
