/**
 * The renderer: the only code that touches the portal page. It paints the evidence of present criteria with
 * the CSS Custom Highlight API, which styles ranges without adding a node, so the page's layout, text and
 * scripts are left as they were (no <mark>, no wrapper, nothing for the portal's framework to trip on).
 * The style is `::highlight(tender-lens-present)` in style.css, shipped through the manifest so that a
 * page's Content-Security-Policy cannot block it.
 *
 * Where the API is missing (Firefox before 140, old Chromium) nothing is shown and 0 is returned; the popup
 * still lists the evidence. Scrolling to evidence works either way.
 */
import type { Evidence, Report } from '../../utils/report';
import type { Extraction } from './portals/types';
import { rangeFromOffsets, sourceLength } from './text-map';

export const HIGHLIGHT_PRESENT = 'tender-lens-present';
/** The passage the user asked to see (popup → "show"). */
export const HIGHLIGHT_FOCUS = 'tender-lens-focus';

/** What was rendered last, so that the popup can ask to scroll to any criterion's evidence. */
let rendered: { report: Report; extraction: Extraction } | null = null;
let noted = false;

function registry(): HighlightRegistry | null {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight !== 'function') {
    if (!noted) console.debug('[Tender Lens] CSS Custom Highlight API not available: evidence is listed, not highlighted');
    noted = true;
    return null;
  }
  return CSS.highlights;
}

/** Text evidence: its passage. Field evidence: the whole section that shows the field (its code label). */
export function rangeOfEvidence(ev: Evidence, extraction: Extraction): Range | null {
  const source = extraction.sources[ev.section];
  if (!source) return null; // "field:BT-xx" (not shown on the page), or a section this page does not have
  return ev.kind === 'field' ? rangeFromOffsets(source, 0, sourceLength(source)) : rangeFromOffsets(source, ev.start, ev.end);
}

/** Highlights the evidence of every present criterion; returns how many distinct ranges are highlighted. */
export function renderHighlights(report: Report, extraction: Extraction): number {
  rendered = { report, extraction };
  const reg = registry();
  if (!reg) return 0;
  const seen = new Set<string>();
  const ranges: Range[] = [];
  for (const result of report.results) {
    if (result.outcome !== 'present') continue;
    for (const ev of result.evidence) {
      const key = ev.kind === 'field' ? ev.section : `${ev.section}:${ev.start}:${ev.end}`;
      if (seen.has(key)) continue;
      const range = rangeOfEvidence(ev, extraction);
      if (!range) continue;
      seen.add(key);
      ranges.push(range);
    }
  }
  reg.delete(HIGHLIGHT_FOCUS);
  if (ranges.length) reg.set(HIGHLIGHT_PRESENT, new Highlight(...ranges));
  else reg.delete(HIGHLIGHT_PRESENT);
  return ranges.length;
}

export function clearHighlights(): void {
  rendered = null;
  const reg = registry();
  reg?.delete(HIGHLIGHT_PRESENT);
  reg?.delete(HIGHLIGHT_FOCUS);
}

/** Scrolls the page to a criterion's evidence (index into its evidence list); false when it is not on the page. */
export function scrollToEvidence(criterionId: string, index: number): boolean {
  if (!rendered) return false;
  const ev = rendered.report.results.find((r) => r.id === criterionId)?.evidence[index];
  const range = ev ? rangeOfEvidence(ev, rendered.extraction) : null;
  if (!range) return false;
  const rect = range.getBoundingClientRect();
  if (rect.width || rect.height) {
    const margin = Math.max(0, (window.innerHeight - rect.height) / 2);
    window.scrollTo({ top: Math.max(0, window.scrollY + rect.top - margin), behavior: 'smooth' });
  } else {
    // No layout box (a collapsed or hidden ancestor): let the browser find the element.
    const el = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  registry()?.set(HIGHLIGHT_FOCUS, new Highlight(range));
  return true;
}
