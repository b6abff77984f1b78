/**
 * GETS, the New Zealand Government Electronic Tenders Service (www.gets.govt.nz).
 *
 * A tender is `/{AGENCY}/ExternalTenderDetails.htm?id={RFx id}`, a legacy server-rendered page: one
 * `table.tender-details-info-tbl` whose rows are a `td.label-cell` ("RFx ID :", "Tender Name :", "Categories :",
 * "Required Pre-qualifications :") and a value cell, then free-text parts each opened by
 * `div.detail-divider > span.legend` ("Overview", "Tender Documents") (domain research §5 and public GETS scrapers).
 * Categories are UNSPSC ("81110000 - Computer services"), never CPV. The tender documents themselves need a login:
 * the Overview is often all the page says.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { clean, findRoot, NoticeBuilder, nodesUntil, pageLanguage, textOf, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The tender, in order:
   * 1. `#tender-details`, the block holding the agency, the title, the table and the free-text parts;
   * 2. `.tender-details`, its class;
   * 3. the table's label cells and the parts' legends: the root is then the smallest element holding them all
   *    (never the header, side menu or footer, which hold none).
   */
  root: ['#tender-details', '.tender-details'],
  /** What only a tender page holds: a label cell of the details table, or the legend of a free-text part. */
  marks: 'td.label-cell, .detail-divider .legend',
  /** A row's label cell; its value is the next cell of the row. */
  labelCell: 'td.label-cell, th.label-cell',
  /** A free-text part opens with this divider (its name in `span.legend`) and runs to the next one. */
  divider: '.detail-divider',
  legend: '.legend',
  /** The buying organisation, shown above the title (the table's "Department/Business Unit" is only its unit). */
  agency: ['.tender-agency', '.agency-name'],
  /** The page's title, when the table has no "Tender Name" row. */
  title: 'h1',
} as const;

/** GETS's labels (without the " :"). Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^RFx ID$/i, kind: 'boilerplate', role: 'id' },
  { label: /^Tender Name$/i, kind: 'title', role: 'title' },
  { label: /^Categor(?:y|ies)$/i, kind: 'boilerplate', scheme: 'UNSPSC' },
  { label: /^Organisation$/i, kind: 'boilerplate', role: 'buyer' },
  { label: /^Department\/Business Unit$/i, kind: 'boilerplate', role: 'buyer' },
  // a pre-qualification (a panel, a register) restricts who may respond: a condition for participation
  { label: /^Required Pre-?qualifications?$/i, kind: 'selection' },
  { label: /^Overview$/i, kind: 'description', split: true },
  { label: /^(?:Evaluation criteria|Evaluation)$/i, kind: 'award' },
  { label: /^(?:Award(?:ed)?(?: Notice| To)?|Outcome|Tender Outcome)$/i, kind: 'other' },
  {
    label: /^(?:Reference #?|Open Date|Close Date|Tender Type|Tender Coverage|Regions?|Exemption Reason|Contact|Alternate Physical .*|Tender Documents|Pre-conditions|Estimated Value)$/i,
    kind: 'boilerplate',
  },
];

const DETAILS = /^\/(?:[A-Za-z0-9_-]+\/)?ExternalTenderDetails\.htm$/;

export const getsNz: PortalAdapter = {
  id: 'gets-nz',
  name: 'GETS (New Zealand)',
  matches: ['https://www.gets.govt.nz/*ExternalTenderDetails.htm*'],
  examples: {
    notices: [
      'https://www.gets.govt.nz/MBIE/ExternalTenderDetails.htm?id=34394762',
      'https://www.gets.govt.nz/UW/ExternalTenderDetails.htm?id=34808478',
      'https://www.gets.govt.nz/WGCD/ExternalTenderDetails.htm?id=34261873',
    ],
    others: [
      'https://www.gets.govt.nz/ExternalIndex.htm',
      'https://www.gets.govt.nz/ExternalIndex.htm?orderBy=date',
      'https://www.gets.govt.nz/ExternalClosedTenderList.htm',
      'https://www.gets.govt.nz/ExternalAwardedTenderList.htm?page=2',
      'https://www.gets.govt.nz/MBIE/ExternalTenderDetails.htm',
      'https://www.gets.govt.nz/MBIE/ExternalTenderDetails.htm?id=abc',
    ],
  },
  isNotice: (url) =>
    url.protocol === 'https:' && url.hostname === 'www.gets.govt.nz' && DETAILS.test(url.pathname) && /^\d+$/.test(url.searchParams.get('id') ?? ''),
  rootSelectors: [...SELECTORS.root, SELECTORS.marks],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.marks);
    if (!found) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);

    for (const s of SELECTORS.agency) {
      const el = root.querySelector(s);
      if (el && clean(el.textContent ?? '')) {
        b.field('Organisation', [el]);
        break;
      }
    }
    const agencyRows = b.rows;
    for (const cell of Array.from(root.querySelectorAll(SELECTORS.labelCell))) {
      const value = cell.nextElementSibling;
      b.field(cell.textContent ?? '', value ? Array.from(value.childNodes) : []);
    }
    for (const divider of Array.from(root.querySelectorAll(SELECTORS.divider))) {
      const name = divider.querySelector(SELECTORS.legend) ?? divider;
      b.field(name.textContent ?? '', nodesUntil(divider, (el) => el.matches(SELECTORS.divider) || !!el.querySelector(SELECTORS.divider)));
    }
    if (!b.title) {
      const h1 = root.querySelector(SELECTORS.title) ?? doc.querySelector(SELECTORS.title);
      if (h1 && clean(h1.textContent ?? '')) {
        b.title = clean(h1.textContent ?? '');
        b.add('Title', 'title', textOf([h1]));
      }
    }

    if (b.rows === agencyRows) {
      b.unrecognised(root, 'GETS', `no td.label-cell rows nor div.detail-divider parts inside ${selector}`);
    } else if (!b.has('description')) {
      b.gaps.push("the tender shows no Overview: what is bought and any requirement could only be in its documents, which were not read");
    }
    const fallbackTitle = doc.title.replace(/^GETS\s*\|\s*(?:Tender Details\s*\|\s*)?/i, '');
    return b.notice(url, pageLanguage(doc, 'en'), fallbackTitle);
  },
};

/* Test URLs (manual checks):
   https://www.gets.govt.nz/ExternalIndex.htm                          (the list of open tenders: not a notice)
   https://www.gets.govt.nz/<AGENCY>/ExternalTenderDetails.htm?id=<n>  (any tender of the list; the demo page is
                                                                        tests/fixtures/html/gets_nz/gets_34261873_wgcd_it_products.html)
*/
