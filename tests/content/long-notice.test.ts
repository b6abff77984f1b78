/** @vitest-environment happy-dom */
// Reading a long notice without holding the page (issue #7): work in slices, the text hash without the text, the
// cap on what is sent, and the lens reading in slices while the page changes. Parts the adapters cannot read
// (shadow roots, frames) become gaps. No timing is asserted: slices are counted with a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { clearHighlights } from '../../entrypoints/content/highlight';
import { startLens, type Audited, type LensDeps } from '../../entrypoints/content/lens';
import { PANEL_TAG } from '../../entrypoints/content/panel';
import type { PortalAdapter } from '../../entrypoints/content/portals/types';
import { capNotice, MAX_SENT_CHARS } from '../../entrypoints/content/sent-notice';
import { runAtOnce, runInSlices, type Slicing, type Steps } from '../../entrypoints/content/slices';
import { collectText, collectTextSteps } from '../../entrypoints/content/text-map';
import { unreadPartSteps } from '../../entrypoints/content/unread-parts';
import { DEBOUNCE_MS, hashSteps, hashText, hashTextOf, hasText } from '../../entrypoints/content/watch';
import type { Notice } from '../../utils/notice';
import { ecolabelAudit } from './ecolabel-audit';

/** A clock that advances one unit per reading, and records the pauses. */
function fakeSlicing(budgetMs: number): Slicing & { pauses: number } {
  let t = 0;
  const s = {
    budgetMs,
    pauses: 0,
    now: () => t++,
    pause: async () => {
      s.pauses++;
    },
  };
  return s;
}

describe('work in slices', () => {
  function* count(n: number, done: string[]): Steps<number> {
    try {
      for (let i = 0; i < n; i++) yield;
      return n;
    } finally {
      done.push('cleaned up');
    }
  }

  it('runs to the end, pausing each time a slice has used its budget', async () => {
    const slicing = fakeSlicing(10);
    expect(await runInSlices(count(100, []), slicing)).toBe(100);
    // each step reads the clock once: a slice holds about ten steps
    expect(slicing.pauses).toBeGreaterThanOrEqual(9);
    expect(slicing.pauses).toBeLessThanOrEqual(11);
    expect(runAtOnce(count(100, []))).toBe(100);
  });

  it('drops the work when its run is aborted between slices, and lets it clean up', async () => {
    const controller = new AbortController();
    const done: string[] = [];
    const slicing = fakeSlicing(5);
    const pause = slicing.pause;
    slicing.pause = async () => {
      await pause();
      if (slicing.pauses === 3) controller.abort();
    };
    expect(await runInSlices(count(100, done), slicing, controller.signal)).toBeUndefined();
    expect(done).toEqual(['cleaned up']);
  });
});

describe('reading a long text without building it at once', () => {
  const long = 'x'.repeat(100_000);
  beforeEach(() => {
    document.body.innerHTML = `<div id="r"><p>One <b>two</b></p><script>ignored()</script>${'<p>many small nodes</p>'.repeat(500)}<p id="long"></p>  </div>`;
    document.getElementById('long')!.textContent = long;
  });

  it('collectTextSteps gives what collectText gives, in steps', () => {
    const root = document.getElementById('r')!;
    const steps = collectTextSteps([root]);
    let pieces = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pieces++;
    expect(pieces).toBeGreaterThan(10);
    expect(r.value).toEqual(collectText(root));
  });

  it('hashes the text of the nodes as hashText hashes textContent, in steps, long nodes in pieces', () => {
    const root = document.getElementById('r')!;
    const steps = hashSteps(root);
    let pieces = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pieces++;
    expect(r.value).toBe(hashText(root.textContent ?? ''));
    expect(hashTextOf(root)).toBe(r.value);
    expect(pieces).toBeGreaterThanOrEqual(3); // the 100,000 characters of one node were hashed in pieces
  });

  it('tells whether an element has any text but white space, without reading all of it', () => {
    expect(hasText(document.getElementById('r')!)).toBe(true);
    document.body.innerHTML = '<div id="e"> \n <span>  </span>\t</div>';
    expect(hasText(document.getElementById('e')!)).toBe(false);
  });
});

const section = (id: string, text: string) => ({ id, label: id, kind: 'specification' as const, text });
const notice = (sections: ReturnType<typeof section>[]): Notice => ({
  format: 'html',
  title: 'T',
  language: 'en',
  cpv: [],
  sections,
  fields: [],
  gaps: [],
});

describe('what is sent to the background', () => {
  it('a notice under the cap goes as it is', () => {
    const n = notice([section('a', 'short')]);
    expect(capNotice(n)).toBe(n);
  });

  it('past the cap: the text is cut, every offset before the cut kept, and the notice says so', () => {
    const n = notice([section('a', 'a'.repeat(600)), section('b', 'b'.repeat(600)), section('c', 'c'.repeat(10))]);
    const capped = capNotice(n, 1000);
    expect(capped.sections.map((s) => [s.id, s.text.length])).toEqual([
      ['a', 600],
      ['b', 400],
    ]);
    expect(capped.sections[1]!.text).toBe(n.sections[1]!.text.slice(0, 400));
    expect(capped.gaps).toEqual(['the notice is very long (1,210 characters): only its first 1,000 were read, so that reading it does not slow the page down']);
    expect(n.gaps).toEqual([]); // the extraction itself is left alone
    expect(MAX_SENT_CHARS).toBe(1_000_000);
  });
});

describe('parts of the notice the adapters do not read', () => {
  const gapsOf = (root: Element, shadowRootOf = (el: Element) => el.shadowRoot) => runAtOnce(unreadPartSteps(root, shadowRootOf));

  it('text in open and closed shadow roots: named, closed ones only when the browser shows them', () => {
    document.body.innerHTML = '<div id="n"><p>Read text.</p><notice-lot id="a"></notice-lot><notice-terms id="b"></notice-terms><x-icon id="i"></x-icon></div>';
    const open = document.getElementById('a')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>The contractor shall recycle all packaging waste.</p>';
    const closed = document.getElementById('b')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Award criteria: 30 % for the environmental plan.</p>';
    document.getElementById('i')!.attachShadow({ mode: 'open' }).innerHTML = '<span>★</span>'; // a widget, not text
    const root = document.getElementById('n')!;
    expect(gapsOf(root)).toEqual(['part of the notice is inside shadow roots, which are not read: <notice-lot> (open, 49 characters)']);
    // what chrome.dom.openOrClosedShadowRoot gives a content script
    const withClosed = (el: Element) => el.shadowRoot ?? (el.id === 'b' ? closed : null);
    expect(gapsOf(root, withClosed)).toEqual([
      'part of the notice is inside shadow roots, which are not read: <notice-lot> (open, 49 characters), <notice-terms> (closed, 48 characters)',
    ]);
  });

  it('frames inside the notice: named by their site; hidden ones and empty ones of the page left out', () => {
    // (<embed> rather than <iframe>: the test's DOM does not load frames, and says so for each)
    document.body.innerHTML =
      '<div id="n"><p>Read text.</p><embed src="https://documents.example.org/lot-1.pdf">' +
      '<embed src="https://tracker.example.net/pixel" hidden><embed width="0" src="https://x.example.net/"></div>';
    expect(gapsOf(document.getElementById('n')!)).toEqual(['part of the notice is in frames, which are not read: a frame from https://documents.example.org']);
    document.body.innerHTML = '<div id="n"><p>Nothing embedded.</p></div>';
    expect(gapsOf(document.getElementById('n')!)).toEqual([]);
  });
});

describe('the lens reading in slices', () => {
  const URL_ = 'https://ted.europa.eu/en/notice/-/detail/123456-2025';
  const adapter: PortalAdapter = {
    id: 'test',
    name: 'Test portal',
    matches: ['https://ted.europa.eu/*'],
    examples: { notices: [URL_], others: [] },
    isNotice: () => true,
    rootSelectors: ['#notice'],
    extract: (doc, url) => runAtOnce(adapter.read!(doc, url)),
    *read(doc, url) {
      const root = doc.querySelector('#notice');
      if (!root) return null;
      const { text, source } = yield* collectTextSteps([root]);
      return { notice: { ...notice([section('s1', text)]), url: url.href }, sources: { s1: source } };
    },
  };
  const auditOf = (n: Notice): Audited => ecolabelAudit(n);

  let ctx: ContentScriptContext;
  const audited: Notice[] = [];
  let slicing: Slicing & { pauses: number };
  let onPause: (() => void) | null = null;
  const deps = (): LensDeps => ({
    findAdapter: () => adapter,
    audit: async (n) => {
      audited.push(n);
      return auditOf(n);
    },
    notify: () => {},
    openClauses: async () => false,
    settings: fakeBrowser.storage.local,
    watchSettings: () => () => {},
    onShowEvidence: () => () => {},
    language: () => 'en',
    slicing,
  });
  const settle = async () => {
    for (let i = 0; i < 200; i++) await Promise.resolve();
  };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(URL_);
    document.body.innerHTML = `<main><div id="notice"><h1>Supply of laptops</h1>${'<p>Filler text of the notice.</p>'.repeat(1000)}<p id="spec">Laptops shall carry the EU Ecolabel.</p></div></main>`;
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true } as never);
    audited.length = 0;
    slicing = fakeSlicing(1); // a pause after every step
    const pause = slicing.pause;
    slicing.pause = async () => {
      await pause();
      onPause?.();
    };
    onPause = null;
  });
  afterEach(() => {
    ctx.abort('test over');
    clearHighlights();
    document.querySelectorAll(PANEL_TAG).forEach((h) => h.remove());
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reads and audits the notice across many slices, as it would at once', async () => {
    startLens(ctx, deps(), new URL(URL_));
    await settle();
    expect(slicing.pauses).toBeGreaterThan(20);
    expect(audited).toHaveLength(1);
    expect(audited[0]!.sections[0]!.text).toContain('Laptops shall carry the EU Ecolabel.');
    expect(document.querySelectorAll('mark[data-tender-lens]').length).toBe(1);
  });

  it('a change of the page between two slices is not lost: the notice is read again once the page is quiet', async () => {
    onPause = () => {
      if (slicing.pauses === 3) document.getElementById('spec')!.textContent = 'Laptops shall carry the EU Ecolabel and TCO Certified.';
    };
    startLens(ctx, deps(), new URL(URL_));
    await settle();
    expect(audited).toHaveLength(1);
    onPause = null;
    vi.advanceTimersByTime(DEBOUNCE_MS);
    await settle();
    expect(audited).toHaveLength(2);
    expect(audited[1]!.sections[0]!.text).toContain('EU Ecolabel and TCO Certified.');
    // and then nothing more: the text read last is the page's
    vi.advanceTimersByTime(DEBOUNCE_MS * 3);
    await settle();
    expect(audited).toHaveLength(2);
  });
});
