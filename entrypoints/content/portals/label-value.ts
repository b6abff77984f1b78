/**
 * What the label/value portal adapters share (SAM.gov, BOAMP, AusTender, eTenders, CanadaBuys, GETS). Their notice
 * pages are one container holding rows of "label → value" (a `dt`/`dd`, a table row, a `span` and a `div`), plus
 * free-text values that may carry their own headings. Each adapter finds its container and rows with its own
 * `SELECTORS`; this module turns what they find into a Notice the same way for all of them:
 * - a label's kind comes from the adapter's rules first (its portal's wording), then from the heading phrases
 *   every parser knows (`headingKind`, as utils/parsers/html.ts does for headings), else 'other';
 * - classification values (CPV, UNSPSC, NAICS, PSC, GSIN) become codes, and their displayed labels 'boilerplate'
 *   sections (the portal's wording of a code, never the buyer's text: the same decision as TED's code labels);
 * - the buyer, dates, ids and contacts are 'boilerplate' sections: shown, never evidence;
 * - page furniture that may sit inside a container (breadcrumbs, buttons, visually hidden text, cookie notices,
 *   `nav`, `aside`, `footer`) is never read (`isChrome`: what utils/parsers/html.ts drops, plus breadcrumbs and
 *   links styled as buttons).
 * Read-only: nothing here writes to the page.
 */
import { clipTitle, headingKind } from '../../../utils/parsers/common';
import { toIso6391, type Notice, type NoticeSection, type SectionKind } from '../../../utils/notice';
import { collectTextOf, type CollectedText } from '../text-map';
import type { Extraction, SectionSource } from './types';

export const clean = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();
/** nodeType, not instanceof: nodes may come from another realm (a test's own Window, a page's iframe). */
export const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === 1;

// not FORM: server-rendered portals (ASP.NET, Struts) often wrap the whole page, notice included, in one form
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'BUTTON', 'SELECT', 'OPTION', 'DATALIST', 'INPUT', 'TEXTAREA', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'search', 'banner', 'contentinfo']);
/** Classes of things that are not the notice: visually hidden text, skip links, breadcrumbs, links styled as buttons. */
const CHROME_CLASSES =
  /(?:^|\s)(?:aria-only|visually-hidden|govuk-visually-hidden|sr-only|wb-inv|skip-link|skiplinks?|breadcrumbs?|fr-breadcrumb|btn|button|fr-btn|govuk-button)(?:$|\s)/i;
/** Ids and classes of cookie and consent notices ("cookieConsent", "fr-consent-banner", "gc-cookie-banner"). */
const CONSENT = /cookie|consent|gdpr/i;

/** Page furniture that may sit inside a notice's container: never read. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.hasAttribute('hidden')) return true;
  const cls = el.getAttribute('class') ?? '';
  return CHROME_CLASSES.test(cls) || CONSENT.test(`${el.id} ${cls}`);
}

/** The text of contiguous nodes, without page furniture nested in them (the nodes themselves are always read). */
export function textOf(nodes: readonly Node[]): CollectedText {
  return collectTextOf(nodes, (el) => !nodes.includes(el) && isChrome(el));
}

/** The first selector that matches an element with text, and that element. */
export function firstMatch(scope: ParentNode, selectors: readonly string[]): { el: Element; selector: string } | null {
  for (const selector of selectors) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (clean(el.textContent ?? '')) return { el, selector };
    }
  }
  return null;
}

/**
 * The notice's container: the first of `containers` that matches an element with text; else the smallest element
 * holding every row the adapter recognises (a renamed container, still never the header or footer, which hold no
 * rows). Null when the page holds neither: it is not a notice page (a listing, a login form).
 */
export function findRoot(doc: Document, containers: readonly string[], rows: string): { root: Element; selector: string } | null {
  const found = firstMatch(doc, containers);
  if (found) return { root: found.el, selector: found.selector };
  const all = Array.from(doc.querySelectorAll(rows)).filter((r) => !r.closest('header, footer, nav, aside'));
  let common: Element | null = all[0]?.parentElement ?? null;
  for (const r of all) while (common && !common.contains(r)) common = common.parentElement;
  return common ? { root: common, selector: rows } : null;
}

/** The first child element of `el` that matches `selector` (rows' labels and values are their children). */
export const childMatching = (el: Element, selector: string): Element | undefined => Array.from(el.children).find((c) => c.matches(selector));

/** Whitespace-only text nodes at either end are dropped (they are layout, and would widen a highlight). */
function trimNodes(nodes: Node[]): Node[] {
  const blank = (n: Node) => n.nodeType === 3 && !clean(n.textContent ?? '');
  let a = 0;
  let b = nodes.length;
  while (a < b && blank(nodes[a]!)) a++;
  while (b > a && blank(nodes[b - 1]!)) b--;
  return nodes.slice(a, b);
}

/** A row's value: the nodes after its label, at the level of the row's children (`<li><b>NAICS:</b> 334118 …</li>`). */
export function nodesAfter(label: Element, row: Element): Node[] {
  let top: Node = label;
  while (top.parentNode && top.parentNode !== row) top = top.parentNode;
  if (top.parentNode !== row) return [];
  const out: Node[] = [];
  for (let c = top.nextSibling; c; c = c.nextSibling) out.push(c);
  return trimNodes(out);
}

/** The nodes from `start` (excluded) up to the next element matching `stop` (excluded), among `start`'s siblings. */
export function nodesUntil(start: Element, stop: (el: Element) => boolean): Node[] {
  const out: Node[] = [];
  for (let c = start.nextSibling; c; c = c.nextSibling) {
    if (isElement(c) && stop(c)) break;
    out.push(c);
  }
  return trimNodes(out);
}

/** A child node list without its whitespace-only text nodes at either end. */
export const childNodes = (el: Element): Node[] => trimNodes(Array.from(el.childNodes));

const HEADING = /^H[1-6]$/;
/**
 * A heading inside a free-text value: a short h1–h6 (or role=heading) that is not a sentence. Rich-text editors
 * also use `h5` to style whole paragraphs ("Persons intending to attend this briefing session should email …"):
 * those are text, not headings.
 */
const isHeading = (n: Node): boolean => {
  if (!isElement(n) || !(HEADING.test(n.tagName.toUpperCase()) || n.getAttribute('role') === 'heading')) return false;
  const t = clean(n.textContent ?? '');
  return t.length > 0 && t.length <= 100 && !/[.;!?]$/.test(t);
};

/**
 * A free-text value cut at its own headings ("Technical and professional ability", "Evaluation factors"): the
 * opening block, then one block per heading with the heading's text as its name (headings nested one level down in
 * a wrapper, as rich-text fields render them, count too). Without headings, one block with the whole value. Each
 * block's nodes are contiguous siblings; a heading with nothing under it stays text of the block before it.
 */
export function splitAtHeadings(value: readonly Node[]): { heading?: string; nodes: Node[] }[] {
  let nodes = trimNodes([...value]);
  // a single wrapper (`div.field__item`, `div.description`) around the headings: look inside it
  for (let only = nodes[0]; nodes.length === 1 && isElement(only) && !isHeading(only) && Array.from(only.children).some(isHeading); only = nodes[0]) {
    nodes = childNodes(only);
  }
  if (!nodes.some(isHeading)) return [{ nodes }];
  const blocks: { heading?: Element; nodes: Node[] }[] = [{ nodes: [] }];
  for (const n of nodes) {
    if (isHeading(n)) blocks.push({ heading: n as Element, nodes: [] });
    else blocks[blocks.length - 1]!.nodes.push(n);
  }
  const out: { heading?: Element; nodes: Node[] }[] = [];
  for (const b of blocks) {
    if (b.heading && !trimNodes(b.nodes).length) {
      // nothing under this heading: it is text of the block before (contiguous: it follows that block's nodes)
      const prev = out[out.length - 1];
      if (prev) prev.nodes.push(b.heading, ...b.nodes);
      else out.push({ nodes: [b.heading, ...b.nodes] });
      continue;
    }
    out.push(b);
  }
  return out
    .map((b) => ({ ...(b.heading ? { heading: clean(b.heading.textContent ?? '').replace(/\s*:$/, '') } : {}), nodes: trimNodes(b.nodes) }))
    .filter((b) => b.nodes.length);
}

export type Scheme = 'CPV' | 'UNSPSC' | 'NAICS' | 'PSC' | 'GSIN';
export type Role = 'title' | 'buyer' | 'id' | 'lot' | 'nature';

/** How an adapter reads one of its portal's labels. */
export interface LabelRule {
  /** Tested on the label without its trailing colon. */
  label: RegExp;
  kind: SectionKind;
  role?: Role;
  /** The value lists classification codes of this scheme. */
  scheme?: Scheme;
  /** The value is free text whose own headings start sub-sections (a description holding the whole solicitation). */
  split?: boolean;
}

/** Codes in a classification value: "81110000 - Computer services", "*49000000", "334118 - Computer …", "7025 - IT …". */
const CODES: Record<Scheme, RegExp> = {
  CPV: /(?<!\d)(\d{8})(?:-\d)?(?!\d)/g,
  UNSPSC: /(?<![\d.])\*?(\d{8})(?![\d.])/g,
  NAICS: /(?<![\d.])(\d{6})(?![\d.])/g,
  // a PSC is 4 letters or digits, shown before " - " its name ("7025 - IT AND TELECOM", "R408 - SUPPORT- PROFESSIONAL")
  PSC: /(?:^|[\s,;(])([A-Z0-9]{4})\s+[-–]\s/g,
  // GSIN: "N7810 - Athletic and sporting equipment", "D302A - …", "*N5310"
  GSIN: /(?:^|[\s,;(*])([A-Z]{0,2}\d{2,4}[A-Z]{0,4})\s+[-–:]\s/g,
};

export function codesOf(scheme: Scheme, text: string): string[] {
  return [...new Set(Array.from(text.matchAll(CODES[scheme]), (m) => m[1]!))];
}

const NATURES: [RegExp, NonNullable<Notice['contractNature']>][] = [
  [/\b(?:services?|prestations? de services)\b/i, 'services'],
  [/\b(?:supplies|goods|fournitures|biens)\b/i, 'supplies'],
  [/\b(?:works|travaux|construction)\b/i, 'works'],
];

/** Collects what the rows say: sections with unique ids and their sources, codes, lots, buyer, title, gaps. */
export class NoticeBuilder {
  readonly sections: NoticeSection[] = [];
  readonly sources: Record<string, SectionSource> = {};
  readonly cpv: string[] = [];
  readonly other: { scheme: string; code: string }[] = [];
  readonly lots: string[] = [];
  readonly gaps: string[] = [];
  readonly natures = new Set<NonNullable<Notice['contractNature']>>();
  title?: string;
  buyer?: string;
  id?: string;
  /** Rows read, recognised or not. */
  rows = 0;
  /** Labels seen (lower case, without colon): lets an adapter tell which expected parts are missing. */
  readonly labels = new Set<string>();
  private readonly ids = new Set<string>();

  constructor(private readonly rules: readonly LabelRule[]) {}

  /** Adds a section unless its text is blank; its id is its label's slug (with its lot), made unique. */
  add(label: string, kind: SectionKind, c: CollectedText, lot?: string): NoticeSection | undefined {
    if (!clean(c.text)) return undefined;
    const base = `${lot ? `${slug(lot)}:` : ''}${slug(label) || 'section'}`;
    let id = base;
    for (let k = 2; this.ids.has(id); k++) id = `${base}~${k}`;
    this.ids.add(id);
    const section: NoticeSection = { id, label: lot ? `${label} (${lot})` : label, kind, text: c.text, ...(lot ? { lot } : {}) };
    this.sections.push(section);
    this.sources[id] = c.source;
    return section;
  }

  /** The rule for a label, if the adapter has one. */
  ruleFor(label: string): LabelRule | undefined {
    const name = labelName(label);
    return this.rules.find((r) => r.label.test(name));
  }

  /** One row: its label's text and its value's nodes (contiguous siblings), in a lot or not. */
  field(labelText: string, valueNodes: readonly Node[], lot?: string): void {
    const value = trimNodes([...valueNodes]);
    const label = labelName(labelText);
    if (!label) return;
    this.rows++;
    this.labels.add(label.toLowerCase());
    const rule = this.ruleFor(label);
    const kind = rule?.kind ?? headingKind(label) ?? 'other';
    const read = textOf(value);
    const text = clean(read.text);
    if (!text) return;
    if (rule?.scheme) {
      for (const code of codesOf(rule.scheme, read.text)) this.code(rule.scheme, code);
      this.add(label, 'boilerplate', read, lot);
      return;
    }
    switch (rule?.role) {
      case 'lot':
        if (!this.lots.includes(text)) this.lots.push(text);
        return;
      case 'title':
        if (!lot) this.title ??= text;
        break;
      case 'buyer':
        if (!lot) this.buyer ??= text;
        break;
      case 'id':
        if (!lot) this.id ??= text;
        break;
      case 'nature':
        for (const [re, nature] of NATURES) if (re.test(text)) this.natures.add(nature);
        break;
    }
    if (rule?.split) {
      for (const block of splitAtHeadings(value)) {
        const own = block.heading ? this.headingKindOf(block.heading) : undefined;
        this.add(block.heading ? `${label}: ${block.heading}` : label, own ?? kind, textOf(block.nodes), lot);
      }
      return;
    }
    this.add(label, kind, read, lot);
  }

  /** The kind a heading inside a free-text value announces: the portal's own label rules first, then every parser's. */
  private headingKindOf(heading: string): SectionKind | undefined {
    const rule = this.ruleFor(heading);
    return rule && !rule.role && !rule.scheme ? rule.kind : headingKind(heading);
  }

  code(scheme: Scheme, code: string): void {
    if (scheme === 'CPV') {
      if (!this.cpv.includes(code)) this.cpv.push(code);
    } else if (!this.other.some((o) => o.scheme === scheme && o.code === code)) {
      this.other.push({ scheme, code });
    }
  }

  has(kind: SectionKind): boolean {
    return this.sections.some((s) => s.kind === kind);
  }

  /**
   * The page's container was found but none of its rows: keep its text (without page furniture) as one 'other'
   * section, and say what could not be read, so that the engine answers "uncertain", never a false "missing".
   */
  unrecognised(root: Element, portal: string, what: string): void {
    this.gaps.push(
      `${portal}'s notice layout was not recognised (${what}): the notice was read as plain text, without its parts, ` +
        'classification or lots',
    );
    this.add('Notice', 'other', textOf([root]));
  }

  notice(url: URL, language: string, fallbackTitle: string): Extraction {
    const nature = this.natures.size === 1 ? [...this.natures][0] : this.natures.size > 1 ? 'mixed' : undefined;
    const notice: Notice = {
      format: 'html',
      ...(this.id ? { id: this.id } : {}),
      url: url.href,
      title: clipTitle(this.title ?? fallbackTitle),
      language,
      cpv: [...this.cpv],
      ...(this.other.length && !this.cpv.length ? { otherClassifications: [...this.other] } : {}),
      ...(nature ? { contractNature: nature } : {}),
      ...(this.buyer ? { buyer: this.buyer } : {}),
      ...(this.lots.length ? { lots: [...this.lots] } : {}),
      sections: this.sections,
      fields: [],
      gaps: this.gaps,
    };
    return { notice, sources: this.sources };
  }
}

/** A label as shown, without its trailing colon or asterisk ("Close Date & Time:" → "Close Date & Time"). */
export const labelName = (s: string): string => clean(s).replace(/\s*[:：*]+\s*$/, '');

/** "Conditions for Participation" → "conditions-for-participation"; accents dropped ("Critères" → "criteres"). */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** The page's language (`<html lang>`), else the one the URL or portal implies. */
export function pageLanguage(doc: Document, fallback: string): string {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').trim().slice(0, 2);
  const iso = toIso6391(lang);
  return iso === 'und' ? fallback : iso;
}
