/**
 * The renderer: with the panel, the only code that writes to the portal page. It paints the evidence of present
 * criteria with the CSS Custom Highlight API, which styles ranges without adding a node, so the page's layout,
 * text and scripts are left as they were (no <mark>, no wrapper, nothing for the portal's framework to trip on).
 * The style is `::highlight(tender-lens-present)` in style.css, shipped through the manifest so that a page's
 * Content-Security-Policy cannot block it.
 *
 * Where the API is missing (Firefox before 140, old Chromium), the passages are wrapped in
 * `<mark data-tender-lens>` instead (marks.ts): the only case where we add elements to the page, all removed by
 * clearHighlights. The content script clears them before it reads the page again (`pageIsMarked`).
 */
import type { Evidence, Report } from '../../utils/report';
import { MARK_ATTRIBUTE, MARK_FOCUS, intervalsByNode, remapSource, unwrapMarks, wrapMarks, type MarkedPage } from './marks';
import type { Extraction, SectionSource } from './portals/types';
import { rangeFromOffsets, sourceLength } from './text-map';

export const HIGHLIGHT_PRESENT = 'tender-lens-present';
/** The passage the user asked to see (popup or panel → "show"). */
export const HIGHLIGHT_FOCUS = 'tender-lens-focus';

interface Rendered {
  report: Report;
  /** The extraction's sources, remapped when marks split the page's text nodes. */
  sources: Record<string, SectionSource>;
  marks: MarkedPage | null;
  focused: HTMLElement[];
}

/** What was rendered last, so that the popup and the panel can ask to scroll to any criterion's evidence. */
let rendered: Rendered | null = null;
let noted = false;

function registry(): HighlightRegistry | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') {
    if (!noted) console.debug('[Tender Lens] CSS Custom Highlight API not available: evidence is marked with <mark data-tender-lens>');
    noted = true;
    return null;
  }
  return CSS.highlights;
}

/** Offsets of a piece of evidence in its section's text: a field's evidence is the whole section that shows it. */
function span(ev: Evidence, source: SectionSource): [number, number] {
  return ev.kind === 'field' ? [0, sourceLength(source)] : [ev.start, ev.end];
}

function rangeIn(sources: Record<string, SectionSource>, ev: Evidence): Range | null {
  const source = sources[ev.section];
  if (!source) return null; // "field:BT-xx" (not shown on the page), or a section this page does not have
  const [start, end] = span(ev, source);
  return rangeFromOffsets(source, start, end);
}

/** Text evidence: its passage. Field evidence: the whole section that shows the field (its code label). */
export function rangeOfEvidence(ev: Evidence, extraction: Pick<Extraction, 'sources'>): Range | null {
  return rangeIn(extraction.sources, ev);
}

/** Highlights the evidence of every present criterion; returns how many distinct passages are shown. */
export function renderHighlights(report: Report, extraction: Extraction): number {
  clearHighlights();
  const seen = new Set<string>();
  const shown: { ev: Evidence; range: Range; source: SectionSource }[] = [];
  for (const result of report.results) {
    if (result.outcome !== 'present') continue;
    for (const ev of result.evidence) {
      const key = ev.kind === 'field' ? ev.section : `${ev.section}:${ev.start}:${ev.end}`;
      if (seen.has(key)) continue;
      const range = rangeOfEvidence(ev, extraction);
      if (!range) continue;
      seen.add(key);
      shown.push({ ev, range, source: extraction.sources[ev.section]! });
    }
  }

  const reg = registry();
  if (reg) {
    rendered = { report, sources: extraction.sources, marks: null, focused: [] };
    if (shown.length) reg.set(HIGHLIGHT_PRESENT, new Highlight(...shown.map((s) => s.range)));
    return shown.length;
  }

  // Fallback: marks. Every passage's pieces per text node, wrapped at once (the nodes are split only once).
  const pieces = new Map<Text, [number, number][]>();
  const touched = shown.map(({ ev, source }) => {
    const own = new Map<Text, [number, number][]>();
    intervalsByNode(source, ...span(ev, source), own);
    for (const [node, list] of own) pieces.set(node, [...(pieces.get(node) ?? []), ...list]);
    return [...own.keys()];
  });
  const marks = wrapMarks(pieces);
  const split = new Set(marks.splits.map((s) => s.node));
  const sources: Record<string, SectionSource> = {};
  for (const [id, source] of Object.entries(extraction.sources)) sources[id] = remapSource(source, marks);
  rendered = { report, sources, marks, focused: [] };
  return touched.filter((nodes) => nodes.some((n) => split.has(n))).length;
}

/** True while marks are in the page: read the page only after clearHighlights (their text nodes are ours). */
export function pageIsMarked(): boolean {
  return !!rendered?.marks?.marks.length;
}

export function clearHighlights(): void {
  const reg = registry();
  reg?.delete(HIGHLIGHT_PRESENT);
  reg?.delete(HIGHLIGHT_FOCUS);
  if (rendered?.marks) unwrapMarks(rendered.marks);
  rendered = null;
}

/** Index of the first piece of a criterion's evidence that is on the page, or -1. */
export function evidenceOnPage(criterionId: string): number {
  if (!rendered) return -1;
  const evidence = rendered.report.results.find((r) => r.id === criterionId)?.evidence ?? [];
  const sources = rendered.sources;
  return evidence.findIndex((ev) => rangeIn(sources, ev) !== null);
}

/** Scrolls the page to a criterion's evidence (index into its evidence list); false when it is not on the page. */
export function scrollToEvidence(criterionId: string, index: number): boolean {
  if (!rendered) return false;
  const ev = rendered.report.results.find((r) => r.id === criterionId)?.evidence[index];
  const range = ev ? rangeIn(rendered.sources, ev) : null;
  if (!ev || !range) return false;
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = reduced ? 'auto' : 'smooth';
  const rect = range.getBoundingClientRect();
  if (rect.width || rect.height) {
    const margin = Math.max(0, (window.innerHeight - rect.height) / 2);
    window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - margin), behavior });
  } else {
    // No layout box (a collapsed or hidden ancestor): let the browser find the element.
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior });
  }
  const reg = registry();
  if (reg) {
    reg.set(HIGHLIGHT_FOCUS, new Highlight(range));
    return true;
  }
  // Marks: the ones holding the passage's text get the focus style.
  for (const m of rendered.focused) m.setAttribute(MARK_ATTRIBUTE, '');
  const source = rendered.sources[ev.section]!;
  const [start, end] = span(ev, source);
  rendered.focused = source.nodes
    .filter((n, k) => source.starts[k]! < end && source.starts[k]! + n.data.length > start)
    .map((n) => n.parentElement)
    .filter((p): p is HTMLElement => !!p && p.tagName === 'MARK' && p.hasAttribute(MARK_ATTRIBUTE));
  for (const m of rendered.focused) m.setAttribute(MARK_ATTRIBUTE, MARK_FOCUS);
  return true;
}
