/**
 * eTenders (www.etenders.gov.ie): Ireland's public procurement portal, run since 2023 on EPPS, the platform of
 * European Dynamics also used by Lithuania's CVP IS, Jamaica's GOJEP, Ghana's GHANEPS and Zambia's ZPPA.
 *
 * A call for tenders is `/epps/cft/prepareViewCfTWS.do?resourceId={n}`, a server-rendered (Struts/JSP) page. Its
 * overview tab lists the notice as label/value pairs: `dl.row > dt + dd` on the current Bootstrap pages (the pairs
 * public scrapers of CVP IS and GHANEPS read), label/value table rows on older ones; lots sit in one panel each,
 * with their own pairs (domain research §5). Classification is CPV ("71530000 - Construction consultancy services").
 * The documents (`listContractDocuments.do`) and notices (`viewContractNotices.do`) are other pages: not read.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { clean, findRoot, isElement, NoticeBuilder, pageLanguage, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The overview, in order:
   * 1. `#cftOverview`, the overview tab's pane;
   * 2. the active pane of the tabs, should the pane's id change;
   * 3. any label of a pair: the root is then the smallest element holding every pair (never the left CfT menu,
   *    header or footer, which hold none).
   */
  root: ['#cftOverview', '.tab-content > .tab-pane.active'],
  /** A pair's label: a `dt` (its value is the `dd` after it), or a table row's label cell (its value the next cell). */
  label: 'dl dt, tr > th:first-child, tr > td.label:first-child, tr > td.labelCell:first-child',
  /** A lot's panel: its pairs belong to that lot. */
  lot: '.lot-panel, [id^="lot-"], fieldset.lot',
  /** A lot's name in its panel's heading when it has no "Lot number" pair ("Lot 1: Consulting Engineer Services"). */
  lotHeading: '.panel-heading, legend, h3, h4',
} as const;

/** eTenders' labels. Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^(?:Title|Name of the CfT|CfT title)$/i, kind: 'title', role: 'title' },
  { label: /^Lot (?:title|name)$/i, kind: 'title' },
  { label: /^(?:Resource ID|Unique ID|CfT ID)$/i, kind: 'boilerplate', role: 'id' },
  { label: /^(?:Contracting Authority|Buyer|Contracting Authority name)$/i, kind: 'boilerplate', role: 'buyer' },
  // the lot's own number: the lot is known from its panel (lotIdOf), this pair is only shown
  { label: /^(?:Lot number|Lot No\.?|Lot ID)$/i, kind: 'boilerplate' },
  { label: /^(?:Contract Type|Type of contract)$/i, kind: 'boilerplate', role: 'nature' },
  { label: /^(?:Main CPV codes?|Additional CPV codes?|CPV codes?)$/i, kind: 'boilerplate', scheme: 'CPV' },
  { label: /^(?:Short description|Description|Lot description|Description of the procurement)$/i, kind: 'description', split: true },
  { label: /^(?:Award criteria|Award criterion)$/i, kind: 'award' },
  { label: /^(?:Additional information|Complementary information|Options|Renewal|Information about variants)$/i, kind: 'other' },
  {
    label:
      /^(?:Reference number|Procedure|Estimated value|Framework agreement|Date of publication|Tenders\/Requests to participate deadline|Status|Place of performance|Duration in months|Maximum number of lots awarded to one tenderer|Combination of lots|Opening of tenders|Review body|Review procedure|Contact point|E-mail|Telephone|Address)$/i,
    kind: 'boilerplate',
  },
];

const CFT_VIEW = /^\/epps\/cft\/prepareViewCfTWS\.do$/;

export const etendersIe: PortalAdapter = {
  id: 'etenders-ie',
  name: 'eTenders (Ireland)',
  matches: ['https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do*'],
  examples: {
    notices: [
      'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=3917450',
      'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=4276718',
    ],
    others: [
      'https://www.etenders.gov.ie/epps/home.do',
      'https://www.etenders.gov.ie/epps/quickSearchAction.do?searchType=cftFTS&latest=true',
      'https://www.etenders.gov.ie/epps/cft/listContractDocuments.do?resourceId=3917450',
      'https://www.etenders.gov.ie/epps/cft/viewContractNotices.do?resourceId=3917450',
      'https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do',
      'https://viesiejipirkimai.lt/epps/cft/prepareViewCfTWS.do?resourceId=3917450',
    ],
  },
  isNotice: (url) =>
    url.protocol === 'https:' && url.hostname === 'www.etenders.gov.ie' && CFT_VIEW.test(url.pathname) && /^\d+$/.test(url.searchParams.get('resourceId') ?? ''),
  rootSelectors: [...SELECTORS.root, SELECTORS.label],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.label);
    if (!found) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);
    const lotIds = new Map<Element, string>();

    for (const label of Array.from(root.querySelectorAll(SELECTORS.label))) {
      const panel = label.closest(SELECTORS.lot);
      const lot = panel && root.contains(panel) ? lotIdOf(panel, lotIds) : undefined;
      b.field(label.textContent ?? '', valueOf(label), lot);
    }
    // the lots in the order their panels come (a Map keeps the order they were first met in)
    for (const id of lotIds.values()) if (!b.lots.includes(id)) b.lots.push(id);

    if (!b.rows) {
      b.unrecognised(root, 'eTenders', `no dt/dd or table label/value pairs inside ${selector}`);
    } else if (!b.has('description')) {
      b.gaps.push('the call for tenders shows no description: what is bought could not be read');
    }
    const resourceId = url.searchParams.get('resourceId');
    if (!b.id && resourceId) b.id = resourceId;
    return b.notice(url, pageLanguage(doc, 'en'), clean(doc.title.replace(/^eTenders\s*-\s*/i, '')));
  },
};

/** A `dt`'s value: the `dd`s after it up to the next `dt`; a label cell's: the rest of its row. */
function valueOf(label: Element): Node[] {
  const out: Node[] = [];
  if (label.tagName.toUpperCase() === 'DT') {
    for (let n = label.nextElementSibling; n && n.tagName.toUpperCase() === 'DD'; n = n.nextElementSibling) {
      // several dd: each one's nodes (siblings of one another only through the dd, so keep the dd itself)
      out.push(n);
    }
    return out.length === 1 ? Array.from(out[0]!.childNodes) : out;
  }
  for (let n = label.nextSibling; n; n = n.nextSibling) out.push(n);
  return out.filter((n) => isElement(n) || clean(n.textContent ?? ''));
}

/** The lot a panel shows: its "Lot number" pair, else the number in its heading ("Lot 2: …"); "Lot 2" either way. */
function lotIdOf(panel: Element, known: Map<Element, string>): string {
  const seen = known.get(panel);
  if (seen) return seen;
  let raw = '';
  for (const dt of Array.from(panel.querySelectorAll('dt, th'))) {
    if (/^lot (?:number|no\.?|id)\s*:?$/i.test(clean(dt.textContent ?? ''))) {
      raw = clean(dt.nextElementSibling?.textContent ?? '');
      break;
    }
  }
  if (!raw) raw = /\blot\s*(?:no\.?\s*)?([A-Za-z0-9-]+)/i.exec(clean(panel.querySelector(SELECTORS.lotHeading)?.textContent ?? ''))?.[1] ?? '';
  const id = !raw ? `Lot ${known.size + 1}` : /^lot\b/i.test(raw) ? raw : `Lot ${raw}`;
  known.set(panel, id);
  return id;
}

/* Test URLs (manual checks):
   https://www.etenders.gov.ie/epps/quickSearchAction.do?searchType=cftFTS&latest=true   (latest CfTs: not a notice)
   https://www.etenders.gov.ie/epps/cft/prepareViewCfTWS.do?resourceId=<n>               (any CfT of that list; the demo page is
                                                       tests/fixtures/html/etenders_ie/etenders_3917450_offaly_consultants.html)
   https://www.etenders.gov.ie/epps/cft/listContractDocuments.do?resourceId=<n>          (its documents: not a notice)
*/
