/**
 * The fallback renderer, for browsers without the CSS Custom Highlight API (Firefox before 140): the evidence
 * passages are wrapped in `<mark data-tender-lens>` elements, styled by the extension's manifest CSS. This is
 * the only case where Tender Lens adds elements to the portal's page, and everything it adds is taken back by
 * `unwrapMarks`, which leaves the page's text nodes as they were (same nodes, same text, same element count).
 *
 * How: each text node the evidence touches keeps its identity (a portal framework may hold a reference to it)
 * and its data is cut to the part before the first marked piece; the marked pieces (in new <mark>s) and the
 * unmarked rests (new text nodes) are inserted after it. Undoing sets the node's data back and removes what was
 * inserted. If the page changed one of those nodes in between, only our marks are unwrapped and the page's text
 * is left alone.
 */
import type { SectionSource } from './portals/types';

/** The attribute that names our marks (and that the content script's observer ignores). */
export const MARK_ATTRIBUTE = 'data-tender-lens';
/** Its value on the marks of the passage the user asked to see. */
export const MARK_FOCUS = 'focus';

/** Where a mark would be invalid HTML or invisible: text there is left unmarked. */
const NO_MARK_PARENTS = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'COLGROUP', 'SELECT', 'OPTION', 'OPTGROUP', 'TEXTAREA', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** One text node of the page, split by us: enough to put it back. */
interface Split {
  node: Text;
  original: string;
  /** What we left in `node` (the text before the first mark). */
  kept: string;
  /** The nodes we inserted after it, in order: marks and plain text nodes. */
  inserted: Node[];
  /** The pieces `node`'s original text is now made of: each piece's text node and its offset in `original`. */
  pieces: { node: Text; offset: number }[];
}

export interface MarkedPage {
  marks: HTMLElement[];
  splits: Split[];
}

/** Nodes we created (marks and the text nodes around them), for the observer to tell our mutations from the page's. */
const ours = new WeakSet<Node>();

/** A node of ours: a mark, a text node we inserted, or anything inside an element carrying MARK_ATTRIBUTE (the panel's host too). */
export function isOwnNode(node: Node | null): boolean {
  if (!node) return false;
  if (ours.has(node)) return true;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(`[${MARK_ATTRIBUTE}]`) != null;
}

/** Intervals [start, end) of a source's text → the same intervals per text node, in node-local offsets. */
export function intervalsByNode(source: SectionSource, start: number, end: number, into: Map<Text, [number, number][]>): void {
  const { nodes, starts } = source;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k]!;
    const from = Math.max(start, starts[k]!);
    const to = Math.min(end, starts[k]! + node.data.length);
    if (from >= to) continue;
    const list = into.get(node) ?? [];
    list.push([from - starts[k]!, to - starts[k]!]);
    into.set(node, list);
  }
}

function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * Wraps the given pieces of text nodes in marks. Returns what was done, for `unwrapMarks` and `remapSource`.
 * Pieces that are only white space, or whose node sits where a <mark> cannot go (a table row), stay as they are.
 */
export function wrapMarks(pieces: Map<Text, [number, number][]>): MarkedPage {
  const page: MarkedPage = { marks: [], splits: [] };
  for (const [node, intervals] of pieces) {
    const parent = node.parentNode;
    if (!parent || !node.isConnected || ours.has(node)) continue;
    if (parent.nodeType === 1 && NO_MARK_PARENTS.has((parent as Element).tagName.toUpperCase())) continue;
    const original = node.data;
    const marked = merge(intervals).filter(([s, e]) => e <= original.length && original.slice(s, e).trim() !== '');
    if (!marked.length) continue;
    const doc = node.ownerDocument;
    const split: Split = { node, original, kept: original.slice(0, marked[0]![0]), inserted: [], pieces: [{ node, offset: 0 }] };
    let at = marked[0]![0];
    let ref: Node = node;
    const place = (n: Node) => {
      parent.insertBefore(n, ref.nextSibling);
      ref = n;
      split.inserted.push(n);
      ours.add(n);
    };
    for (const [s, e] of marked) {
      if (s > at) {
        const rest = doc.createTextNode(original.slice(at, s));
        place(rest);
        split.pieces.push({ node: rest, offset: at });
      }
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      const text = doc.createTextNode(original.slice(s, e));
      mark.appendChild(text);
      ours.add(text);
      place(mark);
      page.marks.push(mark);
      split.pieces.push({ node: text, offset: s });
      at = e;
    }
    if (at < original.length) {
      const rest = doc.createTextNode(original.slice(at));
      place(rest);
      split.pieces.push({ node: rest, offset: at });
    }
    node.data = split.kept;
    page.splits.push(split);
  }
  return page;
}

/** Puts the page's text back as it was; removes every mark. */
export function unwrapMarks(page: MarkedPage): void {
  for (const split of [...page.splits].reverse()) {
    const intact = split.node.isConnected && split.node.data === split.kept && split.inserted.every((n) => n.parentNode === split.node.parentNode);
    if (intact) {
      for (const n of split.inserted) n.parentNode?.removeChild(n);
      split.node.data = split.original;
      continue;
    }
    // The page changed these nodes meanwhile: take out our marks only, keeping the text they held.
    for (const n of split.inserted) {
      if (n.nodeType !== 1 || !n.parentNode) continue;
      const parent = n.parentNode;
      while (n.firstChild) parent.insertBefore(n.firstChild, n);
      parent.removeChild(n);
    }
  }
  page.splits = [];
  page.marks = [];
}

/** The source as it reads after wrapping: split nodes replaced by their pieces, so that offsets still map to the DOM. */
export function remapSource(source: SectionSource, page: MarkedPage): SectionSource {
  const byNode = new Map(page.splits.map((s) => [s.node, s]));
  const nodes: Text[] = [];
  const starts: number[] = [];
  source.nodes.forEach((node, k) => {
    const split = byNode.get(node);
    if (!split) {
      nodes.push(node);
      starts.push(source.starts[k]!);
      return;
    }
    for (const piece of split.pieces) {
      if (!piece.node.data.length) continue;
      nodes.push(piece.node);
      starts.push(source.starts[k]! + piece.offset);
    }
  });
  return { nodes, starts };
}
