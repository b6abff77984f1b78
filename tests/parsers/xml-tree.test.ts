import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, NoticeParseError } from '../../utils/parsers/errors';
import { findAll, kid, MAX_XML_DEPTH, parseXmlDocument, parseXmlTree, textOf, type XmlElement, type XmlNode } from '../../utils/parsers/xml-tree';
import { fixture } from './fixture';
import { refusal } from './refusal';

// ---- the reference: saxes in xmlns mode, the way parseXmlTree used it before it had its own tokenizer ----------

function saxesTree(xml: string): XmlElement {
  const source = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | null = null;
  // a mutable tree of the same shape, built as saxes reads
  type Built = { -readonly [K in keyof XmlElement]: K extends 'children' ? XmlNode[] : K extends 'attrs' ? Record<string, string> : XmlElement[K] };
  const stack: Built[] = [];
  const lines: number[] = [];
  const appendText = (text: string) => {
    const top = stack[stack.length - 1];
    if (!top || text.length === 0) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  };
  // the line of the "<": saxes has read the name and the character after it (a line feed sets column to 0)
  parser.on('opentagstart', () => lines.push(parser.column === 0 ? parser.line - 1 : parser.line));
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === 'xmlns' || a.name === 'xmlns') continue;
      attrs[a.local] = a.value;
    }
    const parent = stack[stack.length - 1] ?? null;
    const el: Built = { name: tag.local, qname: tag.name, uri: tag.uri, attrs, children: [], parent, line: lines.pop()! };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', appendText);
  parser.on('cdata', appendText);
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(source).close();
  return root!;
}

/** The first difference between two trees, as a path and a description; undefined when they are the same. */
function firstDifference(actual: XmlElement, expected: XmlElement): string | undefined {
  const work: [XmlElement, XmlElement, string][] = [[actual, expected, `/${expected.qname}`]];
  while (work.length > 0) {
    const [a, e, at] = work.pop()!;
    for (const key of ['name', 'qname', 'uri', 'line'] as const) {
      if (a[key] !== e[key]) return `${at}: ${key} ${JSON.stringify(a[key])}, expected ${JSON.stringify(e[key])}`;
    }
    if (JSON.stringify(a.attrs) !== JSON.stringify(e.attrs)) return `${at}: attrs ${JSON.stringify(a.attrs)}, expected ${JSON.stringify(e.attrs)}`;
    if (a.children.length !== e.children.length) return `${at}: ${a.children.length} children, expected ${e.children.length}`;
    for (let i = 0; i < e.children.length; i++) {
      const ac = a.children[i]!;
      const ec = e.children[i]!;
      if (typeof ec === 'string' || typeof ac === 'string') {
        if (ac !== ec) return `${at}[${i}]: ${JSON.stringify(ac)}, expected ${JSON.stringify(ec)}`;
        continue;
      }
      if (ac.parent !== a) return `${at}/${ec.qname}: wrong parent`;
      work.push([ac, ec, `${at}/${ec.qname}[${i}]`]);
    }
  }
  return undefined;
}

function xmlFixtures(): string[] {
  const base = fileURLToPath(new URL('../fixtures/', import.meta.url));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.xml')) out.push(relative(base, full));
    }
  };
  walk(base);
  return out.sort();
}

/** The NoticeParseError parseXmlTree throws for `xml`. */
const parseError = (xml: string): NoticeParseError => refusal(() => parseXmlTree(xml));

const elements = (nodes: readonly XmlNode[]) => nodes.filter((n): n is XmlElement => typeof n !== 'string');

// ---------------------------------------------------------------------------------------------------------

describe('parseXmlTree: every XML fixture gives the tree saxes gives', () => {
  const files = xmlFixtures();

  it('finds the eForms and TED XML fixtures', () => {
    expect(files.filter((f) => f.startsWith('eforms/')).length).toBeGreaterThanOrEqual(5);
    expect(files.filter((f) => f.startsWith('ted_xml/')).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s', (file) => {
    const xml = fixture(file);
    const tree = parseXmlTree(xml);
    expect(firstDifference(tree, saxesTree(xml))).toBeUndefined();
    expect(tree.parent).toBeNull();
  });

  it('gives the same tree with CR LF line ends and with a byte-order mark', () => {
    const xml = fixture('eforms/cn_24_FRA_comments.xml');
    const crlf = `\uFEFF${xml.replace(/\n/g, '\r\n')}`;
    expect(firstDifference(parseXmlTree(crlf), saxesTree(crlf))).toBeUndefined();
    expect(firstDifference(parseXmlTree(crlf), parseXmlTree(xml))).toBeUndefined();
  });
});

describe('parseXmlTree: content', () => {
  it('decodes the five predefined entities and character references, in text and attribute values', () => {
    const root = parseXmlTree('<a t="&lt;&amp;&gt;&quot;&apos;&#65;&#x42;&#xe9;">&lt;&amp;&gt;&quot;&apos; &#65;&#x42;&#233; &#x1F600;</a>');
    expect(root.children).toEqual(['<&>"\' ABé 😀']);
    expect(root.attrs).toEqual({ t: '<&>"\'ABé' });
  });

  it('normalises line ends, and tabs and line feeds in attribute values (a character reference is kept)', () => {
    const root = parseXmlTree('<a t="x\ty\r\nz&#10;w">one\r\ntwo\rthree</a>');
    expect(root.attrs.t).toBe('x y z\nw');
    expect(textOf(root)).toBe('one\ntwo\nthree');
  });

  it('keeps CDATA as text, merged with the text around it; drops comments and processing instructions', () => {
    const root = parseXmlTree('<a>x<![CDATA[<y> & z]]>w<!-- note --><?pi data?>v<b/>u<![CDATA[]]></a>');
    expect(root.children.length).toBe(3);
    expect(root.children[0]).toBe('x<y> & zwv');
    expect((root.children[1] as XmlElement).qname).toBe('b');
    expect(root.children[2]).toBe('u');
  });

  it('keeps white space inside the root, drops it outside, strips a byte-order mark', () => {
    const root = parseXmlTree('\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c -->\n<a>\n  <b> x </b>\n</a>\n\n');
    expect(root.children.map((c) => (typeof c === 'string' ? c : c.qname))).toEqual(['\n  ', 'b', '\n']);
    expect(textOf(root)).toBe('\n   x \n');
  });

  it('resolves namespace prefixes in nested scopes, prefixes redefined included', () => {
    const root = parseXmlTree(
      [
        '<r xmlns="urn:default" xmlns:p="urn:p1" id="r">',
        '  <p:a p:x="1" y="2" xml:lang="fr">',
        '    <p:b xmlns:p="urn:p2"><c/><p:c/></p:b>',
        '    <d xmlns=""><p:e/></d>',
        '    <p:g xmlns:p="  urn:p3  "/>',
        '  </p:a>',
        '  <p:f/>',
        '</r>',
      ].join('\n'),
    );
    const uris = Object.fromEntries(findAll(root, () => true).map((e) => [e.qname === 'p:c' ? 'p:c' : e.name, e.uri]));
    expect(root.uri).toBe('urn:default');
    expect(uris).toEqual({ a: 'urn:p1', b: 'urn:p2', c: 'urn:default', 'p:c': 'urn:p2', d: '', e: 'urn:p1', g: 'urn:p3', f: 'urn:p1' });
    // attributes by local name, namespace declarations left out
    expect(root.attrs).toEqual({ id: 'r' });
    const a = kid(root, 'a')!;
    expect(a.attrs).toEqual({ x: '1', y: '2', lang: 'fr' });
    expect(a.name).toBe('a');
    expect(a.qname).toBe('p:a');
    expect(kid(a, 'b')!.attrs).toEqual({});
  });

  it('records the line of each start tag and links parents', () => {
    const root = parseXmlTree('<a>\n<b\n  x="1">\n<c/></b>\n\n<d/></a>');
    const [b, d] = elements(root.children);
    expect([root.line, b!.line, kid(b, 'c')!.line, d!.line]).toEqual([1, 2, 4, 6]);
    expect(kid(b, 'c')!.parent).toBe(b);
    expect(b!.parent).toBe(root);
  });

  it('reads a DOCTYPE without entity declarations and never fetches its external subset', () => {
    const root = parseXmlTree('<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd" [\n  <!ELEMENT a (#PCDATA)>\n  <!-- ] > -->\n]>\n<a>x</a>');
    expect(textOf(root)).toBe('x');
    // an entity it might declare stays undefined
    expect(parseError('<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd"><a>&ext;</a>').message).toMatch(/undefined entity &ext;/);
  });

  it('accepts names with non-ASCII letters, and counts a surrogate pair as one column', () => {
    const root = parseXmlTree('<données clé="é"><été/></données>');
    expect(root.qname).toBe('données');
    expect(root.attrs).toEqual({ clé: 'é' });
    expect(kid(root, 'été')).toBeDefined();
    const e = parseError('<a>😀& x</a>');
    expect([e.line, e.column]).toEqual([1, 5]);
  });

  it('gives a read-only tree: childless elements share one frozen empty children array and attrs object', () => {
    const root = parseXmlTree('<a><b/><c></c><d>text</d></a>');
    const [b, c, d] = elements(root.children);
    expect(b!.children).toEqual([]);
    expect(c!.children).toEqual([]);
    expect(Object.isFrozen(b!.children) && Object.isFrozen(b!.attrs)).toBe(true);
    // plain objects, like {}
    expect(Object.getPrototypeOf(b!.attrs)).toBe(Object.prototype);
    expect(b!.attrs).toStrictEqual({});
    expect(() => {
      (b!.attrs as Record<string, string>).x = '1';
    }).toThrow(TypeError);
    // a leaf's one text is its children, the same array each time
    expect(d!.children).toEqual(['text']);
    expect(d!.children).toBe(d!.children);
    expect(textOf(d)).toBe('text');
  });
});

describe('parseXmlTree: malformed documents', () => {
  // [what, document, line, column, the message after "not well-formed XML at line L, column C: "]
  type Case = [string, string, number, number, string | RegExp];
  const cases: Case[] = [
    ['mismatched close tag', '<a>\n  <b>x</c>\n</a>', 2, 10, 'unexpected close tag </c> (the open element is <b>)'],
    ['close tag with nothing open', '</a>', 1, 4, 'unexpected close tag </a> (no element is open)'],
    ['close tag after the root', '<a></a></a>', 1, 11, 'unexpected close tag </a> (the root element </a> is already closed)'],
    ['unclosed tag', '<a>\n  <b>text', 2, 10, 'unclosed tag <b>'],
    ['unterminated close tag', '<a></a', 1, 4, 'unterminated close tag </a>'],
    ['malformed close tag', '<a></a x>', 1, 8, 'malformed close tag </a>: unexpected "x" where ">" was expected'],
    ['text after the root', '<a/>\nhello', 2, 1, 'text after the end of the root element </a>'],
    ['text before the root', '  hi <a/>', 1, 3, 'text before the root element'],
    ['second root element', '<a/>\n<b/>', 2, 1, 'a second root element <b> after </a> (a document has exactly one root element)'],
    ['no root', '<?xml version="1.0"?>\n<!-- nothing -->\n', 3, 1, 'the document has no root element'],
    ['empty document', '', 1, 1, 'the document has no root element'],
    ['unquoted attribute value', '<a b=1/>', 1, 6, 'the value of attribute b in <a> must be in quotes'],
    ['attribute without value', '<a b/>', 1, 5, 'attribute b in <a> has no value (expected ="…")'],
    ['duplicate attribute', '<a x="1" x="2"/>', 1, 10, 'duplicate attribute x in <a>'],
    ['duplicate namespace declaration', '<a xmlns:p="u" xmlns:p="v"/>', 1, 16, 'duplicate attribute xmlns:p in <a>'],
    ['duplicate attribute through two prefixes', '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', 1, 36, 'duplicate attribute q:x in <a> (same namespace and name as p:x)'],
    ['"<" in an attribute value', '<a b="x<y"/>', 1, 8, /^"<" in the value of attribute b in <a>/],
    ['unterminated attribute value', '<a b="x/>\n</a>', 2, 1, /^"<" in the value of attribute b in <a> \(write &lt;, or is a closing quote missing\?\)$/],
    ['no white space between attributes', '<a b="1"c="2"/>', 1, 9, 'white space is required before attribute c in <a>'],
    ['unterminated start tag', '<a>\n<b c="1"', 2, 1, 'unterminated start tag <b>'],
    ['"/" not followed by ">"', '<a/ >', 1, 3, '"/" not followed by ">" in the start tag <a>'],
    ['"<" not followed by a name', '<a>1 < 2</a>', 1, 6, '"<" not followed by an element name (unexpected " "; write &lt; for a literal "<")'],
    ['unterminated comment', '<a>\n<!-- never closed\n</a>', 2, 1, 'unterminated comment: <!-- has no matching -->'],
    ['"--" inside a comment', '<a><!-- a -- b --></a>', 1, 11, '"--" is not allowed inside a comment'],
    ['unterminated CDATA section', '<a><![CDATA[ x </a>', 1, 4, 'unterminated CDATA section in <a>: <![CDATA[ has no matching ]]>'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>', 1, 1, 'CDATA section outside the root element'],
    ['"]]>" in text', '<a>x ]]> y</a>', 1, 6, '"]]>" is not allowed in text (inside <a>)'],
    ['unterminated processing instruction', '<a>\n  <?pi data </a>', 2, 3, 'unterminated processing instruction <?pi: no matching ?>'],
    ['XML declaration not at the start', '\n<?xml version="1.0"?><a/>', 2, 1, 'the XML declaration <?xml …?> is allowed only at the very start of the document'],
    ['malformed XML declaration', '<?xml encoding="UTF-8"?><a/>', 1, 1, /^malformed XML declaration/],
    ['malformed markup declaration', '<a><!ELEMENT a ANY></a>', 1, 4, /^malformed markup: "<!" must start a comment/],
    ['misplaced DOCTYPE', '<a/><!DOCTYPE a>', 1, 5, 'misplaced DOCTYPE declaration: it must come once, before the root element'],
    ['unterminated DOCTYPE', '<!DOCTYPE a [\n<!ELEMENT a ANY>\n', 1, 1, 'unterminated DOCTYPE declaration'],
    ['stray "&"', '<a>\nFish & chips</a>', 2, 6, 'stray "&" (write &amp; for a literal ampersand)'],
    ['stray "&" in an attribute value', '<a b="x & y"/>', 1, 9, 'stray "&" (write &amp; for a literal ampersand)'],
    ['unterminated reference', '<a>&amp</a>', 1, 4, 'reference &amp is not terminated by ";" (write &amp; for a literal ampersand)'],
    ['undefined entity', '<a>x&nbsp;</a>', 1, 5, /^undefined entity &nbsp; \(XML defines only/],
    ['character reference to a disallowed character', '<a>&#0;</a>', 1, 4, 'character reference &#0; is not an allowed XML character'],
    ['character reference to a surrogate', '<a b="&#xD800;"/>', 1, 7, 'character reference &#xD800; is not an allowed XML character'],
    ['control character in text', '<a>x\u0001</a>', 1, 5, 'character U+0001 is not allowed in XML'],
    ['control character in an attribute value', '<a b="\u000C"/>', 1, 7, 'character U+000C is not allowed in XML'],
    ['lone surrogate in text', '<a>\uD800x</a>', 1, 4, 'character U+D800 is not allowed in XML'],
    // documents of characters up to U+00FF are searched one control at a time: both kinds, and every control
    ['control character in text after a wide character', '<a>\u20AC x\u001F</a>', 1, 7, 'character U+001F is not allowed in XML'],
    ['U+FFFE in text', '<a>x\uFFFE</a>', 1, 5, 'character U+FFFE is not allowed in XML'],
    ['control character in a comment', '<a><!-- \u0008 --></a>', 1, 9, 'character U+0008 is not allowed in XML'],
    ...Array.from({ length: 0x20 }, (_, c) => c)
      .filter((c) => c !== 0x9 && c !== 0xa && c !== 0xd)
      .map((c): Case => [`C0 control U+${c.toString(16).padStart(4, '0')} in text of Latin-1 characters`, `<a>é${String.fromCharCode(c)}</a>`, 1, 5, `character U+${c.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`]),
    ['unbound element prefix', '<a>\n<p:b/></a>', 2, 2, 'unbound namespace prefix "p" in <p:b>'],
    ['unbound attribute prefix', '<a p:x="1"/>', 1, 4, 'unbound namespace prefix "p" in attribute p:x of <a>'],
    ['malformed qualified name', '<a:b:c/>', 1, 2, 'malformed qualified name "a:b:c" (expected prefix:name, with one colon)'],
    ['undeclaring a prefix', '<a xmlns:p=""/>', 1, 4, 'the namespace prefix "p" may not be undeclared (xmlns:p="") in XML 1.0 (in <a>)'],
    ['element with the xmlns prefix', '<xmlns:a/>', 1, 2, 'element names may not use the prefix "xmlns" (<xmlns:a>)'],
    ['positions counted with CR LF line ends', '<a>\r\n<b>\r\n</c>', 3, 4, 'unexpected close tag </c> (the open element is <b>)'],
  ];

  it.each(cases)('%s', (_what, xml, line, column, detail) => {
    const e = parseError(xml);
    expect(e).toBeInstanceOf(NoticeParseError);
    expect([e.line, e.column]).toEqual([line, column]);
    const prefix = `not well-formed XML at line ${line}, column ${column}: `;
    expect(e.message.startsWith(prefix)).toBe(true);
    const rest = e.message.slice(prefix.length);
    if (typeof detail === 'string') expect(rest).toBe(detail);
    else expect(rest).toMatch(detail);
  });

  it('names the open element of a truncated real notice, at the end of the input', () => {
    const xml = fixture('eforms/cn_25.xml');
    const cut = xml.slice(0, xml.indexOf('Bidders must comply'));
    const e = parseError(cut);
    const lines = cut.split('\n');
    expect([e.line, e.column]).toEqual([lines.length, lines[lines.length - 1]!.length + 1]);
    expect(e.message).toMatch(/: unclosed tag <cbc:Description>$/);
  });
});

describe('parseXmlDocument: texts checked when read', () => {
  const xml = '<a>\n<b>x\u0001y</b><c>fine &amp; well</c><d>\uD800</d></a>';
  const error = refusal;

  it("refuses the document at once with textCheck 'all' (the default)", () => {
    expect(error(() => parseXmlDocument(xml)).message).toMatch(/line 2, column 5: character U\+0001 is not allowed in XML$/);
  });

  it("with textCheck 'read', reads the other texts and refuses each bad one when it is read, naming where", () => {
    const doc = parseXmlDocument(xml, { textCheck: 'read' });
    const child = (name: string) => doc.child(doc.root, doc.localIdOf(name));
    expect(doc.text(child('c'))).toBe('fine & well');
    expect(error(() => doc.text(child('b'))).message).toMatch(/line 2, column 5: character U\+0001 is not allowed in XML$/);
    expect(error(() => doc.text(child('d'))).message).toMatch(/character U\+D800 is not allowed in XML$/);
    // the whole text of the root holds both
    expect(() => doc.text(doc.root)).toThrow(NoticeParseError);
  });

  it("with textCheck 'read', still refuses such a character in a comment, a CDATA section or an attribute value at once", () => {
    expect(() => parseXmlDocument('<a><!-- \u0002 --></a>', { textCheck: 'read' })).toThrow(/U\+0002/);
    expect(() => parseXmlDocument('<a><![CDATA[\u0003]]></a>', { textCheck: 'read' })).toThrow(/U\+0003/);
    expect(() => parseXmlDocument('<a b="\u0004"/>', { textCheck: 'read' })).toThrow(/U\+0004/);
  });
});

describe('parseXmlTree: limits and attacks', () => {
  const nested = (depth: number) => `${'<d>'.repeat(depth)}x${'</d>'.repeat(depth)}`;

  it(`accepts ${MAX_XML_DEPTH} levels of nesting, without recursion`, () => {
    const root = parseXmlTree(nested(MAX_XML_DEPTH));
    expect(textOf(root)).toBe('x');
    expect(findAll(root, () => true).length).toBe(MAX_XML_DEPTH - 1);
  });

  it('refuses a 2,000-deep document cleanly, at the first element too deep', () => {
    const e = parseError(`<r>\n${'<d>'.repeat(1999)}${'</d>'.repeat(1999)}\n</r>`);
    expect(e).toBeInstanceOf(NoticeParseError);
    expect([e.line, e.column]).toEqual([2, 3 * 999 + 1]);
    expect(e.message).toMatch(/: elements nested too deeply: <d> would be at depth 1001 \(the limit is 1000\)$/);
  });

  it('refuses 100,000 levels of nesting without overflowing the stack', () => {
    expect(() => parseXmlTree(nested(100_000))).toThrow(/nested too deeply/);
  });

  it('refuses a billion-laughs document at its first entity declaration', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>`;
    const e = parseError(lol);
    expect(e.message).toBe('XML entity declarations are not allowed');
    expect([e.line, e.column]).toEqual([3, 3]);
  });

  it('refuses external and parameter entity declarations, unterminated DOCTYPE included', () => {
    for (const xml of [
      '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
      '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><a/>',
      '<!DOCTYPE a [<!entity x "y">',
    ]) {
      expect(parseError(xml).message).toBe('XML entity declarations are not allowed');
    }
  });

  // (quadratic work is ruled out by construction: a Set or Map past 16 attributes, a hash table of names with a
  // per-document seed; timing is the benchmark's job, not the tests')
  it('reads a tag with very many attributes, and very many different names', () => {
    const many = 20_000;
    const attrs = Array.from({ length: many }, (_, i) => ` a${i}="${i}"`).join('');
    expect(Object.keys(parseXmlTree(`<r${attrs}/>`).attrs).length).toBe(many);
    expect(parseError(`<r${attrs} a${many - 1}="again"/>`).message).toMatch(`duplicate attribute a${many - 1} in <r>`);
    const prefixed = Array.from({ length: many }, (_, i) => ` p:a${i}="${i}"`).join('');
    expect(parseError(`<r xmlns:p="u" xmlns:q="u"${prefixed} q:a7="x"/>`).message).toMatch(
      'duplicate attribute q:a7 in <r> (same namespace and name as p:a7)',
    );
    const names = Array.from({ length: many }, (_, i) => `<e${i}/>`).join('');
    const root = parseXmlTree(`<r>${names}</r>`);
    expect(root.children.length).toBe(many);
    expect((root.children[many - 1] as XmlElement).name).toBe(`e${many - 1}`);
  });

  it('refuses a lone surrogate in a name', () => {
    const e = parseError('<a\uD800b/>');
    expect([e.line, e.column]).toEqual([1, 3]);
    expect(e.message).toMatch(/character U\+D800 is not allowed in XML$/);
  });

  it('refuses input over 50 MB before parsing', () => {
    expect(() => parseXmlTree(`<a>${' '.repeat(MAX_INPUT_CHARS)}</a>`)).toThrow(/too large.*50 MB/);
  });
});
