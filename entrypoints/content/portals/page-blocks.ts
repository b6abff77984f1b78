/**
 * DOM reading shared by the adapters of server-rendered portal pages (Find a Tender, Contracts Finder, UNGM):
 * the first of a list of selectors, the text of an element without what is never read, and the cut of a notice
 * into heading blocks. The decisions (kinds, ids, facts) are in utils/parsers/portal-pages.ts, shared with the
 * CLI's parser. Read-only.
 */
import {
  BLOCK_HEADING,
  isSkippedElement,
  headingPageNotice,
  PORTAL_GAPS,
  titleFromDocumentTitle,
  type HeadingBlockReader,
  type PageBlock,
} from '../../../utils/parsers/portal-pages';
import { runAtOnce, type Steps } from '../slices';
import { collectText, type CollectedText } from '../text-map';
import type { Extraction, SectionSource } from './types';

/** What is never read: controls, scripts, menus, spoken-only and visually hidden text. */
export const skipped = (el: Element): boolean =>
  isSkippedElement(el.tagName, el.getAttribute('class'), el.getAttribute('role'), el.hasAttribute('hidden'));

/** The text of an element, without what is never read. */
export const textOf = (el: Node): CollectedText => collectText(el, skipped);

/** Whitespace collapsed, trimmed: for labels, titles, names (never for section text, whose offsets must hold). */
export const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The first selector of the list that matches, with its element and position in the list. */
export function firstOf(scope: ParentNode, selectors: readonly string[]): { el: Element; selector: string; index: number } | null {
  for (let index = 0; index < selectors.length; index++) {
    const selector = selectors[index]!;
    const el = scope.querySelector(selector);
    if (el) return { el, selector, index };
  }
  return null;
}

/** Every element of the first selector of the list that matches anything. */
export function allOf(scope: ParentNode, selectors: readonly string[]): Element[] {
  for (const s of selectors) {
    const found = Array.from(scope.querySelectorAll(s));
    if (found.length) return found;
  }
  return [];
}

/**
 * Without the whitespace-only text nodes at its two ends (the page's indentation around a value): whole nodes
 * only, so that every node kept is still read in full from its recorded offset.
 */
export function trimmed(c: CollectedText): CollectedText {
  const { nodes, starts } = c.source;
  let a = 0;
  let b = nodes.length;
  while (a < b && !nodes[a]!.data.trim()) a++;
  while (b > a && !nodes[b - 1]!.data.trim()) b--;
  if (a === 0 && b === nodes.length) return c;
  const offset = a < b ? starts[a]! : 0;
  const end = a < b ? starts[b - 1]! + nodes[b - 1]!.data.length : 0;
  return {
    text: c.text.slice(offset, end),
    source: { nodes: nodes.slice(a, b), starts: starts.slice(a, b).map((s) => s - offset) },
  };
}

export interface DomBlock extends PageBlock {
  source: SectionSource;
}

/**
 * The roots' text cut at every h2–h5 (BLOCK_HEADING), in page order: each block is a heading and the text nodes after it up to
 * the next heading (text before the first heading is a block with level 0). Headings' own text is their label.
 */
export function headingBlocks(roots: readonly Element[]): DomBlock[] {
  return runAtOnce(headingBlockSteps(roots));
}

/** headingBlocks as work in steps (slices.ts): a walk without recursion that yields every few dozen nodes. */
export function* headingBlockSteps(roots: readonly Element[]): Steps<DomBlock[]> {
  const blocks: DomBlock[] = [];
  let cur: DomBlock = { level: 0, heading: '', text: '', source: { nodes: [], starts: [] } };
  blocks.push(cur);
  let visited = 0;
  for (const r of roots) {
    let n: Node | null = r.firstChild;
    while (n) {
      let descend = false;
      if (n.nodeType === 3) {
        const t = n as Text;
        if (t.data.length) {
          cur.source.nodes.push(t);
          cur.source.starts.push(cur.text.length);
          cur.text += t.data;
        }
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (!skipped(el)) {
          if (BLOCK_HEADING.test(el.tagName)) {
            const id = el.getAttribute('id');
            cur = { level: Number(el.tagName.slice(1)), heading: clean(textOf(el).text), ...(id ? { id } : {}), text: '', source: { nodes: [], starts: [] } };
            blocks.push(cur);
          } else descend = true;
        }
      }
      if (++visited % 64 === 0) yield;
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      // the next node after n's subtree, within r
      while (n && n.parentNode !== r && !n.nextSibling) n = n.parentNode;
      n = n ? n.nextSibling : null;
    }
  }
  return blocks.map((b) => ({ ...b, ...trimmed(b) }));
}

/** What a page of heading blocks (Find a Tender, Contracts Finder) needs besides its reader. */
export interface HeadingPage {
  /** The portal's name, for the gaps ("the layout changed"). */
  portal: string;
  selectors: { root: readonly string[]; expectedRoots: number; title: readonly string[]; buyer: readonly string[] };
  reader: HeadingBlockReader;
  /** The elements to read, within the notice root (default: the root itself). */
  parts?: (root: Element) => Element[];
  /** The notice's id, read from its address or the page. */
  id: (doc: Document, url: URL) => string | undefined;
}

/**
 * A notice page cut into heading blocks, each given to the portal's reader, in steps; the page's h1 is the title
 * when no block is one (the UK forms have no title field). Null when no root selector matches.
 */
export function* readHeadingPage(doc: Document, url: URL, page: HeadingPage): Steps<Extraction | null> {
  const { portal, selectors, reader } = page;
  const found = firstOf(doc, selectors.root);
  if (!found) return null;
  const gaps: string[] = [];
  if (found.index >= selectors.expectedRoots) gaps.push(PORTAL_GAPS.rootFallback(portal, selectors.root[0]!, found.selector));

  // The notice's parts; without any, the whole root is read (and the gap below says the layout changed).
  const parts = page.parts?.(found.el) ?? [];
  const sources: Record<string, SectionSource> = {};
  for (const block of yield* headingBlockSteps(parts.length ? parts : [found.el])) {
    yield;
    const section = reader.add(block);
    if (section) sources[section.id] = block.source;
  }
  if (!reader.known) gaps.push(PORTAL_GAPS.noStructure(portal, found.selector));

  const h1 = firstOf(doc, selectors.title)?.el;
  if (h1 && !reader.hasKind('title') && !found.el.contains(h1)) {
    const c = trimmed(textOf(h1));
    const s = reader.addExtra('title', 'Title', 'title', c.text);
    if (s) sources[s.id] = c.source;
  }
  const buyer = firstOf(doc, selectors.buyer)?.el;
  const id = page.id(doc, url);

  const notice = headingPageNotice(reader, {
    ...(id ? { id } : {}),
    url: url.href,
    title: (h1 && clean(textOf(h1).text)) || titleFromDocumentTitle(doc.title),
    ...(buyer ? { buyer: clean(textOf(buyer).text) } : {}),
    htmlLang: doc.documentElement.getAttribute('lang'),
    gaps,
  });
  return { notice, sources };
}
