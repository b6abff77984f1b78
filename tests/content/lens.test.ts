/** @vitest-environment happy-dom */
// The content script's flow with a fake adapter and a fake background: hide per site, single-page portals.
// Fake timers stand only for the debounce timer (setTimeout); the rest is awaited, never slept.
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HIDDEN_SITES_KEY, hiddenSites, showPanelOn } from '../../entrypoints/content/hidden-sites';
import { clearHighlights } from '../../entrypoints/content/highlight';
import { startLens, type Audited, type Lens, type LensDeps } from '../../entrypoints/content/lens';
import { PANEL_TAG } from '../../entrypoints/content/panel';
import type { PortalAdapter } from '../../entrypoints/content/portals/types';
import { collectText } from '../../entrypoints/content/text-map';
import { DEBOUNCE_MS, watchRoot } from '../../entrypoints/content/watch';
import type { ContentMessage } from '../../utils/messages';
import type { Notice } from '../../utils/notice';
import { ecolabelAudit } from './ecolabel-audit';

const NOTICE_URL = 'https://ted.europa.eu/en/notice/-/detail/123456-2025';
const HOME_URL = 'https://ted.europa.eu/en/';
const PAGE = `
  <header><nav><a href="/">Home</a> <a href="/help">Accessibility statement</a></nav></header>
  <main><div id="notice"><h1>Supply of laptops</h1><p id="spec">Laptops shall carry the <b>EU Ecolabel</b> or equivalent.</p></div></main>
  <footer>Footer</footer>`;

/** A small adapter: the whole #notice is one specification section. */
const adapter: PortalAdapter = {
  id: 'test',
  name: 'Test portal',
  matches: ['https://ted.europa.eu/*'],
  examples: { notices: [NOTICE_URL], others: [HOME_URL] },
  isNotice: (url) => url.pathname.includes('/notice/'),
  rootSelectors: ['#notice'],
  extract(doc, url) {
    const root = doc.querySelector('#notice');
    if (!root) return null;
    const { text, source } = collectText(root);
    const notice: Notice = {
      format: 'html',
      url: url.href,
      title: 'Supply of laptops',
      language: 'en',
      cpv: [],
      sections: [{ id: 's1', label: 'Notice', kind: 'specification', text }],
      fields: [],
      gaps: [],
    };
    return { notice, sources: { s1: source } };
  },
};

/** The background's audit, reduced (ecolabel-audit.ts), with accessibility always missing. */
const auditOf = (notice: Notice): Audited =>
  ecolabelAudit(notice, [{ id: 'soc-accessibility', outcome: 'missing', groups: [], evidence: [] }], {
    'env-ecolabel': { name: 'Ecolabels', why: 'Labels prove it.' },
    'soc-accessibility': { name: 'Accessibility', why: 'For everyone.' },
  });

let ctx: ContentScriptContext;
let audit: Mock<(notice: Notice) => Promise<Audited | null>>;
let notify: Mock<(message: ContentMessage) => void>;

function deps(): LensDeps {
  return {
    findAdapter: (url) => (url.hostname === 'ted.europa.eu' ? adapter : undefined),
    audit: (notice) => audit(notice),
    notify: (m) => notify(m),
    openClauses: async () => false,
    settings: fakeBrowser.storage.local,
    watchSettings(onChange) {
      const l = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && HIDDEN_SITES_KEY in changes) onChange();
      };
      fakeBrowser.storage.onChanged.addListener(l);
      return () => fakeBrowser.storage.onChanged.removeListener(l);
    },
    onShowEvidence: () => () => {},
    language: () => 'en-GB',
  };
}

/** Lets every pending promise and mutation-observer callback run (microtasks only: no time passes). */
const settle = async () => {
  for (let i = 0; i < 30; i++) await Promise.resolve();
};
const hosts = () => document.querySelectorAll(PANEL_TAG).length;
const marks = () => document.querySelectorAll('mark[data-tender-lens]').length;
const auditedTexts = () => audit.mock.calls.map(([n]) => n.sections[0]?.text);

function open(url: string, html = PAGE) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
}

async function start(url = NOTICE_URL): Promise<Lens> {
  const lens = startLens(ctx, deps(), new URL(url));
  await settle();
  return lens;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(console, 'debug').mockImplementation(() => {}); // "no CSS.highlights": the marks fallback runs here
  ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
  audit = vi.fn(async (notice: Notice) => auditOf(notice));
  notify = vi.fn();
  open(NOTICE_URL);
});
afterEach(() => {
  ctx.abort('test over');
  clearHighlights();
  document.querySelectorAll(PANEL_TAG).forEach((h) => h.remove());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the lens on a notice page', () => {
  it('audits once, highlights the evidence, shows the panel collapsed, and leaves the body’s elements alone', async () => {
    const elements = document.body.querySelectorAll('*').length;
    await start();
    expect(audit).toHaveBeenCalledOnce();
    expect(auditedTexts()[0]).toBe('Supply of laptopsLaptops shall carry the EU Ecolabel or equivalent.');
    expect(marks()).toBe(1); // happy-dom has no CSS.highlights: the fallback
    expect(notify).toHaveBeenLastCalledWith({ type: 'highlighted', count: 1 });
    expect(hosts()).toBe(1);
    expect(document.body.querySelectorAll('*').length - marks()).toBe(elements);
    expect(vi.getTimerCount()).toBe(0); // our own marks did not wake the observer
  });

  it('"Hide on this site" is stored per hostname and honoured before anything is shown', async () => {
    const lens = await start();
    const hide = [...lens.panel!.shadow.querySelectorAll('button')].find((b) => b.textContent === 'Hide on this site')!;
    hide.click();
    await settle();
    expect(hosts()).toBe(0);
    expect(await hiddenSites(fakeBrowser.storage.local)).toEqual(['ted.europa.eu']);
    expect((await fakeBrowser.storage.local.get(HIDDEN_SITES_KEY))[HIDDEN_SITES_KEY]).toEqual(['ted.europa.eu']);

    // A new page load on the same site: audited and highlighted, never a panel, not even for a moment.
    ctx.abort('reload');
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
    open(NOTICE_URL);
    const added = vi.fn();
    const seen = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeName.toLowerCase() === PANEL_TAG) added();
    });
    seen.observe(document.documentElement, { childList: true });
    await start();
    seen.disconnect();
    expect(audit).toHaveBeenCalledTimes(2);
    expect(marks()).toBe(1);
    expect(added).not.toHaveBeenCalled();
    expect(hosts()).toBe(0);

    // The way back (the popup): the panel comes back on this page at once.
    await showPanelOn('ted.europa.eu', fakeBrowser.storage.local);
    await settle();
    expect(hosts()).toBe(1);
  });

  it('hiding one site leaves the others alone', async () => {
    await fakeBrowser.storage.local.set({ [HIDDEN_SITES_KEY]: ['www.ungm.org'] });
    await start();
    expect(hosts()).toBe(1);
  });
});

describe('single-page portals', () => {
  it('a changed notice text triggers exactly one re-audit, after the debounce', async () => {
    await start();
    const spec = document.getElementById('spec')!;
    // A burst of changes by the portal: the notice is replaced piece by piece.
    spec.firstChild!.textContent = 'Laptops must carry the ';
    await settle();
    vi.advanceTimersByTime(100);
    spec.append(' Energy Star too.');
    await settle();
    vi.advanceTimersByTime(100);
    document.querySelector('#notice h1')!.textContent = 'Supply of laptops (corrigendum)';
    await settle();

    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    await settle();
    expect(audit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    await settle();
    expect(audit).toHaveBeenCalledTimes(2);
    expect(auditedTexts()[1]).toBe('Supply of laptops (corrigendum)Laptops must carry the EU Ecolabel or equivalent. Energy Star too.');
    expect(marks()).toBe(1); // the old marks were taken out before reading, the new ones put in
    expect(document.getElementById('spec')!.textContent).toBe('Laptops must carry the EU Ecolabel or equivalent. Energy Star too.');

    vi.advanceTimersByTime(10 * DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('our own mutations (marks, the panel, the focus style) trigger none', async () => {
    const lens = await start();
    const panel = lens.panel!;
    panel.expand();
    (panel.shadow.querySelector('[data-key="show:env-ecolabel"]') as HTMLButtonElement).click(); // focus style on the mark
    panel.update({ report: auditOf(adapter.extract(document, new URL(NOTICE_URL))!.notice).report, names: {}, lang: 'en', evidenceOnPage: () => 0 });
    panel.collapse();
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledOnce();
  });

  it('the same text rendered again is not audited again', async () => {
    await start();
    const notice = document.getElementById('notice')!;
    clearHighlights(); // (so that the clone holds the page's own text nodes)
    const h1 = notice.querySelector('h1')!;
    h1.replaceWith(h1.cloneNode(true));
    await settle();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledOnce();
  });

  it('a stale audit never paints over a newer one', async () => {
    let release: (value: Audited) => void = () => {};
    audit.mockImplementationOnce((notice) => new Promise((resolve) => (release = () => resolve(auditOf(notice)))));
    await start();
    expect(audit).toHaveBeenCalledOnce(); // its answer is late
    document.getElementById('spec')!.textContent = 'Laptops, no label required.';
    await settle();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledTimes(2);
    release(auditOf({ ...adapter.extract(document, new URL(NOTICE_URL))!.notice, sections: [{ id: 's1', label: '', kind: 'other', text: 'EU Ecolabel' }] }));
    await settle();
    const highlighted = notify.mock.calls.filter(([m]) => m.type === 'highlighted');
    expect(highlighted).toEqual([[{ type: 'highlighted', count: 0 }]]); // the second audit's only
    expect(marks()).toBe(0);
  });

  it('navigating client-side to another notice audits it; to a page that is not a notice, nothing keeps running', async () => {
    const lens = await start();
    // The portal shows another notice: URL first (the navigation event), content a moment later.
    open('https://ted.europa.eu/en/notice/-/detail/654321-2025', PAGE);
    lens.navigate(new URL('https://ted.europa.eu/en/notice/-/detail/654321-2025'));
    expect(hosts()).toBe(0); // the old notice's panel and marks go at once
    expect(marks()).toBe(0);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledTimes(2);
    expect(audit.mock.calls[1]![0].url).toBe('https://ted.europa.eu/en/notice/-/detail/654321-2025');
    expect(hosts()).toBe(1);

    // Only the #fragment: the same page, not read again.
    lens.navigate(new URL('https://ted.europa.eu/en/notice/-/detail/654321-2025#section2'));
    vi.advanceTimersByTime(10 * DEBOUNCE_MS);
    await settle();
    expect(audit).toHaveBeenCalledTimes(2);

    // The search page: no panel, no marks, no observer, no timer.
    lens.navigate(new URL(HOME_URL));
    await settle();
    expect(notify).toHaveBeenLastCalledWith({ type: 'no-notice' });
    expect(hosts()).toBe(0);
    expect(marks()).toBe(0);
    document.getElementById('spec')!.textContent = 'The search page re-renders.';
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    expect(audit).toHaveBeenCalledTimes(2);
  });

  it('on a page that is not a notice, it says so and starts nothing', async () => {
    open(HOME_URL, '<main><div id="notice">Latest notices</div></main>');
    await start(HOME_URL);
    expect(notify).toHaveBeenCalledWith({ type: 'no-notice' });
    expect(audit).not.toHaveBeenCalled();
    document.getElementById('notice')!.textContent = 'Other notices';
    await settle();
    expect(vi.getTimerCount()).toBe(0);
    expect(hosts()).toBe(0);
  });

  it('when the extension goes away (update, reload), marks and panel leave the page and nothing runs on', async () => {
    await start();
    expect(marks()).toBe(1);
    ctx.abort('Extension context invalidated');
    expect(marks()).toBe(0);
    expect(hosts()).toBe(0);
    document.getElementById('spec')!.textContent = 'Changed after the update.';
    await settle();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('watchRoot', () => {
  it('wakes once per quiet spell for the page’s changes, never for our nodes or the root’s siblings', async () => {
    const root = document.getElementById('notice')!;
    const onChange = vi.fn();
    const watcher = watchRoot(ctx, root, onChange);

    // ours: an element carrying data-tender-lens (a mark, the panel's host), and what happens inside it
    const mark = document.createElement('mark');
    mark.setAttribute('data-tender-lens', '');
    mark.textContent = 'ours';
    root.append(mark);
    mark.firstChild!.textContent = 'still ours';
    mark.remove();
    // the root's siblings: not the notice
    document.querySelector('main')!.append(document.createElement('aside'));
    await settle();
    expect(vi.getTimerCount()).toBe(0);

    // the page's own change
    document.getElementById('spec')!.append(' And a warranty.');
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(onChange).toHaveBeenCalledOnce();

    // our writes inside pause() are not seen; the page's pending ones are kept
    document.getElementById('spec')!.append(' Pending.');
    watcher.pause(() => root.querySelector('h1')!.append(' (ours)'));
    await settle();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(onChange).toHaveBeenCalledTimes(2);

    // the root itself replaced by the portal
    root.replaceWith(root.cloneNode(true));
    await settle();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(onChange).toHaveBeenCalledTimes(3);

    watcher.stop();
    document.body.append('after stop');
    await settle();
    expect(vi.getTimerCount()).toBe(0);
  });
});
