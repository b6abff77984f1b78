/**
 * A light, namespace-aware XML reader, shared by the eForms and TED XML parsers: a strict, non-validating
 * XML 1.0 + Namespaces reader in plain TypeScript. Pure (a string in, tables and plain objects out).
 *
 * How it reads, in one forward pass over the string, with native string searches doing the scanning:
 * - markup is found with indexOf('<'); what lies between is text, which is not copied: an element keeps the
 *   offsets of its tags, and its text is sliced from the source when a reader asks for it. A text is checked for
 *   "]]>" and its references validated while reading (both found with one native search each, searched again only
 *   once passed); characters XML does not allow are found by one search of the whole document (one search per
 *   control character for a document of one-byte characters), or, with textCheck 'read', in each text when read;
 * - a start tag is read in place: its name is usually the one that followed the same previous tag last time
 *   (documents repeat their sequences of elements), checked with one comparison; otherwise it is scanned and
 *   looked up in a per-document table of names, which holds each name once with its prefix, local part and
 *   namespace URI (cached per namespace scope). Attribute names are guessed and looked up the same way. An end
 *   tag is compared in place with the open element's name. Comments, CDATA sections and processing
 *   instructions end at a native search for their terminator;
 * - the document is a few typed arrays, one row per element in document order (see XmlDocument); readers walk
 *   the rows (eforms.ts) or see elements through views made when asked for (XmlElement, ted-xml.ts);
 * - line numbers are worked out only when asked for (an element's line, an error's position); malformed markup
 *   is re-read by a slower diagnosing path that names the problem and the tags involved.
 * There is no recursion (here or in the helpers below): open elements are an array, at most
 * {@link MAX_XML_DEPTH} deep.
 *
 * Security: nothing is ever fetched (external DTDs and external entities are never read); a DOCTYPE that
 * declares entities is refused (billion laughs); only the five predefined entities and numeric character
 * references are expanded; input over 50 MB is refused before any parsing (checkInputSize); no input can make
 * the work grow faster than its size (names hash with a per-document seed; duplicate attributes are found
 * with a Set on tags with many of them).
 */
import { checkInputSize, NoticeParseError } from './errors';

export interface XmlElement {
  /** Local name, without prefix ("ProcurementProject" for cac:ProcurementProject). */
  readonly name: string;
  /** Qualified name as written ("cac:ProcurementProject"). */
  readonly qname: string;
  /** Namespace URI ("" when none). */
  readonly uri: string;
  /** Attributes by local name (listName, languageID, schemeName, ...). Read-only: childless and attribute-less elements share one. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Child elements and text, in document order. */
  readonly children: readonly XmlNode[];
  readonly parent: XmlElement | null;
  /** 1-based line of the start tag (the line of its "<"). */
  readonly line: number;
}

export type XmlNode = XmlElement | string;

/** Deepest element nesting accepted (eForms notices nest about 15 deep). */
export const MAX_XML_DEPTH = 1000;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

// ---- lexical classes (XML 1.0 fifth edition) ----------------------------------------------------------
// Supplementary characters (U+10000–U+EFFFF) appear as surrogate pairs: high D800–DB7F then low DC00–DFFF.
const NAME_START =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F' +
  '\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\uD800-\\uDB7F\\uDC00-\\uDFFF';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`;
const NAME = `[${NAME_START}][${NAME_CHAR}]*`;
/** XML white space (carriage returns are normalised to line feeds before parsing). */
const S = '[ \\t\\n]';
/** Characters XML never allows, in any context (U+FFFE, U+FFFF, C0 controls but tab and line feed). */
const NOT_CHAR = '\\0-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF';

const END_TAG = new RegExp(`</(${NAME})${S}*>`, 'y');
const NAME_AT = new RegExp(NAME, 'y');
const SPACES = new RegExp(`${S}*`, 'y');
const IS_SPACE = /^[ \t\n]$/;
/** A reference: 1 = hexadecimal, 2 = decimal character reference, 3 = entity name. */
const REF = new RegExp(`&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(${NAME}));`, 'y');
/** A character XML does not allow, a lone surrogate included. */
const BAD_CHAR = new RegExp(`[${NOT_CHAR}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`);
/** Any character BAD_CHAR may find, surrogates included (one class: a fast search of the whole document). */
const MAYBE_BAD_CHAR = new RegExp(`[${NOT_CHAR}\\uD800-\\uDFFF]`);
/** A character above U+00FF (for a string the engine stores one byte per character, answered without reading it). */
const WIDE_CHAR = /[^\0-\xFF]/;
/** The C0 controls XML does not allow (carriage returns are normalised before the search). */
const BAD_CONTROLS = Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)).filter((c) => !'\t\n\r'.includes(c));

/**
 * Whether src may hold a character XML does not allow. In a string of characters up to U+00FF only the C0
 * controls can be such a character, and one native search per control (vectorised) is about twice as fast as
 * one pass of a character-class expression over a large document.
 */
function mayHoldBadChar(src: string): boolean {
  if (WIDE_CHAR.test(src)) return MAYBE_BAD_CHAR.test(src);
  for (const c of BAD_CONTROLS) if (src.indexOf(c) !== -1) return true;
  return false;
}
const XML_DECL = new RegExp(
  `<\\?xml${S}+version${S}*=${S}*(?:"1\\.[0-9]+"|'1\\.[0-9]+')` +
    `(?:${S}+encoding${S}*=${S}*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?` +
    `(?:${S}+standalone${S}*=${S}*(?:"(?:yes|no)"|'(?:yes|no)'))?${S}*\\?>`,
  'y',
);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const NL = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const AMP = 0x26;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Namespace bindings in scope: prefix ("" for the default namespace) → URI, inheriting through the prototype. */
type Scope = Record<string, string>;
const DOCUMENT_SCOPE: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NS, xmlns: XMLNS_NS });

/** The attrs of every element without attributes: one frozen empty object (the tree is read-only). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
/** The children of every element without any. */
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

/** From this many attributes on, duplicates are found with a Set rather than by comparing each pair. */
const MANY_ATTRIBUTES = 16;

/** Flag of an element whose own text holds a reference, a comment, a CDATA section or a processing instruction. */
const MIXED_TEXT = 1;

/**
 * A parsed document as tables of numbers: one row per element, in document order: an element's descendants are
 * the rows right after it, up to its `end`, so its first child is the next row and a child's next sibling is the
 * child's end. Texts are not stored:
 * an element's text is the source between its tags (offsets kept per element), sliced when asked for. A large
 * notice then costs a few typed arrays instead of tens of thousands of objects, which the garbage collector
 * would copy as the tree grows. Readers walk the rows (see eforms.ts) or see elements through {@link Element}
 * views, made when first asked for.
 */
export class XmlDocument {
  parent: Int32Array<ArrayBuffer>;
  /** index in `names` */
  name: Int32Array<ArrayBuffer>;
  /** offset of the start tag's "<" (the line is worked out when asked for) */
  start: Int32Array<ArrayBuffer>;
  /** offset after the start tag's ">" */
  contentStart: Int32Array<ArrayBuffer>;
  /** offset of the end tag's "<" (= contentStart for an empty-element tag) */
  contentEnd: Int32Array<ArrayBuffer>;
  /** offset after the end tag's ">" */
  outerEnd: Int32Array<ArrayBuffer>;
  /** the row after the element's last descendant */
  end: Int32Array<ArrayBuffer>;
  /** first attribute row and how many */
  attrStart: Int32Array<ArrayBuffer>;
  attrCount: Int32Array<ArrayBuffer>;
  /** index in `uris` */
  uri: Int32Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  count = 0;
  root = -1;
  /** texts are checked for characters XML does not allow when they are read (see parseXmlDocument) */
  checkTextWhenRead = false;
  /** offsets of the line feeds, made when a line is first asked for */
  private lineFeeds: Int32Array | null = null;
  // attribute rows (namespace declarations not included)
  attrName = new Int32Array(256);
  /** the element an attribute row belongs to (rows are in document order of their elements) */
  attrOwner = new Int32Array(256);
  /** value: src[attrA, attrB) when attrB >= 0, else texts[attrA] */
  attrA = new Int32Array(256);
  attrB = new Int32Array(256);
  attrRows = 0;
  readonly names: Name[] = [];
  readonly uris: string[] = [];
  /** attribute values with references decoded or white space normalised */
  readonly texts: string[] = [];
  /** local name → id (the same for cbc:ID and efbc:ID), for readers that compare names as numbers */
  private readonly localIds = new Map<string, number>();
  /** local-name id of each entry of `names` */
  localOfName: number[] = [];
  private views = new Map<number, Element>();

  constructor(
    readonly src: string,
    capacity: number,
  ) {
    this.parent = new Int32Array(capacity);
    this.name = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.contentStart = new Int32Array(capacity);
    this.contentEnd = new Int32Array(capacity);
    this.outerEnd = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.attrStart = new Int32Array(capacity);
    this.attrCount = new Int32Array(capacity);
    this.uri = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** 1-based line of offset `at`. */
  lineOf(at: number): number {
    if (!this.lineFeeds) {
      const feeds: number[] = [];
      for (let nl = this.src.indexOf('\n'); nl !== -1; nl = this.src.indexOf('\n', nl + 1)) feeds.push(nl);
      this.lineFeeds = Int32Array.from(feeds);
    }
    // the number of line feeds before `at`, plus one
    const f = this.lineFeeds;
    let lo = 0;
    let hi = f.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  /** The index in `names` of an interned name (given one the first time an element or attribute uses it). */
  nameIndex(n: Name): number {
    if (n.index !== -1) return n.index;
    let local = this.localIds.get(n.local);
    if (local === undefined) this.localIds.set(n.local, (local = this.localIds.size));
    this.localOfName.push(local);
    return (n.index = this.names.push(n) - 1);
  }

  addElement(parent: number, name: number, lt: number): number {
    const i = this.count;
    if (i === this.parent.length) this.growRows();
    this.parent[i] = parent;
    this.name[i] = name;
    this.start[i] = lt;
    this.count = i + 1;
    return i;
  }

  addAttribute(owner: number, name: number, a: number, b: number): void {
    const i = this.attrRows;
    if (i === this.attrName.length) {
      this.attrName = grow(this.attrName);
      this.attrOwner = grow(this.attrOwner);
      this.attrA = grow(this.attrA);
      this.attrB = grow(this.attrB);
    }
    this.attrName[i] = name;
    this.attrOwner[i] = owner;
    this.attrA[i] = a;
    this.attrB[i] = b;
    this.attrRows = i + 1;
  }

  private growRows(): void {
    this.parent = grow(this.parent);
    this.name = grow(this.name);
    this.start = grow(this.start);
    this.contentStart = grow(this.contentStart);
    this.contentEnd = grow(this.contentEnd);
    this.outerEnd = grow(this.outerEnd);
    this.end = grow(this.end);
    this.attrStart = grow(this.attrStart);
    this.attrCount = grow(this.attrCount);
    this.uri = grow(this.uri);
    const f = new Uint8Array(this.flags.length * 2);
    f.set(this.flags);
    this.flags = f;
  }

  // ---- reading rows ------------------------------------------------------------------------------------

  /** Local name of element i. */
  local(i: number): string {
    return this.names[this.name[i]!]!.local;
  }

  /** Qualified name of element i, as written. */
  qname(i: number): string {
    return this.names[this.name[i]!]!.qname;
  }

  /** The id of a local name in this document (-1 when no element or attribute has it): compare with localId(i). */
  localIdOf(local: string): number {
    return this.localIds.get(local) ?? -1;
  }

  /** The local-name id of element i. */
  localId(i: number): number {
    return this.localOfName[this.name[i]!]!;
  }

  /** First child of element i whose local-name id is `id` (-1 when none). */
  child(i: number, id: number): number {
    if (i < 0) return -1;
    for (let c = i + 1, end = this.end[i]!; c < end; c = this.end[c]!) if (this.localOfName[this.name[c]!] === id) return c;
    return -1;
  }

  /** Children of element i whose local-name id is `id`. */
  childrenWith(i: number, id: number): number[] {
    const out: number[] = [];
    if (i < 0) return out;
    for (let c = i + 1, end = this.end[i]!; c < end; c = this.end[c]!) if (this.localOfName[this.name[c]!] === id) out.push(c);
    return out;
  }

  /** The value of element i's attribute with this local name (the later one when two prefixes share it). */
  attr(i: number, local: string): string | undefined {
    if (i < 0) return undefined;
    let value: string | undefined;
    for (let r = this.attrStart[i]!, end = r + this.attrCount[i]!; r < end; r++) {
      if (this.names[this.attrName[r]!]!.local === local) value = this.attrValue(r);
    }
    return value;
  }

  /** The row of element i's attribute whose local-name id is `id` (-1: none; the later one when two share it). */
  attrRowWithId(i: number, id: number): number {
    let row = -1;
    for (let r = this.attrStart[i]!, end = r + this.attrCount[i]!; r < end; r++) if (this.localOfName[this.attrName[r]!] === id) row = r;
    return row;
  }

  /** Length and first character of an attribute's value, read without making the value's string. */
  attrValueLength(row: number): number {
    const b = this.attrB[row]!;
    return b >= 0 ? b - this.attrA[row]! : this.texts[this.attrA[row]!]!.length;
  }
  attrValueFirstChar(row: number): number {
    const b = this.attrB[row]!;
    return b >= 0 ? (b > this.attrA[row]! ? this.src.charCodeAt(this.attrA[row]!) : NaN) : this.texts[this.attrA[row]!]!.charCodeAt(0);
  }

  /** The elements with an attribute whose local-name id is `id`, in document order (read on the attribute rows). */
  elementsWithAttr(id: number): number[] {
    const out: number[] = [];
    if (id < 0) return out;
    const { attrName, attrOwner, localOfName } = this;
    for (let r = 0, n = this.attrRows; r < n; r++) {
      if (localOfName[attrName[r]!] !== id) continue;
      const owner = attrOwner[r]!;
      if (out.length === 0 || out[out.length - 1] !== owner) out.push(owner);
    }
    return out;
  }

  /** Whether element i has an attribute whose local-name id is `id`. */
  hasAttrWithId(i: number, id: number): boolean {
    for (let r = this.attrStart[i]!, end = r + this.attrCount[i]!; r < end; r++) if (this.localOfName[this.attrName[r]!] === id) return true;
    return false;
  }

  /** Whether element i has an attribute with this local name. */
  hasAttr(i: number, local: string): boolean {
    for (let r = this.attrStart[i]!, end = r + this.attrCount[i]!; r < end; r++) {
      if (this.names[this.attrName[r]!]!.local === local) return true;
    }
    return false;
  }

  attrValue(row: number): string {
    const b = this.attrB[row]!;
    return b >= 0 ? this.src.slice(this.attrA[row]!, b) : this.texts[this.attrA[row]!]!;
  }

  /** The concatenated text of element i and its descendants, references decoded ("" for i = -1). */
  text(i: number): string {
    if (i < 0) return '';
    const end = this.end[i]!;
    // the usual leaf: its content is its text
    if (end === i + 1) return this.between(i, this.contentStart[i]!, this.contentEnd[i]!);
    // the text between the tags of every descendant, in document order: the open descendants on a stack
    let out = '';
    let at = this.contentStart[i]!;
    let owner = i;
    const open: number[] = [];
    for (let r = i + 1; r < end; r++) {
      while (open.length > 0 && this.end[open[open.length - 1]!]! <= r) {
        const t = open.pop()!;
        out += this.between(t, at, this.contentEnd[t]!);
        at = this.outerEnd[t]!;
        owner = this.parent[t]!;
      }
      out += this.between(owner, at, this.start[r]!);
      at = this.contentStart[r]!;
      owner = r;
      open.push(r);
    }
    while (open.length > 0) {
      const t = open.pop()!;
      out += this.between(t, at, this.contentEnd[t]!);
      at = this.outerEnd[t]!;
    }
    return out + this.between(i, at, this.contentEnd[i]!);
  }

  /** Element i's own text that lies in src[from, to) (no tag of an element in it). */
  between(i: number, from: number, to: number): string {
    if (from >= to) return '';
    const raw = this.src.slice(from, to);
    if (this.checkTextWhenRead && MAYBE_BAD_CHAR.test(raw)) checkChars(this.src, from, to);
    return (this.flags[i]! & MIXED_TEXT) === 0 ? raw : markedText(this.src, from, to);
  }

  /** The view of element i: one per element, so that the same element is always the same object. */
  view(i: number): Element {
    let v = this.views.get(i);
    if (v === undefined) this.views.set(i, (v = new Element(this, i)));
    return v;
  }
}

/**
 * The text in src[from, to) of an element whose text holds references, comments, CDATA sections or processing
 * instructions (the document is well-formed: checked when it was parsed).
 */
function markedText(src: string, from: number, to: number): string {
  let out = '';
  let at = from;
  while (at < to) {
    let lt = src.indexOf('<', at);
    if (lt === -1 || lt > to) lt = to;
    if (lt > at) {
      const t = src.slice(at, lt);
      out += t.indexOf('&') === -1 ? t : decodeReferences(src, t, at);
    }
    if (lt === to) break;
    if (src.startsWith('<![CDATA[', lt)) {
      const close = src.indexOf(']]>', lt + 9);
      out += src.slice(lt + 9, close);
      at = close + 3;
    } else if (src.startsWith('<!--', lt)) at = src.indexOf('-->', lt + 4) + 3;
    else at = src.indexOf('?>', lt + 2) + 2; // a processing instruction
  }
  return out;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** An element of a parsed document: a view of its row, its parts read when asked for. */
class Element implements XmlElement {
  private attrsCache: Readonly<Record<string, string>> | undefined;
  private childrenCache: readonly XmlNode[] | undefined;
  constructor(
    readonly doc: XmlDocument,
    readonly index: number,
  ) {}

  get name(): string {
    return this.doc.local(this.index);
  }
  get qname(): string {
    return this.doc.names[this.doc.name[this.index]!]!.qname;
  }
  get uri(): string {
    return this.doc.uris[this.doc.uri[this.index]!]!;
  }
  get line(): number {
    return this.doc.lineOf(this.doc.start[this.index]!);
  }
  get parent(): XmlElement | null {
    const p = this.doc.parent[this.index]!;
    return p < 0 ? null : this.doc.view(p);
  }
  get attrs(): Readonly<Record<string, string>> {
    if (this.attrsCache) return this.attrsCache;
    const { doc, index } = this;
    const n = doc.attrCount[index]!;
    if (n === 0) return (this.attrsCache = NO_ATTRIBUTES);
    const attrs: Record<string, string> = {};
    // when two have one local name (x and p:x), the later one is kept
    for (let r = doc.attrStart[index]!, end = r + n; r < end; r++) attrs[doc.names[doc.attrName[r]!]!.local] = doc.attrValue(r);
    return (this.attrsCache = Object.freeze(attrs));
  }
  /** The value of the attribute with this local name, without making the attrs object. */
  attr(local: string): string | undefined {
    return this.doc.attr(this.index, local);
  }
  get children(): readonly XmlNode[] {
    if (this.childrenCache) return this.childrenCache;
    const { doc, index } = this;
    const out: XmlNode[] = [];
    // the text before each child element, then the text after the last one
    let at = doc.contentStart[index]!;
    for (let c = index + 1, end = doc.end[index]!; c < end; c = doc.end[c]!) {
      const t = doc.between(index, at, doc.start[c]!);
      if (t !== '') out.push(t);
      out.push(doc.view(c));
      at = doc.outerEnd[c]!;
    }
    const t = doc.between(index, at, doc.contentEnd[index]!);
    if (t !== '') out.push(t);
    return (this.childrenCache = out.length ? Object.freeze(out) : NO_CHILDREN);
  }
}

/** Parses XML into an element tree; throws NoticeParseError with line and column when it is not well-formed. */
export function parseXmlTree(xml: string): XmlElement {
  const doc = parseXmlDocument(xml);
  return doc.view(doc.root);
}

/**
 * How a parse checks texts for characters XML does not allow (a C0 control, a lone surrogate, U+FFFE/U+FFFF):
 * 'all' before it returns, like any XML parser; 'read' only the texts a reader asks for, each when it is read
 * (comments, CDATA sections, processing instructions, attribute values and names are still checked while parsing).
 * 'read' saves a search of the whole document; a reader that uses it takes a notice with such a character in a
 * part it never reads (an address line, a code) instead of refusing the whole notice for it.
 */
export type TextCheck = 'all' | 'read';

/** Parses XML into its tables (see {@link XmlDocument}); throws NoticeParseError with line and column when it is not well-formed. */
export function parseXmlDocument(xml: string, opts: { textCheck?: TextCheck } = {}): XmlDocument {
  checkInputSize(xml);
  let src = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  // end-of-line handling (XML 1.0 §2.11): CR LF and lone CR become LF; line and column positions are unchanged
  if (src.indexOf('\r') !== -1) src = src.replace(/\r\n?/g, '\n');
  const len = src.length;
  hashSeed = (Math.random() * 0x100000000) | 0;
  const names = new NameTable(src);
  // about one element per 65 characters in notices: sized once, grown at most once or twice
  const doc = new XmlDocument(src, Math.max(256, len >> 6));
  const uriIndex = new Map<string, number>();
  const indexOfUri = (u: string) => {
    let i = uriIndex.get(u);
    if (i === undefined) uriIndex.set(u, (i = doc.uris.push(u) - 1));
    return i;
  };
  // Characters XML never allows: one search of the whole document; only when there is one are texts checked one
  // by one, so that the error names the first in document order. With textCheck 'read', texts are checked when
  // read, and comments and CDATA sections (rare) each on its own.
  const whenRead = opts.textCheck === 'read';
  doc.checkTextWhenRead = whenRead;
  const checkText = !whenRead && mayHoldBadChar(src);
  const checkMarkup = whenRead || checkText;

  /** The innermost open element (-1 before the root and after it is closed). */
  let top = -1;
  let depth = 0;
  let scope = DOCUMENT_SCOPE;
  /** The scope of each open element's parent, to restore when it closes. */
  const scopes: Scope[] = [];
  let sawDoctype = false;
  /** The Name of each open element, outermost first. */
  const openNames: Name[] = [];
  // The previous tag, to guess the next start tag's name: documents repeat the same sequences of elements.
  let prevName: Name | null = null;
  let prevEnd = false;
  const qnameOf = (el: number) => doc.names[doc.name[el]!]!.qname;

  // the next '&' and the next ']]>' at or after the current text, searched again only once passed
  let nextAmp = -1;
  let nextCdataEnd = -1;

  // the attributes of the start tag being read
  const attrNames: Name[] = [];
  const attrValueStart: number[] = [];
  const attrValueEnd: number[] = [];
  const attrHeld: (string | null)[] = [];
  const attrAt: number[] = [];

  let pos = 0;
  while (pos < len) {
    let lt = src.indexOf('<', pos);
    if (lt === -1) lt = len;

    // ---- text --------------------------------------------------------------------------------------
    if (lt > pos) {
      if (top === -1) {
        SPACES.lastIndex = pos;
        SPACES.test(src);
        if (SPACES.lastIndex < lt) {
          fail(src, SPACES.lastIndex, doc.root === -1 ? 'text before the root element' : `text after the end of the root element </${qnameOf(doc.root)}>`);
        }
      } else {
        if (checkText) checkChars(src, pos, lt);
        if (nextCdataEnd < pos) {
          nextCdataEnd = src.indexOf(']]>', pos);
          if (nextCdataEnd === -1) nextCdataEnd = len;
        }
        if (nextCdataEnd < lt) fail(src, nextCdataEnd, `"]]>" is not allowed in text (inside <${qnameOf(top)}>)`);
        if (nextAmp < pos) {
          nextAmp = src.indexOf('&', pos);
          if (nextAmp === -1) nextAmp = len;
        }
        if (nextAmp < lt) {
          // checked here, decoded when the text is read
          decodeReferences(src, src.slice(pos, lt), pos);
          doc.flags[top] = doc.flags[top]! | MIXED_TEXT;
        }
      }
    }
    if (lt === len) break;

    const next = src.charCodeAt(lt + 1);
    if (next === SLASH) {
      // ---- end tag: compared in place with the open element's name --------------------------------------
      let gt = -1;
      if (top !== -1) {
        const q = openNames[openNames.length - 1]!.qname;
        // (indexOf is the fastest exact comparison here; it searches further only when the tag does not match)
        if (src.indexOf(q, lt + 2) === lt + 2) {
          let i = lt + 2 + q.length;
          let c = src.charCodeAt(i);
          while (c === SPACE || c === NL || c === TAB) c = src.charCodeAt(++i);
          if (c === GT) gt = i;
        }
      }
      if (gt === -1) {
        END_TAG.lastIndex = lt;
        const m = END_TAG.exec(src);
        if (m === null) diagnoseEndTag(src, lt);
        const name = m[1]!;
        const at = END_TAG.lastIndex - 1;
        if (top === -1) {
          fail(src, at, `unexpected close tag </${name}> (${doc.root === -1 ? 'no element is open' : `the root element </${qnameOf(doc.root)}> is already closed`})`);
        }
        fail(src, at, `unexpected close tag </${name}> (the open element is <${qnameOf(top)}>)`);
      }
      prevName = openNames.pop()!;
      prevEnd = true;
      doc.contentEnd[top] = lt;
      doc.outerEnd[top] = gt + 1;
      doc.end[top] = doc.count;
      top = doc.parent[top]!;
      scope = scopes.pop()!;
      depth--;
      pos = gt + 1;
    } else if (next === BANG) {
      if (src.startsWith('<!--', lt)) {
        // ---- comment (dropped) --------------------------------------------------------------------------
        const dashes = src.indexOf('--', lt + 4);
        if (dashes === -1) fail(src, lt, 'unterminated comment: <!-- has no matching -->');
        if (src.charCodeAt(dashes + 2) !== GT) fail(src, dashes, '"--" is not allowed inside a comment');
        if (checkMarkup) checkChars(src, lt + 4, dashes);
        if (top !== -1) doc.flags[top] = doc.flags[top]! | MIXED_TEXT;
        pos = dashes + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        // ---- CDATA section: text, as is -----------------------------------------------------------------
        if (top === -1) fail(src, lt, 'CDATA section outside the root element');
        const end = src.indexOf(']]>', lt + 9);
        if (end === -1) fail(src, lt, `unterminated CDATA section in <${qnameOf(top)}>: <![CDATA[ has no matching ]]>`);
        if (checkMarkup) checkChars(src, lt + 9, end);
        doc.flags[top] = doc.flags[top]! | MIXED_TEXT;
        pos = end + 3;
      } else if (src.startsWith('<!DOCTYPE', lt)) {
        // ---- document type declaration -----------------------------------------------------------------
        if (doc.root !== -1 || sawDoctype) fail(src, lt, 'misplaced DOCTYPE declaration: it must come once, before the root element');
        sawDoctype = true;
        pos = readDoctype(src, lt);
      } else {
        fail(src, lt, 'malformed markup: "<!" must start a comment <!--, a CDATA section <![CDATA[ or <!DOCTYPE');
      }
    } else if (next === QUESTION) {
      // ---- processing instruction (dropped) or XML declaration -------------------------------------------
      pos = readProcessingInstruction(src, lt);
      if (top !== -1) doc.flags[top] = doc.flags[top]! | MIXED_TEXT;
    } else {
      // ---- start tag or empty-element tag ----------------------------------------------------------------
      // the name: the one that followed the previous tag last time, when it is there, else scanned and looked up
      let name: Name | null = prevName === null ? null : prevEnd ? prevName.afterEnd : prevName.afterStart;
      let nameEnd = name === null ? 0 : lt + 1 + name.qname.length;
      // (a slice compared with === is about twice as fast as startsWith here)
      if (name === null || !endsName(src.charCodeAt(nameEnd)) || src.slice(lt + 1, nameEnd) !== name.qname) {
        nameEnd = scanName(src, lt + 1);
        if (nameEnd === lt + 1) diagnoseStartTag(src, lt);
        name = names.get(lt + 1, nameEnd, scannedHash);
        if (prevName !== null) {
          if (prevEnd) prevName.afterEnd = name;
          else prevName.afterStart = name;
        }
      }
      if (top === -1 && doc.root !== -1) {
        fail(src, lt, `a second root element <${name.qname}> after </${qnameOf(doc.root)}> (a document has exactly one root element)`);
      }
      if (depth >= MAX_XML_DEPTH) {
        fail(src, lt, `elements nested too deeply: <${name.qname}> would be at depth ${depth + 1} (the limit is ${MAX_XML_DEPTH})`);
      }
      if (name.declares) fail(src, lt + 1, `element names may not use the prefix "xmlns" (<${name.qname}>)`);

      // attributes, read in place
      let elementScope = scope;
      let count = 0;
      let empty = false;
      let i = nameEnd;
      let prevAttr: Name | null = null;
      let seenAttrs: Set<Name> | undefined;
      for (;;) {
        let c = src.charCodeAt(i);
        const spaceStart = i;
        while (c === SPACE || c === NL || c === TAB) c = src.charCodeAt(++i);
        if (c === GT) {
          i++;
          break;
        }
        if (c === SLASH && src.charCodeAt(i + 1) === GT) {
          i += 2;
          empty = true;
          break;
        }
        if (i === spaceStart) diagnoseStartTag(src, lt);
        const attrStart = i;
        // the name: guessed like the element's
        let attr: Name | null = prevAttr === null ? name.firstAttr : prevAttr.nextAttr;
        let attrEnd = attr === null ? 0 : i + attr.qname.length;
        if (attr === null || !endsName(src.charCodeAt(attrEnd)) || src.slice(i, attrEnd) !== attr.qname) {
          attrEnd = scanName(src, i);
          if (attrEnd === i) diagnoseStartTag(src, lt);
          attr = names.get(i, attrEnd, scannedHash);
          if (prevAttr === null) name.firstAttr = attr;
          else prevAttr.nextAttr = attr;
        }
        prevAttr = attr;
        i = attrEnd;
        c = src.charCodeAt(i);
        while (c === SPACE || c === NL || c === TAB) c = src.charCodeAt(++i);
        if (c !== EQUALS) diagnoseStartTag(src, lt);
        c = src.charCodeAt(++i);
        while (c === SPACE || c === NL || c === TAB) c = src.charCodeAt(++i);
        if (c !== DQUOTE && c !== SQUOTE) diagnoseStartTag(src, lt);
        const valueStart = ++i;
        let special = false;
        for (;;) {
          const d = src.charCodeAt(i);
          if (d === c) break;
          if (d < 0x27 || d >= 0xd800 || d === LT) {
            // '<' or the end of the input: malformed; controls, tab, line feed, '&', surrogates: a closer look
            if (d === LT || !(d >= 0)) diagnoseStartTag(src, lt);
            if (d < SPACE || d === AMP || d >= 0xd800) special = true;
          }
          i++;
        }
        const valueEnd = i;
        i++;
        const held = special ? attributeValue(src, src.slice(valueStart, valueEnd), valueStart) : null;
        // names are interned: one name written twice is the same object (a Set past a few, so that a tag with
        // very many attributes is not read in quadratic time)
        if (count < MANY_ATTRIBUTES) {
          for (let j = 0; j < count; j++) {
            if (attrNames[j] === attr) fail(src, attrStart, `duplicate attribute ${attr.qname} in <${name.qname}>`);
          }
        } else {
          if (count === MANY_ATTRIBUTES) seenAttrs = new Set(attrNames.slice(0, count));
          if (seenAttrs!.has(attr)) fail(src, attrStart, `duplicate attribute ${attr.qname} in <${name.qname}>`);
          seenAttrs!.add(attr);
        }
        if (attr.declares) {
          // a namespace declaration: not data
          if (elementScope === scope) elementScope = Object.create(scope) as Scope;
          declareNamespace(src, attrStart, name.qname, attr, held ?? src.slice(valueStart, valueEnd), elementScope);
        }
        attrNames[count] = attr;
        attrValueStart[count] = valueStart;
        attrValueEnd[count] = valueEnd;
        attrHeld[count] = held;
        attrAt[count] = attrStart;
        count++;
      }

      let uri: string;
      if (name.scope === elementScope) uri = name.uri;
      else {
        const u = elementScope[name.prefix];
        if (u === undefined && name.prefix !== '') fail(src, lt + 1, `unbound namespace prefix "${name.prefix}" in <${name.qname}>`);
        uri = u ?? '';
        name.scope = elementScope;
        name.uri = uri;
      }
      const el = doc.addElement(top, doc.nameIndex(name), lt);
      doc.uri[el] = name.uriIndex === -1 || doc.uris[name.uriIndex] !== uri ? (name.uriIndex = indexOfUri(uri)) : name.uriIndex;
      doc.attrStart[el] = doc.attrRows;
      if (count > 0) {
        checkAttributes(src, name.qname, attrNames, attrAt, count, elementScope);
        for (let k = 0; k < count; k++) {
          const attr = attrNames[k]!;
          if (attr.declares) continue;
          const held = attrHeld[k]!;
          if (held === null) doc.addAttribute(el, doc.nameIndex(attr), attrValueStart[k]!, attrValueEnd[k]!);
          else doc.addAttribute(el, doc.nameIndex(attr), doc.texts.push(held) - 1, -1);
        }
      }
      doc.attrCount[el] = doc.attrRows - doc.attrStart[el]!;
      if (top === -1) doc.root = el;
      prevName = name;
      prevEnd = empty;
      doc.contentStart[el] = i;
      if (empty) {
        doc.contentEnd[el] = i;
        doc.outerEnd[el] = i;
        doc.end[el] = el + 1;
      } else {
        openNames.push(name);
        scopes.push(scope);
        scope = elementScope;
        top = el;
        depth++;
      }
      pos = i;
    }
  }

  if (top !== -1) fail(src, len, `unclosed tag <${qnameOf(top)}>`);
  if (doc.root === -1) fail(src, len, 'the document has no root element');
  return doc;
}

// ---- names --------------------------------------------------------------------------------------------

/** An interned qualified name, with its namespace URI as last resolved (in `scope`). */
interface Name {
  qname: string;
  prefix: string;
  local: string;
  hash: number;
  /** xmlns or xmlns:p: a namespace declaration when an attribute, an error when an element. */
  declares: boolean;
  scope: Scope | null;
  uri: string;
  // guesses of the name that comes next (see the start tag in parseXmlTree)
  afterStart: Name | null;
  afterEnd: Name | null;
  firstAttr: Name | null;
  nextAttr: Name | null;
  /** its index in the document's `names`; -1 until an element or attribute uses it */
  index: number;
  /** index in the document's `uris` of `uri`, as last used (-1: none yet) */
  uriIndex: number;
}

/** Kinds of ASCII characters in names: 3 = may start a name, 1 = may only continue one. */
const NAME_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME_ASCII[c] = 3;
  else if (/[-.0-9]/.test(ch)) NAME_ASCII[c] = 1;
}

/** Whether c (a char code, NaN at the end of the input) cannot continue a name; false for non-ASCII, to be safe. */
function endsName(c: number): boolean {
  return c < 128 ? NAME_ASCII[c] === 0 : !(c >= 128);
}

/** Hash of the name scanName last read (a module variable, so that scanning allocates nothing). */
let scannedHash = 0;
/** Start value of the name hash, drawn for each document so that no input can be made of names that all collide. */
let hashSeed = 0x811c9dc5 | 0;

/** End of the XML Name that starts at index i of src (i when there is none); sets scannedHash. */
function scanName(src: string, i: number): number {
  let h = hashSeed;
  let j = i;
  for (;;) {
    const c = src.charCodeAt(j);
    if (c < 128) {
      const kind = NAME_ASCII[c]!;
      if (kind === 0 || (kind === 1 && j === i)) break;
    } else if (c >= 128) {
      return scanNameSlow(src, i);
    } else break; // end of input
    h = Math.imul(h ^ c, 0x01000193);
    j++;
  }
  scannedHash = h;
  return j;
}

/** scanName for names with non-ASCII characters. */
function scanNameSlow(src: string, i: number): number {
  NAME_AT.lastIndex = i;
  if (!NAME_AT.test(src)) return i;
  const end = NAME_AT.lastIndex;
  // the name classes let surrogates through (as halves of pairs): refuse a lone one
  if (BAD_CHAR.test(src.slice(i, end))) badChar(src, i, end);
  let h = hashSeed;
  for (let j = i; j < end; j++) h = Math.imul(h ^ src.charCodeAt(j), 0x01000193);
  scannedHash = h;
  return end;
}

/** The names of one document, each read once: open addressing on the hash, compared in place with the source. */
class NameTable {
  private slots: (Name | undefined)[] = new Array<Name | undefined>(256).fill(undefined);
  private mask = 255;
  private count = 0;

  constructor(private readonly src: string) {}

  /** The name at src[start, end), whose hash is h. */
  get(start: number, end: number, h: number): Name {
    const src = this.src;
    const n = end - start;
    const slots = this.slots;
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s];
      if (e === undefined) return this.add(start, end, h, s);
      if (e.hash === h) {
        const q = e.qname;
        if (q.length === n && src.slice(start, end) === q) return e;
      }
    }
  }

  private add(start: number, end: number, h: number, slot: number): Name {
    const src = this.src;
    // the name as an internalized string (property keys are): flat, unlike a slice, which is a view into the source
    const qname = Object.keys({ [src.slice(start, end)]: 0 })[0]!;
    const colon = qname.indexOf(':');
    let prefix = '';
    let local = qname;
    if (colon !== -1) {
      if (colon === 0 || colon === qname.length - 1 || qname.indexOf(':', colon + 1) !== -1) {
        fail(src, start, `malformed qualified name "${qname}" (expected prefix:name, with one colon)`);
      }
      prefix = qname.slice(0, colon);
      local = qname.slice(colon + 1);
    }
    const name: Name = {
      qname,
      prefix,
      local,
      hash: h,
      declares: qname === 'xmlns' || prefix === 'xmlns',
      scope: null,
      uri: '',
      afterStart: null,
      afterEnd: null,
      firstAttr: null,
      nextAttr: null,
      index: -1,
      uriIndex: -1,
    };
    this.slots[slot] = name;
    if (++this.count * 2 > this.slots.length) this.grow();
    return name;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<Name | undefined>(old.length * 2).fill(undefined);
    this.mask = this.slots.length - 1;
    for (const e of old) {
      if (e === undefined) continue;
      let s = e.hash & this.mask;
      while (this.slots[s] !== undefined) s = (s + 1) & this.mask;
      this.slots[s] = e;
    }
  }
}

// ---- pieces of markup read apart from the main loop ----------------------------------------------------

/** Records xmlns="…" or xmlns:p="…" in the element's scope, with the checks of Namespaces in XML 1.0. */
function declareNamespace(src: string, at: number, element: string, attr: Name, value: string, scope: Scope): void {
  // as saxes did: the declared URI is trimmed
  const uri = value.trim();
  if (attr.prefix === '') {
    if (uri === XML_NS || uri === XMLNS_NS) fail(src, at, `the default namespace may not be set to ${uri} (in <${element}>)`);
    scope[''] = uri;
    return;
  }
  const prefix = attr.local;
  if (uri === '') fail(src, at, `the namespace prefix "${prefix}" may not be undeclared (${attr.qname}="") in XML 1.0 (in <${element}>)`);
  if (prefix === 'xmlns') fail(src, at, `the prefix "xmlns" may not be declared (in <${element}>)`);
  if (prefix === 'xml' ? uri !== XML_NS : uri === XML_NS || uri === XMLNS_NS) {
    fail(src, at, `the prefix "${prefix}" may not be bound to ${uri} (in <${element}>)`);
  }
  scope[prefix] = uri;
}

/**
 * The checks of Namespaces in XML on a start tag's attributes: every prefix bound, and no attribute written twice
 * under two prefixes bound to the same URI.
 */
function checkAttributes(src: string, element: string, attrNames: Name[], attrAt: number[], count: number, scope: Scope): void {
  let prefixed = false;
  for (let i = 0; i < count; i++) {
    const attr = attrNames[i]!;
    if (attr.declares || attr.prefix === '') continue;
    prefixed = true;
    if (scope[attr.prefix] === undefined) fail(src, attrAt[i]!, `unbound namespace prefix "${attr.prefix}" in attribute ${attr.qname} of <${element}>`);
  }
  if (prefixed && count >= MANY_ATTRIBUTES) {
    // one attribute written twice with two prefixes bound to the same URI
    const seen = new Map<string, string>();
    for (let i = 0; i < count; i++) {
      const a = attrNames[i]!;
      if (a.prefix === '' || a.declares) continue;
      const key = `{${scope[a.prefix]}}${a.local}`;
      const before = seen.get(key);
      if (before !== undefined) fail(src, attrAt[i]!, `duplicate attribute ${a.qname} in <${element}> (same namespace and name as ${before})`);
      seen.set(key, a.qname);
    }
  } else if (prefixed) {
    for (let i = 1; i < count; i++) {
      const a = attrNames[i]!;
      if (a.prefix === '' || a.declares) continue;
      for (let j = 0; j < i; j++) {
        const b = attrNames[j]!;
        if (b.prefix !== '' && !b.declares && a.local === b.local && scope[a.prefix] === scope[b.prefix]) {
          fail(src, attrAt[i]!, `duplicate attribute ${a.qname} in <${element}> (same namespace and name as ${b.qname})`);
        }
      }
    }
  }
}

/** An attribute value as the application sees it: tab and line feed become spaces, then references are decoded. */
function attributeValue(src: string, raw: string, at: number): string {
  let value = raw;
  if (BAD_CHAR.test(value)) badChar(src, at, at + raw.length);
  if (value.indexOf('\n') !== -1 || value.indexOf('\t') !== -1) value = value.replace(/[\t\n]/g, ' ');
  if (value.indexOf('&') !== -1) value = decodeReferences(src, value, at);
  return value;
}

/** Decodes the references in `text`, which starts at index `at` of `src`. */
function decodeReferences(src: string, text: string, at: number): string {
  let out = '';
  let done = 0;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', done)) {
    REF.lastIndex = amp;
    const m = REF.exec(text);
    if (m === null) badReference(src, text, amp, at + amp);
    let value: string;
    if (m[3] !== undefined) {
      switch (m[3]) {
        case 'amp':
          value = '&';
          break;
        case 'lt':
          value = '<';
          break;
        case 'gt':
          value = '>';
          break;
        case 'quot':
          value = '"';
          break;
        case 'apos':
          value = "'";
          break;
        default:
          fail(src, at + amp, `undefined entity &${m[3]}; (XML defines only &amp; &lt; &gt; &quot; &apos; and character references like &#233;)`);
      }
    } else {
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2]!, 10);
      const isChar =
        code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
      if (!isChar) fail(src, at + amp, `character reference ${m[0]} is not an allowed XML character`);
      value = String.fromCodePoint(code);
    }
    out += text.slice(done, amp) + value;
    done = REF.lastIndex;
  }
  return out + text.slice(done);
}

function badReference(src: string, text: string, amp: number, at: number): never {
  const name = /^&(#x[0-9A-Fa-f]*|#[0-9]*|[^\s&;<>"']*)/.exec(text.slice(amp, amp + 40))![1]!;
  if (name === '') fail(src, at, 'stray "&" (write &amp; for a literal ampersand)');
  if (text.charCodeAt(amp + 1 + name.length) !== 0x3b) {
    fail(src, at, `reference &${name} is not terminated by ";" (write &amp; for a literal ampersand)`);
  }
  fail(src, at, `malformed reference &${name};`);
}

/** Reads a DOCTYPE declaration (internal subset included) and returns the index after it; refuses entity declarations. */
function readDoctype(src: string, lt: number): number {
  const len = src.length;
  let i = lt + 9; // after "<!DOCTYPE"
  if (!IS_SPACE.test(src.charAt(i))) fail(src, i, 'malformed DOCTYPE declaration: white space expected after <!DOCTYPE');
  let inSubset = false;
  let end = -1;
  while (i < len) {
    const c = src.charCodeAt(i);
    if (c === 0x22 || c === 0x27) {
      const close = src.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close === -1) break;
      i = close + 1;
    } else if (inSubset && c === LT && src.startsWith('<!--', i)) {
      const close = src.indexOf('-->', i + 4);
      if (close === -1) break;
      i = close + 3;
    } else if (inSubset && c === LT && src.startsWith('<?', i)) {
      const close = src.indexOf('?>', i + 2);
      if (close === -1) break;
      i = close + 2;
    } else {
      if (c === 0x5b /* [ */ && !inSubset) inSubset = true;
      else if (c === 0x5d /* ] */ && inSubset) inSubset = false;
      else if (c === GT && !inSubset) {
        end = i;
        break;
      }
      i++;
    }
  }
  const declaration = src.slice(lt, end === -1 ? len : end + 1);
  const entity = /<!ENTITY/i.exec(declaration);
  if (entity !== null) {
    const p = position(src, lt + entity.index);
    throw new NoticeParseError('XML entity declarations are not allowed', p);
  }
  if (end === -1) fail(src, lt, 'unterminated DOCTYPE declaration');
  checkChars(src, lt, end);
  return end + 1;
}

/** Reads a processing instruction (or the XML declaration, only at the very start) and returns the index after it. */
function readProcessingInstruction(src: string, lt: number): number {
  NAME_AT.lastIndex = lt + 2;
  const m = NAME_AT.exec(src);
  if (m === null) fail(src, lt + 2, 'processing instruction without a target name after "<?"');
  const target = m[0];
  const after = lt + 2 + target.length;
  const end = src.indexOf('?>', after);
  if (end === -1) fail(src, lt, `unterminated processing instruction <?${target}: no matching ?>`);
  if (end !== after && !IS_SPACE.test(src.charAt(after))) fail(src, after, `malformed processing instruction <?${target}: white space expected after the target`);
  if (target.toLowerCase() === 'xml') {
    if (lt !== 0) fail(src, lt, 'the XML declaration <?xml …?> is allowed only at the very start of the document');
    XML_DECL.lastIndex = 0;
    if (target !== 'xml' || !XML_DECL.test(src)) {
      fail(src, lt, 'malformed XML declaration (expected <?xml version="1.0" encoding="…" standalone="…"?>, in this order)');
    }
    return XML_DECL.lastIndex;
  }
  checkChars(src, after, end);
  return end + 2;
}

// ---- diagnosis of malformed tags (only when the fast path did not match) --------------------------------

function diagnoseEndTag(src: string, lt: number): never {
  NAME_AT.lastIndex = lt + 2;
  const m = NAME_AT.exec(src);
  if (m === null) fail(src, lt + 2, 'malformed close tag: "</" must be followed by an element name');
  SPACES.lastIndex = lt + 2 + m[0].length;
  SPACES.test(src);
  const i = SPACES.lastIndex;
  if (i >= src.length) fail(src, lt, `unterminated close tag </${m[0]}>`);
  fail(src, i, `malformed close tag </${m[0]}>: ${describeChar(src, i)} where ">" was expected`);
}

function diagnoseStartTag(src: string, lt: number): never {
  const len = src.length;
  NAME_AT.lastIndex = lt + 1;
  const m = NAME_AT.exec(src);
  if (m === null) {
    if (lt + 1 >= len) fail(src, lt, '"<" at the end of the document');
    fail(src, lt, `"<" not followed by an element name (${describeChar(src, lt + 1)}; write &lt; for a literal "<")`);
  }
  const tag = m[0];
  let i = lt + 1 + tag.length;
  for (;;) {
    SPACES.lastIndex = i;
    SPACES.test(src);
    const spaced = SPACES.lastIndex > i;
    i = SPACES.lastIndex;
    if (i >= len) fail(src, lt, `unterminated start tag <${tag}>`);
    const c = src.charCodeAt(i);
    if (c === GT) break;
    if (c === SLASH) {
      if (src.charCodeAt(i + 1) === GT) break;
      fail(src, i, `"/" not followed by ">" in the start tag <${tag}>`);
    }
    NAME_AT.lastIndex = i;
    const a = NAME_AT.exec(src);
    if (a === null) fail(src, i, `${describeChar(src, i)} in the start tag <${tag}>`);
    const name = a[0];
    if (!spaced) fail(src, i, `white space is required before attribute ${name} in <${tag}>`);
    i += name.length;
    SPACES.lastIndex = i;
    SPACES.test(src);
    i = SPACES.lastIndex;
    if (src.charCodeAt(i) !== 0x3d /* = */) fail(src, i, `attribute ${name} in <${tag}> has no value (expected ="…")`);
    SPACES.lastIndex = i + 1;
    SPACES.test(src);
    i = SPACES.lastIndex;
    const q = src.charAt(i);
    if (q !== '"' && q !== "'") fail(src, i, `the value of attribute ${name} in <${tag}> must be in quotes`);
    const close = src.indexOf(q, i + 1);
    const less = src.indexOf('<', i + 1);
    if (less !== -1 && (close === -1 || less < close)) {
      fail(src, less, `"<" in the value of attribute ${name} in <${tag}> (write &lt;, or is a closing quote missing?)`);
    }
    if (close === -1) fail(src, i, `unterminated value of attribute ${name} in <${tag}>`);
    checkChars(src, i + 1, close);
    i = close + 1;
  }
  fail(src, lt, `malformed start tag <${tag}>`);
}

// ---- characters, positions, errors --------------------------------------------------------------------

function checkChars(src: string, from: number, to: number): void {
  if (BAD_CHAR.test(src.slice(from, to))) badChar(src, from, to);
}

function badChar(src: string, from: number, to: number): never {
  const m = BAD_CHAR.exec(src.slice(from, to))!;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  fail(src, from + m.index, `character U+${code} is not allowed in XML`);
}

function describeChar(src: string, i: number): string {
  const c = src.charAt(i);
  if (c === '') return 'the end of the document';
  if (c === '\n') return 'a line break';
  const code = c.charCodeAt(0);
  if (code < SPACE || code === 0x7f) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `unexpected "${c}"`;
}

/** 1-based line and column of index `at` (columns count characters: a surrogate pair is one). */
function position(src: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let nl = src.indexOf('\n'); nl !== -1 && nl < at; nl = src.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  let column = 1;
  for (let i = lineStart; i < at; i++) {
    const c = src.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > lineStart && src.charCodeAt(i - 1) >= 0xd800 && src.charCodeAt(i - 1) <= 0xdbff)) column++;
  }
  return { line, column };
}

function fail(src: string, at: number, detail: string): never {
  const p = position(src, at);
  throw new NoticeParseError(`not well-formed XML at line ${p.line}, column ${p.column}: ${detail}`, p);
}

// ---- navigation helpers -------------------------------------------------------------------------------

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** Child elements, optionally only those with the given local name. */
export function kids(el: XmlElement | null | undefined, name?: string): XmlElement[] {
  if (!el) return [];
  const out: XmlElement[] = [];
  if (el instanceof Element) {
    // on the document's tables: no children array made
    const doc = el.doc;
    for (let c = el.index + 1, end = doc.end[el.index]!; c < end; c = doc.end[c]!) {
      if (name === undefined || doc.local(c) === name) out.push(doc.view(c));
    }
    return out;
  }
  for (const c of el.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** First child element with the given local name. */
export function kid(el: XmlElement | null | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  if (el instanceof Element) {
    const doc = el.doc;
    for (let c = el.index + 1, end = doc.end[el.index]!; c < end; c = doc.end[c]!) {
      if (doc.local(c) === name) return doc.view(c);
    }
    return undefined;
  }
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
  if (el instanceof Element) return el.doc.text(el.index);
  let out = '';
  // iterative depth-first walk: [element, index of the next child]
  const stack: XmlElement[] = [el];
  const next: number[] = [0];
  while (stack.length > 0) {
    const top = stack.length - 1;
    const cur = stack[top]!;
    const i = next[top]!;
    if (i === cur.children.length) {
      stack.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const c = cur.children[i]!;
    if (typeof c === 'string') out += c;
    else {
      stack.push(c);
      next.push(0);
    }
  }
  return out;
}

/** Every descendant element (depth first, document order) for which `test` holds. */
export function findAll(el: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  if (el instanceof Element) {
    // rows are in document order, an element's descendants right after it
    const doc = el.doc;
    for (let i = el.index + 1, end = doc.end[el.index]!; i < end; i++) {
      const v = doc.view(i);
      if (test(v)) out.push(v);
    }
    return out;
  }
  // iterative pre-order walk: the open elements and, for each, the index of its next child to look at
  const open: XmlElement[] = [el];
  const next: number[] = [0];
  let d = 0;
  while (d >= 0) {
    const children = open[d]!.children;
    let i = next[d]!;
    while (i < children.length && typeof children[i] === 'string') i++;
    if (i >= children.length) {
      d--;
      continue;
    }
    next[d] = i + 1;
    const c = children[i] as XmlElement;
    if (test(c)) out.push(c);
    d++;
    open[d] = c;
    next[d] = 0;
  }
  return out;
}

/**
 * Every descendant element (document order) with one of the local names `names`, or with an attribute of local
 * name `withAttr`: findAll for the common questions, answered on the document's tables without making a view of
 * every element on the way.
 */
export function select(el: XmlElement, query: { names?: ReadonlySet<string>; withAttr?: string }): XmlElement[] {
  const { names, withAttr } = query;
  if (!(el instanceof Element)) {
    return findAll(el, (e) => (names?.has(e.name) ?? false) || (withAttr !== undefined && e.attrs[withAttr] !== undefined));
  }
  const doc = el.doc;
  const out: XmlElement[] = [];
  for (let i = el.index + 1, end = doc.end[el.index]!; i < end; i++) {
    if ((names && names.has(doc.local(i))) || (withAttr !== undefined && doc.hasAttr(i, withAttr))) out.push(doc.view(i));
  }
  return out;
}

/** The value of an attribute by local name (undefined for no element or no such attribute), read without the attrs object. */
export function attrOf(el: XmlElement | null | undefined, local: string): string | undefined {
  if (!el) return undefined;
  return el instanceof Element ? el.attr(local) : el.attrs[local];
}

/** Nearest ancestor (not the element itself) with the given local name. */
export function ancestor(el: XmlElement, name: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return p;
  return undefined;
}
