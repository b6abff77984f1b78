/**
 * Parts of a notice the adapters do not read, found so that they become gaps of the Notice (what is not found is
 * then "uncertain" with the reason, never a silent "missing"):
 * - text inside a shadow root, open or closed: the adapters walk the page's own tree, which does not enter shadow
 *   roots, and a passage there could not be highlighted with the page's highlight styles anyway. A closed shadow
 *   root is invisible to page scripts; the content script sees it through `chrome.dom.openOrClosedShadowRoot`
 *   (Chromium) or `element.openOrClosedShadowRoot` (Firefox), given as `shadowRootOf`;
 * - frames (iframe, frame, object, embed) inside the notice: a frame from another site cannot be read at all
 *   (the browser forbids it), and the content script does not run in frames.
 * Read-only; nothing here writes to the page.
 */
import type { Steps } from './slices';

export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** Less text than this in a shadow root is a widget's label, not part of the notice. */
const MIN_TEXT = 20;
/** Elements visited between two yields. */
const ELEMENTS_PER_STEP = 256;
const FRAMES = new Set(['IFRAME', 'FRAME', 'OBJECT', 'EMBED']);

/** An element's shadow root, open or closed, as far as the browser lets the content script see it. */
export function browserShadowRootOf(): ShadowRootOf {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } }).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot === 'function') {
    const open = dom.openOrClosedShadowRoot.bind(dom);
    // it throws for an element that cannot host one (not an HTMLElement): then it has none
    return (el) => {
      try {
        return el.shadowRoot ?? open(el as HTMLElement);
      } catch {
        return null;
      }
    };
  }
  return (el) => el.shadowRoot ?? (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null;
}

const tagOf = (el: Element) => el.tagName.toLowerCase();
const isHidden = (el: Element) =>
  el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('width') === '0' || el.getAttribute('height') === '0';

function frameAddress(el: Element): string | null {
  const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
  if (!src.trim()) return null;
  try {
    return new URL(src, el.ownerDocument?.baseURI ?? location.href).origin;
  } catch {
    return null;
  }
}

/** Whether a frame's document can be read from here, and has text. */
function frameText(el: Element): 'none' | 'text' | 'unreadable' {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    if (!doc) return 'unreadable';
    return (doc.body?.textContent ?? '').trim() ? 'text' : 'none';
  } catch {
    return 'unreadable';
  }
}

/** The gaps for what `root` holds that is not read: one line per kind of part, naming the parts. */
export function* unreadPartSteps(root: Element, shadowRootOf: ShadowRootOf): Steps<string[]> {
  const shadows = new Map<string, { closed: boolean; chars: number }>();
  const frames: string[] = [];
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let visited = 0;
  for (let n = walker.currentNode as Element | null; n; n = walker.nextNode() as Element | null) {
    if (++visited % ELEMENTS_PER_STEP === 0) yield;
    if (FRAMES.has(n.tagName.toUpperCase())) {
      if (isHidden(n)) continue;
      const origin = frameAddress(n);
      const state = frameText(n);
      if (state === 'none') continue;
      const pageOrigin = (n.ownerDocument ?? document).location?.origin;
      frames.push(state === 'unreadable' && origin && origin !== pageOrigin ? `a frame from ${origin}` : `an embedded frame (<${tagOf(n)}>)`);
      continue;
    }
    const shadow = shadowRootOf(n);
    if (!shadow) continue;
    const chars = (shadow.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (chars < MIN_TEXT) continue;
    const key = `<${tagOf(n)}>`;
    const seen = shadows.get(key);
    shadows.set(key, { closed: (seen?.closed ?? false) || shadow.mode === 'closed', chars: (seen?.chars ?? 0) + chars });
  }
  const gaps: string[] = [];
  if (shadows.size) {
    const parts = [...shadows].map(([tag, s]) => `${tag} (${s.closed ? 'closed' : 'open'}, ${s.chars} characters)`);
    gaps.push(`part of the notice is inside shadow roots, which are not read: ${parts.join(', ')}`);
  }
  if (frames.length) {
    gaps.push(`part of the notice is in frames, which are not read: ${[...new Set(frames)].join(', ')}`);
  }
  return gaps;
}
