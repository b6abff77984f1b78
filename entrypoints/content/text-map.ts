/**
 * Section text ⇄ DOM. An adapter builds each section's text by concatenating text nodes, and records where
 * each node starts in that text (SectionSource); the renderer turns evidence offsets back into a DOM Range.
 * Pure DOM, no browser-extension API, nothing written to the page.
 */
import type { SectionSource } from './portals/types';
import { runAtOnce, type Steps } from './slices';

export interface CollectedText {
  text: string;
  source: SectionSource;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Never part of what a reader sees. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of `el` (its text nodes in document order, concatenated as they are) and where each node starts. */
export function collectText(el: Node, skip?: (el: Element) => boolean): CollectedText {
  return collectTextOf([el], skip);
}

/**
 * Same as collectText, over several nodes in the order given (the sibling nodes of one field's value, say).
 * Give contiguous nodes: a range between two separate roots also covers whatever the page has between them.
 */
export function collectTextOf(roots: readonly Node[], skip?: (el: Element) => boolean): CollectedText {
  return runAtOnce(collectTextSteps(roots, skip));
}

/** How many nodes are visited between two yields of collectTextSteps. */
const NODES_PER_STEP = 64;

/**
 * collectTextOf as work in steps (slices.ts), for text too long to collect in one task. A walk without recursion
 * (a page may nest elements thousands deep); a node removed during a pause ends the walk early, which the caller
 * sees as a change of the page.
 */
export function* collectTextSteps(roots: readonly Node[], skip?: (el: Element) => boolean): Steps<CollectedText> {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let visited = 0;
  for (const root of roots) {
    let n: Node | null = root;
    while (n) {
      let descend = false;
      if (n.nodeType === TEXT_NODE) {
        const t = n as Text;
        if (t.data.length) {
          nodes.push(t);
          starts.push(text.length);
          text += t.data;
        }
      } else if (n.nodeType === ELEMENT_NODE) {
        const e = n as Element;
        descend = !(SKIPPED_TAGS.has(e.tagName.toUpperCase()) || skip?.(e));
      }
      if (++visited % NODES_PER_STEP === 0) yield;
      if (descend && n.firstChild) {
        n = n.firstChild;
        continue;
      }
      // the next node after n's subtree, never leaving the root's
      while (n && n !== root && !n.nextSibling) n = n.parentNode;
      n = !n || n === root ? null : n.nextSibling;
    }
  }
  return { text, source: { nodes, starts } };
}

/** Length of the text a source was built from. */
export function sourceLength(source: SectionSource): number {
  const i = source.nodes.length - 1;
  return i < 0 ? 0 : source.starts[i]! + source.nodes[i]!.data.length;
}

/**
 * The DOM range covering [start, end) of the section text, or null when the offsets are out of bounds or
 * empty, or the page changed under us (a node was removed or its text shortened).
 */
export function rangeFromOffsets(source: SectionSource, start: number, end: number): Range | null {
  const { nodes, starts } = source;
  if (!nodes.length || start < 0 || end <= start || end > sourceLength(source)) return null;
  // Start: the node holding character `start` (at a boundary, the next node, which holds that character).
  const i = lastStartAtOrBefore(starts, start);
  // End: the node holding character `end - 1` (at a boundary, the earlier node).
  const j = lastStartAtOrBefore(starts, end - 1);
  const a = nodes[i];
  const b = nodes[j];
  if (!a || !b || !a.isConnected || !b.isConnected) return null;
  const so = start - starts[i]!;
  const eo = end - starts[j]!;
  if (so > a.data.length || eo > b.data.length) return null;
  const range = (a.ownerDocument ?? document).createRange();
  range.setStart(a, so);
  range.setEnd(b, eo);
  return range;
}

/** Index of the last entry of the ascending `starts` that is ≤ offset (0 if none). */
function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
