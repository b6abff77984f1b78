/**
 * Compiles the catalogue's evidence patterns (regular-expression sources written by people) into the forms
 * the engine runs. Authors write natural patterns; the compiler makes them forgiving of how notices are typed:
 * - a literal space matches any run of spaces, non-breaking spaces, line breaks and hyphens
 *   ("take back" finds "take-back" and "take\nback");
 * - \b is a Unicode word boundary (JavaScript's own \b only knows ASCII, so it splits "é");
 * - every pattern must start at the start of a word;
 * - accented and unaccented letters match each other ("ecolabel" finds "écolabel", "electrico" "eléctrico").
 * The result is matched case-insensitively with the Unicode flag, on the original text, so that evidence
 * offsets index the text exactly as the page or file has it.
 */

const WORD = '[\\p{L}\\p{N}]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
// wrapped in a group so that a quantifier after the space ("en ?301") applies to the whole gap
const GAP = '(?:[\\s\\u00a0\\u202f\\-\\u2010\\u2011\\u2013]+)';

const FOLD: Record<string, string> = {
  a: 'aàâäáãå', e: 'eéèêë', i: 'iîïíì', o: 'oôöóòõø', u: 'uùûüú', c: 'cç', n: 'nñ', y: 'yÿý',
};
const BASE: Record<string, string> = {};
for (const [base, variants] of Object.entries(FOLD)) for (const v of variants) BASE[v] = base;

/** Rewrites one pattern source as described above (without the word-start guard). */
export function expandPattern(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      if (next === 'b') {
        out += BOUNDARY;
        i++;
        continue;
      }
      // \p{..}, \P{..}, \u{..}, \k<..>: copy the whole escape
      if ((next === 'p' || next === 'P' || next === 'u') && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        out += src.slice(i, close + 1);
        i = close;
        continue;
      }
      if (next === 'k' && src[i + 2] === '<') {
        const close = src.indexOf('>', i);
        out += src.slice(i, close + 1);
        i = close;
        continue;
      }
      out += ch + next;
      i++;
      continue;
    }
    if (ch === '[') {
      // character classes are the author's own: copy up to the closing bracket
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '{') {
      const close = src.indexOf('}', i);
      if (close > i && /^\{\d*(,\d*)?\}$/.test(src.slice(i, close + 1))) {
        out += src.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === '(' && src[i + 1] === '?') {
      const m = /^\(\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(src.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    if (ch === ' ') {
      // collapse runs of spaces in the source too
      while (src[i + 1] === ' ') i++;
      out += GAP;
      continue;
    }
    const lower = ch.toLowerCase();
    const base = BASE[lower];
    if (base) {
      out += `[${FOLD[base]}]`;
      continue;
    }
    out += ch;
  }
  return out;
}

/** A pattern ready to run: `sticky` tests it at a given position. */
export interface CompiledPattern {
  source: string;
  sticky: RegExp;
}

export function compilePattern(src: string): CompiledPattern {
  const body = `(?<!${WORD})(?:${expandPattern(src)})`;
  return { source: src, sticky: new RegExp(body, 'iuy') };
}

/**
 * One scanner for many patterns: a single alternation finds every position where some pattern may start;
 * the engine then tests each pattern there with its sticky form (so that two criteria whose patterns start
 * at the same word both see it).
 */
export function compileScanner(sources: readonly string[]): RegExp {
  const alternatives = sources.map((s) => `(?:${expandPattern(s)})`).join('|');
  return new RegExp(`(?<!${WORD})(?:${alternatives})`, 'giu');
}
