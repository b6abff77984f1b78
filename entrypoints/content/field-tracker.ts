/**
 * Which field the officer last typed in or focused, and where their caret was in it. The popup takes the focus
 * away from the page when the officer clicks "Insert", and they may have clicked elsewhere on the page since:
 * the field and its caret are remembered here (quick-prompt's `lastFocusedEditable` idea).
 *
 * Cheap on purpose, since it runs on every page the content script matches, notices or not: capturing `focusin`
 * and `input` listeners and one `selectionchange` listener per document, each a few property reads. No
 * MutationObserver. Editors in same-origin iframes (TinyMCE, CKEditor 4) have a document of their own: its
 * listeners are added when an iframe loads (a capturing `load` listener on the page sees every iframe's load),
 * when the focus moves into an iframe (the page's window gets `blur` and the iframe becomes the active element),
 * and for the iframes already there at start. Adding the same listener twice is a no-op, so an editor that
 * rewrites its document (`document.open()` drops listeners) is simply listened to again.
 * Every listener goes away with `signal` (the content script's context).
 */
import { fieldAt, frameDocument, type Field } from './fields';

export interface FieldTracker {
  /** The field last focused or typed in (it may have left the page since: check with isUsable). */
  current(): Field | null;
  /**
   * The caret or selection the officer last had in that field, when it is an editor (a Range in its document).
   * A text control keeps its own selection when it loses the focus: nothing to remember for it.
   */
  selection(): Range | null;
  /** Calls back on every `input` in a field (drafting mode): returns the unsubscribe. */
  onInput(listener: (field: Field) => void): () => void;
  /** Looks into iframes again (an insertion asks for the freshest state). */
  refresh(): void;
}

export function trackFields(doc: Document, signal: AbortSignal): FieldTracker {
  let current: Field | null = null;
  let saved: Range | null = null;
  const inputListeners = new Set<(field: Field) => void>();

  const safely = (f: () => void) => {
    try {
      f();
    } catch {
      // a page quirk must never break the page, nor this tracker
    }
  };

  const take = (field: Field) => {
    if (current?.el !== field.el) saved = null;
    current = field;
    remember();
  };

  /** Keeps the caret of the current field while it is still there to read. */
  const remember = () => {
    const field = current;
    if (!field || field.kind === 'input' || field.kind === 'textarea') return;
    const sel = field.el.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (field.el.contains(range.startContainer) && field.el.contains(range.endContainer)) saved = range.cloneRange();
  };

  const targetOf = (e: Event) => (typeof e.composedPath === 'function' ? e.composedPath()[0] : e.target) ?? null;

  const onFocusIn = (e: Event) =>
    safely(() => {
      const target = targetOf(e);
      if ((target as Element | null)?.tagName === 'IFRAME') return attachFrame(target as HTMLIFrameElement, true);
      const field = fieldAt(target);
      if (field) take(field);
    });
  const onInput = (e: Event) =>
    safely(() => {
      const field = fieldAt(targetOf(e));
      if (!field) return;
      take(field);
      for (const l of inputListeners) safely(() => l(field));
    });
  /** Belt and braces for engines that are late with `selectionchange`: the caret after a key or a click. */
  const onCaretMove = (e: Event) =>
    safely(() => {
      if (current && (current.el === targetOf(e) || current.el.contains(targetOf(e) as Node))) remember();
    });
  const onSelectionChange = (e: Event) =>
    safely(() => {
      if (current && current.el.ownerDocument === e.target) remember();
    });
  const onFocusOut = (e: Event) => onCaretMove(e);

  const listen = (d: Document) => {
    const opts = { capture: true, signal } as const;
    d.addEventListener('focusin', onFocusIn, opts);
    d.addEventListener('focusout', onFocusOut, opts);
    d.addEventListener('input', onInput, opts);
    d.addEventListener('keyup', onCaretMove, opts);
    d.addEventListener('mouseup', onCaretMove, opts);
    d.addEventListener('selectionchange', onSelectionChange, opts);
  };

  /** Listens in a same-origin iframe's document; with `focused`, takes its focused field as the current one. */
  const attachFrame = (frame: HTMLIFrameElement, focused: boolean) => {
    const inner = frameDocument(frame);
    if (!inner) return; // cross-origin or not loaded: nothing we may read
    listen(inner);
    if (!focused) return;
    const field = fieldAt(inner.activeElement) ?? fieldAt(inner.body);
    if (field) take(field);
  };
  const attachFrames = () => {
    for (const frame of doc.querySelectorAll('iframe')) safely(() => attachFrame(frame, false));
  };

  listen(doc);
  const opts = { capture: true, signal } as const;
  doc.addEventListener('load', (e) => safely(() => (e.target as Element | null)?.tagName === 'IFRAME' && attachFrame(e.target as HTMLIFrameElement, false)), opts);
  // Focus moving into an iframe: the page's window loses it, and the iframe becomes the page's active element.
  doc.defaultView?.addEventListener(
    'blur',
    () =>
      safely(() => {
        const active = doc.activeElement;
        if (active?.tagName === 'IFRAME') attachFrame(active as HTMLIFrameElement, true);
      }),
    opts,
  );
  safely(attachFrames);
  // Focused before the content script ran (document_idle): the active element is the first guess.
  safely(() => {
    const field = fieldAt(doc.activeElement);
    if (field) take(field);
  });

  return {
    current: () => current,
    selection: () => saved,
    onInput(listener) {
      inputListeners.add(listener);
      return () => inputListeners.delete(listener);
    },
    refresh: () => safely(attachFrames),
  };
}
