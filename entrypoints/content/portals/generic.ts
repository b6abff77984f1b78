/**
 * The generic reader: any page, when the user asks ("Check this page" in the popup, or a portal they added on
 * the options page). It is not a PortalAdapter of the registry: it has no `matches`, so it is never in the
 * manifest and nothing runs on a page until the user clicks (or adds the portal, granting its host).
 *
 * Two questions:
 * - `looksLikeNotice(doc)`: does the page read like a tender notice? It counts signals in EN/FR/DE/ES in the
 *   page's main content only (CPV codes, the words of a notice type, a deadline for tenders, award criteria,
 *   tenderers, procurement), and subtracts the marks of a list of notices (search-result wording, several
 *   different deadlines). Navigation, headers, footers, sidebars and cookie banners are never read, so a
 *   portal's menu ("Sustainable Procurement Tools", "Tenders") cannot make its home page look like a notice.
 * - `extract(doc, url)`: the notice, read-only, the way utils/parsers/html.ts reads a generic page (same main
 *   content candidates, same chrome dropped, one section per h1–h4 heading block, kinds from the heading's
 *   words, CPV codes near "CPV", UNSPSC codes as other classifications), in the browser's DOM, with text
 *   sources so that the evidence can be highlighted. Every extraction carries the gap GENERIC_GAP: without a
 *   portal adapter nothing is known of the page's layout, so the engine says "uncertain" (with that reason),
 *   never "missing".
 */
import { clipTitle, detectLanguage, findCpvCodes, headingKind, pushUnique } from '../../../utils/parsers/common';
import { toIso6391, type Notice, type NoticeSection, type SectionKind } from '../../../utils/notice';
import type { Extraction, SectionSource } from './types';

/** The reason every generic extraction gives the engine: why an absent criterion is uncertain, not missing. */
export const GENERIC_GAP = 'read as a generic page: no portal adapter';
/** Added when no main-content element was found and the body (minus its chrome) was read. */
export const NO_MAIN_GAP = "could not find the page's main content; read the whole body without its navigation, header and footer";

/** A page reads like a notice from this score up (see SIGNALS: two strong signals and a weak one, at least). */
export const NOTICE_THRESHOLD = 5;

const SELECTORS = {
  /**
   * The page's main content, in order; the first with at least MIN_MAIN_TEXT characters of text wins. The same
   * candidates as utils/parsers/html.ts (so the CLI and the extension read a saved page alike): `main`, ARIA's
   * main landmark, the usual content ids (UNGM: `div#main` around `nav#left` and `div#centre`), `article`.
   */
  main: ['main', '[role="main"]', '#main-content, #maincontent', '#content', '#main', 'article'],
  /** Never the notice, wherever they are: scripts, form controls, navigation, asides, landmarks of the chrome. */
  dropAlways: [
    'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'option', 'datalist',
    'button', 'input', 'textarea', 'nav', 'aside', 'dialog',
    '[role="navigation"]', '[role="complementary"]', '[role="search"]', '[role="banner"]', '[role="contentinfo"]',
    '[hidden]',
    // visually-hidden helpers (GOV.UK's `.aria-only` spoken headings: "two.2.5) Award criteria")
    '.aria-only', '.visually-hidden', '.govuk-visually-hidden', '.sr-only', '.skip-link', '.govuk-skip-link',
    // search forms (and forms holding a search box: isSearchForm); not every form, since an ASP.NET page wraps
    // its whole content, notice included, in one
    'form[role="search"]',
    'footer',
  ].join(', '),
  /** Chrome dropped too when the whole body is read (no main content marked). */
  dropInBody: 'header, footer, [role="banner"], [role="contentinfo"]',
  /** Cookie and consent banners: by id or class. */
  cookie: /cookie|consent|gdpr|tarteaucitron|didomi|onetrust/i,
  /** The title of a page without an h1, by its class or id. */
  title: '.title, .notice-title, .page-title, [id$="title" i]',
  /** Section headings: h1–h4 open a block (h5/h6 stay in the text of theirs), as in utils/parsers/html.ts. */
  heading: /^H([1-4])$/,
} as const;

/** A main-content candidate needs this much text (a `<main>` holding only a search box is not the page). */
const MIN_MAIN_TEXT = 100;

/** Elements whose boundaries end a line of text (a paragraph, a list item, a table row): a passage ends there. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

// ---- signals ----------------------------------------------------------------------------------------------------

interface Signal {
  id: string;
  /** How the signal is named in `signals` ("deadline for tenders"). */
  label: string;
  /** Strong signals (2) name the notice itself; weak ones (1) also occur in texts about procurement. */
  weight: number;
  re: RegExp;
}

/**
 * What a notice says, in English, French, German and Spanish (matched on folded text: lower case, straight
 * apostrophes). Each counts once, whatever the number of matches; the signal quotes the first words matched.
 * Every alternative starts with an ASCII letter: `\b` is an ASCII word boundary here.
 */
const SIGNALS: Signal[] = [
  {
    id: 'notice-type',
    label: 'notice type',
    weight: 2,
    re: /\b(?:contract notice|tender notice|prior information notice|(?:contract )?award notice|invitation to (?:tender|bid)|call for (?:tenders|competition)|request for (?:proposals?|quotations?|tenders?|expressions? of interest)|avis de marché|avis d'appel public à la concurrence|appel d'offres|avis de pré-information|avis d'attribution|auftragsbekanntmachung|vergabebekanntmachung|vorinformation|ausschreibung|anuncio de licitación|anuncio de información previa|anuncio de (?:adjudicación|formalización)|licitación pública)/,
  },
  {
    id: 'deadline',
    label: 'deadline for tenders',
    weight: 2,
    re: /\b(?:deadline (?:for (?:the )?(?:receipt|submission) of (?:tenders|bids|offers|proposals|quotations|applications|requests to participate)|for (?:tenders|bids|offers|submissions?|proposals)|on\b)|time limit for (?:the )?receipt of (?:tenders|requests to participate)|(?:tender|bid|submission) (?:closing date|deadline)|closing date|close date|date limite (?:de (?:réception|remise|dépôt) des (?:offres|candidatures|plis)|de réponse)|délai de (?:réception|remise) des offres|schlusstermin für den eingang der angebote|frist (?:für den eingang|zur einreichung) der angebote|(?:angebots|teilnahme)frist|plazo (?:de|para la) presentación de (?:ofertas|proposiciones|solicitudes)|fecha límite de (?:presentación|recepción) de (?:ofertas|proposiciones))/,
  },
  {
    id: 'award',
    label: 'award criteria',
    weight: 2,
    re: /\b(?:award criteri(?:a|on)|criteria for (?:the )?award|evaluation criteria|critères? d'attribution|critères? de jugement des offres|zuschlagskriteri(?:en|um)|criterios? de (?:adjudicación|valoración))/,
  },
  {
    id: 'tenderer',
    label: 'tenderers',
    weight: 1,
    re: /\b(?:tenderers?|bidders?|soumissionnaires?|bieter(?:n|in|innen|gemeinschaft)?\b|bewerber|licitador(?:es)?|oferentes?)/,
  },
  {
    id: 'procurement',
    label: 'procurement',
    weight: 1,
    re: /\b(?:procurement|public contracts?|marchés? publics?|commande publique|vergabe\w*|contratación|contrato público)/,
  },
];

/** "1 621 046 résultats pour votre recherche", "Results per page", "Sort by": a search-results page. */
const LISTING_WORDS =
  /\b(?:\d[\d\u00a0\u202f .,]*\s(?:results?|résultats?|ergebnisse|treffer|resultados)\b|results per page|résultats par page|treffer pro seite|ergebnisse pro seite|resultados por página|sort by|trier par|sortieren nach|ordenar por|search results|résultats de (?:la |votre )?recherche|suchergebnisse|resultados de (?:la )?búsqueda)/;
const LISTING_PENALTY = 3;
/** A notice has one deadline (every lot the same, mostly); a list of notices has one per notice. */
const DISTINCT_DEADLINES_OF_A_LIST = 4; // 3 would count one date written in three ways ("09-Nov-2014", "09/11/2014")
const DATE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[\s-]\p{L}{3,10}\.?[\s-]\d{4}/u;

export interface NoticeLikeness {
  /** Sum of the signals' weights, minus the penalties of a list of notices. A notice from NOTICE_THRESHOLD up. */
  score: number;
  /** What was found, in words ("notice type: “request for proposal”"), penalties included: shown to the user. */
  signals: string[];
}

/** Whether a page reads like a tender notice, from its main content. Reads only; never writes to the page. */
export function looksLikeNotice(doc: Document): NoticeLikeness {
  const main = findMain(doc);
  if (!main) return { score: 0, signals: [] };
  return likenessOf(readBlocks(main.root, main.skip).map((b) => `${b.heading}\n${b.text}`).join('\n'));
}

/** The score of a text (any case: it is folded first). */
export function likenessOf(raw: string): NoticeLikeness {
  const text = fold(raw);
  let score = 0;
  const signals: string[] = [];
  for (const s of SIGNALS) {
    const m = s.re.exec(text);
    if (!m) continue;
    score += s.weight;
    signals.push(`${s.label}: “${m[0].trim()}”`);
  }
  const cpv = [...new Set(findCpvCodes(text))];
  if (cpv.length) {
    score += 2;
    signals.push(`CPV code${cpv.length > 1 ? 's' : ''} ${cpv.slice(0, 3).join(', ')}${cpv.length > 3 ? ', …' : ''}`);
  } else if (/\bunspsc\b[\s\S]{0,3000}?\b\d{8}\b/.test(text)) {
    score += 1;
    signals.push('UNSPSC classification codes');
  }

  const listing = LISTING_WORDS.exec(text);
  if (listing) {
    score -= LISTING_PENALTY;
    signals.push(`search results: “${listing[0].trim()}” (a list of notices, not one)`);
  }
  const deadlines = distinctDeadlines(text);
  if (deadlines >= DISTINCT_DEADLINES_OF_A_LIST) {
    score -= LISTING_PENALTY;
    signals.push(`${deadlines} different deadlines (a list of notices, not one)`);
  }
  return { score, signals };
}

/** How many different dates follow a deadline phrase. */
function distinctDeadlines(text: string): number {
  const deadline = SIGNALS.find((s) => s.id === 'deadline')!.re;
  const all = new RegExp(deadline.source, 'g');
  const dates = new Set<string>();
  for (const m of text.matchAll(all)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const d = DATE.exec(after)?.[0];
    if (d) dates.add(d);
  }
  return dates.size;
}

/** Lower case, straight apostrophes, one space for any whitespace run: what SIGNALS match against. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ');
}

// ---- main content -------------------------------------------------------------------------------------------------

interface Main {
  root: Element;
  /** Elements whose text is not read. */
  skip: (el: Element) => boolean;
  /** True when no main-content element was found and the body is read. */
  wholeBody: boolean;
}

const isCookieBanner = (el: Element) =>
  SELECTORS.cookie.test(`${el.id} ${typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '')}`);

const isSearchForm = (el: Element) => el.tagName.toUpperCase() === 'FORM' && !!el.querySelector('input[type="search"]');

function dropAlways(el: Element): boolean {
  return el.matches(SELECTORS.dropAlways) || isCookieBanner(el) || isSearchForm(el);
}

function findMain(doc: Document): Main | null {
  for (const selector of SELECTORS.main) {
    const found = Array.from(doc.querySelectorAll(selector)).filter(
      (el) => !dropAlways(el) && !el.closest(SELECTORS.dropInBody) && textLength(el) >= MIN_MAIN_TEXT,
    );
    // several articles are the cards of a list (search results, news), not the page's main content
    if (selector === 'article' && found.length > 1) continue;
    if (found[0]) return { root: found[0], skip: dropAlways, wholeBody: false };
  }
  const body = doc.body;
  if (!body) return null;
  return { root: body, skip: (el) => dropAlways(el) || el.matches(SELECTORS.dropInBody), wholeBody: true };
}

/** Characters of readable text (no whitespace) under an element. */
const textLength = (el: Element) => readBlocks(el, dropAlways).reduce((n, b) => n + b.text.replace(/\s+/g, '').length, 0);

// ---- heading blocks with their text sources -----------------------------------------------------------------------

interface Block {
  /** 0 for the text before the first heading. */
  level: number;
  heading: string;
  text: string;
  source: SectionSource;
}

/**
 * The root's text in heading blocks. Each text node's characters are kept one for one (tabs and line breaks
 * read as spaces, so that offsets still point into the node); a line break is added between block elements
 * (paragraphs, list items, table cells), and one space for a whitespace-only node between words, which the
 * node list skips over (SectionSource.starts leaves gaps for them): a passage never runs from one paragraph
 * into the next, and the source's indentation does not fill the text.
 */
function readBlocks(root: Element, skip: (el: Element) => boolean): Block[] {
  const blocks: Block[] = [];
  let cur: Block = { level: 0, heading: '', text: '', source: { nodes: [], starts: [] } };
  const close = () => {
    // what follows the last node is separators only: the text ends where that node does (sourceLength)
    const last = cur.source.nodes.length - 1;
    cur.text = last < 0 ? '' : cur.text.slice(0, cur.source.starts[last]! + cur.source.nodes[last]!.data.length);
    if (cur.text.trim() || cur.heading) blocks.push(cur);
  };
  const lineBreak = () => {
    if (cur.text && !cur.text.endsWith('\n')) cur.text += '\n';
  };
  const visit = (n: Node): void => {
    if (n.nodeType === 3) {
      const t = n as Text;
      if (!t.data.length) return;
      if (!/\S/.test(t.data)) {
        // indentation between tags: not read (it would fill the engine's window on the notice's opening words),
        // one space kept between words
        if (cur.text && !/\s$/.test(cur.text)) cur.text += ' ';
        return;
      }
      cur.source.nodes.push(t);
      cur.source.starts.push(cur.text.length);
      cur.text += t.data.replace(/[\t\n\r\f\v]/g, ' ');
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (skip(el)) return;
    const tag = el.tagName.toUpperCase();
    const h = SELECTORS.heading.exec(tag);
    if (h) {
      close();
      cur = { level: Number(h[1]), heading: headingText(el, skip), text: '', source: { nodes: [], starts: [] } };
      return;
    }
    if (tag === 'BR') return lineBreak();
    const block = BLOCK_TAGS.has(tag);
    if (block) lineBreak();
    for (let c = el.firstChild; c; c = c.nextSibling) visit(c);
    if (block) lineBreak();
  };
  visit(root);
  close();
  return blocks;
}

function headingText(el: Element, skip: (el: Element) => boolean): string {
  let text = '';
  const visit = (n: Node): void => {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === 1 && !skip(n as Element)) for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
  };
  visit(el);
  return clean(text);
}

// ---- heading → kind ---------------------------------------------------------------------------------------------

/**
 * German and Spanish headings, and French and English ones utils/parsers/common.ts `headingKind` does not know;
 * tried after it, so that the CLI's and the extension's kinds agree wherever both know the heading.
 */
const MORE_HEADING_KINDS: { kind: SectionKind; re: RegExp }[] = [
  {
    kind: 'performance',
    re: /\b(?:ausführungsbedingungen|bedingungen für die (?:auftragsausführung|ausführung des auftrags)|condiciones (?:especiales )?de ejecución|contract performance)/i,
  },
  {
    kind: 'award',
    re: /\b(?:zuschlagskriteri(?:en|um)|wertungskriterien|criterios? de (?:adjudicación|valoración)|critères? de sélection des offres)/i,
  },
  {
    kind: 'selection',
    re: /\b(?:eignungskriterien|teilnahmebedingungen|auswahlkriterien|(?:wirtschaftliche|technische|berufliche) leistungsfähigkeit|criterios de selección|condiciones de participación|solvencia (?:económica|técnica|profesional))/i,
  },
  {
    kind: 'specification',
    re: /\b(?:spécifications? techniques?|technische (?:spezifikationen|anforderungen)|leistungsbeschreibung|leistungsverzeichnis|especificaciones técnicas|prescripciones técnicas|pliego de prescripciones|requisitos técnicos|exigences (?:techniques|fonctionnelles|minimales))/i,
  },
];

/** The kind a heading announces for its block (EN/FR/DE/ES), if any. */
export function genericHeadingKind(heading: string): SectionKind | undefined {
  const known = headingKind(heading);
  if (known) return known;
  const h = heading.slice(0, 160);
  return MORE_HEADING_KINDS.find((k) => k.re.test(h))?.kind;
}

// ---- extraction ---------------------------------------------------------------------------------------------------

/** The notice on any page, read-only. Null when the page has no text to read. */
export function extractGeneric(doc: Document, url: URL): Extraction | null {
  const main = findMain(doc);
  if (!main) return null;
  const blocks = readBlocks(main.root, main.skip);

  const sections: NoticeSection[] = [];
  const sources: Record<string, SectionSource> = {};
  const cpv: string[] = [];
  const stack: { level: number; kind?: SectionKind }[] = [];
  let h1: string | undefined;
  blocks.forEach((b, i) => {
    if (b.level === 1 && !h1 && b.heading) h1 = b.heading;
    while (stack.length && stack[stack.length - 1]!.level >= b.level) stack.pop();
    // a heading's kind holds for the blocks below it ("Award criteria" › "Quality" › "Price")
    const kind = (b.heading ? genericHeadingKind(b.heading) : undefined) ?? stack[stack.length - 1]?.kind;
    stack.push(kind ? { level: b.level, kind } : { level: b.level });
    if (!b.text.trim()) return;
    const id = `g${i}`;
    sections.push({ id, label: b.heading || '(no heading)', kind: kind ?? 'other', text: b.text });
    sources[id] = b.source;
    pushUnique(cpv, ...(/\bCPV\b/i.test(b.heading) ? findCpvCodes(b.text, true) : findCpvCodes(`${b.heading}\n${b.text}`)));
  });
  if (!sections.length) return null;

  const gaps = [GENERIC_GAP];
  if (main.wholeBody) gaps.push(NO_MAIN_GAP);

  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title =
    h1 ||
    titleElementText(main) ||
    clean(doc.title) ||
    clean(ogTitle ?? '') ||
    blocks.find((b) => b.heading)?.heading ||
    sections[0]!.text.split('\n').map(clean).find(Boolean) ||
    '';

  const htmlLang = (doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang') ?? '').split(/[-_]/)[0];
  let language = toIso6391(htmlLang);
  if (language === 'und') language = detectLanguage(sections.map((s) => s.text).join('\n'));

  const notice: Notice = {
    format: 'html',
    url: url.href,
    title: clipTitle(title),
    language,
    cpv,
    sections,
    fields: [],
    gaps,
  };
  if (!cpv.length) {
    // UNGM and other UN / non-EU portals classify with UNSPSC: "43210000 - Computer Equipment and Accessories"
    const all = sections.map((s) => `${s.label}\n${s.text}`).join('\n');
    const at = all.search(/\bUNSPSC\b/);
    if (at >= 0) {
      const codes: string[] = [];
      for (const m of all.slice(at).matchAll(/^\s*(\d{8})\s*-\s/gm)) pushUnique(codes, m[1]!);
      if (codes.length) notice.otherClassifications = codes.map((code) => ({ scheme: 'UNSPSC', code }));
    }
  }
  const id = /(?<![\d-])(\d{5,8}-\d{4})(?!\d)/.exec(url.pathname)?.[1];
  if (id) notice.id = id;
  return { notice, sources };
}

/** The generic reader, shaped like a portal adapter without `matches` (never in the manifest). */
export const genericReader = {
  id: 'generic',
  name: 'Any page (generic reader)',
  looksLikeNotice,
  extract: extractGeneric,
} as const;

/** A page without an h1 often marks its title by class (UNGM: `div.title`, "UNHCR RFP/2014/641 For the Provision of …"). */
function titleElementText(main: Main): string {
  for (const el of Array.from(main.root.querySelectorAll(SELECTORS.title))) {
    let dropped = false;
    for (let a: Element | null = el; a && a !== main.root && !dropped; a = a.parentElement) dropped = main.skip(a);
    if (dropped) continue;
    const text = headingText(el, main.skip);
    if (text.length >= 8 && text.length <= 300) return text;
  }
  return '';
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/* Manual checks (Check this page in the popup, on sites no adapter reads):
   https://www.evergabe-online.de/tenderdetails.html?id=884991   (a notice: score from NOTICE_THRESHOLD up)
   https://www.boamp.fr/pages/recherche/                          (a list of notices: low score)
   https://en.wikipedia.org/wiki/Public_procurement               (about procurement, not a notice: low score)
*/
