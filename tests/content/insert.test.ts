/** @vitest-environment happy-dom */
// "Insert": which field, what it is called, how the text is shaped, and the answer to the popup. The browser's
// own typing (execCommand), editors and undo are tested in Chromium (e2e/drafting.test.mjs); happy-dom has no
// execCommand, so here the fallbacks run (setRangeText + an input event, a Range + an input event).
import { afterEach, describe, expect, it } from 'vitest';
import { trackFields } from '../../entrypoints/content/field-tracker';
import { describeField, fieldAt, formFields, isUsable, labelOf, sourceElement } from '../../entrypoints/content/fields';
import { activeField, handleInsert, insertInto, isInsertClause, occurrences, probeOf, textFor } from '../../entrypoints/content/insert';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const el = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the text as it goes into a field', () => {
  it('keeps a textarea’s lines, joins a single-line input’s, and gives an editor one line per paragraph', () => {
    const clause = 'First paragraph.\r\n\r\nSecond paragraph.\nThird line. ';
    expect(textFor('textarea', clause)).toBe('First paragraph.\n\nSecond paragraph.\nThird line. ');
    expect(textFor('input', clause)).toBe('First paragraph. Second paragraph. Third line. ');
    expect(textFor('contenteditable', clause)).toBe('First paragraph.\nSecond paragraph.\nThird line. ');
    expect(textFor('tinymce', '\n\nOne.\n\n')).toBe('One.');
    expect(textFor('ckeditor5', clause)).toBe('First paragraph.\n\nSecond paragraph.\nThird line. '); // its paste makes the paragraphs
  });

  it('finds the clause again whatever the editor did to its spaces and lines', () => {
    expect(probeOf('\n  Suppliers shall hold ISO 14001.\nMore.')).toBe('Suppliers shall hold ISO 14001.');
    expect(occurrences('a Suppliers\u00a0shall  hold b Suppliers shall hold', 'Suppliers shall hold')).toBe(2);
    expect(occurrences('anything', '  ')).toBe(0);
  });
});

describe('fields', () => {
  it('takes text inputs, textareas and editing hosts; not buttons, checkboxes or other input types', () => {
    page(`<input id="t"><input id="s" type="search"><input id="e" type="email"><input id="c" type="checkbox">
      <textarea id="a"></textarea><button id="b">Save</button>
      <div id="host" contenteditable="true"><p id="inner">text</p><span contenteditable="false" id="off">x</span></div>`);
    expect(fieldAt(el('#t'))?.kind).toBe('input');
    expect(fieldAt(el('#s'))?.kind).toBe('input');
    expect(fieldAt(el('#e'))).toBeNull();
    expect(fieldAt(el('#c'))).toBeNull();
    expect(fieldAt(el('#b'))).toBeNull();
    expect(fieldAt(el('#a'))?.kind).toBe('textarea');
    expect(fieldAt(el('#inner'))?.el).toBe(el('#host')); // the editing host, not the paragraph
    expect(fieldAt(el('#off'))).toBeNull();
  });

  it('knows CKEditor 5 and TinyMCE by their classes', () => {
    page(`<div class="ck ck-content ck-editor__editable" contenteditable="true" id="ck5"></div>
      <div class="mce-content-body" contenteditable="true" id="mce"></div>`);
    expect(fieldAt(el('#ck5'))?.kind).toBe('ckeditor5');
    expect(fieldAt(el('#mce'))?.kind).toBe('tinymce');
  });

  it('names a field by its label, aria-labelledby, enclosing label, aria-label, placeholder or name', () => {
    page(`<label for="a">Title of the contract</label><input id="a">
      <span id="l1">Award</span><span id="l2">criteria</span><div contenteditable="true" aria-labelledby="l1 l2" id="b"></div>
      <label>Description <textarea id="c"></textarea></label>
      <input id="d" aria-label="Budget"><input id="e" placeholder="Reference"><input id="f" name="lot-name">`);
    expect(labelOf(el('#a'))).toBe('Title of the contract');
    expect(labelOf(el('#b'))).toBe('Award criteria');
    expect(labelOf(el('#c'))).toBe('Description');
    expect(labelOf(el('#d'))).toBe('Budget');
    expect(labelOf(el('#e'))).toBe('Reference');
    expect(labelOf(el('#f'))).toBe('lot-name');
  });

  it('names an editor by the element it replaced (CKEditor 5 classic: the element before its .ck-editor)', () => {
    page(`<label for="award">Award criteria</label><div id="award" style="display:none"></div>
      <div class="ck ck-editor"><div class="ck-editor__main"><div class="ck-editor__editable" contenteditable="true" aria-label="Rich Text Editor. Editing area: main"></div></div></div>`);
    const field = fieldAt(el('.ck-editor__editable'))!;
    expect(sourceElement(field)).toBe(el('#award'));
    expect(describeField(field)).toBe('Award criteria');
  });

  it('reads every shown field of the form in order, leaving out the elements editors hid', () => {
    page(`<form><input id="title" value="x"><textarea id="hidden" style="display:none"></textarea>
      <div hidden><textarea id="inside-hidden"></textarea></div>
      <div contenteditable="true" id="ce"><p>a</p></div><textarea id="ta"></textarea></form>`);
    expect(formFields(document).map((f) => f.el.id)).toEqual(['title', 'ce', 'ta']);
  });

  it('says when a field is gone or read-only', () => {
    page(`<textarea id="a"></textarea><textarea id="r" readonly></textarea><div contenteditable="false" id="x"></div>`);
    const a = fieldAt(el('#a'))!;
    expect(isUsable(a)).toBe('ok');
    expect(isUsable(fieldAt(el('#r'))!)).toBe('read-only');
    el('#a').remove();
    expect(isUsable(a)).toBe('gone');
  });
});

describe('inserting (the fallbacks: no execCommand here)', () => {
  it('puts the text at a textarea’s caret, keeps the rest, moves the caret after it and fires input', () => {
    page(`<textarea id="a"></textarea>`);
    const ta = el<HTMLTextAreaElement>('#a');
    ta.value = 'Hello world';
    ta.setSelectionRange(6, 6);
    const seen: string[] = [];
    ta.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    expect(insertInto(fieldAt(ta)!, 'dear ')).toBe(true);
    expect(ta.value).toBe('Hello dear world');
    expect(ta.selectionStart).toBe(11);
    expect(seen).toEqual(['insertText']);
  });

  it('replaces the officer’s selection, as typing would', () => {
    page(`<input id="a">`);
    const input = el<HTMLInputElement>('#a');
    input.value = 'Hello world';
    input.setSelectionRange(6, 11);
    expect(insertInto(fieldAt(input)!, 'everyone')).toBe(true);
    expect(input.value).toBe('Hello everyone');
  });

  it('puts plain text into a contenteditable, never markup, lines as <br>', () => {
    page(`<div contenteditable="true" id="ce">Hello world</div>`);
    const ce = el('#ce');
    const range = document.createRange();
    range.setStart(ce.firstChild!, 6);
    range.collapse(true);
    let inputs = 0;
    ce.addEventListener('input', () => inputs++);
    expect(insertInto(fieldAt(ce)!, '<b>bold</b>\nnext ', range)).toBe(true);
    expect(ce.querySelector('b')).toBeNull();
    expect(ce.textContent).toBe('Hello <b>bold</b>next world');
    expect(ce.querySelectorAll('br')).toHaveLength(1);
    expect(inputs).toBe(1);
  });
});

describe('the popup’s message', () => {
  it('is recognised only with a type and a text', () => {
    expect(isInsertClause({ type: 'insert-clause', text: 'x' })).toBe(true);
    expect(isInsertClause({ type: 'insert-clause' })).toBe(false);
    expect(isInsertClause({ type: 'show-evidence', text: 'x' })).toBe(false);
    expect(isInsertClause(null)).toBe(false);
  });

  it('answers no-field when nothing was typed in or focused, read-only for a read-only field', () => {
    page(`<textarea id="a" readonly></textarea><button id="b">x</button>`);
    const controller = new AbortController();
    const tracker = trackFields(document, controller.signal);
    expect(handleInsert(tracker, document, 'clause')).toEqual({ inserted: false, reason: 'no-field' });
    el('#a').focus();
    expect(handleInsert(tracker, document, 'clause')).toEqual({ inserted: false, reason: 'read-only' });
    controller.abort();
  });

  it('inserts into the field last focused even after the focus moved to a button, and names it', () => {
    page(`<label for="a">Description</label><textarea id="a"></textarea><button id="b">Save</button>`);
    const controller = new AbortController();
    const tracker = trackFields(document, controller.signal);
    el('#a').focus();
    el('#b').focus();
    expect(activeField(document)).toBeNull();
    expect(handleInsert(tracker, document, 'A clause.')).toEqual({ inserted: true, field: 'Description' });
    expect(el<HTMLTextAreaElement>('#a').value).toBe('A clause.');
    controller.abort();
  });

  it('falls back to the focused field when the tracked one left the page', () => {
    page(`<textarea id="a"></textarea><input id="b">`);
    const controller = new AbortController();
    const tracker = trackFields(document, controller.signal);
    el('#a').focus();
    el('#b').focus();
    el('#b').remove();
    el('#a').focus();
    expect(handleInsert(tracker, document, 'x')).toMatchObject({ inserted: true });
    controller.abort();
  });
});
