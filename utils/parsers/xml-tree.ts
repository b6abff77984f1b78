/**
 * A light, namespace-aware XML element tree built with saxes, shared by the eForms and TED XML parsers.
 * Pure (a string in, plain objects out). Security: saxes never fetches anything; documents whose DOCTYPE
 * declares entities are refused outright (billion laughs), and input over 50 MB is refused before parsing.
 */
import { SaxesParser } from 'saxes';
import { checkInputSize, NoticeParseError } from './errors';

export interface XmlElement {
  /** Local name, without prefix ("ProcurementProject" for cac:ProcurementProject). */
  name: string;
  /** Qualified name as written ("cac:ProcurementProject"). */
  qname: string;
  /** Namespace URI ("" when none). */
  uri: string;
  /** Attributes by local name (listName, languageID, schemeName, ...). */
  attrs: Record<string, string>;
  /** Child elements and text, in document order. */
  children: XmlNode[];
  parent: XmlElement | null;
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlNode = XmlElement | string;

/** Parses XML into an element tree; throws NoticeParseError with line and column when it is not well-formed. */
export function parseXmlTree(xml: string): XmlElement {
  checkInputSize(xml);
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];

  const appendText = (text: string) => {
    const top = stack[stack.length - 1];
    if (!top || text.length === 0) return; // text outside the root is whitespace or an error saxes reports
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  };

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new NoticeParseError('XML entity declarations are not allowed', { line: parser.line, column: parser.column });
    }
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      // xmlns declarations are not data
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.local] = a.value;
    }
    const parent = stack[stack.length - 1] ?? null;
    const el: XmlElement = { name: tag.local, qname: tag.name, uri: tag.uri, attrs, children: [], parent, line: parser.line };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  let lastClosed = '';
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    stack.pop();
  });
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('error', (err) => {
    let detail = describeSaxesError(err.message);
    if (/^unexpected close tag/.test(detail)) {
      // saxes does not name the tags: find them
      const closing = /<\/([^\s>]+)[^<]*$/.exec(source.slice(Math.max(0, parser.position - 300), parser.position))?.[1];
      // saxes pops (and reports closed) the open element before failing
      const open = lastClosed;
      if (closing) detail = `unexpected close tag </${closing}>${open ? ` (the open element is <${open}>)` : ''}`;
    }
    throw new NoticeParseError(`not well-formed XML at line ${parser.line}, column ${parser.column}: ${detail}`, {
      line: parser.line,
      column: parser.column,
    });
  });

  try {
    parser.write(source).close();
  } catch (e) {
    if (e instanceof NoticeParseError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new NoticeParseError(`not well-formed XML at line ${parser.line}, column ${parser.column}: ${describeSaxesError(message)}`, {
      line: parser.line,
      column: parser.column,
    });
  }
  if (!root) throw new NoticeParseError('not well-formed XML: the document has no root element');
  return root;
}

/** "12:5: unclosed tag: cbc:Name" → "unclosed tag <cbc:Name>". */
function describeSaxesError(message: string): string {
  const m = message.replace(/^(?:[^:\n]*:)?\d+:\d+:\s*/, '').trim();
  const unclosed = /^unclosed tag: (.+)$/.exec(m);
  if (unclosed) return `unclosed tag <${unclosed[1]}>`;
  return m.replace(/\.$/, '');
}

// ---- navigation helpers -------------------------------------------------------------------------------

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Child elements, optionally only those with the given local name. */
export function kids(el: XmlElement | null | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** First child element with the given local name. */
export function kid(el: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** Follows a path of local names through first children: path(root, 'A', 'B') = root/A[1]/B[1]. */
export function path(el: XmlElement | null | undefined, ...names: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el ?? undefined;
  for (const n of names) {
    cur = kid(cur, n);
    if (!cur) return undefined;
  }
  return cur;
}

/** Concatenated text of the element and its descendants, exactly as parsed (entities decoded). */
export function textOf(el: XmlElement | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') out += c;
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** Every descendant element (depth first, document order) for which `test` holds. */
export function findAll(el: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const cur = stack.pop()!;
    if (cur !== el && test(cur)) out.push(cur);
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i]!;
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return out;
}

/** Nearest ancestor (not the element itself) with the given local name. */
export function ancestor(el: XmlElement, name: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return p;
  return undefined;
}
