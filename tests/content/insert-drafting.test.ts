/** @vitest-environment happy-dom */
// Drafting mode: the form read into a Notice, and the debounced re-audit as the officer types (fake background).
// Fake timers stand only for the debounce (setTimeout); everything else is awaited, never slept.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DRAFT_DEBOUNCE_MS, kindOfLabel, readDraft, startDrafting } from '../../entrypoints/content/drafting';
import { trackFields } from '../../entrypoints/content/field-tracker';
import type { Audited, LensDeps } from '../../entrypoints/content/lens';
import { PANEL_TAG } from '../../entrypoints/content/panel';
import type { PortalAdapter } from '../../entrypoints/content/portals/types';
import type { ContentMessage } from '../../utils/messages';
import type { Notice } from '../../utils/notice';

const FORM_URL = 'https://portal.example/notices/draft/1';
const NOTICE_URL = 'https://portal.example/notice/123';
const FORM = `
  <form>
    <label for="title">Title of the procurement</label><input id="title">
    <label for="cpv">Main CPV code</label><input id="cpv">
    <label for="ref">Internal reference</label><input id="ref">
    <label for="desc">Description of the procurement</label><textarea id="desc"></textarea>
    <span id="perf-label">Conditions of performance</span><div contenteditable="true" aria-labelledby="perf-label" id="perf"></div>
    <label for="award">Award criteria</label><textarea id="award"></textarea>
    <label for="notes">Notes</label><textarea id="notes"></textarea>
  </form>
  <form role="search"><textarea id="q" aria-label="Search"></textarea></form>`;

const el = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const fill = (selector: string, value: string) => {
  const e = el(selector);
  if (e.tagName === 'TEXTAREA' || e.tagName === 'INPUT') (e as HTMLTextAreaElement).value = value;
  else e.textContent = value;
};
const open = (url: string, html = FORM) => {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
};

describe('the form read as a notice', () => {
  beforeEach(() => open(FORM_URL));

  it('takes the title, the CPV codes and one section per filled field, labelled and of the kind its label says', () => {
    fill('#title', 'Cleaning of council buildings');
    fill('#cpv', '90910000-9, 90911200');
    fill('#ref', 'REF-2025-001');
    fill('#desc', 'Daily cleaning of offices and schools.');
    fill('#perf', 'The contractor shall use ecolabelled products.');
    fill('#notes', 'Ask the schools about holidays.');
    fill('#q', 'a search that is not part of the draft');
    const draft = readDraft(document, new URL(FORM_URL))!;
    expect(draft.notice.title).toBe('Cleaning of council buildings');
    expect(draft.notice.cpv).toEqual(['90910000', '90911200']);
    expect(draft.notice.language).toBe('en');
    expect(draft.notice.url).toBe(FORM_URL);
    expect(draft.notice.gaps).toEqual([]);
    expect(draft.notice.sections.map((s) => [s.label, s.kind, s.text])).toEqual([
      ['Title', 'title', 'Cleaning of council buildings'],
      ['Description of the procurement', 'description', 'Daily cleaning of offices and schools.'],
      ['Conditions of performance', 'performance', 'The contractor shall use ecolabelled products.'],
      ['Notes', 'other', 'Ask the schools about holidays.'],
    ]);
    // each section knows its field ("Show evidence" scrolls there)
    expect(draft.fields.get(draft.notice.sections[2]!.id)?.el).toBe(el('#perf'));
  });

  it('is no draft while the fields hold less than a sentence or two', () => {
    fill('#desc', 'Cleaning.');
    expect(readDraft(document, new URL(FORM_URL))).toBeNull();
  });

  it('reads a form label as the kind of passage it announces', () => {
    expect(kindOfLabel('Award criteria')).toBe('award');
    expect(kindOfLabel('Selection criteria')).toBe('selection');
    expect(kindOfLabel('Technical specifications')).toBe('specification');
    expect(kindOfLabel('Conditions of performance')).toBe('performance');
    expect(kindOfLabel('Short description')).toBe('description');
    expect(kindOfLabel('Notes')).toBe('other');
  });
});

describe('drafting mode', () => {
  let ctx: ContentScriptContext;
  let audit: Mock<(notice: Notice) => Promise<Audited | null>>;
  let notify: Mock<(message: ContentMessage) => void>;
  const adapter = {
    isNotice: (url: URL) => url.pathname.startsWith('/notice/'),
  } as PortalAdapter;
  const deps = (): LensDeps => ({
    findAdapter: () => adapter,
    audit: (notice) => audit(notice),
    notify: (m) => notify(m),
    openClauses: async () => false,
    settings: fakeBrowser.storage.local,
    watchSettings: () => () => {},
    onShowEvidence: () => () => {},
    language: () => 'en-GB',
  });
  const settle = async () => {
    for (let i = 0; i < 30; i++) await Promise.resolve();
  };
  const audited = (notice: Notice): Audited => ({
    report: {
      engineVersion: 'test',
      catalogueVersion: 'test',
      notice: { format: 'html', title: notice.title, language: 'en', cpv: [] },
      groups: [],
      results: [{ id: 'env-ecolabel', outcome: 'missing', groups: [], evidence: [] }],
      counts: { present: 0, missing: 1, uncertain: 0, 'not-applicable': 0 },
    },
    names: { 'env-ecolabel': { name: 'Ecolabels', why: 'Labels prove it.' } },
  });
  /** The officer types: the value changes and the field fires input. */
  const type = (selector: string, value: string) => {
    fill(selector, value);
    el(selector).dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
  };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
    audit = vi.fn(async (notice: Notice) => audited(notice));
    notify = vi.fn();
  });
  afterEach(() => {
    ctx.abort('test over');
    document.querySelectorAll(PANEL_TAG).forEach((h) => h.remove());
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('audits the draft once typing stops, says the report is complete, and shows the panel', async () => {
    open(FORM_URL);
    startDrafting(ctx, deps(), trackFields(document, ctx.signal));
    type('#desc', 'Daily cleaning of offices and schools');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS / 2);
    type('#desc', 'Daily cleaning of offices and schools, with consumables.');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 1);
    expect(audit).not.toHaveBeenCalled(); // still typing
    vi.advanceTimersByTime(1);
    await settle();
    expect(audit).toHaveBeenCalledOnce();
    expect(audit.mock.calls[0]![0].sections.map((s) => s.text)).toEqual(['Daily cleaning of offices and schools, with consumables.']);
    expect(notify).toHaveBeenCalledWith({ type: 'highlighted', count: 0 });
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(1);
  });

  it('does not audit the same draft twice, nor a search box, nor anything on a notice page', async () => {
    open(FORM_URL);
    startDrafting(ctx, deps(), trackFields(document, ctx.signal));
    type('#desc', 'Daily cleaning of offices and schools, with consumables.');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    await settle();
    type('#desc', 'Daily cleaning of offices and schools, with consumables.'); // same text again
    type('#q', 'A search for cleaning contracts in the portal, long enough to count.');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledOnce();

    ctx.abort('next page');
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
    open(NOTICE_URL);
    startDrafting(ctx, deps(), trackFields(document, ctx.signal));
    type('#desc', 'Typing in a form on a notice page is not drafting a notice.');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledOnce();
  });

  it('drops an answer that a newer draft overtook', async () => {
    open(FORM_URL);
    let release!: () => void;
    audit.mockImplementationOnce((notice) => new Promise((r) => (release = () => r(audited(notice)))));
    const drafting = startDrafting(ctx, deps(), trackFields(document, ctx.signal));
    type('#desc', 'Daily cleaning of offices and schools, with consumables.');
    vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS);
    await settle();
    drafting.navigate(); // the page changed while the background audited
    release();
    await settle();
    expect(notify).not.toHaveBeenCalled();
    expect(document.querySelectorAll(PANEL_TAG)).toHaveLength(0);
  });
});
