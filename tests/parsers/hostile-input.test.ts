/**
 * Files made to hurt a reader (issue #7, part 1): entity expansion, external entities, very deep nesting, input over
 * the size limit, and random garbage. Each is refused with a clear message or read in bounded work; none hangs,
 * fetches anything or throws anything but a NoticeParseError. Nothing here is timed (bench/robustness.ts measures
 * the times): bounded work is shown by where the reader stops (the position of its error) and by what it refuses
 * before reading (input over the limit that is malformed from its first character gets the size message).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseNotices } from '../../utils/parsers/detect';
import { MAX_INPUT_CHARS, NoticeParseError } from '../../utils/parsers/errors';
import { MAX_HTML_DEPTH } from '../../utils/parsers/html-document';
import { MAX_JSON_DEPTH } from '../../utils/parsers/ocds';
import { MAX_XML_DEPTH, parseXmlTree, textOf } from '../../utils/parsers/xml-tree';
import { fixture } from './fixture';
import { refusal } from './refusal';


const read = (content: string, fileName: string, url?: string) => parseNotices(content, { fileName, ...(url ? { url } : {}) });

describe('entities: nothing is expanded but the five predefined ones, nothing is fetched', () => {
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  afterEach(() => expect(fetchSpy).not.toHaveBeenCalled());

  it.each([
    ['an internal entity (billion laughs, quadratic blow-up)', `<!DOCTYPE a [<!ENTITY big "${'x'.repeat(10_000)}">]><a>${'&big;'.repeat(1000)}</a>`],
    ['an external entity (SYSTEM)', '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
    ['an external entity (PUBLIC)', '<!DOCTYPE a [<!ENTITY x PUBLIC "-//Example//Text//EN" "http://example.invalid/x.txt">]><a>&x;</a>'],
    ['an external parameter entity', '<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><a/>'],
    ['an internal parameter entity', '<!DOCTYPE a [<!ENTITY % p "<!ENTITY x \'y\'>"> %p;]><a>&x;</a>'],
    ['an unparsed entity', '<!DOCTYPE a [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "http://example.invalid/u" NDATA n>]><a/>'],
    ['a declaration in lower case', '<!DOCTYPE a [<!entity x "y">]><a>&x;</a>'],
  ])('refuses %s at the declaration', (_what, xml) => {
    const e = refusal(() => parseXmlTree(xml));
    expect(e.message).toBe('XML entity declarations are not allowed');
    expect(e.line).toBe(1);
    // the column of the first "<!ENTITY": nothing after it was read
    expect(e.column).toBe(xml.search(/<!ENTITY/i) + 1);
  });

  it('refuses the same in a notice file, with the message the command line shows', () => {
    const xml = fixture('eforms/cn_24_FRA_comments.xml').replace(/^(<\?xml[^>]*\?>)?/, '$1<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>');
    expect(refusal(() => read(xml, 'notice.xml')).message).toMatch(/XML entity declarations are not allowed/);
  });

  it('reads a document that only names an external DTD (SYSTEM or PUBLIC), without fetching it', () => {
    for (const doctype of [
      '<!DOCTYPE a SYSTEM "http://example.invalid/a.dtd">',
      '<!DOCTYPE a PUBLIC "-//Example//DTD A//EN" "http://example.invalid/a.dtd">',
      '<!DOCTYPE a PUBLIC "-//Example//DTD A//EN" "file:///etc/passwd" [<!ELEMENT a (#PCDATA)>]>',
    ]) {
      expect(textOf(parseXmlTree(`${doctype}<a>text</a>`))).toBe('text');
      // an entity the DTD might declare is never looked up: it is undefined
      expect(refusal(() => parseXmlTree(`${doctype}<a>&fromDtd;</a>`)).message).toMatch(/undefined entity &fromDtd;/);
    }
  });

  it('expands character references one by one: a million of them make a million characters', () => {
    const root = parseXmlTree(`<a>${'&#x41;&amp;'.repeat(500_000)}</a>`);
    expect(textOf(root).length).toBe(1_000_000);
  });
});

describe('deep nesting: refused at the first element past the limit, never a stack overflow', () => {
  it('XML: 200,000 levels stop at level 1,001', () => {
    const depth = 200_000;
    const e = refusal(() => parseXmlTree(`${'<d>'.repeat(depth)}${'</d>'.repeat(depth)}`));
    expect(e.message).toMatch(`would be at depth ${MAX_XML_DEPTH + 1}`);
    expect(e.column).toBe(3 * MAX_XML_DEPTH + 1);
  });

  const page = (depth: number, inner = 'The contractor shall recycle the packaging.') =>
    `<html><body><main>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</main></body></html>`;
  // <html>, <body> and <main> are 3 levels: the divs start at level 4
  const divsAtLimit = MAX_HTML_DEPTH - 3;

  it('HTML: 200,000 nested elements stop at level 1,001 (htmlparser2 alone took 47 s on them)', () => {
    const html = page(200_000);
    const e = refusal(() => read(html, 'page.html'));
    expect(e.message).toMatch(/^HTML elements nested too deeply at line 1, column \d+: <div> would be at depth 1001 \(the limit is 1000\)$/);
    // the start tag of the first div too deep: nothing after it was read
    expect(e.column).toBe('<html><body><main>'.length + 5 * divsAtLimit + 1);
  });

  it('HTML: unclosed formatting tags, as a careless page has them, are refused the same way', () => {
    expect(refusal(() => read(`<html><body>${'<p><b>bold '.repeat(5000)}</body></html>`, 'page.html')).message).toMatch(/nested too deeply/);
  });

  it('HTML: a page at the limit is read by every reader (generic, TED, and the portal readers) without overflowing', () => {
    expect(read(page(divsAtLimit), 'page.html')[0]!.sections.map((s) => s.text.trim())).toContain('The contractor shall recycle the packaging.');
    const wrap = (html: string, levels: number) => html.replace(/<body([^>]*)>/i, `<body$1>${'<div>'.repeat(levels)}`).replace(/<\/body>/i, `${'</div>'.repeat(levels)}</body>`);
    const here = (p: string) => readFileSync(fileURLToPath(new URL(`../fixtures/${p}`, import.meta.url)), 'utf8');
    for (const [file, url] of [
      ['ted-html/181161-2020.html', 'https://ted.europa.eu/en/notice/181161-2020/html'],
      ['html/find_a_tender/fts_national_framework_adalimumab_2023.html', 'https://www.find-tender.service.gov.uk/Notice/008624-2023'],
      ['html/contracts_finder/cf_nhs_framework_adalimumab_2018.html', 'https://www.contractsfinder.service.gov.uk/Notice/05c544dc-9e6f-452d-87c1-bf00f3ce73ac'],
      ['html/ungm/notice_27501.html', 'https://www.ungm.org/Public/Notice/27501'],
    ] as const) {
      const flat = read(here(file), 'page.html', url)[0]!;
      // as deep as the page allows: its own deepest element ends just under the limit
      const deep = read(wrap(here(file), 900), 'page.html', url)[0]!;
      expect(deep.sections.map((s) => s.id), file).toEqual(flat.sections.map((s) => s.id));
      expect(deep.sections.map((s) => s.text.replace(/\s+/g, ' ').trim()), file).toEqual(flat.sections.map((s) => s.text.replace(/\s+/g, ' ').trim()));
    }
  });

  const nestedJson = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
  const releases = (depth: number) =>
    `{"releases":[{"ocid":"x","date":"2020-01-01","tender":{"title":"First","x":${nestedJson(depth, '1')}}},` +
    `{"ocid":"x","date":"2021-01-01","tender":{"title":"Second","x":${nestedJson(depth, '2')}}}]}`;

  it('JSON: releases merged recursively are refused past the limit with a clear message (a stack overflow before)', () => {
    expect(refusal(() => read(releases(100_000), 'f.json')).message).toBe(
      `the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep: it cannot be an OCDS file`,
    );
    expect(refusal(() => read(`{"ocid":"x","tender":${'['.repeat(MAX_JSON_DEPTH + 5)}${']'.repeat(MAX_JSON_DEPTH + 5)}}`, 'f.json')).message).toMatch(/nests arrays and objects/);
  });

  it('JSON: nesting up to the limit is merged and read', () => {
    // the root object, "releases", the release, "tender", "x": 5 levels around the nested objects
    expect(read(releases(MAX_JSON_DEPTH - 6), 'f.json')[0]!.title).toBe('Second');
  });

  it('JSON: releases of one contracting process with long item lists merge by id (each id found once, not searched for)', () => {
    const items = (n: number, text: string) => Array.from({ length: n }, (_, i) => ({ id: `item-${i}`, description: `${text} ${i}` }));
    const doc = {
      releases: [
        { ocid: 'x', date: '2020-01-01', tender: { title: 'T', items: items(20_000, 'old') } },
        { ocid: 'x', date: '2021-01-01', tender: { title: 'T', items: [...items(20_000, 'new'), { id: 'item-new', description: 'added' }] } },
      ],
    };
    const [notice] = read(JSON.stringify(doc), 'f.json');
    const text = notice!.sections.map((s) => s.text).join('\n');
    expect(text).toContain('new 19999');
    expect(text).toContain('added');
    expect(text).not.toContain('old 19999');
  });
});

describe('size: over 50 MB is refused before any reading; a large valid file is read', () => {
  // '<' then garbage: any reader that started would report a syntax error at line 1, column 1 instead
  const overLimit = `<${'\u0001'.repeat(MAX_INPUT_CHARS)}`;

  it.each(['notice.xml', 'notice.html', 'notice.json', 'notice.txt', 'notice'])('%s over the limit gets the size message', (name) => {
    const e = refusal(() => read(overLimit, name));
    expect(e.message).toBe('the file is too large to read (50.0 MB; the limit is 50 MB)');
    expect(e.line).toBeUndefined();
  });

  it('an XML document of exactly 50 MB is read', () => {
    const body = 'x'.repeat(MAX_INPUT_CHARS - '<a></a>'.length);
    const root = parseXmlTree(`<a>${body}</a>`);
    expect(textOf(root).length).toBe(body.length);
    expect(() => parseXmlTree(`<a>${body}x</a>`)).toThrow(/too large/);
  });
});

describe('garbage never gets anything but a NoticeParseError out of a reader', () => {
  // pieces of markup, JSON and notice words: random sequences of them reach the readers' corners faster than characters
  const pieces = fc.constantFrom(
    '<', '>', '</', '/>', '<a>', '</a>', '<b x="1">', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE a>', '&amp;',
    '&#x41;', '&', '"', "'", '=', ' ', '\n', '{', '}', '[', ']', ':', ',', '"ocid"', '"releases"', '"tender"', '"items"', '"id"', 'null',
    '1', '"x"', '<html>', '<body>', '<main>', '<h2>', '</h2>', '<p>', 'AWARD CRITERIA', 'shall', 'CPV 45000000', 'xmlns:p="u"', '<p:a>',
    '\u0000', '\uFEFF', '\uD800', 'é',
  );
  const documents = fc.array(pieces, { maxLength: 200 }).map((a) => a.join(''));

  it('whatever the format the name says', () => {
    fc.assert(
      fc.property(documents, fc.constantFrom('n.xml', 'n.html', 'n.json', 'n.txt', 'n'), (doc, name) => {
        try {
          read(doc, name);
        } catch (e) {
          if (!(e instanceof NoticeParseError)) throw e;
        }
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
