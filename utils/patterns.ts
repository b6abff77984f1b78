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

/**
 * A run of digits in an index key: one mark per first digit (codes 14 to 23, never text in a key) where the
 * pattern names the digit ("2014", "[12]0"), or one mark for any digit (code 24) where it allows most digits
 * ("\\d+", "[2-9]"): spelling those out would make ten keys per digit and overflow the index.
 */
const DIGIT_MARK_BASE = 14;
const ANY_DIGIT_MARK = DIGIT_MARK_BASE + 10;
const digitMark = (d: string) => String.fromCharCode(DIGIT_MARK_BASE + d.charCodeAt(0) - 48);
const isDigitMark = (ch: string | undefined) => !!ch && ch.charCodeAt(0) >= DIGIT_MARK_BASE && ch.charCodeAt(0) <= ANY_DIGIT_MARK;
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
      if (digits.length > 3) return next(acc + String.fromCharCode(ANY_DIGIT_MARK));
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
        // any run of spaces, line breaks or hyphens: indexed as one space (the scan reads a run of them as one)
        if (acc === '') return stop('');
        return next(acc.endsWith(' ') ? acc : `${acc} `);
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
/** Called for each match; returning true (exactly) stops the scan. */
export type OnMatch = (pattern: number, start: number, end: number) => unknown;

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


/** A group of patterns tried together where a key ends (an engine role: one criterion's evidence, one product group's keywords). */
interface KeyGroup {
  logical: number;
  first: number;
  re: RegExp;
}

/** Code units a key can hold, mapped to a small alphabet so that the trie's transitions fit in one flat table. */
const NO_SYMBOL = -1;
const SPACE_SYMBOL = 0;
/** What a gap matches (\\s, no-break spaces, hyphens and dashes; see GAP): in a key, all one space. */
export const GAP_CODES: readonly number[] = [
  9, 10, 11, 12, 13, 32, 45, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009,
  0x200a, 0x2010, 0x2011, 0x2013, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

/**
 * @param groupOf for each source, the group it belongs to (sources of one group are tried as one alternation and
 *   reported under the group's first source); by default each source is its own group.
 */
export function compileMatcher(sources: readonly string[], groupOf?: readonly number[]): Matcher {
  const patterns = sources.map((source) => ({ source, prefixes: indexKeys(source) }));
  const unindexed: number[] = [];
  const keys = new Set<string>();
  /** key → group → member patterns */
  const byKey = new Map<string, Map<number, number[]>>();
  patterns.forEach((p, i) => {
    if (!p.prefixes) return void unindexed.push(i);
    const group = groupOf?.[i] ?? -1 - i;
    for (const key of p.prefixes) {
      keys.add(key);
      const byGroup = byKey.get(key) ?? new Map<number, number[]>();
      byKey.set(key, byGroup);
      const list = byGroup.get(group) ?? [];
      if (!list.includes(i)) list.push(i);
      byGroup.set(group, list);
    }
  });

  // The alphabet: every code unit some key holds (digit marks included), as symbols 0..S-1. Every character a
  // pattern's gap stands for (spaces of any kind, line breaks, hyphens) reads as the space of a key (symbol 0).
  const symbolOf = new Int16Array(65536).fill(NO_SYMBOL);
  for (const code of GAP_CODES) symbolOf[code] = SPACE_SYMBOL;
  let symbols = 1;
  for (const key of keys) {
    for (let k = 0; k < key.length; k++) {
      const code = key.charCodeAt(k);
      if (symbolOf[code] === NO_SYMBOL) symbolOf[code] = symbols++;
    }
  }
  const S = Math.max(symbols, 1);

  // The trie as one table: next[node * S + symbol] is the child node (0: none; the root, node 0, is nobody's child).
  let next = new Int32Array(S * 64);
  let nodeCount = 1;
  const nodeOfKey = new Map<string, number>();
  for (const key of keys) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const slot = node * S + symbolOf[key.charCodeAt(k)]!;
      let child = next[slot]!;
      if (child === 0) {
        child = nodeCount++;
        if ((nodeCount + 1) * S > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[slot] = child;
      }
      node = child;
    }
    nodeOfKey.set(key, node);
  }

  // Tried at a word start, so without the word-start guard, which the scan checks itself.
  const logicalIds = new Map<number, number>();
  // A pattern with many prefixes sits under many nodes: one regular expression per distinct set of members,
  // shared by every node that has that set (expanding and compiling it per node would cost seconds).
  const expanded = new Map<number, string>();
  const expand = (i: number) => expanded.get(i) ?? (expanded.set(i, expandPattern(sources[i]!)), expanded.get(i)!);
  const compiled = new Map<string, RegExp>();
  const groupsOfNode: KeyGroup[][] = [];
  for (const [key, byGroup] of byKey) {
    const node = nodeOfKey.get(key)!;
    const list = (groupsOfNode[node] ??= []);
    for (const [group, members] of byGroup) {
      const id = members.join(',');
      let re = compiled.get(id);
      if (!re) {
        re = new RegExp(members.length === 1 ? expand(members[0]!) : members.map((i) => `(?:${expand(i)})`).join('|'), 'y');
        compiled.set(id, re);
      }
      const logical = logicalIds.get(group) ?? (logicalIds.set(group, logicalIds.size), logicalIds.size - 1);
      list.push({ logical, first: members[0]!, re });
    }
  }
  // Nodes renumbered breadth first: the shallow nodes, where nearly every walk stops, then sit together at the
  // start of the table and stay in the processor's cache (the whole table is a few megabytes).
  const order = [0];
  for (let q = 0; q < order.length; q++) {
    const base = order[q]! * S;
    for (let sym = 0; sym < S; sym++) if (next[base + sym] !== 0) order.push(next[base + sym]!);
  }
  const renumbered = new Int32Array(nodeCount);
  order.forEach((old, i) => (renumbered[old] = i));
  const table = nodeCount < 0x10000 ? new Uint16Array(nodeCount * S) : new Int32Array(nodeCount * S);
  for (let old = 0; old < nodeCount; old++) {
    for (let sym = 0; sym < S; sym++) {
      const child = next[old * S + sym]!;
      if (child !== 0) table[renumbered[old]! * S + sym] = renumbered[child]!;
    }
  }
  // The groups of every node, flat: those of node n are groups[groupStart[n], groupStart[n + 1]).
  const groupStart = new Int32Array(nodeCount + 1);
  const groups: KeyGroup[] = [];
  for (let n = 0; n < nodeCount; n++) {
    groupStart[n] = groups.length;
    for (const g of groupsOfNode[order[n]!] ?? []) groups.push(g);
  }
  groupStart[nodeCount] = groups.length;

  // which word start a group last matched at: one match per group and word start is all the engine needs (a
  // group may sit under two keys of one word, "en" and "en ", with different members: both are tried until one
  // matches)
  const matched = new Float64Array(logicalIds.size).fill(-1);
  let candidate = 0;
  /** set when onMatch asks to stop: the walk and the scan return at once */
  let stopped = false;

  // A word can start a key when its first code unit (or, for a digit, its digit mark) leads out of the root.
  const starts = new Uint8Array(65536);
  const leads = (code: number) => symbolOf[code] !== NO_SYMBOL && table[symbolOf[code]!] !== 0;
  for (let code = 0; code < 65536; code++) {
    if (isDigitCode(code) ? leads(DIGIT_MARK_BASE + code - 48) || leads(ANY_DIGIT_MARK) : leads(code)) starts[code] = 1;
  }
  const firsts = [...new Set([...keys].flatMap((k) => (k.charCodeAt(0) === ANY_DIGIT_MARK ? [...'0123456789'] : isDigitMark(k[0]) ? [String.fromCharCode(k.charCodeAt(0) - DIGIT_MARK_BASE + 48)] : [k[0]!])))];
  const cls = (chars: string[]) => `[${chars.map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')}]`;
  const trigger = firsts.length ? new RegExp(cls(firsts), 'g') : null;
  const unindexedRes = unindexed.map((i) => new RegExp(`(?<!${WORD})(?:${expand(i)})`, 'g'));

  /**
   * Tries every key that starts at `at` (a word start): walks the trie along the text from `node`, `pos`, `k`
   * symbols in, trying the groups of each key passed. A run of digits is one mark and a run of gap characters one
   * space, as in the keys; at a run of digits the walk goes on both under its first digit's mark and under the
   * any-digit mark.
   */
  function walk(folded: string, at: number, node: number, pos: number, k: number, onMatch: OnMatch): void {
    for (; k < LONG_PREFIX; k++) {
      const code = folded.charCodeAt(pos);
      let symbol: number;
      if (isDigitCode(code)) {
        do pos++;
        while (isDigitCode(folded.charCodeAt(pos)));
        const any = symbolOf[ANY_DIGIT_MARK]!;
        if (any !== NO_SYMBOL && table[node * S + any] !== 0) {
          walk(folded, at, table[node * S + any]!, pos, k + 1, onMatch);
          if (stopped) return;
        }
        symbol = symbolOf[DIGIT_MARK_BASE + code - 48]!;
      } else {
        if (code !== code) return; // the end of the text (charCodeAt gave NaN)
        symbol = symbolOf[code]!;
        pos++;
        if (symbol === SPACE_SYMBOL) while (symbolOf[folded.charCodeAt(pos)] === SPACE_SYMBOL) pos++;
      }
      if (symbol === NO_SYMBOL) return;
      node = table[node * S + symbol]!;
      if (node === 0) return;
      for (let g = groupStart[node]!, end = groupStart[node + 1]!; g < end; g++) {
        const group = groups[g]!;
        if (matched[group.logical] === candidate) continue;
        group.re.lastIndex = at;
        const pm = group.re.exec(folded);
        if (pm) {
          matched[group.logical] = candidate;
          if (onMatch(group.first, at, at + pm[0].length) === true) {
            stopped = true;
            return;
          }
        }
      }
    }
  }

  const matcher: Matcher = {
    size: patterns.length,
    trigger,
    test(folded) {
      // (stopped by onMatch's answer, not by an exception: throwing costs microseconds, and cues test every passage)
      let found = false;
      matcher.scan(folded, () => (found = true));
      return found;
    },
    scan(folded, onMatch) {
      stopped = false;
      // Word starts found by hand: one table lookup per code unit, no match objects (a regular expression finding
      // the ~150,000 word starts of a megabyte allocates one result each). A word start is a code unit that can
      // start a key, after one that is not a letter or digit.
      if (trigger) {
        const n = folded.length;
        let inWord = false;
        for (let i = 0; i < n; i++) {
          const c = folded.charCodeAt(i);
          const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordCharAt(folded, i);
          if (!inWord && starts[c] === 1) {
            candidate++;
            walk(folded, i, 0, i, 0, onMatch);
            if (stopped) return;
          }
          inWord = word;
        }
      }
      unindexedRes.forEach((re, k) => {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while (!stopped && (m = re.exec(folded)) !== null) {
          if (onMatch(unindexed[k]!, m.index, m.index + m[0].length) === true) stopped = true;
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
