/**
 * UN Global Marketplace (ungm.org): tender notices and contract awards of the UN system's agencies.
 *
 * Server-rendered pages: `/Public/Notice/{n}` (a notice: `div.noticeDetail`) and `/Public/ContractAward/{n}`
 * (an award: `div.awardDetail`), in `div#centre` next to the site menu `nav#left`. That menu is on every page
 * and names "Sustainable Procurement Tools", "Gender Responsive Procurement", "Sustainable Development Goals",
 * "Women's Empowerment Principles": it is never read, nor are the header, the footer, the language prompts,
 * the documents list and the contacts. What is read (utils/parsers/portal-pages.ts, shared with the CLI's
 * parser):
 * - the title ('title') and the description ('description'): the buyer's words;
 * - the label/value rows (reference, beneficiary countries, published, deadline; for awards UN organization,
 *   award date, vendor, value) and an award's countries and suppliers: 'boilerplate' (read, never evidence);
 * - the UNSPSC tree's leaves: notice.otherClassifications (scheme 'UNSPSC'); UN notices have no CPV.
 * The notice's language is told from its words: Spanish and French notices come in an English page.
 * Read-only: nothing here writes to the page.
 */
import { SectionBuilder } from '../../../utils/parsers/common';
import { PORTAL_GAPS, portalNotice, UNGM_SELECTORS, UngmReader, ungmIdOf, titleFromDocumentTitle } from '../../../utils/parsers/portal-pages';
import { collectTextOf, type CollectedText } from '../text-map';
import { allOf, clean, firstOf, skipped, textOf as rawTextOf, trimmed } from './page-blocks';
import type { Extraction, PortalAdapter, SectionSource } from './types';

/** Ordered fallbacks with a comment each, shared with the CLI's parser: see UNGM_SELECTORS. */
const SELECTORS = UNGM_SELECTORS;
const HOSTS = new Set(['www.ungm.org', 'ungm.org']);
/** `/Public/Notice/29165`, `/Public/ContractAward/101104`; not the lists `/Public/Notice`, `/Public/ContractAward/Harmonization`. */
const NOTICE_PATH = /^\/Public\/(?:Notice|ContractAward)\/\d+\/?$/i;
/** An element's text without what is never read, and without the indentation around it. */
const textOf = (el: Node) => trimmed(rawTextOf(el));

export const ungm: PortalAdapter = {
  id: 'ungm',
  name: 'UN Global Marketplace',
  matches: [
    'https://www.ungm.org/Public/Notice/*',
    'https://www.ungm.org/Public/ContractAward/*',
    'https://ungm.org/Public/Notice/*',
    'https://ungm.org/Public/ContractAward/*',
  ],
  examples: {
    notices: [
      'https://www.ungm.org/Public/Notice/29165',
      'https://www.ungm.org/Public/Notice/28044',
      'https://www.ungm.org/Public/Notice/91345',
      'https://www.ungm.org/Public/ContractAward/101104',
      'https://www.ungm.org/Public/ContractAward/102873',
    ],
    others: [
      'https://www.ungm.org/',
      'https://www.ungm.org/Public/Notice',
      'https://www.ungm.org/Public/ContractAward',
      'https://www.ungm.org/Public/ContractAward/Harmonization',
      'https://www.ungm.org/Public/KnowledgeCentre/SustainableProcurement',
      'https://www.ungm.org/Public/UNSPSC',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && HOSTS.has(url.hostname) && NOTICE_PATH.test(url.pathname),
  rootSelectors: [...SELECTORS.root],
  extract: extractUngm,
};

function extractUngm(doc: Document, url: URL): Extraction | null {
  const found = firstOf(doc, SELECTORS.root);
  if (!found) return null;
  const root = found.el;
  const reader = new UngmReader();
  const sources: Record<string, SectionSource> = {};
  const keep = (s: { id: string } | undefined, c: CollectedText) => {
    if (s) sources[s.id] = c.source;
  };
  const notContact = (el: Element) => !el.closest(`.${SELECTORS.contacts}`);
  const row = (r: Element) => {
    const label = firstOf(r, SELECTORS.rowLabel)?.el;
    const value = firstOf(r, SELECTORS.rowValue)?.el;
    if (!label || !value) return;
    const c = textOf(value);
    keep(reader.addRow(clean(textOf(label).text), c.text), c);
  };

  if (found.selector === SELECTORS.root[0]) {
    // A tender notice: title, rows, description (what follows its "Description" title).
    const title = firstOf(doc, SELECTORS.noticeTitle)?.el;
    if (title) {
      const c = textOf(title);
      keep(reader.addTitle(c.text), c);
    }
    for (const r of allOf(doc, SELECTORS.noticeRows).filter(notContact)) row(r);
    const descTitle = firstOf(doc, SELECTORS.noticeDescriptionTitle)?.el;
    if (descTitle) {
      const after: Node[] = [];
      for (let n = descTitle.nextSibling; n; n = n.nextSibling) after.push(n);
      const c = trimmed(collectTextOf(after, skipped));
      keep(reader.addDescription(c.text), c);
    }
    const agency = firstOf(doc, SELECTORS.noticeAgency)?.el;
    if (agency) reader.buyer ??= clean(textOf(agency).text) || undefined;
  } else if (found.selector === SELECTORS.root[1]) {
    // A contract award: rows (Title, UN organization, …), description, countries, suppliers.
    for (const r of allOf(doc, SELECTORS.awardRows).filter(notContact)) row(r);
    for (const d of allOf(doc, SELECTORS.awardDescription)) {
      const c = textOf(d);
      keep(reader.addDescription(c.text), c);
    }
    for (const d of allOf(doc, SELECTORS.awardCountries)) {
      const c = textOf(d);
      keep(reader.addBoilerplate('Countries', c.text), c);
    }
    const vendors = firstOf(doc, SELECTORS.awardVendors)?.el;
    if (vendors) {
      const c = textOf(vendors);
      keep(reader.addBoilerplate('Supplier', c.text), c);
    }
  }
  for (const node of allOf(root, SELECTORS.unspscNode)) {
    if (node.querySelector(SELECTORS.unspscChild)) continue; // on the path to a chosen code
    const name = node.querySelector(SELECTORS.unspscName);
    if (name) reader.addUnspsc(textOf(name).text);
  }

  const gaps: string[] = [];
  let sections = reader.sections.sections;
  if (found.index >= SELECTORS.expectedRoots || !reader.readBody) {
    // The notice's panel is not there (or holds none of its parts): read the content column as one text.
    gaps.push(found.index >= SELECTORS.expectedRoots ? PORTAL_GAPS.rootFallback('UNGM', SELECTORS.root.slice(0, 2).join(' or '), found.selector) : PORTAL_GAPS.ungmNoBody);
    const plain = new SectionBuilder();
    const c = textOf(root);
    const s = plain.add('notice', 'Notice', 'other', c.text);
    for (const k of Object.keys(sources)) delete sources[k];
    if (s) sources[s.id] = c.source;
    sections = plain.sections;
  }

  const id = ungmIdOf(url.href);
  const notice = portalNotice({
    ...(id ? { id } : {}),
    url: url.href,
    title: reader.title ?? (titleFromDocumentTitle(doc.title) || 'UNGM notice'),
    ...(reader.buyer ? { buyer: reader.buyer } : {}),
    htmlLang: doc.documentElement.getAttribute('lang'),
    sections,
    otherClassifications: reader.classifications(),
    gaps,
  });
  return { notice, sources };
}

/* Test URLs (manual checks):
   https://www.ungm.org/Public/Notice/29165           (UN-Women, creative performances on sexual violence: tests/fixtures/html/ungm/notice_29165.html)
   https://www.ungm.org/Public/Notice/28044           (UNDP, Spanish)
   https://www.ungm.org/Public/Notice/29167           (UNOPS, French)
   https://www.ungm.org/Public/ContractAward/101255   (ITU award, French)
   https://www.ungm.org/Public/Notice                 (the list of notices: not a notice)
*/
