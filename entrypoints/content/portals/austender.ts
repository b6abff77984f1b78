/**
 * AusTender (tenders.gov.au): the Australian Government's tender system.
 *
 * An approach to market (ATM) is `/Atm/Show/{uuid}`, a server-rendered page: the title in `p.lead`, then one
 * `div.list-desc` per field, a `span` label ("ATM ID:", "Agency:", "Category:", "Close Date & Time:",
 * "Description:", "Other Instructions:", "Conditions for Participation:") and a `div.list-desc-inner` value
 * (domain research §5, from a public AusTender scraper). Classification is UNSPSC ("81110000 - Computer services"),
 * never CPV. The contact box and the documents link sit in the right-hand column, outside the notice box: not read.
 * The documents themselves are behind a login (`/Atm/ViewDocuments/…`); a login page (`input#form-ReturnUrl`)
 * holds no notice.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { childMatching, clean, findRoot, NoticeBuilder, nodesAfter, pageLanguage, textOf, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The notice box, in order:
   * 1. `div.listInner`, the box holding the title and the fields (the scraper's `div.box.boxY`/`boxW` variants
   *    all carry it);
   * 2. the left column's box, should `listInner` be renamed;
   * 3. any field row: the root is then the smallest element holding every row (never the sidebar, header or
   *    footer, which hold none).
   */
  root: ['.listInner', '#mainContent .col-sm-8 .box'],
  /** A field row: `div.list-desc` (also the row of list pages and of GrantConnect, same code base). */
  row: '.list-desc',
  /** Its label, a child of the row: a `span` (it wraps a `label for=…` on ATM pages), else a `label`. */
  label: 'span, label, dt',
  /** Its value, a child of the row: `div.list-desc-inner`; when renamed, whatever follows the label in the row. */
  value: '.list-desc-inner',
  /** The title: the lead paragraph of the notice box, else the page's h1. */
  title: ['p.lead', 'h1:not(.sr-only)'],
  /** The login form that replaces a page the visitor may not see: no notice there. */
  loginMarker: 'input#form-ReturnUrl',
} as const;

/** AusTender's labels (without colon). Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^ATM ID$/i, kind: 'boilerplate', role: 'id' },
  { label: /^Agency$/i, kind: 'boilerplate', role: 'buyer' },
  { label: /^(?:Primary )?Category$/i, kind: 'boilerplate', scheme: 'UNSPSC' },
  { label: /^Description$/i, kind: 'description', split: true },
  { label: /^Conditions for Participation$/i, kind: 'selection' },
  { label: /^Other Instructions$/i, kind: 'other' },
  { label: /^Timeframe for Delivery$/i, kind: 'other' },
  { label: /^Evaluation Criteria$/i, kind: 'award' },
  {
    label: /^(?:Close Date & Time|Publish Date|Location|ATM Type|Multi Agency Access|Panel Arrangement|Multi-Stage|Address for Lodgement|Estimated Value.*|Agency Reference ID|Addenda Available|Contact Details?)$/i,
    kind: 'boilerplate',
  },
];

const ATM_SHOW = /^\/Atm\/Show\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i;

export const austender: PortalAdapter = {
  id: 'austender',
  name: 'AusTender',
  matches: ['https://www.tenders.gov.au/Atm/Show/*', 'https://www.tenders.gov.au/atm/show/*'],
  examples: {
    notices: [
      'https://www.tenders.gov.au/Atm/Show/5f3c9a52-3b7e-4e3a-9d61-0a7f2c1e8b44',
      'https://www.tenders.gov.au/Atm/Show/c2a4b0b8-0d4e-4c1f-9a6b-3e2d1f0a9b87',
    ],
    others: [
      'https://www.tenders.gov.au/',
      'https://www.tenders.gov.au/atm?page=2',
      'https://www.tenders.gov.au/Atm?filter=published&Keyword=cleaning',
      'https://www.tenders.gov.au/Atm/ViewDocuments/5f3c9a52-3b7e-4e3a-9d61-0a7f2c1e8b44',
      'https://www.tenders.gov.au/Cn/Show/7e0b1a2c-3d4e-4f50-8a61-92b3c4d5e6f7',
      'https://www.tenders.gov.au/Search/KeywordSearch?Keyword=software',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && url.hostname === 'www.tenders.gov.au' && ATM_SHOW.test(url.pathname),
  rootSelectors: [...SELECTORS.root, SELECTORS.row],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.row);
    if (!found || (doc.querySelector(SELECTORS.loginMarker) && !found.root.querySelector(SELECTORS.row))) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);

    const titleEl = SELECTORS.title.map((s) => root.querySelector(s) ?? doc.querySelector(s)).find((e) => e && clean(e.textContent ?? ''));
    if (titleEl) {
      b.title = clean(titleEl.textContent ?? '');
      b.add('Title', 'title', textOf([titleEl]));
    }

    for (const row of Array.from(root.querySelectorAll(SELECTORS.row))) {
      const label = childMatching(row, SELECTORS.label);
      if (!label) continue;
      const inner = childMatching(row, SELECTORS.value);
      b.field(label.textContent ?? '', inner ? Array.from(inner.childNodes) : nodesAfter(label, row));
    }

    if (!b.rows) {
      b.unrecognised(root, 'AusTender', `no div.list-desc field rows inside ${selector}`);
    } else if (!b.labels.has('description')) {
      b.gaps.push('the approach to market shows no Description field: what is bought could not be read');
    }
    return b.notice(url, pageLanguage(doc, 'en'), doc.title.replace(/^AusTender:?\s*/i, ''));
  },
};

/* Test URLs (manual checks):
   https://www.tenders.gov.au/atm                                   (the list: not a notice)
   https://www.tenders.gov.au/Atm/Show/<uuid>                       (open any ATM from the list; the demo page is
                                                                     tests/fixtures/html/austender/atm_rft17-18-09_penrith_gpt.html)
   https://www.tenders.gov.au/Atm/ViewDocuments/<uuid>              (login: not a notice)
*/
