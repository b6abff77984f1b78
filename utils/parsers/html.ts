/**
 * HTML → Notice, with htmlparser2 (parseDocument + DomUtils). Pure: takes the page's text; no browser DOM.
 *
 * (a) TED's rendering of an eForms notice (elements carrying data-labels-key, format 'ted-html'): reads only
 *     the labelled fields inside the notice container (div#notice and div#summary, else the smallest element
 *     holding every labelled field). `field|name|BT-xx-Level` rows become sections (free-text terms of
 *     TEXT_BT_KIND, with the page's own label), `code|name|<list>.<code>` values of CODELIST_TO_BT become
 *     fields, CPV from `code|name|cpv.<code>`, lots from BT-137 / BT-13713 rows.
 * (b) Any other page (format 'html'): reads the main content only (main, [role=main], #main-content,
 *     #content, #main, article; else the body minus navigation, header, footer, aside, forms' option lists,
 *     scripts, cookie banners, with a gap saying so) and makes one section per h1–h4 heading block. Headings
 *     naming award criteria / selection / conditions of performance / technical specifications (EN, FR) set
 *     the kind of their block and of the sub-blocks below it.
 * (c) With a URL of Find a Tender, Contracts Finder or UNGM: the same sections as the extension's adapter for that
 *     portal (portal-html.ts, decisions shared in portal-pages.ts).
 */
import { DomUtils, ElementType } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import type { Notice, SectionKind, StructuredField } from '../notice';
import { toIso6391 } from '../notice';
import { kindOfBt, parseCodeKey, parseLabelsKey } from '../eforms-terms';
import { checkInputSize } from './errors';
import { parseHtmlDocument } from './html-document';
import { BLOCK, TextSink } from './html-text';
import { clipTitle, detectLanguage, FieldBuilder, findCpvCodes, headingKind, pushUnique, SectionBuilder } from './common';
import { parsePortalPage } from './portal-html';
import { portalPageOf } from './portal-pages';

export const NO_MAIN_CONTENT_GAP = "could not find the notice's main content; read the whole body";

export function parseHtml(html: string, opts: { url?: string } = {}): Notice {
  checkInputSize(html);
  const doc = parseHtmlDocument(html);
  // (c) A page of a portal the extension has an adapter for (Find a Tender, Contracts Finder, UNGM), by the URL's
  //     host: read as that adapter reads it (portal-html.ts); a page without the portal's notice body falls through.
  const page = portalPageOf(opts.url);
  const portalNotice = page ? parsePortalPage(doc, page, opts) : undefined;
  if (portalNotice) return portalNotice;
  const labelled = DomUtils.findAll((el) => /^(?:field|business-term)\|name\|/.test(attr(el, 'data-labels-key') ?? ''), doc);
  return labelled.length > 0 ? parseTedHtml(doc, labelled, opts) : parseGenericHtml(doc, opts);
}

// ---- DOM helpers -------------------------------------------------------------------------------------------

const isEl = (n: AnyNode): n is Element => ElementType.isTag(n);
const attr = (el: Element, name: string): string | undefined => el.attribs[name];
const hasClass = (el: Element, cls: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
/** Whether `inner` is a descendant of `outer`. */
function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

function render(node: AnyNode, sink: TextSink): void {
  if (node.type === ElementType.Text) {
    sink.text((node as { data: string }).data);
    return;
  }
  if (!isEl(node)) {
    if (node.type === ElementType.Root || node.type === ElementType.CDATA) for (const c of DomUtils.getChildren(node)) render(c, sink);
    return;
  }
  if (node.name === 'br') return sink.newline();
  if (node.name === 'td' || node.name === 'th') sink.text(' ');
  const block = BLOCK.has(node.name);
  if (block) sink.newline();
  for (const c of node.children) render(c, sink);
  if (block) sink.newline();
}

/** Rendered text of nodes (line breaks at block boundaries, whitespace collapsed). */
function textOf(nodes: AnyNode | AnyNode[]): string {
  const sink = new TextSink();
  for (const n of Array.isArray(nodes) ? nodes : [nodes]) render(n, sink);
  return sink.toString();
}

/** Text on one line (labels, headings). */
const lineOf = (nodes: AnyNode | AnyNode[]) => textOf(nodes).replace(/\n/g, ' ');

function htmlLanguage(doc: Document): string {
  const htmlEl = DomUtils.findOne((e) => e.name === 'html', doc);
  const lang = htmlEl ? (attr(htmlEl, 'lang') ?? attr(htmlEl, 'xml:lang')) : undefined;
  return toIso6391(lang?.split(/[-_]/)[0]);
}

function idFromUrl(url: string | undefined): string | undefined {
  const m = url ? /(?<![\d-])(\d{5,8}-\d{4})(?![\d])/.exec(url) : null;
  return m?.[1];
}

// ---- (a) TED rendered notice -----------------------------------------------------------------------------

interface Row {
  bt: string;
  level?: string;
  label: string;
  text: string;
  codes: { key: string; el: Element }[];
  indicator?: 'true' | 'false';
  lot?: string;
  section?: string;
}

/** Attached texts: the free-text terms that describe a code field rendered just before them. */
const TEXT_FOR: Record<string, string[]> = { 'BT-06': ['BT-777'], 'BT-754': ['BT-755'], 'BT-539': ['BT-734', 'BT-540'], 'OPT-155': ['OPT-156'] };
const LOT_LEVELS = new Set(['Lot', 'LotsGroup', 'Part']);
const LOT_ID = /\b(?:LOT|GLO|PAR)-\d{4}\b/;

function parseTedHtml(doc: Document, labelled: Element[], opts: { url?: string }): Notice {
  const notice = DomUtils.getElementById('notice', doc);
  const summary = DomUtils.getElementById('summary', doc);
  const containers = [summary, notice].filter((c): c is Element => c !== null);
  if (!notice) {
    const common = commonAncestor(labelled);
    if (common && !containers.includes(common)) containers.push(common);
  }
  const inside = (el: Element) => containers.some((c) => c === el || contains(c, el));
  const labels = labelled.filter(inside);
  const isLabel = (n: AnyNode) => isEl(n) && /^(?:field|business-term)\|name\|/.test(attr(n, 'data-labels-key') ?? '');

  // ---- rows, in document order, with their lot --------------------------------------------------------
  const rows: Row[] = [];
  let currentLot: string | undefined;
  let currentResultLot: string | undefined;
  let currentLotSection: Element | undefined;
  for (const label of labels) {
    const key = attr(label, 'data-labels-key')!;
    // parseLabelsKey knows BT and OPT terms; the publication number is OPP-010
    const parsed: { bt: string; level?: string } | null = parseLabelsKey(key) ?? (/^(?:field|business-term)\|name\|OPP-010\b/.test(key) ? { bt: 'OPP-010' } : null);
    if (!parsed) continue;
    const data: AnyNode[] = [];
    for (let n = label.next; n && !isLabel(n); n = n.next) data.push(n);
    const dataEls = data.flatMap((n) => (isEl(n) ? [n, ...DomUtils.findAll(() => true, n.children)] : []));
    const codes = dataEls.filter((e) => (attr(e, 'data-labels-key') ?? '').startsWith('code|')).map((el) => ({ key: attr(el, 'data-labels-key')!, el }));
    // indicators render as code|name|indicator.true or indicator|when-true|BT-xx (SDK label keys)
    const indicatorEl = dataEls.find((e) => /^(?:indicator\|when-|code\|name\|indicator\.)(?:true|false)\b/.test(attr(e, 'data-labels-key') ?? ''));
    const marked = dataEls.filter((e) => hasClass(e, 'data') && !dataEls.some((o) => o !== e && hasClass(o, 'data') && contains(o, e)));
    const text = (marked.length > 0 ? marked.map((e) => textOf(e)).join('\n') : textOf(data)).replace(/^[:\s]+/, '');
    const row: Row = { bt: parsed.bt, label: lineOf(label).replace(/[:\s]+$/, ''), text, codes };
    if (parsed.level) row.level = parsed.level;
    if (indicatorEl) row.indicator = /(?:when-|indicator\.)true/.test(attr(indicatorEl, 'data-labels-key')!) ? 'true' : 'false';
    const section = sectionOf(label);
    if (section) row.section = attr(section, 'id');

    // lot bookkeeping: a lot section (section5.1_<n>) names its lot; BT-137 / BT-13713 rows name it too
    const lotSection = section && /^section5\.1_/.test(attr(section, 'id') ?? '') ? section : ancestorWithId(label, /^section5\.1_/);
    if (lotSection !== currentLotSection) {
      currentLotSection = lotSection;
      if (lotSection) currentLot = LOT_ID.exec(textOf(lotSection).slice(0, 300))?.[0] ?? currentLot;
    }
    if (row.bt === 'BT-137' && row.level && LOT_LEVELS.has(row.level)) currentLot = row.text.trim() || currentLot;
    if (row.bt === 'BT-13713') currentResultLot = row.text.trim() || currentResultLot;
    const level = row.level ?? (row.section?.startsWith('section5') ? 'Lot' : row.section?.startsWith('section6') ? 'LotResult' : undefined);
    const lot = level && LOT_LEVELS.has(level) ? currentLot : level === 'LotResult' ? currentResultLot : undefined;
    if (lot) row.lot = lot;
    rows.push(row);
  }

  // ---- sections, fields, CPV ------------------------------------------------------------------------------
  const sb = new SectionBuilder();
  const fields: StructuredField[] = [];
  const pending = new Map<string, StructuredField>(); // text term → field waiting for it
  const mainCpv: string[] = [];
  const otherCpv: string[] = [];
  const natures = new Set<string>();
  for (const row of rows) {
    const kind = kindOfBt(row.bt);
    const isText = row.codes.length === 0 && row.indicator === undefined && row.text.trim() !== '';
    if (isText && kind !== 'boilerplate' && row.bt in TEXT_KINDS) {
      sb.add(`${row.lot ?? 'PROC'}:${row.bt}`, row.label, kind, row.text, row.lot);
    }
    const waiting = pending.get(row.bt);
    if (waiting && waiting.lot === row.lot && isText) {
      waiting.text = waiting.text ? `${waiting.text}\n${row.text}` : row.text;
      pending.delete(row.bt);
    }
    for (const { key } of row.codes) {
      const cpvMatch = /^code\|name\|cpv\.(\d{8})/.exec(key);
      if (cpvMatch) {
        pushUnique(row.bt === 'BT-262' ? mainCpv : otherCpv, cpvMatch[1]!);
        continue;
      }
      const nature = /^code\|name\|contract-nature\.(supplies|services|works)$/.exec(key);
      if (nature && row.bt === 'BT-23') natures.add(nature[1]!);
      const code = parseCodeKey(key);
      if (!code || (code.bt === 'BT-71' && code.value === 'none')) continue;
      const field: StructuredField = { bt: code.bt, value: code.value };
      if (row.lot) field.lot = row.lot;
      if (row.section) field.section = row.section;
      fields.push(field);
      for (const t of TEXT_FOR[code.bt] ?? []) pending.set(t, field);
    }
    if (row.indicator && (row.bt === 'BT-717' || row.bt === 'BT-726')) {
      const field: StructuredField = { bt: row.bt, value: row.indicator };
      if (row.lot) field.lot = row.lot;
      if (row.section) field.section = row.section;
      fields.push(field);
    }
  }
  const fb = new FieldBuilder();
  for (const f of fields) fb.add(f);

  const cpv = [...mainCpv];
  pushUnique(cpv, ...otherCpv);
  const lots: string[] = [];
  for (const r of rows) if (r.lot) pushUnique(lots, r.lot);

  // ---- title, id, buyer, language ---------------------------------------------------------------------------
  const firstText = (bt: string, level?: string) => rows.find((r) => r.bt === bt && (level === undefined || r.level === level) && r.text.trim())?.text;
  const summaryLines = summary ? textOf(summary).split('\n') : [];
  const title = firstText('BT-21', 'Procedure') ?? firstText('BT-21') ?? summaryLines[1]?.split(' – ').pop() ?? '';
  const id = firstText('OPP-010')?.trim() ?? /\b\d{1,8}-\d{4}\b/.exec(summaryLines[0] ?? '')?.[0] ?? idFromUrl(opts.url);
  const buyer = firstText('BT-500')?.trim();
  let language = detectLanguage(sb.sections.map((s) => s.text).join('\n'));
  if (language === 'und') {
    const noticeLang = rows.find((r) => r.bt === 'BT-702')?.codes.map((c) => /^code\|name\|language\.([A-Za-z]{3})$/.exec(c.key)?.[1]).find(Boolean);
    language = noticeLang ? toIso6391(noticeLang) : htmlLanguage(doc);
  }

  const result: Notice = {
    format: 'ted-html',
    title: clipTitle(title),
    language,
    cpv,
    sections: sb.sections,
    fields: fb.fields,
    gaps: [],
  };
  if (id) result.id = id;
  if (opts.url) result.url = opts.url;
  if (natures.size > 0) result.contractNature = natures.size === 1 ? ([...natures][0] as 'supplies' | 'services' | 'works') : 'mixed';
  if (buyer) result.buyer = buyer;
  if (lots.length > 0) result.lots = lots;
  return result;
}

/** Free-text business terms that become sections in TED HTML (the non-boilerplate ones of TEXT_BT_KIND). */
const TEXT_KINDS: Record<string, true> = Object.fromEntries(
  ['BT-21', 'BT-24', 'BT-300', 'BT-750', 'BT-734', 'BT-540', 'BT-543', 'BT-733', 'BT-70', 'BT-777', 'BT-755'].map((bt) => [bt, true]),
);

function sectionOf(el: Element): Element | undefined {
  return ancestorWithId(el, /^section\d/);
}

function ancestorWithId(el: Element, re: RegExp): Element | undefined {
  for (let p = el.parent; p && isEl(p); p = p.parent) if (re.test(attr(p, 'id') ?? '')) return p;
  return undefined;
}

function commonAncestor(els: Element[]): Element | undefined {
  const chain = (e: Element) => {
    const out: Element[] = [];
    for (let p: AnyNode | null = e.parent; p && isEl(p); p = p.parent) out.push(p);
    return out;
  };
  let common = els[0] ? chain(els[0]) : [];
  for (const e of els.slice(1)) {
    const c = new Set(chain(e));
    common = common.filter((a) => c.has(a));
  }
  return common[0];
}

// ---- (b) any other page ---------------------------------------------------------------------------------------

const MAIN_CANDIDATES: ((el: Element) => boolean)[] = [
  (el) => el.name === 'main',
  (el) => attr(el, 'role') === 'main',
  (el) => ['main-content', 'maincontent'].includes(attr(el, 'id') ?? ''),
  (el) => attr(el, 'id') === 'content',
  (el) => attr(el, 'id') === 'main',
  (el) => el.name === 'article',
];

/** Never notice text: scripts, forms' controls, navigation, visually hidden and cookie-banner chrome. */
const DROP_ALWAYS = (el: Element): boolean =>
  ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'select', 'option', 'datalist', 'button', 'input', 'textarea', 'nav', 'aside', 'head'].includes(el.name) ||
  ['navigation', 'complementary', 'search', 'banner', 'contentinfo'].includes(attr(el, 'role') ?? '') ||
  attr(el, 'hidden') !== undefined ||
  /(?:^|\s)(?:aria-only|visually-hidden|govuk-visually-hidden|sr-only|skip-link|govuk-skip-link)(?:\s|$)/.test(attr(el, 'class') ?? '') ||
  /cookie/i.test(`${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''}`);

/** Page chrome dropped when no main content is marked and the whole body is read. */
const DROP_IN_BODY = (el: Element): boolean => DROP_ALWAYS(el) || ['header', 'footer'].includes(el.name);

function parseGenericHtml(doc: Document, opts: { url?: string }): Notice {
  const gaps: string[] = [];
  const pageTitle = lineOf(DomUtils.findOne((e) => e.name === 'title', doc) ?? []);
  let container: Element | Document | undefined;
  for (const test of MAIN_CANDIDATES) {
    const found = DomUtils.findAll(test, doc).find((el) => lineOf(el).length >= 100);
    if (found) {
      container = found;
      break;
    }
  }
  if (container) {
    for (const el of DomUtils.findAll(DROP_ALWAYS, container.children)) DomUtils.removeElement(el);
    for (const el of DomUtils.findAll((e) => e.name === 'footer', container.children)) DomUtils.removeElement(el);
  } else {
    gaps.push(NO_MAIN_CONTENT_GAP);
    container = DomUtils.findOne((e) => e.name === 'body', doc) ?? doc;
    for (const el of DomUtils.findAll(DROP_IN_BODY, container.children)) DomUtils.removeElement(el);
  }

  // ---- heading blocks ----------------------------------------------------------------------------------------
  interface Block {
    level: number;
    heading: string;
    sink: TextSink;
  }
  const blocks: Block[] = [{ level: 0, heading: '', sink: new TextSink() }];
  const walk = (node: AnyNode) => {
    const cur = blocks[blocks.length - 1]!;
    if (node.type === ElementType.Text) return cur.sink.text((node as { data: string }).data);
    if (!isEl(node)) return;
    const h = /^h([1-4])$/.exec(node.name);
    if (h) {
      blocks.push({ level: Number(h[1]), heading: lineOf(node), sink: new TextSink() });
      return;
    }
    if (node.name === 'br') return cur.sink.newline();
    if (node.name === 'td' || node.name === 'th') cur.sink.text(' ');
    const block = BLOCK.has(node.name);
    if (block) cur.sink.newline();
    for (const c of node.children) walk(c);
    if (block) blocks[blocks.length - 1]!.sink.newline();
  };
  for (const c of container.children) walk(c);

  const sb = new SectionBuilder();
  const cpv: string[] = [];
  const stack: { level: number; kind?: SectionKind }[] = [];
  let h1: string | undefined;
  for (const b of blocks) {
    if (b.level === 1 && !h1 && b.heading) h1 = b.heading;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop();
    const own = b.heading ? headingKind(b.heading) : undefined;
    const kind = own ?? stack[stack.length - 1]?.kind;
    stack.push(kind ? { level: b.level, kind } : { level: b.level });
    const text = b.sink.toString();
    if (!text) continue;
    sb.add('H', b.heading || '(no heading)', kind ?? 'other', text);
    pushUnique(cpv, ...(/\bCPV\b/i.test(b.heading) ? findCpvCodes(text, true) : findCpvCodes(`${b.heading}\n${text}`)));
  }

  const ogTitle = DomUtils.findOne((e) => e.name === 'meta' && attr(e, 'property') === 'og:title', doc);
  const title =
    h1 ??
    (pageTitle || undefined) ??
    (ogTitle ? attr(ogTitle, 'content') : undefined) ??
    blocks.find((b) => b.heading)?.heading ??
    sb.sections[0]?.text.split('\n', 1)[0] ??
    '';
  let language = htmlLanguage(doc);
  if (language === 'und') language = detectLanguage(sb.sections.map((s) => s.text).join('\n'));

  const notice: Notice = {
    format: 'html',
    title: clipTitle(title),
    language,
    cpv,
    sections: sb.sections,
    fields: [],
    gaps,
  };
  if (cpv.length === 0) {
    // UNGM and other UN / non-EU portals classify with UNSPSC: "43210000 - Computer Equipment and Accessories"
    const all = sb.sections.map((s) => `${s.label}\n${s.text}`).join('\n');
    const at = all.search(/\bUNSPSC\b/);
    if (at >= 0) {
      const codes: string[] = [];
      for (const m of all.slice(at).matchAll(/^(\d{8})\s*-\s/gm)) pushUnique(codes, m[1]!);
      if (codes.length > 0) notice.otherClassifications = codes.map((code) => ({ scheme: 'UNSPSC', code }));
    }
  }
  const id = idFromUrl(opts.url);
  if (id) notice.id = id;
  if (opts.url) notice.url = opts.url;
  return notice;
}
