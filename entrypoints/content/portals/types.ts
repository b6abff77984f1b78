/** What a portal adapter is: URL patterns, where the notice sits, and a read-only extraction to a Notice. */
import type { Notice } from '../../../utils/notice';
import type { Steps } from '../slices';

/** Where a section's text came from in the page: its text nodes and each node's offset in the section text. */
export interface SectionSource {
  nodes: Text[];
  /** starts[i] is the offset of nodes[i]'s first character in the section's text. */
  starts: number[];
}

export interface Extraction {
  notice: Notice;
  /** By section id; lets the renderer turn evidence offsets into DOM ranges. */
  sources: Record<string, SectionSource>;
}

export interface PortalAdapter {
  id: string;
  name: string;
  /** WebExtension match patterns for the content script. */
  matches: string[];
  /** Real URLs: notices it must claim, and pages of the same site it must leave alone. */
  examples: { notices: string[]; others: string[] };
  /** True when the URL is a notice page of this portal. */
  isNotice(url: URL): boolean;
  /** Ordered fallbacks: the first selector that matches is the notice's root (wait for it on SPA pages). */
  rootSelectors: string[];
  /** Reads the page; never writes to it. Null when the page holds no notice after all. */
  extract(doc: Document, url: URL): Extraction | null;
  /**
   * The same reading as work in steps (slices.ts), where the adapter has it: the lens runs it in slices, so that a
   * very long notice never holds the page's main thread for long. `extract` runs it to the end at once.
   */
  read?(doc: Document, url: URL): Steps<Extraction | null>;
}
