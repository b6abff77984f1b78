/**
 * A light, namespace-aware XML element tree, shared by the eForms and TED XML parsers: a strict, non-validating
 * XML 1.0 + Namespaces reader in plain TypeScript. Pure (a string in, plain objects out).
 *
 * How it reads, in one forward pass over the string, with native string searches doing the scanning:
 * - markup is found with indexOf('<'); what lies between is text. Whitespace runs that are plain indentation
 *   are checked in place and shared; other text is sliced, checked for disallowed characters with one regular
 *   expression, and has its references decoded only when it holds a '&' (found with indexOf, once);
 * - a start tag is read in place: its name is usually the one that followed the same previous tag last time
 *   (documents repeat their sequences of elements), checked with startsWith; otherwise it is scanned and looked
 *   up in a per-document table of names, which holds each name once with its prefix, local part and namespace
 *   URI (cached per namespace scope). Attribute names are guessed and looked up the same way. An end tag is
 *   compared in place with the open element's name. Comments, CDATA sections and processing instructions
 *   end at a native search for their terminator;
 * - children are gathered in one buffer and copied into an exact-size array at the end tag: the tree is most
 *   of what a parse allocates, and the garbage collector's work grows with it;
 * - line numbers are kept with indexOf('\n') jumps (never per character). The line and column of an error are
 *   worked out only when there is one; malformed markup is re-read by a slower diagnosing path that names the
 *   problem and the tags involved.
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

/** Indentation strings ("\n" + n tabs or spaces), shared by every text node that is exactly one of them. */
const INDENT_MAX = 128;
const SPACE_INDENTS: string[] = [];
const TAB_INDENTS: string[] = [];
for (let n = 0; n < INDENT_MAX; n++) {
  SPACE_INDENTS.push(`\n${' '.repeat(n)}`);
  TAB_INDENTS.push(`\n${'\t'.repeat(n)}`);
}

/** The attrs of every element without attributes: one frozen empty object (the tree is read-only). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});
/** The children of every element without any. */
const NO_CHILDREN: readonly XmlNode[] = Object.freeze([]);

/**
 * An element. Most elements of a notice are leaves holding one text ("<cbc:ID>LOT-0001</cbc:ID>"): those keep
 * the text and no array, and most have no attributes: those share one empty object. Fewer objects per element
 * is what makes a large notice fast to parse, since the garbage collector copies the growing tree as it is built.
 */
class Element implements XmlElement {
  /** The children when there are any but a single text; null otherwise (see `text`). */
  nodes: readonly XmlNode[] | null = null;
  /** The only child, when it is one text. */
  text: string | null = null;
  constructor(
    readonly name: string,
    readonly qname: string,
    readonly uri: string,
    readonly attrs: Readonly<Record<string, string>>,
    readonly parent: XmlElement | null,
    readonly line: number,
  ) {}

  get children(): readonly XmlNode[] {
    if (this.nodes !== null) return this.nodes;
    if (this.text !== null) return (this.nodes = [this.text]);
    return NO_CHILDREN;
  }
}

/** From this many attributes on, duplicates are found with a Set rather than by comparing each pair. */
const MANY_ATTRIBUTES = 16;


/** Parses XML into an element tree; throws NoticeParseError with line and column when it is not well-formed. */
export function parseXmlTree(xml: string): XmlElement {
  checkInputSize(xml);
  let src = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  // end-of-line handling (XML 1.0 §2.11): CR LF and lone CR become LF; line and column positions are unchanged
  if (src.indexOf('\r') !== -1) src = src.replace(/\r\n?/g, '\n');
  const len = src.length;
  hashSeed = (Math.random() * 0x100000000) | 0;
  const names = new NameTable(src);

  let root: Element | null = null;
  /** The innermost open element (null before the root and after it is closed). */
  let top: Element | null = null;
  let depth = 0;
  let scope = DOCUMENT_SCOPE;
  /** The scope of each open element's parent, to restore when it closes. */
  const scopes: Scope[] = [];
  // The children of the open elements, outermost first, in one buffer: top's are nodes[childStart, nodeCount).
  // At the end tag they are copied into an array of the exact size (pushing to a [] would reserve 16 slots:
  // the tree is most of what a parse allocates, and the garbage collector's work grows with it).
  const nodes: XmlNode[] = [];
  let nodeCount = 0;
  let childStart = 0;
  const childStarts: number[] = [];
  let sawDoctype = false;
  /** The Name of each open element, outermost first. */
  const openNames: Name[] = [];
  // The previous tag, to guess the next start tag's name: documents repeat the same sequences of elements.
  let prevName: Name | null = null;
  let prevEnd = false;

  // running line count: `line` is the line of every index up to `nextNl` (the next line feed)
  let line = 1;
  let nextNl = src.indexOf('\n');
  if (nextNl === -1) nextNl = len;
  // the next '&' and the next ']]>' at or after the current text, searched again only once passed
  let nextAmp = -1;
  let nextCdataEnd = -1;

  // the attributes of the start tag being read
  const attrNames: Name[] = [];
  const attrValues: string[] = [];
  const attrAt: number[] = [];

  let pos = 0;
  while (pos < len) {
    let lt = src.indexOf('<', pos);
    if (lt === -1) lt = len;

    // ---- text --------------------------------------------------------------------------------------
    if (lt > pos) {
      if (top === null) {
        SPACES.lastIndex = pos;
        SPACES.test(src);
        if (SPACES.lastIndex < lt) {
          fail(src, SPACES.lastIndex, root === null ? 'text before the root element' : `text after the end of the root element </${root.qname}>`);
        }
      } else {
        let text: string | undefined;
        if (src.charCodeAt(pos) === NL && lt - pos <= INDENT_MAX) {
          // indentation: a line feed, then only tabs or only spaces
          const c1 = src.charCodeAt(pos + 1);
          let k = pos + 1;
          if (c1 === TAB || c1 === SPACE) {
            k++;
            while (k < lt && src.charCodeAt(k) === c1) k++;
          }
          if (k === lt) text = (c1 === TAB ? TAB_INDENTS : SPACE_INDENTS)[lt - pos - 1]!;
        }
        if (text === undefined) {
          text = src.slice(pos, lt);
          if (BAD_CHAR.test(text)) badChar(src, pos, lt);
          if (nextCdataEnd < pos) {
            nextCdataEnd = src.indexOf(']]>', pos);
            if (nextCdataEnd === -1) nextCdataEnd = len;
          }
          if (nextCdataEnd < lt) fail(src, nextCdataEnd, `"]]>" is not allowed in text (inside <${top.qname}>)`);
          if (nextAmp < pos) {
            nextAmp = src.indexOf('&', pos);
            if (nextAmp === -1) nextAmp = len;
          }
          if (nextAmp < lt) text = decodeReferences(src, text, pos);
        }
        if (nodeCount > childStart && typeof nodes[nodeCount - 1] === 'string') nodes[nodeCount - 1] += text;
        else nodes[nodeCount++] = text;
      }
    }
    if (lt === len) break;

    const next = src.charCodeAt(lt + 1);
    if (next === SLASH) {
      // ---- end tag: compared in place with the open element's name --------------------------------------
      let gt = -1;
      if (top !== null) {
        const q = top.qname;
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
        if (top === null) {
          fail(src, at, `unexpected close tag </${name}> (${root === null ? 'no element is open' : `the root element </${root.qname}> is already closed`})`);
        }
        fail(src, at, `unexpected close tag </${name}> (the open element is <${top.qname}>)`);
      }
      const el: Element = top!;
      const count = nodeCount - childStart;
      if (count === 1 && typeof nodes[childStart] === 'string') el.text = nodes[childStart] as string;
      else if (count > 0) el.nodes = childArray(nodes, childStart, nodeCount);
      prevName = openNames.pop()!;
      prevEnd = true;
      nodeCount = childStart;
      childStart = childStarts.pop()!;
      top = el.parent as Element | null;
      scope = scopes.pop()!;
      depth--;
      pos = gt + 1;
    } else if (next === BANG) {
      if (src.startsWith('<!--', lt)) {
        // ---- comment (dropped) --------------------------------------------------------------------------
        const dashes = src.indexOf('--', lt + 4);
        if (dashes === -1) fail(src, lt, 'unterminated comment: <!-- has no matching -->');
        if (src.charCodeAt(dashes + 2) !== GT) fail(src, dashes, '"--" is not allowed inside a comment');
        checkChars(src, lt + 4, dashes);
        pos = dashes + 3;
      } else if (src.startsWith('<![CDATA[', lt)) {
        // ---- CDATA section: text, as is -----------------------------------------------------------------
        if (top === null) fail(src, lt, 'CDATA section outside the root element');
        const end = src.indexOf(']]>', lt + 9);
        if (end === -1) fail(src, lt, `unterminated CDATA section in <${top.qname}>: <![CDATA[ has no matching ]]>`);
        if (end > lt + 9) {
          checkChars(src, lt + 9, end);
          const text = src.slice(lt + 9, end);
          if (nodeCount > childStart && typeof nodes[nodeCount - 1] === 'string') nodes[nodeCount - 1] += text;
          else nodes[nodeCount++] = text;
        }
        pos = end + 3;
      } else if (src.startsWith('<!DOCTYPE', lt)) {
        // ---- document type declaration -----------------------------------------------------------------
        if (root !== null || sawDoctype) fail(src, lt, 'misplaced DOCTYPE declaration: it must come once, before the root element');
        sawDoctype = true;
        pos = readDoctype(src, lt);
      } else {
        fail(src, lt, 'malformed markup: "<!" must start a comment <!--, a CDATA section <![CDATA[ or <!DOCTYPE');
      }
    } else if (next === QUESTION) {
      // ---- processing instruction (dropped) or XML declaration -------------------------------------------
      pos = readProcessingInstruction(src, lt);
    } else {
      // ---- start tag or empty-element tag ----------------------------------------------------------------
      // the name: the one that followed the previous tag last time, when it is there, else scanned and looked up
      let name: Name | null = prevName === null ? null : prevEnd ? prevName.afterEnd : prevName.afterStart;
      let nameEnd = name === null ? 0 : lt + 1 + name.qname.length;
      if (name === null || !endsName(src.charCodeAt(nameEnd)) || !src.startsWith(name.qname, lt + 1)) {
        nameEnd = scanName(src, lt + 1);
        if (nameEnd === lt + 1) diagnoseStartTag(src, lt);
        name = names.get(lt + 1, nameEnd, scannedHash);
        if (prevName !== null) {
          if (prevEnd) prevName.afterEnd = name;
          else prevName.afterStart = name;
        }
      }
      if (top === null && root !== null) {
        fail(src, lt, `a second root element <${name.qname}> after </${root.qname}> (a document has exactly one root element)`);
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
        if (attr === null || !endsName(src.charCodeAt(attrEnd)) || !src.startsWith(attr.qname, i)) {
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
        let value = src.slice(valueStart, i);
        i++;
        if (special) value = attributeValue(src, value, valueStart);
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
          declareNamespace(src, attrStart, name.qname, attr, value, elementScope);
        }
        attrNames[count] = attr;
        attrValues[count] = value;
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
      const attrs = count === 0 ? NO_ATTRIBUTES : resolveAttributes(src, name.qname, attrNames, attrValues, attrAt, count, elementScope);
      while (nextNl < lt) {
        line++;
        nextNl = src.indexOf('\n', nextNl + 1);
        if (nextNl === -1) nextNl = len;
      }
      const el: Element = new Element(name.local, name.qname, uri, attrs, top, line);
      if (top === null) root = el;
      nodes[nodeCount++] = el;
      prevName = name;
      prevEnd = empty;
      if (!empty) {
        openNames.push(name);
        childStarts.push(childStart);
        childStart = nodeCount;
        scopes.push(scope);
        scope = elementScope;
        top = el;
        depth++;
      }
      pos = i;
    }
  }

  if (top !== null) fail(src, len, `unclosed tag <${top.qname}>`);
  if (root === null) fail(src, len, 'the document has no root element');
  return root;
}

/** nodes[start, end) as a new array of exactly that size (small ones, the usual case, as literals: the cheapest). */
function childArray(nodes: XmlNode[], start: number, end: number): XmlNode[] {
  switch (end - start) {
    case 0:
      return [];
    case 1:
      return [nodes[start]!];
    case 2:
      return [nodes[start]!, nodes[start + 1]!];
    case 3:
      return [nodes[start]!, nodes[start + 1]!, nodes[start + 2]!];
    case 4:
      return [nodes[start]!, nodes[start + 1]!, nodes[start + 2]!, nodes[start + 3]!];
    case 5:
      return [nodes[start]!, nodes[start + 1]!, nodes[start + 2]!, nodes[start + 3]!, nodes[start + 4]!];
    default:
      return nodes.slice(start, end);
  }
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
        if (q.length === n && src.startsWith(q, start)) return e;
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
 * Attributes by local name, namespace declarations left out: a prefixed name is resolved in the element's scope,
 * an unprefixed one is in no namespace. When two have one local name (x and p:x), the later one is kept.
 */
function resolveAttributes(
  src: string,
  element: string,
  attrNames: Name[],
  attrValues: string[],
  attrAt: number[],
  count: number,
  scope: Scope,
): Record<string, string> {
  const attrs: Record<string, string> = {};
  let prefixed = false;
  for (let i = 0; i < count; i++) {
    const attr = attrNames[i]!;
    if (attr.declares) continue;
    if (attr.prefix !== '') {
      prefixed = true;
      if (scope[attr.prefix] === undefined) fail(src, attrAt[i]!, `unbound namespace prefix "${attr.prefix}" in attribute ${attr.qname} of <${element}>`);
    }
    attrs[attr.local] = attrValues[i]!;
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
  return attrs;
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
  // the usual leaf: one text child
  if (el instanceof Element && el.nodes === null) return el.text ?? '';
  const children = el.children;
  if (children.length === 1 && typeof children[0] === 'string') return children[0];
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
    // a leaf (one text, or nothing) has no elements below it
    if (c instanceof Element && c.nodes === null) continue;
    d++;
    open[d] = c;
    next[d] = 0;
  }
  return out;
}

/** Nearest ancestor (not the element itself) with the given local name. */
export function ancestor(el: XmlElement, name: string): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return p;
  return undefined;
}
