/**
 * Page layouts of three server-rendered portals: UK Find a Tender, UK Contracts Finder, UN Global Marketplace.
 * Shared by their content-script adapters (entrypoints/content/portals/*.ts, on the live DOM) and the Node HTML
 * parser (utils/parsers/portal-html.ts, on htmlparser2), so that the extension and `npm run audit -- --url …`
 * read the same sections with the same kinds. Pure data and functions: no DOM, no htmlparser2.
 *
 * Selectors are ordered fallbacks, each a plain CSS selector made only of tag, #id, .class and [attr] / [attr=v]
 * parts joined by descendant (" ") or child (">") combinators, so the Node side can match them without a CSS
 * engine. No commas: a list of alternatives is an array.
 *
 * Both sides cut a notice into *blocks*: the text under one heading (h2–h5) up to the next one (FTS, CF), or
 * one labelled part (UNGM: title, a label/value row, the description). The readers below decide, per block,
 * its section kind, its id and the facts it carries (CPV codes, contract nature, SME suitability). The text a
 * side hands them is its own (raw text nodes on the page, normalised text in Node), and is kept as given.
 */
import type { Notice, NoticeSection, SectionKind, StructuredField } from '../notice';
import { toIso6391 } from '../notice';
import { clipTitle, detectLanguage, FieldBuilder, findCpvCodes, headingKind, pushUnique, SectionBuilder } from './common';

export type PortalPageId = 'find-a-tender' | 'contracts-finder' | 'ungm';

/** The portal a page URL belongs to, by host (any path: the caller decides what is a notice). */
export function portalPageOf(url: string | URL | undefined): PortalPageId | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = (typeof url === 'string' ? new URL(url) : url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (host === 'www.find-tender.service.gov.uk' || host === 'find-tender.service.gov.uk') return 'find-a-tender';
  if (host === 'www.contractsfinder.service.gov.uk' || host === 'contractsfinder.service.gov.uk') return 'contracts-finder';
  if (host === 'www.ungm.org' || host === 'ungm.org') return 'ungm';
  return undefined;
}

// ---- what is never read ---------------------------------------------------------------------------------

/** Elements never read inside a notice: controls, scripts, menus, text meant for screen readers only. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'input', 'select', 'option', 'datalist', 'textarea', 'nav', 'iframe', 'object', 'canvas', 'head']);
const SKIP_ROLES = new Set(['navigation', 'complementary', 'search', 'banner', 'contentinfo']);
/**
 * Classes never read on these portals: FTS duplicates every heading as spoken text in `span.aria-only` ("two.2.5)
 * Award criteria") next to the visible one; GOV.UK's visually hidden captions; Contracts Finder's `.form-opener`
 * holds the portal's explanation of a procedure type ("Any interested supplier may submit…") and each
 * supplier's address card.
 */
const SKIP_CLASSES = ['aria-only', 'govuk-visually-hidden', 'visually-hidden', 'sr-only', 'govuk-skip-link', 'form-opener'];

/** Whether an element (tag name, class attribute, role, hidden attribute) is left out of the notice text. */
export function isSkippedElement(tag: string, className: string | null | undefined, role: string | null | undefined, hidden: boolean): boolean {
  if (hidden || SKIP_TAGS.has(tag.toLowerCase())) return true;
  if (role && SKIP_ROLES.has(role)) return true;
  if (!className) return false;
  const classes = className.split(/\s+/);
  return SKIP_CLASSES.some((c) => classes.includes(c));
}

/**
 * The headings that start a block: h2–h4, and h5, FTS's sub-labels of a field ("Reference number" under "II.1.1)
 * Title", "Description of options" under "II.2.11) Information about options"), so that a label is never read
 * as the first words of the text before it.
 */
export const BLOCK_HEADING = /^h[2-5]$/i;
/** Level of the sub-label headings, labelled with their field: "II.2.11) Information about options: Description of options". */
const SUB_LABEL_LEVEL = 5;

// ---- selectors -------------------------------------------------------------------------------------------

export const FIND_A_TENDER_SELECTORS = {
  /**
   * The notice body, ordered fallbacks:
   * 1. the main column of the notice view (saved 2023 page: `main.notice-view > … > div#main-content.govuk-grid-column-two-thirds`,
   *    the same on the Procurement Act UK1–UK17 notices, GOV.UK Design System layout);
   * 2. `#main-content` alone (the skip link's target on every GOV.UK service page);
   * 3. the whole `main` (the contents side menu is `role=complementary` and is skipped): read with a gap.
   */
  root: ['main.notice-view #main-content', '#main-content', 'main.notice-view', 'main', '[role=main]'],
  /** How many of `root` are the notice body as expected; a later one means the layout changed (gap). */
  expectedRoots: 2,
  /** The notice title: `h1.govuk-heading-l.break-word` at the top of `main`. */
  title: ['main h1', 'h1'],
  /** The buyer: first item of the `ul.govuk-list` under the title (F-forms and UK forms alike). */
  buyer: ['main > .govuk-grid-row ul.govuk-list > li', 'main ul.govuk-list > li'],
  /** The lines under the title: "F03: Contract award notice" / "UK4: Tender notice - Procurement Act 2023 - …", "Notice identifier: 2023/S 000-008624", … */
  noticeLines: ['main p.govuk-body-s'],
} as const;

export const CONTRACTS_FINDER_SELECTORS = {
  /**
   * The notice column, ordered fallbacks (saved 2019 page: `div#content > #standard-left-col > … >
   * div#content-holder-left.content-holder-view-notice`; the right column holds "Watch/Print this notice"):
   */
  root: ['#content-holder-left', '.content-holder-view-notice', '#standard-left-col', '#content', 'main'],
  expectedRoots: 2,
  /** The notice's parts, each `div.content-block` with an h3 ("Contract summary", "Description", …); `.no-print` ones are "Share this notice" and the feedback link. */
  blocks: ['.content-block'],
  excludedBlockClass: 'no-print',
  title: ['#all-content-wrapper h1', 'h1'],
  /** The buyer's name, under the title ("NHS England"). */
  buyer: ['h2.breadcrumb-description'],
} as const;

export const UNGM_SELECTORS = {
  /**
   * The notice or award body, ordered fallbacks. Everything before it in the page is the site menu (`nav#left`,
   * with "Sustainable Procurement Tools", "Gender Responsive Procurement", … on every page): never read.
   * 1. `div.noticeDetail` (tender notices, /Public/Notice/{n}, 2014–2019 pages);
   * 2. `div.awardDetail` (contract awards, /Public/ContractAward/{n}, 2014 and 2017 pages);
   * 3. `div#centre`, the content column next to the menu: read as plain text, with a gap.
   */
  root: ['.noticeDetail', '.awardDetail', '#centre'],
  expectedRoots: 2,
  /**
   * The notice's own parts are the panel's direct `div.ungm-list-item`s (header, then description); the tabs
   * below them (documents, contacts, links, UNSPSC, revisions: "Changed/edited by …") have list items too.
   * Notice title: `span.title` in the header item.
   */
  noticeTitle: ['.noticeDetail > .ungm-panel > .ungm-list-item span.title', '.noticeDetail .ungm-col-lg-9 > span.title'],
  /** The agency: `div.title > span.highlighted` at the top of the panel. */
  noticeAgency: ['.noticeDetail > .ungm-panel > .title > span.highlighted', '.noticeDetail .title > span.highlighted'],
  /** Label/value rows of the header item: Reference, Beneficiary country(ies), Registration level, Published on, Deadline on. */
  noticeRows: ['.noticeDetail > .ungm-panel > .ungm-list-item .row'],
  /** A row's label (`span.label` on notices, `label` on awards) and value (`span.value`). */
  rowLabel: ['.label', 'label'],
  rowValue: ['.value'],
  /** The description: the list item headed by `div.title` ("Description"); its text is what follows that title. */
  noticeDescriptionTitle: ['.noticeDetail > .ungm-panel > .ungm-list-item > div.title'],
  /** Award rows: `div.reportRow` with a `label` and a `span.value` (Title, UN organization, Reference, Award date, Vendor, Contract value). */
  awardRows: ['.awardDetail fieldset > .reportRow'],
  /** The award description: `div.raw` after the "Description" row. */
  awardDescription: ['.awardDetail fieldset > .raw'],
  /** Countries of an award: `fieldset > div.formRow` under the legend "Countries" / "Countries/territories". */
  awardCountries: ['.awardDetail fieldset > .formRow'],
  /** The awarded suppliers (2017 layout: a "Supplier" tab). */
  awardVendors: ['#contractAwardVendorsContainer'],
  /** Contacts: never read (names, e-mail addresses, phone numbers). */
  contacts: 'contactDetails',
  /** UNSPSC tree: `div.unspscNode > span.nodeName` ("43230000 - Software", or the same in three `span.floatLeft`). */
  unspscNode: ['.unspscTree .unspscNode'],
  /** A node with a node below it is on the path to a chosen code, not a chosen code. */
  unspscChild: '.unspscNode',
  unspscName: '.nodeName',
} as const;

// ---- gaps ------------------------------------------------------------------------------------------------

export const PORTAL_GAPS = {
  rootFallback: (portal: string, expected: string, used: string) =>
    `${portal}'s notice layout changed (${expected} not found): read ${used} instead, which may hold page text that is not the notice or miss parts of it`,
  noStructure: (portal: string, used: string) =>
    `${portal}'s notice layout was not recognised (no known field headings inside ${used}): the notice was read as plain text, without its parts`,
  ungmNoBody: 'UNGM notice layout was not recognised (no title, rows or description in the notice panel): the notice was read as plain text, without its parts',
};

// ---- heading blocks (Find a Tender, Contracts Finder) ----------------------------------------------------

export interface PageBlock {
  /** 2–5 for a heading block (the heading's h-level), 0 for text before the first heading. */
  level: number;
  /** The heading's visible text (spoken-only duplicates left out), whitespace collapsed. */
  heading: string;
  /** The heading element's id, if any (FTS: `object-1-lot-2`). */
  id?: string;
  /** The block's text after the heading, as the caller read it. */
  text: string;
}

/** What a block is: a section of some kind, or a fact shown by a section. */
type Role = SectionKind | 'cpv' | 'nature' | 'sme';

interface HeadingDecision {
  role: Role | undefined; // undefined: inherit the enclosing heading's kind
  known: boolean; // the layout knows this heading
  key: string; // section id stem
  lot?: string;
}

/** The layout-specific part: how one heading reads. */
interface HeadingLayout {
  decide(heading: string, id: string | undefined): HeadingDecision;
  /** Value of BT-726 (suitable for SMEs) shown by an 'sme' block, if it says. */
  sme(text: string): 'true' | 'false' | undefined;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'text';

/** Roman section numbering of the pre-2025 forms: "II.2.5) Award criteria", "Section IV. Procedure", "V.2.1)  Date…". */
const FTS_NUMBER = /^(?:Section\s+)?([IVX]+(?:\.\d+)*)\s*[.):]\s*/;

/**
 * Pre-2025 notices (Public Contracts Regulations 2015, TED-like standard forms F01–F25): kind by section number.
 * A number not listed is read by its name (award criteria, selection criteria, …) or is 'other'.
 */
const FTS_NUMBERED: readonly (readonly [RegExp, Role])[] = [
  [/^I(?:\.\d+)*$/, 'boilerplate'], // Section I: contracting authority (name, addresses, contacts, type, main activity)
  [/^II\.[12]\.1$/, 'title'], // II.1.1 Title, II.2.1 Title (of a lot)
  [/^II\.[12]\.2$/, 'cpv'], // II.1.2 Main CPV code, II.2.2 Additional CPV code(s)
  [/^II\.1\.3$/, 'nature'], // II.1.3 Type of contract
  [/^(?:II\.1\.4|II\.2\.4|VII\.1\.4)$/, 'description'], // short description, description of the procurement (F20: VII.1.4)
  [/^(?:II\.2\.5|IV\.1\.9)$/, 'award'], // award criteria; criteria for the evaluation of projects (design contests)
  [/^II\.2\.9$/, 'selection'], // objective criteria for choosing the limited number of candidates
  [/^III\.1(?:\.[1-5])?$/, 'selection'], // conditions for participation: suitability, economic and financial standing, technical and professional ability, objective rules, reserved contracts
  [/^III\.2\.1$/, 'selection'], // service reserved to a particular profession
  [/^III\.2\.2$/, 'performance'], // contract performance conditions
  [/^(?:V\.2\.3|V\.3\.3)$/, 'boilerplate'], // name and address of the contractor / winner
  [/^(?:VI\.4(?:\.\d+)?|VI\.5)$/, 'boilerplate'], // procedures for review, review body; date of dispatch
];

/**
 * Procurement Act 2023 notices (UK1–UK17, from 24 Feb 2025: UK4 tender notice, UK6 contract award notice, …):
 * unnumbered headings, h2 per part ("Scope", "Lot 1. …", "Participation", "Submission", "Award criteria",
 * "Other information", "Procedure", "Contracting authority") and h3 per field. Also the unnumbered sub-headings
 * of the old forms ("Contact", "Email"), which inherit their section's kind unless listed here.
 */
const UK_HEADINGS: readonly (readonly [RegExp, Role])[] = [
  [/^description$/i, 'description'],
  [/conditions of participation$/i, 'selection'], // "Legal and financial capacity …", "Technical ability conditions of participation"
  [/^particular suitability$/i, 'sme'],
  [/^cpv classifications?$/i, 'cpv'],
  [/^main procurement category$/i, 'nature'],
  [/^(?:contract )?performance conditions$|^key performance indicators$/i, 'performance'],
  [/^participation$/i, 'selection'],
  [/^award criteria$/i, 'award'],
  [/^(?:contracting authorit(?:y|ies)|buyers?|organisations?|suppliers?|contact details)$/i, 'boilerplate'],
  [/^(?:reference|procurement identifier|identification registers?|public procurement organisation number|address|contact name|email|telephone|website|region|organisation type)$/i, 'boilerplate'],
  [/^(?:scope|submission|procedure|other information|documents|information about tenders)$/i, 'other'],
];
const UK_LOT = /^Lot\s+([\w-]+)\s*[.:]/i;
const UK_CONTRACT = /^Contract\s+\d+\s*[.:]/i;
/** FTS lot headings of the old forms: `h3#object-1-lot-2` "II.2) Description". */
const FTS_LOT_ID = /^object-\d+-lot-(\d+)$/;

const findATenderLayout: HeadingLayout = {
  decide(heading, id) {
    const lotFromId = id ? FTS_LOT_ID.exec(id)?.[1] : undefined;
    const num = FTS_NUMBER.exec(heading)?.[1];
    if (num) {
      const rule = FTS_NUMBERED.find(([re]) => re.test(num));
      const name = heading.replace(FTS_NUMBER, '');
      return { role: rule?.[1] ?? headingKind(name) ?? 'other', known: true, key: num, ...(lotFromId ? { lot: lotFromId } : {}) };
    }
    const lot = UK_LOT.exec(heading)?.[1];
    if (lot) return { role: 'other', known: true, key: 'lot', lot };
    if (UK_CONTRACT.test(heading)) return { role: 'other', known: true, key: 'contract' };
    const rule = UK_HEADINGS.find(([re]) => re.test(heading));
    if (rule) return { role: rule[1], known: true, key: slug(heading) };
    return { role: undefined, known: false, key: slug(heading) };
  },
  sme: (text) => (/small and medium|\bSMEs?\b/i.test(text) ? 'true' : undefined),
};

/** Contracts Finder: h3 per part, `h4 > strong` per field. */
const CF_HEADINGS: readonly (readonly [RegExp, Role])[] = [
  [/^industry$/i, 'cpv'], // "Pharmaceutical products - 33600000"
  [/^description$/i, 'description'],
  [/^contract is suitable for smes\??$/i, 'sme'],
  [/^contract type$/i, 'nature'], // "Supply contract", "Service contract", "Works"
  [/^(?:about the buyer|how to apply)$/i, 'boilerplate'],
  [/^(?:procurement reference|published date|closing date|closing time|contract start date|contract end date|awarded date|procedure type|contract is suitable for vcses\??)$/i, 'boilerplate'],
  [/^(?:contract summary|more information|award information|additional text|location of contract|value of contract|total value of contract)$/i, 'other'],
];

const contractsFinderLayout: HeadingLayout = {
  decide(heading) {
    const rule = CF_HEADINGS.find(([re]) => re.test(heading));
    return { role: rule?.[1], known: !!rule, key: slug(heading) };
  },
  sme: (text) => (/^\s*yes\b/i.test(text) ? 'true' : /^\s*no\b/i.test(text) ? 'false' : undefined),
};

/** "Supplies", "Supply contract", "Goods" → supplies; "Services", "Service contract" → services; "Works" → works. */
export function contractNatureOf(text: string): Notice['contractNature'] | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:suppl|goods)/.test(t)) return 'supplies';
  if (/^servic/.test(t)) return 'services';
  if (/^works?\b/.test(t)) return 'works';
  return undefined;
}

/**
 * Reads heading blocks in page order and keeps the kinds of the enclosing headings: an unnumbered "Email" under
 * "I.1) Name and addresses" is boilerplate, a criterion under "Award criteria" is award.
 */
export class HeadingBlockReader {
  readonly sections = new SectionBuilder();
  readonly fields = new FieldBuilder();
  readonly cpv: string[] = [];
  readonly lots: string[] = [];
  contractNature: Notice['contractNature'];
  /** Headings the layout knows: none means the layout changed. */
  known = 0;
  private readonly stack: { level: number; kind: SectionKind; key: string; heading: string; lot?: string }[] = [];

  constructor(private readonly layout: HeadingLayout) {}

  /** Adds a block; returns the section it became, if any (the DOM side keeps its text nodes under that id). */
  add(block: PageBlock): NoticeSection | undefined {
    const level = block.level || 7;
    while (this.stack.length && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    const d: HeadingDecision = block.heading ? this.layout.decide(block.heading, block.id) : { role: undefined, known: false, key: 'text' };
    if (d.known) this.known++;
    const lot = d.lot ?? parent?.lot;
    const inherited = parent?.kind ?? (block.heading ? headingKind(block.heading) : undefined) ?? 'other';
    const role = d.role ?? inherited;
    const kind: SectionKind = role === 'cpv' || role === 'nature' || role === 'sme' ? (role === 'cpv' ? 'other' : 'boilerplate') : role;
    const sub = level === SUB_LABEL_LEVEL && parent?.heading;
    const key = sub ? `${parent.key}:${d.key}` : d.key;
    const label = sub ? `${parent.heading}: ${block.heading}` : block.heading || '(no heading)';
    // only kinds pass down (a title's sub-label is not a title)
    this.stack.push({ level, kind: kind === 'title' ? inherited : kind, key, heading: block.heading, ...(lot ? { lot } : {}) });
    if (lot) pushUnique(this.lots, lot);
    if (!block.text.trim()) return undefined;
    if (role === 'cpv') {
      pushUnique(this.cpv, ...findCpvCodes(block.text, true));
      return undefined;
    }
    const section = this.sections.add(`${lot ? `LOT-${lot}:` : ''}${key}`, label, kind, block.text, lot);
    if (!section) return undefined;
    if (role === 'nature') this.contractNature ??= contractNatureOf(block.text);
    if (role === 'sme') {
      const value = this.layout.sme(block.text);
      if (value) this.fields.add({ bt: 'BT-726', value, ...(lot ? { lot } : {}), section: section.id });
    }
    return section;
  }

  /** A section outside the blocks (the page title, or the whole root when the layout was not recognised). */
  addExtra(key: string, label: string, kind: SectionKind, text: string): NoticeSection | undefined {
    return this.sections.add(key, label, kind, text);
  }

  hasKind(kind: SectionKind): boolean {
    return this.sections.sections.some((s) => s.kind === kind);
  }
}

export function findATenderReader(): HeadingBlockReader {
  return new HeadingBlockReader(findATenderLayout);
}

export function contractsFinderReader(): HeadingBlockReader {
  return new HeadingBlockReader(contractsFinderLayout);
}

/** The Notice of a page a HeadingBlockReader has read: its sections, fields, CPV codes, nature and lots. */
export function headingPageNotice(
  reader: HeadingBlockReader,
  p: Omit<PortalNoticeParts, 'sections' | 'fields' | 'cpv' | 'contractNature' | 'lots'>,
): Notice {
  return portalNotice({
    ...p,
    sections: reader.sections.sections,
    fields: reader.fields.fields,
    cpv: reader.cpv,
    contractNature: reader.contractNature,
    lots: reader.lots,
  });
}

// ---- UNGM ------------------------------------------------------------------------------------------------

/** "Reference:" → "Reference". */
export const ungmLabel = (label: string) => label.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');

/**
 * Kind of a UNGM part. Only the title and the description are the buyer's words; rows (reference, dates,
 * countries, agency, vendor, value) are form values: boilerplate, read but never evidence.
 */
export function ungmRowRole(label: string): 'title' | 'description' | 'buyer' | 'boilerplate' {
  const l = ungmLabel(label).toLowerCase();
  if (l === 'title') return 'title';
  if (l === 'description') return 'description';
  if (/^un organi[sz]ation$/.test(l)) return 'buyer';
  return 'boilerplate';
}

/**
 * Collects a UNGM notice or award in page order. Both sides call it in the same order: notice = title, rows,
 * description, UNSPSC; award = rows (its "Title" row is the title), descriptions, countries, suppliers, UNSPSC.
 */
export class UngmReader {
  readonly sections = new SectionBuilder();
  readonly unspsc: string[] = [];
  buyer: string | undefined;
  title: string | undefined;

  addTitle(text: string): NoticeSection | undefined {
    const s = this.sections.add('title', 'Title', 'title', text);
    if (s) this.title ??= s.text.replace(/\s+/g, ' ').trim();
    return s;
  }

  /** A label/value row; the "Title" and "Description" rows of an award are read by addTitle / addDescription instead. */
  addRow(label: string, text: string): NoticeSection | undefined {
    const name = ungmLabel(label);
    const role = ungmRowRole(name);
    if (role === 'title') return this.addTitle(text);
    if (role === 'description') return undefined;
    if (role === 'buyer') this.buyer ??= text.replace(/\s+/g, ' ').trim() || undefined;
    return this.sections.add(slug(name), name, 'boilerplate', text);
  }

  addDescription(text: string): NoticeSection | undefined {
    return this.sections.add('description', 'Description', 'description', text);
  }

  /** Countries of an award, the awarded suppliers: form values. */
  addBoilerplate(label: string, text: string): NoticeSection | undefined {
    return this.sections.add(slug(label), label, 'boilerplate', text);
  }

  /** A leaf of the UNSPSC tree (the codes the buyer chose; the nodes above them are their path). */
  addUnspsc(nodeName: string): void {
    const code = unspscCodeOf(nodeName);
    if (code) pushUnique(this.unspsc, code);
  }

  /** Whether the notice's own parts were found (else the layout changed). */
  get readBody(): boolean {
    return this.sections.sections.some((s) => s.kind === 'title' || s.kind === 'description');
  }

  classifications(): { scheme: string; code: string }[] {
    return this.unspsc.map((code) => ({ scheme: 'UNSPSC', code }));
  }
}

/** The code of a UNSPSC tree node's name: "43230000 - Software" → "43230000"; segment letters ("G - …") → undefined. */
export function unspscCodeOf(nodeName: string): string | undefined {
  return /^\s*(\d{8})\b/.exec(nodeName.replace(/\s+/g, ' '))?.[1];
}

// ---- the notice ------------------------------------------------------------------------------------------

/** "…/Notice/008624-2023" → "008624-2023"; else from "Notice identifier: 2023/S 000-008624". */
export function findATenderIdOf(url: string | undefined, noticeLines: string): string | undefined {
  const fromUrl = url ? /\/Notice\/(\d{6}-\d{4})(?:[/?#]|$)/i.exec(url)?.[1] : undefined;
  if (fromUrl) return fromUrl;
  const m = /Notice identifier:\s*(\d{4})\/S\s+\d{3}-(\d{6})/i.exec(noticeLines);
  return m ? `${m[2]}-${m[1]}` : undefined;
}

export function contractsFinderIdOf(url: string | undefined): string | undefined {
  return url ? /\/notice\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i.exec(url)?.[1]?.toLowerCase() : undefined;
}

export function ungmIdOf(url: string | undefined): string | undefined {
  return url ? /\/Public\/(?:Notice|ContractAward)\/(\d+)(?:[/?#]|$)/i.exec(url)?.[1] : undefined;
}

/**
 * Language of the notice text: what its words say (UNGM serves Spanish and French notices in an English page,
 * `<html lang="en">`), else the page's `lang`.
 */
export function pageLanguage(sections: readonly NoticeSection[], htmlLang: string | null | undefined): string {
  const detected = detectLanguage(sections.filter((s) => s.kind !== 'boilerplate').map((s) => s.text).join('\n'));
  return detected !== 'und' ? detected : toIso6391((htmlLang ?? '').split(/[-_]/)[0]);
}

export interface PortalNoticeParts {
  id?: string;
  url?: string;
  title: string;
  buyer?: string;
  htmlLang?: string | null;
  sections: NoticeSection[];
  fields?: StructuredField[];
  cpv?: string[];
  otherClassifications?: { scheme: string; code: string }[];
  contractNature?: Notice['contractNature'];
  lots?: string[];
  gaps: string[];
}

/** The Notice both sides return (format 'html': the portal's own page). */
export function portalNotice(p: PortalNoticeParts): Notice {
  const notice: Notice = {
    format: 'html',
    ...(p.id ? { id: p.id } : {}),
    ...(p.url ? { url: p.url } : {}),
    title: clipTitle(p.title),
    language: pageLanguage(p.sections, p.htmlLang),
    cpv: p.cpv ?? [],
    ...(p.otherClassifications?.length ? { otherClassifications: p.otherClassifications } : {}),
    ...(p.contractNature ? { contractNature: p.contractNature } : {}),
    ...(p.buyer ? { buyer: clipTitle(p.buyer) } : {}),
    ...(p.lots?.length ? { lots: p.lots } : {}),
    sections: p.sections,
    fields: p.fields ?? [],
    gaps: p.gaps,
  };
  return notice;
}

/** Page `<title>` without the portal's suffix ("… - Find a Tender"). */
export function titleFromDocumentTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/\s+[-–|]\s+(?:Find a Tender|Contracts Finder|UNGM|United Nations Global Marketplace).*$/i, '').trim();
}
