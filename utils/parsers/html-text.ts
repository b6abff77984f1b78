/**
 * Rendering HTML text the way a reader sees it, shared by the generic HTML parser (html.ts) and the portal page
 * parser (portal-html.ts): which elements start a new line, and a sink that collapses whitespace.
 */

/** Elements that start a new line of text. */
export const BLOCK: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Accumulates rendered text: whitespace runs collapse to one space, block boundaries become line breaks. */
export class TextSink {
  private parts: string[] = [];
  text(s: string) {
    this.parts.push(s.replace(/[\s\u00a0]+/g, ' '));
  }
  newline() {
    this.parts.push('\n');
  }
  toString(): string {
    return this.parts
      .join('')
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
  }
}
