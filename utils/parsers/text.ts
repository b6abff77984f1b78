/**
 * Plain text → Notice. Pure: takes the file's text.
 *
 * Two shapes:
 *  - "tagged": most lines are `TAG: text` or `PARENT/TAG: text` (TED XML flattened to text). `#` header lines
 *    are skipped; TED tags map to kinds as in the TED XML parser; consecutive `X/P` lines of one element are
 *    one section (joined with "\n"); names, addresses, codes and numbers are not sections.
 *  - anything else: paragraphs separated by blank lines are sections of kind 'other'; a paragraph that starts
 *    with a heading such as "Award criteria", "Selection criteria", "Technical specifications", "Conditions
 *    of performance", "Critères d'attribution", "Conditions d'exécution" gets that kind, and a paragraph that
 *    is only such a heading passes its kind on to the paragraphs below it until the next heading-like line.
 * Title: first TITLE line, else the first non-empty line (max 200 characters). Language: function-word count.
 * CPV: 8-digit codes preceded within 40 characters by "CPV", or written [CODE=dddddddd].
 */
import type { Notice, SectionKind } from '../notice';
import { checkInputSize } from './errors';
import { clipTitle, detectLanguageOf, FieldBuilder, findCpvCodes, leadingHeadingKind, pushUnique, SectionBuilder, TED_TAG_LABEL, tedTagKind } from './common';

const TAG_LINE = /^([A-Z][A-Z0-9_]*(?:\/[A-Z][A-Z0-9_]*)*):[ \t]?(.*)$/;
const AC_TYPE_TAGS: Record<string, string> = { AC_QUALITY: 'quality', AC_COST: 'cost', AC_PRICE: 'price' };
/** Element names of TED XML forms that a flattened notice always has some of. */
const TED_FLAT_TAG = /^(?:P|TITLE|SHORT_DESCR|OFFICIALNAME|TOWN|COUNTRY|NUTS|CPV_CODE|LOT_NO|AC_[A-Z_]+|VAL_[A-Z_]+|DATE_[A-Z_]+|URL_[A-Z_]+|E_MAIL|LEGAL_BASIS|REFERENCE_NUMBER|INFO_ADD|CA_[A-Z_]+)$/;

export function parseText(text: string, opts: { url?: string; fileName?: string } = {}): Notice {
  checkInputSize(text);
  let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  source = stripHtmlStub(source);
  // (splitting on one character is native and several times faster than on an expression)
  const lines = source.indexOf('\r') === -1 ? source.split('\n') : source.split(/\r\n|\r|\n/);

  // each line read once as `TAG: text` (a megabyte has tens of thousands of lines)
  const isContent = (l: string) => l.trim() !== '' && !l.startsWith('#');
  const tagOf = lines.map((l) => (isContent(l) ? TAG_LINE.exec(l) : null));
  const content = lines.filter(isContent);
  const tagLines = tagOf.filter((m): m is RegExpExecArray => m !== null);
  // "Q1: …" / "A1: …" question-and-answer text also looks tagged: require TED element names too
  const tedTags = tagLines.filter((m) => TED_FLAT_TAG.test(lastStep(m[1]!))).length;
  const tagged = content.length >= 3 && tagLines.length >= content.length * 0.6 && tedTags >= Math.max(2, tagLines.length * 0.3);

  const sb = new SectionBuilder();
  const fb = new FieldBuilder();
  const cpv: string[] = [];
  let title = '';
  let buyer: string | undefined;

  if (tagged) {
    // a line that is not `TAG: text` continues the value of the line before it
    const rows: { path: string; value: string }[] = [];
    for (let n = 0; n < lines.length; n++) {
      const l = lines[n]!;
      if (!isContent(l)) continue;
      const m = tagOf[n];
      if (m) rows.push({ path: m[1]!, value: m[2]! });
      else if (rows.length > 0) rows[rows.length - 1]!.value += `\n${l}`;
    }
    let i = 0;
    while (i < rows.length) {
      const { path } = rows[i]!;
      const last = lastStep(path);
      const parent = parentStep(path);
      const element = last === 'P' && parent !== undefined ? parent : last;
      // one element's paragraphs are consecutive lines with the same path
      let value = rows[i]!.value;
      let j = i + 1;
      if (last === 'P') {
        while (j < rows.length && rows[j]!.path === path) value += `\n${rows[j++]!.value}`;
      }
      if (element === 'OFFICIALNAME' && buyer === undefined) buyer = value.trim() || undefined;
      const kind: SectionKind | undefined = tedTagKind(element) ?? (last === 'P' ? 'other' : undefined);
      if (kind) {
        let label = TED_TAG_LABEL[element] ? `${TED_TAG_LABEL[element]} (${path})` : path;
        if (element === 'AC_CRITERION') {
          const type = parent !== undefined ? AC_TYPE_TAGS[parent] : undefined;
          const next = rows[j];
          const weighting = next && lastStep(next.path) === 'AC_WEIGHTING' ? next.value.trim() : undefined;
          const qualifier = [type, weighting ? `weighting ${weighting}` : undefined].filter(Boolean).join(', ');
          label = `Award criterion (${path}${qualifier ? `; ${qualifier}` : ''})`;
          if (type) fb.add({ bt: 'BT-539', value: type, text: value });
          // the weighting in the text too, as the TED XML reader puts it: what makes a named criterion an award
          // criterion with a weight (the same notice, flattened to text, must be judged as its XML)
          if (weighting) value = `${value}\nWeighting: ${weighting}`;
        }
        const section = sb.add(`T:${element}`, label, kind, value);
        if (section && kind === 'title' && !title) title = value;
      }
      i = j;
    }
    if (!title) title = content[0] ?? '';
  } else {
    const paragraphs = splitParagraphs(lines);
    let inherited: SectionKind | undefined;
    for (const p of paragraphs) {
      const firstLine = p.split('\n', 1)[0]!.trim();
      const own = leadingHeadingKind(firstLine);
      const headingOnly = !p.includes('\n') && firstLine.length <= 100 && !/[.;,]$/.test(firstLine);
      let kind: SectionKind;
      if (own && headingOnly) {
        inherited = own;
        kind = own;
      } else if (own) {
        kind = own;
        inherited = undefined;
      } else if (headingOnly && looksLikeHeading(firstLine)) {
        inherited = undefined;
        kind = 'other';
      } else {
        kind = inherited ?? 'other';
      }
      const label = firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine;
      sb.add('P', label, kind, p);
    }
    title = paragraphs.find((p) => p.trim() !== '')?.split('\n', 1)[0] ?? '';
  }

  pushUnique(cpv, ...findCpvCodes(source));

  const notice: Notice = {
    format: 'text',
    title: clipTitle(title),
    language: detectLanguageOf(sb.sections.map((s) => s.text)),
    cpv,
    sections: sb.sections,
    fields: fb.fields,
    gaps: [],
  };
  if (opts.url) notice.url = opts.url;
  if (buyer) notice.buyer = buyer;
  return notice;
}

/** The last step of a tag path ("OBJECT_CONTRACT/SHORT_DESCR/P" → "P"), read without splitting the path. */
function lastStep(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The step before the last ("SHORT_DESCR"), if any. */
function parentStep(path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  if (slash === -1) return undefined;
  return path.slice(path.lastIndexOf('/', slash - 1) + 1, slash);
}

/** Paragraphs separated by blank lines, each trimmed of blank edges (inner line breaks kept). */
function splitParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    if (cur.length > 0) out.push(cur.join('\n').trim());
    cur = [];
  };
  for (const l of lines) {
    if (l.trim() === '') flush();
    else cur.push(l);
  }
  flush();
  return out.filter((p) => p !== '');
}

/** A short line that reads as a heading: numbered ("5. DELIVERABLES"), or mostly capitals. */
function looksLikeHeading(line: string): boolean {
  if (line.length > 80) return false;
  if (/^(?:[A-Z]?\d+(?:\.\d+)*[.)]?|[IVX]+[.)])\s+\S/.test(line)) return true;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/**
 * Text pulled from attachments sometimes starts with an HTML redirect page saved by mistake
 * (`<!DOCTYPE html …><html>…</html>` then the real text): drop that stub.
 */
function stripHtmlStub(text: string): string {
  const m = /^\s*(?:<!DOCTYPE html[^>]*>\s*)?<html[\s>][\s\S]*?<\/html>[ \t]*\r?\n?/i.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.trim().length > 0 ? rest : text;
}
