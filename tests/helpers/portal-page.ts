/**
 * For the portal adapter tests (happy-dom): load a demo page into the window's own document, and the checks every
 * adapter must pass (sections map back to the page; nothing read from the site's header, footer or cookie banner).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { rangeFromOffsets, sourceLength } from '../../entrypoints/content/text-map';
import type { Extraction, PortalAdapter } from '../../entrypoints/content/portals/types';

/** A demo page of tests/fixtures/html/ (vitest runs from the repository root). */
export const fixture = (path: string): string => readFileSync(resolve(process.cwd(), 'tests/fixtures/html', path), 'utf8');

/**
 * Loads a page into the test's document (not a DOMParser document: happy-dom's Range.toString() only works in the
 * window's own document). Scripts do not run (innerHTML): see runInlineScripts.
 */
export function load(html: string): Document {
  // happy-dom would try (and fail, noisily) to fetch the pages' stylesheets and scripts: they play no part here
  const offline = html.replace(/<link\b[^>]*\brel="stylesheet"[^>]*>/gi, '').replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*>\s*<\/script>/gi, '');
  const parsed = new DOMParser().parseFromString(offline, 'text/html');
  const el = document.documentElement;
  for (const a of Array.from(el.attributes)) el.removeAttribute(a.name);
  for (const a of Array.from(parsed.documentElement.attributes)) el.setAttribute(a.name, a.value);
  el.innerHTML = parsed.documentElement.innerHTML;
  return document;
}

export function extract(adapter: PortalAdapter, html: string, url: string): Extraction {
  const x = adapter.extract(load(html), new URL(url));
  if (!x) throw new Error(`${adapter.id}: no extraction`);
  return x;
}

export const allText = (x: Extraction): string => x.notice.sections.map((s) => `${s.label}\n${s.text}`).join('\n');
export const byLabel = (x: Extraction, label: string) => x.notice.sections.filter((s) => s.label === label);

/**
 * Every section's text is exactly what its recorded text nodes say, each node maps back to a DOM range reading
 * its own text, and (unless the section skipped page furniture inside its nodes' span) the whole section does too.
 */
export function expectSourcesMatch(x: Extraction, { wholeRange = true } = {}): void {
  const ids = x.notice.sections.map((s) => s.id);
  expect(new Set(ids).size, 'unique section ids').toBe(ids.length);
  for (const s of x.notice.sections) {
    const source = x.sources[s.id];
    expect(source, s.id).toBeDefined();
    expect(sourceLength(source!), s.id).toBe(s.text.length);
    source!.nodes.forEach((node, i) => {
      const start = source!.starts[i]!;
      expect(s.text.slice(start, start + node.data.length), `${s.id} node ${i}`).toBe(node.data);
      expect(rangeFromOffsets(source!, start, start + node.data.length)?.toString(), `${s.id} node ${i}`).toBe(node.data);
    });
    if (wholeRange) expect(rangeFromOffsets(source!, 0, s.text.length)?.toString(), s.id).toBe(s.text);
  }
}

/** None of the words of the page's header, menus, cookie banner and footer appear in any section or label. */
export function expectNoChrome(x: Extraction, traps: readonly string[]): void {
  const text = allText(x);
  for (const trap of traps) expect(text, trap).not.toContain(trap);
}
