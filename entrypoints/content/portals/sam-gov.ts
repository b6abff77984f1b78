/**
 * SAM.gov contract opportunities (sam.gov): the US federal government's notices (formerly FedBizOpps).
 *
 * A notice is `/opp/{32-hex id}/view` (also `/workspace/contract/opp/{id}/view` for signed-in users): an Angular
 * application in the SAM design system. The page arrives empty and the application renders the notice once its API
 * answers, so the content script waits for the notice's Description (`rootSelectors`). The notice shows a header
 * (title, Notice ID, Department/Ind. Agency, Sub-tier, Office) and the sections "General Information",
 * "Classification" (set-aside, product service code, NAICS), "Description", "Attachments/Links", "Contact
 * Information", "History" (domain research §5). The Description holds the whole synopsis or combined
 * synopsis/solicitation: FAR clauses (52.223-x), Section 508, ENERGY STAR and evaluation factors are there, when not
 * in the attachments (which are not read). Classification is NAICS and PSC, never CPV.
 * The section ids and field markup read here are the demo page's (built from that structure): check them on the live
 * site (Test URLs below); sections are also found by their heading's text, should the ids change.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { childMatching, clean, findRoot, isElement, NoticeBuilder, nodesAfter, nodesUntil, pageLanguage, textOf, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The rendered notice, in order:
   * 1. `#opp-view`, the opportunity view the application renders into its outlet;
   * 2. any field of the notice: the root is then the smallest element holding them all (never the US banner,
   *    navigation or footer, which hold none).
   */
  root: ['#opp-view'],
  /**
   * What to wait for: the Description's text, not the view (the view, its heading and its fields may be there
   * before the text is), in order: its body; its paragraphs or items, should the body's class change. If the
   * description's id changed too, nothing appears: the content script then reports that the notice did not appear
   * (every criterion uncertain), and a description found empty after all is a gap, never read as missing.
   */
  ready: ['#opp-view #description .opp-description', '#opp-view #description p, #opp-view #description li'],
  /** A label/value field: `li.sds-field` (name + value spans). */
  field: '.sds-field',
  /** A field's name and value, children of the field; without the classes, its `strong`/`b`/`th`/`dt` label. */
  fieldName: '.sds-field__name, strong, b, th, dt, label',
  fieldValue: '.sds-field__value',
  title: ['#opp-title', '.opp-header h1', 'h1'],
  /** The sections, by id; a section whose id changed is found by its heading's text (SECTION_NAMES). */
  sections: {
    general: '#general',
    classification: '#classification',
    description: '#description',
    attachments: '#attachments-links',
    contact: '#contact-information',
    history: '#history',
  },
  /** The Description's body, inside its section; without it, whatever follows the section's heading. */
  descriptionBody: '.opp-description',
  heading: 'h2, h3',
} as const;

type SectionName = keyof typeof SELECTORS.sections;
const SECTION_NAMES: Record<SectionName, RegExp> = {
  general: /^General Information$/i,
  classification: /^Classification$/i,
  description: /^Description$/i,
  attachments: /^Attachments(?:\/Links)?$/i,
  contact: /^Contact Information$/i,
  history: /^History$/i,
};

/** SAM.gov's labels. Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^(?:Notice ID|Solicitation Number)$/i, kind: 'boilerplate', role: 'id' },
  { label: /^(?:Department\/Ind\.? Agency|Department)$/i, kind: 'boilerplate', role: 'buyer' },
  // The Description is the whole synopsis or combined synopsis/solicitation: what is bought, but also the
  // requirements, evaluation factors and clauses. 'other', as the CLI reads the same text (utils/parsers/text.ts:
  // paragraphs are 'other' unless a heading says more), so that the page and the CLI audit it alike; the engine then
  // takes what is bought from its opening. Its own headings ("Evaluation factors") still set their blocks' kinds.
  { label: /^Description$/i, kind: 'other', split: true },
  // a set-aside reserves the purchase for small businesses: who may take part, a condition for participation
  { label: /^(?:Original |Updated )?Set[- ]?Aside$/i, kind: 'selection' },
  { label: /^(?:Product Service Code|PSC|Classification Code)$/i, kind: 'boilerplate', scheme: 'PSC' },
  { label: /^(?:NAICS Code|NAICS)$/i, kind: 'boilerplate', scheme: 'NAICS' },
  { label: /^(?:Evaluation Factors|Basis (?:for|of) Award)$/i, kind: 'award' },
  {
    label:
      /^(?:Related Notice|Sub-?tier|Office|Contract Opportunity Type|All Dates\/Times are|(?:Original |Updated )?(?:Published Date|Date Offers Due|Response Date|Inactive Date)|Inactive Policy|Initiative|Place of Performance|Contracting Office Address|(?:Primary|Alternative) Point of Contact|Attachments\/Links|History|Contract Award (?:Date|Number)|Contractor Awarded .*|Total Contract Value|Award Number|Task\/Delivery Order Number)$/i,
    kind: 'boilerplate',
  },
];

const OPP_VIEW = /^\/(?:workspace\/contract\/)?opp\/([0-9a-f]{32})\/view\/?$/i;

export const samGov: PortalAdapter = {
  id: 'sam-gov',
  name: 'SAM.gov',
  matches: ['https://sam.gov/opp/*', 'https://sam.gov/workspace/contract/opp/*'],
  examples: {
    notices: [
      'https://sam.gov/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b/view',
      'https://sam.gov/opp/b0d4a7c2e61f4c0b9d8e7f6a5b4c3d2e/view',
      'https://sam.gov/workspace/contract/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b/view',
    ],
    others: [
      'https://sam.gov/content/home',
      'https://sam.gov/search/?index=opp&page=1&sort=-modifiedDate',
      'https://sam.gov/opp/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b',
      'https://sam.gov/opp/not-a-notice-id/view',
      'https://sam.gov/entity/ABC123456789/coreData',
      'https://sam.gov/api/prod/opps/v2/opportunities/3f0c2b7e9a4d4e1f8b6c5a2d1e0f9a8b',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && url.hostname === 'sam.gov' && OPP_VIEW.test(url.pathname),
  rootSelectors: [...SELECTORS.ready],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.field);
    if (!found) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);

    const title = SELECTORS.title.map((s) => root.querySelector(s)).find((e) => e && clean(e.textContent ?? ''));
    if (title) {
      b.title = clean(title.textContent ?? '');
      b.add('Title', 'title', textOf([title]));
    }
    const sections = findSections(root);
    // the header's fields (Notice ID, Department/Ind. Agency, Office): every field outside the sections, so that a
    // renamed header is still read
    const inSection = (el: Element) => Object.values(sections).some((s) => s.contains(el));
    readFields(root, b, (row) => !inSection(row));
    let classificationRows = 0;
    for (const name of ['general', 'classification', 'contact'] as const) {
      const s = sections[name];
      const before = b.rows;
      if (s) readFields(s, b);
      if (name === 'classification') classificationRows = b.rows - before;
    }
    const description = sections.description;
    if (description) {
      const body = description.querySelector(SELECTORS.descriptionBody);
      const heading = description.querySelector(SELECTORS.heading);
      b.field('Description', body ? Array.from(body.childNodes) : heading ? nodesUntil(heading, () => false) : Array.from(description.childNodes));
    }
    for (const name of ['attachments', 'history'] as const) {
      const s = sections[name];
      const heading = s?.querySelector(SELECTORS.heading);
      if (s && heading) b.field(clean(heading.textContent ?? ''), nodesUntil(heading, () => false));
    }

    if (!b.rows) {
      b.unrecognised(root, 'SAM.gov', `no fields (.sds-field) nor sections (#general, #description, …) inside ${selector}`);
    } else if (!b.sections.some((x) => x.label === 'Description' || x.label.startsWith('Description: '))) {
      b.gaps.push(
        description
          ? "SAM.gov had not shown the notice's Description yet (it loads separately): its text, where any requirement would be, was not read"
          : "the notice's Description was not found on the page: its text, where any requirement would be, was not read",
      );
    }
    if (b.rows && !classificationRows) {
      b.gaps.push(`the Classification section's fields (NAICS, product service code, set-aside) ${sections.classification ? 'could not be read' : 'were not found'}`);
    }
    b.id ??= OPP_VIEW.exec(url.pathname)?.[1];
    return b.notice(url, pageLanguage(doc, 'en'), clean(doc.title.replace(/\s*-\s*SAM\.gov\s*$/i, '')) || 'SAM.gov contract opportunity');
  },
};

/** The sections of the view: by id, else by their heading's text (the heading's parent is the section). */
function findSections(root: Element): Partial<Record<SectionName, Element>> {
  const out: Partial<Record<SectionName, Element>> = {};
  for (const [name, sel] of Object.entries(SELECTORS.sections) as [SectionName, string][]) {
    const el = root.querySelector(sel);
    if (el) out[name] = el;
  }
  for (const h of Array.from(root.querySelectorAll(SELECTORS.heading))) {
    const text = clean(h.textContent ?? '');
    for (const [name, re] of Object.entries(SECTION_NAMES) as [SectionName, RegExp][]) {
      if (!out[name] && re.test(text) && h.parentElement && h.parentElement !== root) out[name] = h.parentElement;
    }
  }
  return out;
}

/**
 * The label/value fields of a section: `.sds-field`, else list items and rows that open with a label. With `only`
 * (the header's fields, read from the whole view), just the `.sds-field` rows it keeps.
 */
function readFields(scope: Element, b: NoticeBuilder, only?: (row: Element) => boolean): void {
  let rows = Array.from(scope.querySelectorAll(SELECTORS.field));
  if (only) rows = rows.filter(only);
  else if (!rows.length) rows = Array.from(scope.querySelectorAll('li, tr, p')).filter((r) => isElement(r.firstElementChild) && r.firstElementChild.matches(SELECTORS.fieldName));
  for (const row of rows) {
    const name = childMatching(row, SELECTORS.fieldName);
    if (!name) continue;
    const value = childMatching(row, SELECTORS.fieldValue);
    b.field(name.textContent ?? '', value ? Array.from(value.childNodes) : nodesAfter(name, row));
  }
}

/* Test URLs (manual checks):
   https://sam.gov/search/?index=opp&page=1&sort=-modifiedDate      (search: not a notice)
   https://sam.gov/opp/<32-hex id>/view                              (open any result; the demo page is
                                                   tests/fixtures/html/sam_gov/opp_nama-nw-11-q-0009_microfilm_scanners.html,
                                                   which renders itself like the application does)
   Note: a search result opened inside the application changes the URL without loading a page; the content script
   only runs on pages loaded at a notice URL (reload the notice to have it read).
*/
