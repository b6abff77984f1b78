/**
 * Compiles the catalogue's evidence patterns (regular-expression sources written by people) into a matcher
 * that reads a text once.
 *
 * Authors write natural patterns; the compiler makes them forgiving of how notices are typed:
 * - a literal space matches any run of spaces, non-breaking spaces, line breaks and hyphens
 *   ("take back" finds "take-back" and "take\nback");
 * - \b is a Unicode word boundary (JavaScript's own \b only knows ASCII, so it splits "é");
 * - every pattern starts at the start of a word;
 * - case and accents are ignored ("ecolabel" finds "Écolabel", "eléctrico" finds "electrico").
 *
 * How: the text is folded once to lower case without accents, keeping its length (foldText), so offsets in
 * the folded text are offsets in the original. Patterns are folded the same way and run without the costly
 * case-insensitive Unicode flag. Each pattern is indexed by the first letters it can start with (up to three);
 * one pass of a small regular expression finds the word starts that begin with one of those, and only the
 * patterns of that bucket are tried there. A single alternation of hundreds of patterns, by contrast, is tried
 * alternative by alternative at every position of the text: a thousand times slower on a large notice.
 */

// A letter or digit of FOLDED text (lower case, Latin accents removed): spelled out rather than \p{L}\p{N}, so that
// patterns compile without the Unicode flag, several times faster to build (the catalogue has thousands).
const WORD =
  '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00df-\\u00ff\\u0100-\\u02af\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u06ff\\u0900-\\u0dff\\u0e00-\\u0eff\\u1e00-\\u1fff\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
// wrapped in a group so that a quantifier after the space ("en ?301") applies to the whole gap
const GAP = '(?:[\\s\\u00a0\\u202f\\-\\u2010\\u2011\\u2013]+)';
/** Patterns are indexed by up to this many leading characters; a gap counts as one space. */
const PREFIX_LENGTH = 5;
/**
 * The matcher indexes a pattern by up to LONG_PREFIX characters where that stays within MAX_PREFIXES keys, so
 * that common word starts ("contr", "servi") do not send every word to every pattern that starts with them.
 */
const LONG_PREFIX = 8;
const MAX_PREFIXES = 200;

/** Folded form of each character that folds to one other character (lower case, no accent). */
const FOLD = new Map<string, string>();
for (let code = 0xc0; code <= 0x24f; code++) {
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD')[0] ?? lower;
  if (base.length === 1 && base !== ch) FOLD.set(ch, /[a-z]/.test(base) ? base : lower);
}
for (const [from, to] of [
  ['ø', 'o'], ['Ø', 'o'], ['đ', 'd'], ['Đ', 'd'], ['ł', 'l'], ['Ł', 'l'], ['ħ', 'h'], ['ı', 'i'],
  ['\u2019', "'"], ['\u2018', "'"], ['\u02bc', "'"], ['\u00a0', ' '], ['\u202f', ' '],
] as const) FOLD.set(from, to);
const FOLDABLE = /[\u00c0-\u024f\u2018\u2019\u02bc\u00a0\u202f]/g;

/** Lower case, accents and typographic apostrophes folded; the same length as `text`, character for character. */
export function foldText(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // a few characters lower-case to two ("İ"): fold those one by one and keep the rest
    let out = '';
    for (const ch of text) {
      const l = ch.toLowerCase();
      out += l.length === ch.length ? l : ch;
    }
    lower = out;
  }
  return lower.replace(FOLDABLE, (ch) => FOLD.get(ch) ?? ch);
}

// --- parsing pattern sources into a small syntax tree -----------------------------------------------------

export type Atom =
  | { t: 'lit'; ch: string }
  | { t: 'class'; src: string; chars: string[] | null }
  | { t: 'esc'; src: string; chars: string[] | null }
  | { t: 'group'; open: string; alts: Node[][]; zeroWidth: boolean }
  | { t: 'gap' }
  | { t: 'boundary' }
  | { t: 'any'; src: string };
export interface Node {
  atom: Atom;
  quant: string;
  min: number;
  max: number;
}

export class PatternSyntaxError extends Error {}

/** The alternatives of a pattern source, each a sequence of quantified atoms. */
export function parse(src: string): Node[][] {
  let i = 0;
  const peek = () => src[i];
  function parseAlts(): Node[][] {
    const alts: Node[][] = [[]];
    while (i < src.length && peek() !== ')') {
      if (peek() === '|') {
        i++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1]!.push(parseNode());
    }
    return alts;
  }
  function parseAtom(): Atom {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (next === 'b') {
        i += 2;
        return { t: 'boundary' };
      }
      if ((next === 'p' || next === 'P' || next === 'u') && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        const s = src.slice(i, close + 1);
        i = close + 1;
        return { t: 'esc', src: s, chars: null };
      }
      if (next === 'u' || next === 'x') {
        const len = next === 'u' ? 6 : 4;
        const s = src.slice(i, i + len);
        i += len;
        return { t: 'lit', ch: String.fromCharCode(parseInt(s.slice(2), 16)) };
      }
      i += 2;
      if (next === 'd') return { t: 'esc', src: '\\d', chars: '0123456789'.split('') };
      // \. \- \/ and the like are the literal character; \s \w \D \B and back-references are not
      if (/[sSwWDB]/.test(next) || /[0-9]/.test(next)) return { t: 'esc', src: `\\${next}`, chars: null };
      const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
      return { t: 'lit', ch: control[next] ?? next };
    }
    if (ch === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      const s = src.slice(i, j + 1);
      i = j + 1;
      return { t: 'class', src: s, chars: enumerateClass(s) };
    }
    if (ch === '(') {
      const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(src.slice(i))!;
      i += m[0].length;
      const alts = parseAlts();
      if (src[i] !== ')') throw new PatternSyntaxError('unclosed group');
      i++;
      const zeroWidth = /^\(\?(?:=|!|<=|<!)$/.test(m[0]);
      return { t: 'group', open: m[0], alts, zeroWidth };
    }
    if (ch === ' ') {
      while (src[i] === ' ') i++;
      return { t: 'gap' };
    }
    i++;
    if (ch === '.' || ch === '^' || ch === '$') return { t: 'any', src: ch };
    return { t: 'lit', ch };
  }
  function parseNode(): Node {
    const atom = parseAtom();
    const q = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/.exec(src.slice(i));
    if (!q) return { atom, quant: '', min: 1, max: 1 };
    i += q[0].length;
    const base = q[0].replace(/\?$/, '') || q[0];
    let min = 1;
    let max = 1;
    if (base === '?') [min, max] = [0, 1];
    else if (base === '*') [min, max] = [0, Infinity];
    else if (base === '+') [min, max] = [1, Infinity];
    else {
      const [a, b] = base.slice(1, -1).split(',');
      min = Number(a || 0);
      max = b === undefined ? min : b === '' ? Infinity : Number(b);
    }
    return { atom, quant: q[0], min, max };
  }
  const alts = parseAlts();
  if (i < src.length) throw new PatternSyntaxError(`unexpected ")" at ${i}`);
  return alts;
}

/** The characters a simple class like [ae] or [a-c] stands for (folded), or null when it is not small and plain. */
function enumerateClass(src: string): string[] | null {
  if (src.startsWith('[^')) return null;
  const body = src.slice(1, -1);
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      const next = body[i + 1] ?? '';
      if (/[dswDSWpPu]/.test(next)) return null;
      out.add(foldText(next));
      i++;
    } else if (body[i + 1] === '-' && i + 2 < body.length) {
      const from = ch.charCodeAt(0);
      const to = body.charCodeAt(i + 2);
      if (to - from > 12) return null;
      for (let c = from; c <= to; c++) out.add(foldText(String.fromCharCode(c)));
      i += 2;
    } else out.add(foldText(ch));
  }
  return out.size ? [...out] : null;
}

// --- emitting the folded regular expression -----------------------------------------------------------------

function foldClass(src: string): string {
  // fold literal letters inside a class; keep escapes and ranges as written (lower-cased)
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    out += foldText(ch);
  }
  return out;
}

function emitAlts(alts: Node[][]): string {
  return alts.map((seq) => seq.map(emitNode).join('')).join('|');
}

let atomicId = 0;

function emitNode(n: Node): string {
  const a = n.atom;
  // "\w*" and "\w+" mean "the rest of the word": make them atomic (a lookahead captures the run, a
  // backreference consumes it), so that the engine never backtracks into a word to try the gap after it.
  // Without this, "accessib\w*[^.;]{0,60}x" tries every split of the word against the gap.
  if (a.t === 'esc' && a.src === '\\w' && (n.quant === '*' || n.quant === '+')) {
    const name = `w${atomicId++}`;
    return `(?=(?<${name}>\\w${n.quant}))\\k<${name}>`;
  }
  let s: string;
  switch (a.t) {
    case 'lit':
      s = /[\\^$.*+?()[\]{}|]/.test(a.ch) ? `\\${a.ch}` : foldText(a.ch);
      break;
    case 'class':
      s = foldClass(a.src);
      break;
    case 'esc':
      s = a.src;
      break;
    case 'group':
      s = `${a.open}${emitAlts(a.alts)})`;
      break;
    case 'gap':
      s = GAP;
      break;
    case 'boundary':
      s = BOUNDARY;
      break;
    case 'any':
      s = a.src;
      break;
  }
  return s + n.quant;
}

/** The folded regular-expression body of one pattern source (without the word-start guard). */
export function expandPattern(src: string): string {
  return emitAlts(parse(src));
}

// --- the first letters a pattern can start with -----------------------------------------------------------

/** Stands for a run of digits in index keys. */
/** A run of digits in an index key: one mark per first digit (codes 14 to 23, never text in a key). */
const DIGIT_MARK_BASE = 14;
const digitMark = (d: string) => String.fromCharCode(DIGIT_MARK_BASE + d.charCodeAt(0) - 48);
const isDigitMark = (ch: string | undefined) => !!ch && ch.charCodeAt(0) >= DIGIT_MARK_BASE && ch.charCodeAt(0) < DIGIT_MARK_BASE + 10;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

function isDigitAtom(a: Atom): boolean {
  if (a.t === 'lit') return a.ch >= '0' && a.ch <= '9';
  if (a.t === 'class' || a.t === 'esc') return !!a.chars?.length && a.chars.every((c) => c >= '0' && c <= '9');
  return false;
}

/**
 * Every string of up to three characters that a match of the pattern can start with (in folded text), or
 * null when the pattern may start with anything (then it cannot be indexed: the catalogue's meta-tests
 * forbid such patterns).
 */
export function prefixesOf(src: string, maxLength = PREFIX_LENGTH): string[] | null {
  const out = new Set<string>();
  let overflow = false;

  // Walk a sequence from item idx with the prefix so far; `rest` continues after the sequence ends.
  function walk(seq: Node[], idx: number, acc: string, rest: (acc: string) => void): void {
    if (overflow) return;
    if (acc.length >= maxLength) return void out.add(acc.slice(0, maxLength));
    if (idx >= seq.length) return rest(acc);
    const n = seq[idx]!;
    const next = (a: string) => walk(seq, idx + 1, a, rest);
    if (n.min === 0) next(acc);
    const a = n.atom;
    // Digits: a run of digits, however long, is one mark in a key, standing for its first digit (the scan reads
    // the text the same way), so that "5 years", "30 %", "ISO 14001" are indexed by their number's first digit and
    // what follows it.
    if (isDigitAtom(a)) {
      if (isDigitMark(acc[acc.length - 1])) return next(acc); // the run goes on
      const digits = a.t === 'lit' ? [a.ch] : (a as { chars: string[] }).chars;
      for (const d of digits) next(acc + digitMark(d));
      return;
    }
    // after one occurrence of a repeated atom we no longer know what follows: stop there
    const after = n.max > 1 ? (x: string) => stop(x) : next;
    switch (a.t) {
      case 'lit':
        return after(acc + foldText(a.ch));
      case 'class':
      case 'esc':
        if (!a.chars) return stop(acc);
        for (const ch of a.chars) after(acc + ch);
        return;
      case 'group':
        if (a.zeroWidth) return next(acc);
        for (const alt of a.alts) walk(alt, 0, acc, after);
        return;
      case 'boundary':
        return next(acc);
      case 'gap':
        // any run of spaces, line breaks or hyphens: indexed as one space, and the prefix ends there
        return stop(acc === '' ? '' : `${acc} `);
      case 'any':
        return stop(acc);
    }
  }
  function stop(acc: string): void {
    if (acc === '') overflow = true;
    else out.add(acc);
    if (out.size > MAX_PREFIXES) overflow = true;
  }
  for (const alt of parse(src)) walk(alt, 0, '', stop);
  return overflow ? null : [...out];
}

/**
 * The keys the matcher indexes a pattern by: as long as possible (up to LONG_PREFIX characters) within
 * MAX_PREFIXES keys, shorter where a pattern branches too much; null only when it may start with anything.
 */
export function indexKeys(src: string): string[] | null {
  for (const length of [LONG_PREFIX, PREFIX_LENGTH, 3, 2, 1]) {
    const keys = prefixesOf(src, length);
    if (keys) return keys;
  }
  return null;
}

// --- matchers ---------------------------------------------------------------------------------------------

export interface CompiledPattern {
  source: string;
  /** Tests the pattern at a position of FOLDED text (set lastIndex first). */
  sticky: RegExp;
  prefixes: string[] | null;
}

export function compilePattern(src: string): CompiledPattern {
  const body = `(?<!${WORD})(?:${expandPattern(src)})`;
  return { source: src, sticky: new RegExp(body, 'y'), prefixes: prefixesOf(src) };
}

/** Every (pattern, start, end) found in a text: offsets index the original text. */
export type OnMatch = (pattern: number, start: number, end: number) => void;

export interface Matcher {
  /** Number of patterns. */
  size: number;
  /** The regular expression that finds candidate word starts (null when no pattern is indexed). */
  trigger: RegExp | null;
  /** Finds every pattern at every word start of `folded` (from foldText). */
  scan(folded: string, onMatch: OnMatch): void;
  /** Whether any pattern occurs in `folded`; stops at the first. */
  test(folded: string): boolean;
}


/** Is the character at i of a folded text a letter or digit? ASCII first: it is nearly every case. */
function isWordCharAt(s: string, i: number): boolean {
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(s[i]!);
}

/** Characters a gap in a pattern (a literal space) stands for: spaces, line breaks, hyphens. */
function isGapCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 0xa0 || c === 0x202f || (c >= 0x2010 && c <= 0x2013);
}

interface TrieNode {
  /**
   * Patterns whose prefix ends here, combined per group (an engine role: one criterion's evidence, one product
   * group's keywords): at a word start only whether a group matches, and how far, matters.
   */
  groups: { logical: number; first: number; re: RegExp }[];
  /** Children by character code: an array for ASCII (nearly every lookup: folded text is mostly ASCII), a map beyond. */
  ascii: (TrieNode | undefined)[];
  other: Map<number, TrieNode>;
}

/**
 * @param groupOf for each source, the group it belongs to (sources of one group are tried as one alternation and
 *   reported under the group's first source); by default each source is its own group.
 */
export function compileMatcher(sources: readonly string[], groupOf?: readonly number[]): Matcher {
  const patterns = sources.map((source) => ({ source, prefixes: indexKeys(source) }));
  const newNode = (): TrieNode => ({ groups: [], ascii: new Array<TrieNode | undefined>(128).fill(undefined), other: new Map() });
  const root = newNode();
  const members = new Map<TrieNode, Map<number, number[]>>();
  const unindexed: number[] = [];
  const keys = new Set<string>();
  patterns.forEach((p, i) => {
    if (!p.prefixes) return void unindexed.push(i);
    const group = groupOf?.[i] ?? -1 - i;
    for (const key of p.prefixes) {
      keys.add(key);
      let node = root;
      for (let k = 0; k < key.length; k++) {
        const code = key.charCodeAt(k);
        let child = code < 128 ? node.ascii[code] : node.other.get(code);
        if (!child) {
          child = newNode();
          if (code < 128) node.ascii[code] = child;
          else node.other.set(code, child);
        }
        node = child;
      }
      const byGroup = members.get(node) ?? new Map<number, number[]>();
      members.set(node, byGroup);
      const list = byGroup.get(group) ?? [];
      if (!list.includes(i)) list.push(i);
      byGroup.set(group, list);
    }
  });
  // Tried at a word start, so without the word-start guard, which the scan checks itself.
  const logicalIds = new Map<number, number>();
  // A pattern with many prefixes sits under many nodes: one regular expression per distinct set of members,
  // shared by every node that has that set (expanding and compiling it per node would cost seconds).
  const expanded = new Map<number, string>();
  const expand = (i: number) => expanded.get(i) ?? (expanded.set(i, expandPattern(sources[i]!)), expanded.get(i)!);
  const compiled = new Map<string, RegExp>();
  for (const [node, byGroup] of members) {
    for (const [group, list] of byGroup) {
      const key = list.join(',');
      let re = compiled.get(key);
      if (!re) {
        re = new RegExp(list.length === 1 ? expand(list[0]!) : list.map((i) => `(?:${expand(i)})`).join('|'), 'y');
        compiled.set(key, re);
      }
      const logical = logicalIds.get(group) ?? (logicalIds.set(group, logicalIds.size), logicalIds.size - 1);
      node.groups.push({ logical, first: list[0]!, re });
    }
  }
  // which word start a group last matched at: one match per group and word start is all the engine needs (a
  // group may sit under two keys of one word, "en" and "en ", with different members: both are tried until one
  // matches)
  const matched = new Float64Array(logicalIds.size).fill(-1);
  let candidate = 0;

  // The trigger finds word starts whose first character starts some key; the trie walk does the rest. \b is
  // ASCII-only, right for folded Latin text; a key starting with another letter is found without it and its word
  // start checked by hand like every other.
  const firsts = [...new Set([...keys].map((k) => (isDigitMark(k[0]) ? String.fromCharCode(k.charCodeAt(0) - DIGIT_MARK_BASE + 48) : k[0]!)))];
  const cls = (chars: string[]) => `[${chars.map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')}]`;
  const ascii = firsts.filter((c) => /[a-z0-9]/.test(c));
  const other = firsts.filter((c) => !/[a-z0-9]/.test(c));
  const parts = [ascii.length ? `\\b${cls(ascii)}` : '', other.length ? cls(other) : ''].filter(Boolean);
  const trigger = parts.length ? new RegExp(parts.join('|'), 'g') : null;
  const unindexedRes = unindexed.map((i) => new RegExp(`(?<!${WORD})(?:${expand(i)})`, 'g'));

  const STOP = Symbol('stop');
  const matcher: Matcher = {
    size: patterns.length,
    trigger,
    test(folded) {
      try {
        matcher.scan(folded, () => {
          throw STOP;
        });
      } catch (e) {
        if (e === STOP) return true;
        throw e;
      }
      return false;
    },
    scan(folded, onMatch) {
      if (trigger) {
        trigger.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = trigger.exec(folded)) !== null) {
          const at = m.index;
          if (isWordCharAt(folded, at - 1)) continue;
          candidate++;
          let node: TrieNode | undefined = root;
          let pos = at;
          for (let k = 0; k < LONG_PREFIX; k++) {
            let code = folded.charCodeAt(pos);
            if (isDigitCode(code)) {
              // a run of digits is one mark, as in the keys
              code = DIGIT_MARK_BASE + code - 48;
              do pos++;
              while (isDigitCode(folded.charCodeAt(pos)));
            } else {
              if (isGapCode(code)) code = 32;
              pos++;
            }
            node = code < 128 ? node.ascii[code] : node.other.get(code);
            if (!node) break;
            for (const g of node.groups) {
              if (matched[g.logical] === candidate) continue;
              g.re.lastIndex = at;
              const pm = g.re.exec(folded);
              if (pm) {
                matched[g.logical] = candidate;
                onMatch(g.first, at, at + pm[0].length);
              }
            }
          }
        }
      }
      unindexedRes.forEach((re, k) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(folded)) !== null) {
          onMatch(unindexed[k]!, m.index, m.index + m[0].length);
          re.lastIndex = m.index + Math.max(1, m[0].length);
        }
      });
    },
  };
  return matcher;
}

/** A plain alternation of folded patterns, for short passages (binding and negation cues). */
export function compileScanner(sources: readonly string[]): RegExp {
  const alternatives = sources.map((s) => `(?:${expandPattern(s)})`).join('|');
  return new RegExp(`(?<!${WORD})(?:${alternatives})`, 'g');
}
