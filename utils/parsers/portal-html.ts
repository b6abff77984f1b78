/**
 * The CLI's reading of Find a Tender, Contracts Finder and UNGM pages (htmlparser2): the same selectors, blocks
 * and decisions as the extension's adapters (entrypoints/content/portals/{find-a-tender,contracts-finder,ungm}.ts),
 * from utils/parsers/portal-pages.ts, so that `npm run audit -- --url <notice URL> <saved page>` gives the
 * sections the extension reads on that page. Section texts differ only in whitespace: here blocks are separated
 * by line breaks and runs of spaces collapse; the adapters keep the page's text nodes as they are.
 */
import { DomUtils, ElementType } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import type { Notice } from '../notice';
import { SectionBuilder } from './common';
import { BLOCK, TextSink } from './html-text';
import {
  BLOCK_HEADING,
  CONTRACTS_FINDER_SELECTORS,
  contractsFinderIdOf,
  contractsFinderReader,
  FIND_A_TENDER_SELECTORS,
  findATenderIdOf,
  findATenderReader,
  type HeadingBlockReader,
  headingPageNotice,
  isSkippedElement,
  type PageBlock,
  PORTAL_GAPS,
  type PortalPageId,
  portalNotice,
  titleFromDocumentTitle,
  UNGM_SELECTORS,
  UngmReader,
  ungmIdOf,
} from './portal-pages';

export function parsePortalPage(doc: Document, page: PortalPageId, opts: { url?: string }): Notice | undefined {
  switch (page) {
    case 'find-a-tender':
      return parseHeadingPage(doc, opts, 'Find a Tender', FIND_A_TENDER_SELECTORS, findATenderReader(), (root) => [root]);
    case 'contracts-finder':
      return parseHeadingPage(doc, opts, 'Contracts Finder', CONTRACTS_FINDER_SELECTORS, contractsFinderReader(), (root) => {
        const parts = selectAll([root], CONTRACTS_FINDER_SELECTORS.blocks[0]).filter(
          (b) => !hasClass(b, CONTRACTS_FINDER_SELECTORS.excludedBlockClass) && !ancestors(b).some((a) => a !== root && contains(root, a) && matches(a, CONTRACTS_FINDER_SELECTORS.blocks[0])),
        );
        return parts.length ? parts : [root];
      });
    case 'ungm':
      return parseUngm(doc, opts);
  }
}

// ---- a minimal selector engine: compound selectors (tag, #id, .class, [attr], [attr=v]), " " and ">" ----------

interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
  attrs: { name: string; value?: string }[];
}
interface Step {
  compound: Compound;
  /** How this step relates to the next one to its right. */
  combinator: ' ' | '>';
}

const parsed = new Map<string, Step[]>();

function parseSelector(selector: string): Step[] {
  const cached = parsed.get(selector);
  if (cached) return cached;
  const steps: Step[] = [];
  const tokens = selector.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/);
  let combinator: ' ' | '>' = ' ';
  for (const t of tokens) {
    if (t === '>') {
      combinator = '>';
      continue;
    }
    const compound: Compound = { classes: [], attrs: [] };
    const re = /([#.]?)([\w-]+)|\[([\w-]+)(?:=["']?([^\]"']*)["']?)?\]/g;
    for (const m of t.matchAll(re)) {
      if (m[3]) compound.attrs.push(m[4] === undefined ? { name: m[3] } : { name: m[3], value: m[4] });
      else if (m[1] === '#') compound.id = m[2];
      else if (m[1] === '.') compound.classes.push(m[2]!);
      else compound.tag = m[2]!.toLowerCase();
    }
    if (steps.length) steps[steps.length - 1]!.combinator = combinator;
    steps.push({ compound, combinator: ' ' });
    combinator = ' ';
  }
  parsed.set(selector, steps);
  return steps;
}

const isEl = (n: AnyNode | null | undefined): n is Element => !!n && ElementType.isTag(n);
const classesOf = (el: Element) => (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
const hasClass = (el: Element, c: string) => classesOf(el).includes(c);

function matchesCompound(el: Element, c: Compound): boolean {
  if (c.tag && el.name.toLowerCase() !== c.tag) return false;
  if (c.id && el.attribs.id !== c.id) return false;
  if (c.classes.length) {
    const own = classesOf(el);
    if (!c.classes.every((k) => own.includes(k))) return false;
  }
  return c.attrs.every((a) => (a.value === undefined ? a.name in el.attribs : el.attribs[a.name] === a.value));
}

/** Whether `el` matches steps[0..i] (the ancestors anywhere in the document, as querySelector within a scope does). */
function matchSteps(el: Element, steps: Step[], i: number): boolean {
  if (!matchesCompound(el, steps[i]!.compound)) return false;
  if (i === 0) return true;
  const combinator = steps[i - 1]!.combinator;
  for (let p = el.parent; isEl(p); p = p.parent) {
    if (matchSteps(p, steps, i - 1)) return true;
    if (combinator === '>') return false;
  }
  return false;
}

function matches(el: Element, selector: string): boolean {
  const steps = parseSelector(selector);
  return matchSteps(el, steps, steps.length - 1);
}

/** Elements under the scopes (not the scopes themselves) matching the selector, in document order (as querySelectorAll). */
function selectAll(scopes: readonly (Element | Document)[], selector: string): Element[] {
  const out: Element[] = [];
  for (const s of scopes) out.push(...DomUtils.findAll((e) => matches(e, selector), s.children));
  return out;
}

function firstOf(scope: Element | Document, selectors: readonly string[]): { el: Element; selector: string; index: number } | null {
  for (let index = 0; index < selectors.length; index++) {
    const el = selectAll([scope], selectors[index]!)[0];
    if (el) return { el, selector: selectors[index]!, index };
  }
  return null;
}

function allOf(scope: Element | Document, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = selectAll([scope], s);
    if (found.length) return found;
  }
  return [];
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; isEl(p); p = p.parent) out.push(p);
  return out;
}

function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

// ---- text -------------------------------------------------------------------------------------------------

const skipped = (el: Element) => isSkippedElement(el.name, el.attribs.class, el.attribs.role, 'hidden' in el.attribs);

function render(node: AnyNode, sink: TextSink): void {
  if (node.type === ElementType.Text) return sink.text((node as { data: string }).data);
  if (!isEl(node) || skipped(node)) return;
  if (node.name === 'br') return sink.newline();
  if (node.name === 'td' || node.name === 'th') sink.text(' ');
  const block = BLOCK.has(node.name);
  if (block) sink.newline();
  for (const c of node.children) render(c, sink);
  if (block) sink.newline();
}

function textOf(nodes: AnyNode | readonly AnyNode[]): string {
  const sink = new TextSink();
  for (const n of Array.isArray(nodes) ? (nodes as AnyNode[]) : [nodes as AnyNode]) render(n, sink);
  return sink.toString();
}

const lineOf = (nodes: AnyNode | readonly AnyNode[]) => textOf(nodes).replace(/\n/g, ' ');

/** The roots cut at every h2–h5, as the adapters' headingBlocks (page-blocks.ts) does. */
function headingBlocks(roots: readonly Element[]): PageBlock[] {
  const blocks: { block: PageBlock; sink: TextSink }[] = [];
  let cur = { block: { level: 0, heading: '', text: '' } as PageBlock, sink: new TextSink() };
  blocks.push(cur);
  const walk = (node: AnyNode): void => {
    if (node.type === ElementType.Text) return cur.sink.text((node as { data: string }).data);
    if (!isEl(node) || skipped(node)) return;
    if (BLOCK_HEADING.test(node.name)) {
      const id = node.attribs.id;
      cur = { block: { level: Number(node.name.slice(1)), heading: lineOf(node), ...(id ? { id } : {}), text: '' }, sink: new TextSink() };
      blocks.push(cur);
      return;
    }
    if (node.name === 'br') return cur.sink.newline();
    if (node.name === 'td' || node.name === 'th') cur.sink.text(' ');
    const block = BLOCK.has(node.name);
    if (block) cur.sink.newline();
    for (const c of node.children) walk(c);
    if (block) cur.sink.newline();
  };
  for (const r of roots) for (const c of r.children) walk(c);
  return blocks.map(({ block, sink }) => ({ ...block, text: sink.toString() }));
}

function htmlLang(doc: Document): string | undefined {
  const html = DomUtils.findOne((e) => e.name === 'html', doc.children);
  return html ? (html.attribs.lang ?? html.attribs['xml:lang']) : undefined;
}

function documentTitle(doc: Document): string {
  const t = DomUtils.findOne((e) => e.name === 'title', doc.children);
  return t ? lineOf(t) : '';
}

// ---- Find a Tender, Contracts Finder -------------------------------------------------------------------------

interface HeadingSelectors {
  readonly root: readonly string[];
  readonly expectedRoots: number;
  readonly title: readonly string[];
  readonly buyer: readonly string[];
  readonly noticeLines?: readonly string[];
}

function parseHeadingPage(
  doc: Document,
  opts: { url?: string },
  portal: string,
  selectors: HeadingSelectors,
  reader: HeadingBlockReader,
  partsOf: (root: Element) => Element[],
): Notice | undefined {
  const found = firstOf(doc, selectors.root);
  if (!found) return undefined;
  const gaps: string[] = [];
  if (found.index >= selectors.expectedRoots) gaps.push(PORTAL_GAPS.rootFallback(portal, selectors.root[0]!, found.selector));
  for (const block of headingBlocks(partsOf(found.el))) reader.add(block);
  if (!reader.known) gaps.push(PORTAL_GAPS.noStructure(portal, found.selector));

  const h1 = firstOf(doc, selectors.title)?.el;
  if (h1 && !reader.hasKind('title') && !contains(found.el, h1)) reader.addExtra('title', 'Title', 'title', textOf(h1));
  const buyer = firstOf(doc, selectors.buyer)?.el;
  const lines = selectors.noticeLines ? allOf(doc, selectors.noticeLines).map((p) => lineOf(p)).join('\n') : '';
  const id = portal === 'Find a Tender' ? findATenderIdOf(opts.url, lines) : contractsFinderIdOf(opts.url);

  return headingPageNotice(reader, {
    ...(id ? { id } : {}),
    ...(opts.url ? { url: opts.url } : {}),
    title: (h1 && lineOf(h1)) || titleFromDocumentTitle(documentTitle(doc)),
    ...(buyer ? { buyer: lineOf(buyer) } : {}),
    htmlLang: htmlLang(doc),
    gaps,
  });
}

// ---- UNGM ----------------------------------------------------------------------------------------------------

function parseUngm(doc: Document, opts: { url?: string }): Notice | undefined {
  const S = UNGM_SELECTORS;
  const found = firstOf(doc, S.root);
  if (!found) return undefined;
  const root = found.el;
  const reader = new UngmReader();
  const notContact = (el: Element) => !ancestors(el).some((a) => hasClass(a, S.contacts));
  const row = (r: Element) => {
    const label = firstOf(r, S.rowLabel)?.el;
    const value = firstOf(r, S.rowValue)?.el;
    if (label && value) reader.addRow(lineOf(label), textOf(value));
  };

  if (found.selector === S.root[0]) {
    const title = firstOf(doc, S.noticeTitle)?.el;
    if (title) reader.addTitle(textOf(title));
    for (const r of allOf(doc, S.noticeRows).filter(notContact)) row(r);
    const descTitle = firstOf(doc, S.noticeDescriptionTitle)?.el;
    if (descTitle) {
      const after: AnyNode[] = [];
      for (let n = descTitle.next; n; n = n.next) after.push(n);
      reader.addDescription(textOf(after));
    }
    const agency = firstOf(doc, S.noticeAgency)?.el;
    if (agency) reader.buyer ??= lineOf(agency) || undefined;
  } else if (found.selector === S.root[1]) {
    for (const r of allOf(doc, S.awardRows).filter(notContact)) row(r);
    for (const d of allOf(doc, S.awardDescription)) reader.addDescription(textOf(d));
    for (const d of allOf(doc, S.awardCountries)) reader.addBoilerplate('Countries', textOf(d));
    const vendors = firstOf(doc, S.awardVendors)?.el;
    if (vendors) reader.addBoilerplate('Supplier', textOf(vendors));
  }
  for (const node of allOf(root, S.unspscNode)) {
    if (selectAll([node], S.unspscChild).length) continue; // on the path to a chosen code
    const name = selectAll([node], S.unspscName)[0];
    if (name) reader.addUnspsc(lineOf(name));
  }

  const gaps: string[] = [];
  let sections = reader.sections.sections;
  if (found.index >= S.expectedRoots || !reader.readBody) {
    gaps.push(found.index >= S.expectedRoots ? PORTAL_GAPS.rootFallback('UNGM', S.root.slice(0, 2).join(' or '), found.selector) : PORTAL_GAPS.ungmNoBody);
    const plain = new SectionBuilder();
    plain.add('notice', 'Notice', 'other', textOf(root));
    sections = plain.sections;
  }

  const id = ungmIdOf(opts.url);
  return portalNotice({
    ...(id ? { id } : {}),
    ...(opts.url ? { url: opts.url } : {}),
    title: reader.title ?? (titleFromDocumentTitle(documentTitle(doc)) || 'UNGM notice'),
    ...(reader.buyer ? { buyer: reader.buyer } : {}),
    htmlLang: htmlLang(doc),
    sections,
    otherClassifications: reader.classifications(),
    gaps,
  });
}
