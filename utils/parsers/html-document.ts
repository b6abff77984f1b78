/**
 * htmlparser2's parseDocument, with a limit on how deep elements nest. htmlparser2 keeps its open elements in an
 * array it grows at the front (Array.prototype.unshift), so each start tag costs as much as the depth so far:
 * 200,000 nested <div>s took 47 s before the readers' own recursion overflowed the stack. Real pages nest about
 * 30 deep (the deepest saved portal page); a browser's own parser stops nesting at 512. Pure.
 */
import { DomHandler, Parser } from 'htmlparser2';
import type { Document } from 'domhandler';
import { NoticeParseError } from './errors';

/** Deepest element nesting accepted in an HTML page (the same limit as XML's). */
export const MAX_HTML_DEPTH = 1000;

/** The line and column of an offset (1-based), worked out only when there is an error. */
function positionOf(html: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = html.indexOf('\n'); nl !== -1 && nl < offset; nl = html.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

class DepthLimitedHandler extends DomHandler {
  private reader: { startIndex: number | null } | null = null;

  constructor(private readonly html: string) {
    super();
  }

  override onparserinit(parser: Parameters<DomHandler['onparserinit']>[0]): void {
    super.onparserinit(parser);
    this.reader = parser;
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    // tagStack holds the document too: its length is the depth the new element would be at
    if (this.tagStack.length > MAX_HTML_DEPTH) {
      const p = positionOf(this.html, this.reader?.startIndex ?? 0);
      throw new NoticeParseError(
        `HTML elements nested too deeply at line ${p.line}, column ${p.column}: <${name}> would be at depth ${this.tagStack.length} ` +
          `(the limit is ${MAX_HTML_DEPTH})`,
        p,
      );
    }
    super.onopentag(name, attribs);
  }
}

/** The page's DOM (htmlparser2, as parseDocument gives it); throws NoticeParseError past MAX_HTML_DEPTH. */
export function parseHtmlDocument(html: string): Document {
  const handler = new DepthLimitedHandler(html);
  new Parser(handler).end(html);
  return handler.root;
}
