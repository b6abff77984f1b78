/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, fixture, load } from '../../../tests/helpers/portal-page';
import { samGov } from './sam-gov';
import type { Extraction } from './types';

const URL_ = 'https://sam.gov/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b/view';
const page = () => fixture('sam_gov/opp_nama-nw-11-q-0009_microfilm_scanners.html');
/** Words of the US banner, navigation, cookie notice, help aside and footer: never read. */
const TRAPS = [
  'cookies', 'An official website', "Here's how you know", 'Data Bank', 'Sign In', 'Privacy Policy', 'Section 508 compliance',
  'Sustainable Facilities Tool', 'EPEAT purchasing guidance', 'APEX Accelerators', 'small businesses', 'Loading', 'Release Notes',
];

/** The page's own inline scripts, run as the browser would (innerHTML does not run them): the "application". */
function runApp(): void {
  for (const s of Array.from(document.querySelectorAll('script:not([src])'))) {
    const type = s.getAttribute('type');
    if (type && type !== 'text/javascript') continue;
    new Function(s.textContent ?? '')();
  }
}

/** As the content script waits (entrypoints/content/index.ts): the first root selector matching an element with text. */
function waitForRoot(selectors: readonly string[], timeoutMs = 2000): Promise<Element | null> {
  const find = () => {
    for (const s of selectors) {
      const el = document.querySelector(s);
      if (el?.textContent?.trim()) return el;
    }
    return null;
  };
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const el = find();
      if (el) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(el);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
}

/**
 * Loads the page, lets the "application" render it, waits as the content script does (or, `wait: false`, for the
 * application's frame only, when the adapter's root selectors are expected not to appear), then extracts.
 */
async function rendered(html = page(), { wait = true } = {}): Promise<Extraction> {
  load(html);
  runApp();
  if (wait) expect(await waitForRoot(samGov.rootSelectors), 'the notice appeared').not.toBeNull();
  // the page changed so that no selector of the adapter finds it: wait for the application's own view instead
  else expect(await waitForRoot(['#opp-view']), 'the application rendered').not.toBeNull();
  const x = samGov.extract(document, new URL(URL_));
  if (!x) throw new Error('no extraction');
  return x;
}

describe('sam-gov adapter on an application page that renders the notice after load', () => {
  it('finds nothing before the application has rendered: the content script must wait', async () => {
    load(page());
    for (const s of samGov.rootSelectors) expect(document.querySelector(s), s).toBeNull();
    expect(samGov.extract(document, new URL(URL_))).toBeNull();
    runApp();
    expect(document.querySelector('#opp-view')).toBeNull(); // not yet: after a timeout and a frame
    const root = await waitForRoot(samGov.rootSelectors);
    expect(root?.matches('.opp-description')).toBe(true); // the Description, the first selector
  });
});

describe('sam-gov adapter on NAMA-NW-11-Q-0009 (NARA, integrated digital microfilm scanners)', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await rendered();
  });

  it('reads the notice metadata, its NAICS and PSC codes and its agency', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: 'NAMA-NW-11-Q-0009',
      url: URL_,
      title: 'Integrated Digital Microfilm Scanners with Workstations',
      language: 'en',
      cpv: [],
      otherClassifications: [
        { scheme: 'PSC', code: '7025' },
        { scheme: 'NAICS', code: '334118' },
      ],
      buyer: 'NATIONAL ARCHIVES AND RECORDS ADMINISTRATION',
      gaps: [],
    });
  });

  it('makes one section per field and per section, with its kind', () => {
    expect(x.notice.sections.map((s) => [s.label, s.kind])).toEqual([
      ['Title', 'title'],
      ['Notice ID', 'boilerplate'],
      ['Department/Ind. Agency', 'boilerplate'],
      ['Sub-tier', 'boilerplate'],
      ['Office', 'boilerplate'],
      ['Contract Opportunity Type', 'boilerplate'],
      ['All Dates/Times are', 'boilerplate'],
      ['Original Published Date', 'boilerplate'],
      ['Original Date Offers Due', 'boilerplate'],
      ['Inactive Policy', 'boilerplate'],
      ['Original Inactive Date', 'boilerplate'],
      ['Initiative', 'boilerplate'],
      // "Original Set Aside" is empty on this notice (an unrestricted acquisition): no section
      ['Product Service Code', 'boilerplate'],
      ['NAICS Code', 'boilerplate'],
      ['Place of Performance', 'boilerplate'],
      ['Contracting Office Address', 'boilerplate'],
      ['Primary Point of Contact', 'boilerplate'],
      ['Description', 'other'], // the whole solicitation, as the CLI reads the same text
      ['Attachments/Links', 'boilerplate'],
      ['History', 'boilerplate'],
    ]);
    const description = byLabel(x, 'Description')[0]!;
    expect(description.text).toMatch(/^This is a combined synopsis\/solicitation for commercial items/);
    expect(description.text).toContain('meet the Energy Star® or Federal Energy Management Program (FEMP) energy use requirements');
    expect(description.text).toContain('Section 508 Acceptance Criteria');
    expect(description.text).toContain('\n'); // its two paragraphs
  });

  it('reads nothing from the banner, navigation, cookie notice, help aside or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));

  it('reads a set-aside as a condition for participation', async () => {
    const html = page().replace(/"Original Set Aside",\s*""/, '"Original Set Aside", "Total Small Business Set-Aside (FAR 19.5)"');
    expect(html).not.toBe(page());
    const y = await rendered(html);
    expect(byLabel(y, 'Original Set Aside')).toMatchObject([{ kind: 'selection', text: 'Total Small Business Set-Aside (FAR 19.5)' }]);
  });
});

describe('sam-gov adapter when the page is incomplete or its layout changed', () => {
  it('says the description had not loaded, rather than reading it as missing', async () => {
    const html = page().replace(/"description": "[^\n]*",\n/, '"description": "",\n');
    expect(html).not.toBe(page());
    // the content script keeps waiting for the text (then says the notice did not appear); read now, it is a gap
    const x = await rendered(html, { wait: false });
    expect(x.notice.gaps).toEqual([expect.stringMatching(/had not shown the notice's Description yet/)]);
    expect(x.notice.otherClassifications).toHaveLength(2);
  });

  it('finds the sections by their headings and reads the description when the ids and field classes change', async () => {
    const html = page()
      .replace(/sds-field/g, 'opp-field')
      .replace(/section\('(general|classification|description|attachments-links|contact-information|history)'/g, "section('s-$1'")
      .replace("'class': 'opp-description'", "'class': 'body'");
    load(html);
    runApp();
    // the content script would wait for nothing and report that the notice did not appear (all uncertain)...
    expect(await waitForRoot(samGov.rootSelectors, 300)).toBeNull();
    // ...and what the adapter reads from such a page once it is there:
    const x = samGov.extract(document, new URL(URL_))!;
    expect(byLabel(x, 'Description')[0]!.text).toContain('Section 508 Acceptance Criteria');
    expect(x.notice.gaps).toEqual([expect.stringMatching(/Classification section's fields .* could not be read/)]);
    expect(x.notice.otherClassifications).toBeUndefined();
    expectNoChrome(x, TRAPS);
  });

  it('reads the header fields when the header is renamed', async () => {
    const x = await rendered(page().replace("el('div', { 'class': 'opp-header' }", "el('div', { 'class': 'top-block' }"));
    expect(x.notice).toMatchObject({ id: 'NAMA-NW-11-Q-0009', buyer: 'NATIONAL ARCHIVES AND RECORDS ADMINISTRATION', gaps: [] });
  });

  it('keeps the notice text and says what it could not read when nothing is recognised', async () => {
    const html = page()
      .replace(/sds-field/g, 'opp-field')
      .replace(/section\('([a-z-]+)'/g, "section('s-$1'")
      .replace("el('h2', { id: id + '-heading'", "el('div', { id: id + '-heading'")
      .replace("'class': 'opp-description'", "'class': 'body'");
    const x = await rendered(html, { wait: false });
    expect(x.notice.gaps[0]).toMatch(/not recognised/);
    expect(x.notice.sections.find((s) => s.label === 'Notice')!.text).toContain('Section 508 Acceptance Criteria');
    expect(x.notice.id).toBe('3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b'); // from the URL
    expectNoChrome(x, TRAPS);
  });
});

describe('sam-gov URLs', () => {
  it('claims its example notices, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of samGov.examples.notices) {
      expect(samGov.isNotice(new URL(href)), href).toBe(true);
      expect(samGov.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of samGov.examples.others) expect(samGov.isNotice(new URL(href)), href).toBe(false);
  });
});
