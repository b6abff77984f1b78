/**
 * Picks the parser for a file's text: TED XML, eForms XML, HTML, plain text, or OCDS JSON (a release, record
 * or package). Pure: takes the text (and optionally the file name / URL, used only as hints and for notice.url).
 */
import type { Notice } from '../notice';
import { checkInputSize, NoticeParseError } from './errors';
import { EFORMS_ROOTS, parseEforms } from './eforms';
import { parseHtml } from './html';
import { parseOcds } from './ocds';
import { parseTedXml } from './ted-xml';
import { parseText } from './text';

export type DetectedFormat = 'eforms' | 'ted-xml' | 'html' | 'text' | 'json';

/**
 * Every notice the file holds: one for XML, HTML and text; one per ocid for OCDS JSON (a release package or a
 * record package may hold many). Throws NoticeParseError when the file cannot be read.
 */
export function parseNotices(content: string, opts: { fileName?: string; url?: string } = {}): Notice[] {
  const urlOpt = opts.url ? { url: opts.url } : {};
  switch (detectFormat(content, opts.fileName)) {
    case 'eforms':
      return [parseEforms(content, urlOpt)];
    case 'ted-xml':
      return [parseTedXml(content, urlOpt)];
    case 'html':
      return [parseHtml(content, urlOpt)];
    case 'json':
      return parseOcds(content, urlOpt);
    case 'text':
      return [parseText(content, { ...urlOpt, ...(opts.fileName ? { fileName: opts.fileName } : {}) })];
  }
}

/**
 * The one notice the file holds. An OCDS package that holds several notices is refused with a
 * NoticeParseError ("the file holds N notices ..."): read it with {@link parseNotices}.
 */
export function parseNotice(content: string, opts: { fileName?: string; url?: string } = {}): Notice {
  const notices = parseNotices(content, opts);
  if (notices.length !== 1) {
    throw new NoticeParseError(
      `the file holds ${notices.length} notices (an OCDS package, one notice per contracting process): read it with parseNotices`,
    );
  }
  return notices[0]!;
}

/**
 * Sniffs the format. The file extension decides for .json, .html/.htm/.xhtml and .txt; otherwise the content
 * does: an XML root of TED_EXPORT → 'ted-xml', an eForms root → 'eforms', any other XML root → error naming
 * it; a doctype/<html>/<body> → 'html'; parseable JSON → 'json' (OCDS); anything else → 'text'. Text that
 * starts like JSON but does not parse is 'text', unless the file name ends in .json or it names OCDS keys
 * ("ocid", "releases", "records"): then the OCDS parser reports the line and column of the error.
 */
export function detectFormat(content: string, fileName?: string): DetectedFormat {
  checkInputSize(content);
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const ext = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';

  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    if (looksLikeJson(head)) return 'json';
    // broken OCDS JSON goes to the OCDS parser, which says where it breaks; other broken JSON-like text is text
    if (/"(?:ocid|releases|records|compiledRelease)"\s*:/.test(head.slice(0, 65536))) return 'json';
    return 'text';
  }
  if (!head.startsWith('<')) {
    if (ext === 'xml') throw new NoticeParseError('not an XML document: the file does not start with "<"');
    return 'text';
  }
  const prolog = skipProlog(head);
  if (/^<!DOCTYPE\s+html\b/i.test(prolog) || /^<(?:html|head|body)\b/i.test(prolog)) {
    // a saved redirect page followed by the real text (seen in text pulled from attachments) is text
    const end = text.search(/<\/html\s*>/i);
    if (ext !== 'xml' && end >= 0 && text.slice(end).replace(/<\/html\s*>/i, '').trim().length > 200 && !/<(?:body|p|div)\b/i.test(text.slice(end))) {
      return 'text';
    }
    return 'html';
  }
  const root = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(prolog);
  if (!root) {
    if (ext === 'xml') throw new NoticeParseError('not an XML document: no root element found');
    return /<(?:html|body|div|p)\b/i.test(head.slice(0, 4096)) ? 'html' : 'text';
  }
  const local = root[2]!;
  if (local === 'TED_EXPORT') return 'ted-xml';
  if (EFORMS_ROOTS.has(local)) return 'eforms';
  if (local.toLowerCase() === 'html') return 'html';
  throw new NoticeParseError(
    `unsupported XML document: the root element is <${root[1] ?? ''}${local}>, neither TED_EXPORT (TED XML) nor an eForms notice (ContractNotice, ContractAwardNotice, PriorInformationNotice, ...)`,
  );
}

/** Skips the XML declaration, processing instructions, comments, whitespace and a non-HTML doctype. */
function skipProlog(s: string): string {
  let rest = s;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return rest;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return rest;
      rest = rest.slice(end + 3);
    } else if (/^<!DOCTYPE\s+html\b/i.test(rest)) {
      return rest;
    } else if (/^<!DOCTYPE/i.test(rest)) {
      // skip the doctype, including an internal subset in [...]
      const bracket = rest.indexOf('[');
      const close = rest.indexOf('>');
      if (bracket >= 0 && bracket < close) {
        const endSubset = rest.indexOf(']', bracket);
        if (/<!ENTITY/i.test(rest.slice(bracket, endSubset >= 0 ? endSubset : undefined))) {
          throw new NoticeParseError('XML entity declarations are not allowed');
        }
        const end = endSubset >= 0 ? rest.indexOf('>', endSubset) : -1;
        if (end < 0) return rest;
        rest = rest.slice(end + 1);
      } else {
        if (close < 0) return rest;
        rest = rest.slice(close + 1);
      }
    } else {
      return rest;
    }
  }
}

function looksLikeJson(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
