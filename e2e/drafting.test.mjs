/**
 * End to end: a portal's drafting form (e2e/pages/drafting-form.html) in Chromium with the extension, served at a
 * Find a Tender address the content script matches (not a notice), with every kind of field an officer writes
 * in: a text input, a textarea, a contenteditable element, CKEditor 5 (classic), TinyMCE and CKEditor 4 (both in
 * iframes). The editors come from node_modules, served on the same origin: no network.
 *
 * "Insert" goes the popup's way: from an extension page (popup.html?tab=<id>, opened as a tab, which also takes
 * the focus from the form as the real popup does), `tabs.sendMessage(tabId, {type: 'insert-clause'}, {frameId: 0})`.
 * For each field: the clause lands at the officer's caret, the old text stays, the caret ends after the clause,
 * the page's own listeners see the change, and Ctrl+Z in the field takes the clause out again.
 * Drafting mode: writing in the form re-audits it (the tab's stored report follows the draft).
 * Waits only for conditions; no timing is asserted.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launch, ROOT, waitForTabReport } from './browser.mjs';

/** Not a notice (Find a Tender's notices are /Notice/NNNNNN-YYYY), inside the content script's matches. */
const FORM = 'https://www.find-tender.service.gov.uk/Notice/Draft/e2e-drafting-form';
const ORIGIN = new URL(FORM).origin;
const ASSETS = { ckeditor5: 'node_modules/ckeditor5/dist/browser', tinymce: 'node_modules/tinymce', ckeditor4: 'node_modules/ckeditor4' };
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.gif': 'image/gif' };

/** The page, and the editors' files under /e2e-assets/<editor>/…; everything else on the web is a 404. */
async function serveForm(context) {
  await context.route(/^https?:\/\//, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
  await context.route(`${ORIGIN}/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.href === FORM) return route.fulfill({ status: 200, contentType: TYPES['.html'], body: readFileSync(join(ROOT, 'e2e/pages/drafting-form.html')) });
    const m = /^\/e2e-assets\/(ckeditor5|tinymce|ckeditor4)\/([\w./-]+)$/.exec(url.pathname);
    const file = m && !m[2].includes('..') ? join(ROOT, ASSETS[m[1]], m[2]) : null;
    if (file && existsSync(file)) return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

const editorsReady = (page) =>
  page.waitForFunction(() => !!(window.editors?.award && window.editors?.selection && window.editors?.specification), null, { timeout: 30000 });

const tabIds = (worker) => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));

/**
 * Opens `url` in a new tab and finds that tab's id: the tab that was not there before (tabs.query hides the
 * URLs of tabs without the "tabs" permission, which Tender Lens does not ask for).
 */
async function openTab(worker, context, url) {
  const known = new Set(await tabIds(worker));
  const page = await context.newPage();
  await page.goto(url);
  for (;;) {
    const id = (await tabIds(worker)).find((t) => !known.has(t));
    if (id !== undefined) return { page, tabId: id };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Each field: how to click into it, and how to read its text, caret and undo from the page's side. `frame`: the
 * editor's iframe (selector), when the field is the body of an iframe's document.
 */
const FIELDS = [
  { name: 'input', id: 'title', label: 'Title of the procurement', click: '#title' },
  { name: 'textarea', id: 'description', label: 'Description of the procurement', click: '#description' },
  { name: 'contenteditable', id: 'conditions', label: 'Conditions of performance', click: '#conditions' },
  { name: 'CKEditor 5', id: 'award', label: 'Award criteria', click: '#award + .ck-editor .ck-editor__editable', editor: 'ckeditor5' },
  { name: 'TinyMCE (iframe)', id: 'selection', label: 'Selection criteria', frame: '#selection_ifr' },
  { name: 'CKEditor 4 (iframe)', id: 'specification', label: 'Technical specifications', frame: 'iframe.cke_wysiwyg_frame' },
];

/**
 * In the page: the field's text (value, or the editable's rendered text), and the text before the caret when the
 * selection is collapsed inside the field (null otherwise).
 */
function fieldState({ id, frame, editor }) {
  let doc = document;
  let el;
  if (frame) {
    doc = document.querySelector(frame).contentDocument;
    el = doc.body;
  } else if (editor === 'ckeditor5') el = document.querySelector(`#${id} + .ck-editor .ck-editor__editable`);
  else el = document.getElementById(id);
  const squash = (s) => s.replace(/\s+/g, ' ').trim();
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
    const caret = el.selectionStart === el.selectionEnd ? el.value.slice(0, el.selectionStart) : null;
    return { text: squash(el.value), raw: el.value, beforeCaret: caret === null ? null : squash(caret) };
  }
  const sel = doc.getSelection();
  let beforeCaret = null;
  if (sel.rangeCount && sel.isCollapsed && el.contains(sel.anchorNode)) {
    const r = doc.createRange();
    r.setStart(el, 0);
    r.setEnd(sel.anchorNode, sel.anchorOffset);
    beforeCaret = squash(r.toString());
  }
  return { text: squash(el.innerText), raw: el.innerText, beforeCaret };
}

/** Focuses the field without moving its caret (for Ctrl+Z). */
function focusField({ id, frame, editor }) {
  if (frame) {
    const f = document.querySelector(frame);
    f.contentWindow.focus();
    f.contentDocument.body.focus();
  } else if (editor === 'ckeditor5') window.editors.award.editing.view.focus();
  else document.getElementById(id).focus();
}

let session;
before(async () => {
  session = await launch({ headless: true });
  await serveForm(session.context);
});
after(async () => {
  await session?.close();
});

describe('Insert, through the popup’s message, into each kind of field of a drafting form', () => {
  // ends with a space: the clause goes in as it is, and this one is dropped into the middle of a line
  const CLAUSE = 'The supplier shall hold ISO 14001 certification. ';
  let page;
  let popup;
  let tabId;
  const errors = [];

  before(async () => {
    ({ page, tabId } = await openTab(session.worker, session.context, FORM));
    page.on('pageerror', (e) => errors.push(e));
    await editorsReady(page);
    popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  });
  after(async () => {
    await popup?.close();
    await page?.close();
  });

  const insert = (text) =>
    popup.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: 'insert-clause', text: t }, { frameId: 0 }), [tabId, text]);

  it('answers "no-field" when the officer has not typed in or focused any field (the popup then copies)', async () => {
    // before any field was touched: nothing to insert into
    assert.deepEqual(await insert(CLAUSE), { inserted: false, reason: 'no-field' });
  });

  for (const field of FIELDS) {
    it(`${field.name}: at the caret, old text kept, caret after it, input seen, undo restores`, async () => {
      await page.bringToFront();
      const target = field.frame ? page.frameLocator(field.frame).locator('body') : page.locator(field.click);
      await target.click();
      await page.keyboard.type('Hello world');
      await page.keyboard.press('End');
      for (let i = 0; i < 'world'.length; i++) await page.keyboard.press('ArrowLeft');
      // the officer clicks elsewhere on the page, then on the toolbar button: the field is remembered
      await page.locator('#save').click();
      await page.evaluate(() => (window.seen.length = 0));
      await popup.bringToFront();

      const response = await insert(CLAUSE);
      assert.deepEqual(response, { inserted: true, field: field.label });

      // the officer comes back to the page (CKEditor 5 draws its caret once its page is in front again)
      await page.bringToFront();
      const state = await waitForState(page, field, (s) => s.beforeCaret === `Hello ${CLAUSE.trim()}`);
      assert.equal(state.text, `Hello ${CLAUSE}world`, 'the clause is at the caret and the old text is kept');
      assert.equal(state.beforeCaret, `Hello ${CLAUSE.trim()}`, 'the caret is right after the clause');
      const seen = await page.evaluate(() => window.seen);
      assert.ok(
        seen.some((s) => s.field === field.id && s.type === 'input'),
        `the page's own listener saw an input event: ${JSON.stringify(seen)}`,
      );

      if (field.editor || field.frame) {
        // the editor's own data (what the form submits) has it, not only its DOM
        const data = await page.evaluate((id) => {
          const ed = window.editors[id];
          return typeof ed.getContent === 'function' ? ed.getContent() : ed.getData();
        }, field.id);
        assert.match(data, /Hello The supplier shall hold ISO 14001 certification\.(?: |&nbsp;)world/);
      }

      await page.evaluate(focusField, field);
      await page.keyboard.press('Control+z');
      const undone = await waitForText(page, field, 'Hello world');
      assert.equal(undone, 'Hello world', 'Ctrl+Z in the field takes the clause out and keeps the old text');
    });
  }

  const PARAGRAPHS = 'First line of the clause.\n\nSecond line of the clause.';
  for (const field of FIELDS) {
    it(`${field.name}: a clause of two paragraphs goes in as lines (one line in a single-line input), one undo step`, async () => {
      await page.bringToFront();
      await page.evaluate(focusField, field);
      await page.keyboard.press('Control+End');
      await popup.bringToFront();
      assert.equal((await insert(PARAGRAPHS)).inserted, true);
      await page.bringToFront();
      const state = await waitForState(page, field, (s) => s.text.includes('Second line'));
      assert.equal(state.text, 'Hello worldFirst line of the clause. Second line of the clause.');
      if (field.name === 'input') assert.doesNotMatch(state.raw, /\n/);
      else assert.match(state.raw, /clause\.\n+Second/, `a line break between the paragraphs: ${JSON.stringify(state.raw)}`);
      await page.evaluate(focusField, field);
      await page.keyboard.press('Control+z');
      assert.equal(await waitForText(page, field, 'Hello world'), 'Hello world', 'one Ctrl+Z takes the whole clause out');
    });
  }

  it('replaces the officer’s selection in the field, as typing or pasting would (undo brings it back)', async () => {
    await page.bringToFront();
    await page.locator('#description').click();
    await page.locator('#description').evaluate((el) => el.setSelectionRange(6, 11)); // "world"
    await popup.bringToFront();
    assert.equal((await insert('everyone')).inserted, true);
    const field = FIELDS.find((f) => f.id === 'description');
    assert.equal(await waitForText(page, field, 'Hello everyone'), 'Hello everyone');
    await page.bringToFront();
    await page.evaluate(focusField, field);
    await page.keyboard.press('Control+z');
    assert.equal(await waitForText(page, field, 'Hello world'), 'Hello world');
  });

  it('threw nothing into the page', () => {
    const ours = errors.filter((e) => String(e.stack ?? e).includes('chrome-extension://'));
    assert.deepEqual(ours, []);
  });
});

/** The field's state once `ok` says so, or whatever it is after 5 s (the assertions then say what). */
async function waitForState(page, field, ok) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const state = await page.evaluate(fieldState, field);
    if (ok(state) || Date.now() > deadline) return state;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The field's text once it equals `expected`, or whatever it is after 5 s. */
const waitForText = async (page, field, expected) => (await waitForState(page, field, (s) => s.text === expected)).text;

describe('drafting mode', () => {
  it('checks the draft again as the officer writes: the stored report follows the form', async () => {
    const page = await session.context.newPage();
    await page.goto(FORM);
    await editorsReady(page);
    await page.locator('#title').fill('Cleaning services for the council’s buildings');
    await page.locator('#cpv').fill('90910000');
    await page.locator('#description').click();
    await page.keyboard.type('Daily cleaning of the council offices and schools, with the supply of consumables.');
    const first = await waitForTabReport(session.worker, FORM);
    const ems = (r) => r.results.find((x) => x.id === 'env-management-system')?.outcome;
    assert.equal(first.report.notice.title, 'Cleaning services for the council’s buildings');
    assert.deepEqual(first.report.notice.cpv, ['90910000']);
    assert.equal(ems(first.report), 'missing', 'a cleaning contract without an environmental management system');
    await page.locator('tender-lens-panel').waitFor(); // the in-page panel shows what the draft lacks

    await page.locator('#description').press('End');
    await page.keyboard.type(' The contractor shall operate an environmental management system certified to ISO 14001 or EMAS.');
    const deadline = Date.now() + 20000;
    let latest;
    for (;;) {
      latest = await session.worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${first.tabId}`);
      if (latest?.report && ems(latest.report) === 'present') break;
      assert.ok(Date.now() < deadline, `the draft was not audited again: ${latest?.report ? ems(latest.report) : 'no report'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(ems(latest.report), 'present');
    await page.close();
  });
});
