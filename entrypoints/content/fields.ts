/**
 * The fields an officer writes a notice in, on a portal's form: what counts as one, what kind it is (the way text
 * goes into it depends on that: insert.ts), what it is called (its label), and its text.
 *
 * Kinds:
 * - `input`, `textarea`: text controls;
 * - `contenteditable`: any editing host (a plain contenteditable element, or the body of an editor's iframe
 *   such as CKEditor 4's or TinyMCE's, whose document is the editor);
 * - `ckeditor5`: a CKEditor 5 editable (`.ck-editor__editable`): it reverts DOM edits it did not make itself, so
 *   text goes in through its clipboard pipeline;
 * - `tinymce`: TinyMCE's body (`.mce-content-body`, in its iframe or inline): a contenteditable whose undo
 *   manager needs telling.
 *
 * Elements may come from a same-origin iframe's document (another realm): nothing here uses `instanceof`.
 * Plain DOM, no browser API: unit-tested with happy-dom.
 */

export type FieldKind = 'input' | 'textarea' | 'contenteditable' | 'ckeditor5' | 'tinymce';

export interface Field {
  /** The input, the textarea or the editing host. */
  el: HTMLElement;
  kind: FieldKind;
  /** The iframe whose document holds `el` (an iframe editor), or null for the page's own document. */
  frame: HTMLIFrameElement | null;
}

/** Input types that take free text (a clause, a title). Not email, url, number, password and the like. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

const isElement = (n: unknown): n is HTMLElement => !!n && (n as Node).nodeType === 1;

/** The outermost editable ancestor of an element inside a contenteditable (its editing host). */
export function editingHost(el: HTMLElement): HTMLElement {
  let host = el;
  while (host.parentElement && isEditable(host.parentElement)) host = host.parentElement;
  return host;
}

/** Editable as rich text: contenteditable (inherited), or the body of a document in design mode. */
export function isEditable(el: HTMLElement): boolean {
  if (typeof el.isContentEditable === 'boolean' && el.isContentEditable) return true;
  // happy-dom and old engines: read the attribute chain ourselves
  for (let e: HTMLElement | null = el; e; e = e.parentElement) {
    const v = e.getAttribute('contenteditable');
    if (v === 'false') return false;
    if (v !== null && v !== 'inherit') return true;
  }
  return el.ownerDocument.designMode === 'on' && el === el.ownerDocument.body;
}

/** The field an event target belongs to, or null (a button, a checkbox, a read-only text, our own panel). */
export function fieldAt(target: EventTarget | null): Field | null {
  if (!isElement(target)) return null;
  const doc = target.ownerDocument;
  const frame = frameOf(doc);
  const tag = target.tagName;
  if (tag === 'INPUT') {
    const input = target as HTMLInputElement;
    return TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) ? { el: input, kind: 'input', frame } : null;
  }
  if (tag === 'TEXTAREA') return { el: target, kind: 'textarea', frame };
  if (tag === 'HTML' && doc.body && isEditable(doc.body)) return { el: doc.body, kind: kindOfHost(doc.body), frame };
  if (!isEditable(target)) return null;
  const host = editingHost(target);
  return { el: host, kind: kindOfHost(host), frame };
}

function kindOfHost(host: HTMLElement): FieldKind {
  if (host.classList.contains('ck-editor__editable')) return 'ckeditor5';
  if (host.classList.contains('mce-content-body')) return 'tinymce';
  return 'contenteditable';
}

/** The iframe element showing `doc`, when `doc` is a same-origin child frame's document. */
export function frameOf(doc: Document): HTMLIFrameElement | null {
  try {
    const f = doc.defaultView?.frameElement;
    return f && f.tagName === 'IFRAME' ? (f as HTMLIFrameElement) : null;
  } catch {
    return null; // cross-origin parent: not ours to read
  }
}

/** The document of a same-origin iframe, or null (cross-origin, not loaded). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Still on the page, and still takes text (not disabled, not read-only). */
export function isUsable(field: Field): 'ok' | 'gone' | 'read-only' {
  const { el, frame } = field;
  if (!el.isConnected || (frame && !frame.isConnected)) return 'gone';
  if (field.kind === 'input' || field.kind === 'textarea') {
    const c = el as HTMLInputElement | HTMLTextAreaElement;
    return c.disabled || c.readOnly ? 'read-only' : 'ok';
  }
  return isEditable(el) ? 'ok' : 'read-only';
}

// ---- labels --------------------------------------------------------------------------------------------------

const LABEL_MAX = 80;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const clip = (s: string) => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);

/**
 * The element the page wrote the field as, when an editor replaced it: TinyMCE's iframe `<id>_ifr` stands for
 * `#<id>`, CKEditor 4's `.cke_<id>` container for `#<id>`, CKEditor 5 classic's `.ck-editor` comes right after the
 * element it replaced. Its label is the field's label.
 */
export function sourceElement(field: Field): HTMLElement {
  const { el, frame } = field;
  if (frame) {
    const doc = frame.ownerDocument;
    if (frame.id.endsWith('_ifr')) return doc.getElementById(frame.id.slice(0, -4)) ?? frame;
    const cke = frame.closest<HTMLElement>('.cke');
    if (cke?.id.startsWith('cke_')) return doc.getElementById(cke.id.slice(4)) ?? frame;
    return frame;
  }
  if (field.kind === 'ckeditor5') {
    const before = el.closest('.ck-editor')?.previousElementSibling;
    if (isElement(before)) return before;
  }
  return el;
}

/** What the page calls an element: aria-labelledby, <label for>, an enclosing <label>, aria-label, title, placeholder, name, id. */
export function labelOf(el: HTMLElement): string {
  const doc = el.ownerDocument;
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const text = squash(
      by
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    if (text) return clip(text);
  }
  if (el.id) {
    for (const label of doc.querySelectorAll('label')) if (label.htmlFor === el.id && squash(label.textContent)) return clip(squash(label.textContent));
  }
  const wrapping = el.closest('label');
  if (wrapping && squash(wrapping.textContent)) return clip(squash(wrapping.textContent));
  for (const attr of ['aria-label', 'title', 'placeholder', 'name', 'id']) {
    const v = squash(el.getAttribute(attr));
    if (v) return clip(v);
  }
  return '';
}

/** The field's label, else a word for its kind: what the popup says the clause went into. */
export function describeField(field: Field): string {
  return labelOf(sourceElement(field)) || (field.kind === 'input' ? 'text field' : field.kind === 'textarea' ? 'text area' : 'editor');
}

/** The field's text: the value of a text control, the rendered text (line breaks kept) of an editor. */
export function fieldText(field: Field): string {
  const { el } = field;
  if (field.kind === 'input' || field.kind === 'textarea') return (el as HTMLInputElement | HTMLTextAreaElement).value;
  return el.innerText ?? el.textContent ?? '';
}

// ---- every field of a form -----------------------------------------------------------------------------------

/** Shown on the page: hidden source elements of editors (TinyMCE's textarea, CKEditor's div) are not fields. */
export function isShown(el: HTMLElement): boolean {
  if (el.closest('[hidden]')) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility();
  const view = el.ownerDocument.defaultView;
  for (let e: HTMLElement | null = el; e; e = e.parentElement) {
    if (e.hidden || (view && view.getComputedStyle(e).display === 'none')) return false;
  }
  return true;
}

/**
 * Every field on the page an officer may write a notice in, in page order: text controls, editing hosts, and the
 * editable bodies of same-origin iframes (editors). Hidden elements are left out.
 */
export function formFields(doc: Document): Field[] {
  const out: Field[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>('input, textarea, [contenteditable], iframe')) {
    if (el.tagName === 'IFRAME') {
      const inner = frameDocument(el as HTMLIFrameElement);
      const body = inner?.body;
      if (body && isEditable(body) && isShown(el)) out.push({ el: body, kind: kindOfHost(body), frame: el as HTMLIFrameElement });
      continue;
    }
    const field = fieldAt(el);
    if (!field || field.el !== el || !isShown(el)) continue; // a nested contenteditable belongs to its host
    out.push(field);
  }
  return out;
}
