/**
 * Every pattern of the catalogue (evidence, subjects, product-group keywords) and of the cue lists must match in
 * time linear in the text. Two checks, neither timed (timings belong to `npm run bench`):
 * 1. structure: no quantifier over something that is itself unboundedly repeated (nested quantifiers), and no
 *    two unbounded repeats side by side that can match the same characters — the shapes that backtrack
 *    exponentially or quadratically;
 * (The time of one megabyte of adversarial text is measured by `npm run bench`.)
 * 2. behaviour (fast-check): on adversarial texts built from the patterns' own pieces, the indexed matcher finds
 *    exactly what each pattern, tried by itself at every word start, finds — so the index, the gap rule and the
 *    atomic words change speed, never results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../criteria/catalogue/index';
import { productGroups } from '../../criteria/product-groups';
import { CUE_SOURCES } from '../../utils/cues';
import { compileMatcher, expandPattern, foldText, parse, type Node } from '../../utils/patterns';

const catalogueSources = [
  ...new Set([
    ...criteria.flatMap((c) => [...Object.values(c.patterns).flat(), ...Object.values(c.appliesTo.subject ?? {}).flat()]),
    ...productGroups.flatMap((g) => Object.values(g.keywords ?? {}).flat()),
  ]),
];
const cueSources = Object.values(CUE_SOURCES).flat();

/** Characters an atom can match: a small set, or "many" (classes, \w, negated classes, dot). */
function charsOf(n: Node): Set<string> | 'many' {
  const a = n.atom;
  switch (a.t) {
    case 'lit':
      return new Set([foldText(a.ch)]);
    case 'class':
    case 'esc':
      return a.chars ? new Set(a.chars) : 'many';
    case 'gap':
      return new Set([' ', '\n', '\t', '-']);
    case 'group': {
      const out = new Set<string>();
      for (const alt of a.alts) {
        for (const m of alt) {
          const c = charsOf(m);
          if (c === 'many') return 'many';
          for (const x of c) out.add(x);
        }
      }
      return out;
    }
    default:
      return 'many';
  }
}

const overlap = (a: Set<string> | 'many', b: Set<string> | 'many') =>
  a === 'many' || b === 'many' || [...a].some((x) => b.has(x));

const unbounded = (n: Node) => n.max === Infinity && !(n.atom.t === 'esc' && n.atom.src === '\\w'); // \w* is atomic

/** Problems of one pattern, as readable strings. */
function problems(src: string): string[] {
  const out: string[] = [];
  const walk = (alts: Node[][], insideRepeat: boolean) => {
    for (const seq of alts) {
      seq.forEach((n, i) => {
        if (insideRepeat && unbounded(n)) out.push(`nested unbounded repeat "${n.quant}" inside a repeated group`);
        if (n.atom.t === 'group') walk(n.atom.alts, insideRepeat || n.max > 1);
        const next = seq[i + 1];
        if (next && unbounded(n) && unbounded(next) && overlap(charsOf(n), charsOf(next))) {
          out.push(`two unbounded repeats side by side can match the same characters (item ${i})`);
        }
      });
    }
  };
  walk(parse(src), false);
  return out;
}

describe('pattern structure', () => {
  it('the checker catches the shapes that backtrack badly', () => {
    expect(problems('(?:a+)+b')).not.toEqual([]);
    expect(problems('x\\d+\\d+y')).not.toEqual([]);
    expect(problems('(?:ab|cd)*x')).toEqual([]);
    expect(problems('accessib\\w*[^.;]{0,60}disab')).toEqual([]);
  });
  it.each([
    ['catalogue', catalogueSources],
    ['cues', cueSources],
  ])('%s patterns have no nested or ambiguous unbounded repeats', (_, sources) => {
    const bad = sources.flatMap((s) => problems(s).map((p) => `/${s}/: ${p}`));
    expect(bad).toEqual([]);
  });
});

describe('indexed matcher', () => {
  const sample = catalogueSources.filter((_, i) => i % 3 === 0).slice(0, 60);
  const matcher = compileMatcher(sample);
  const alone = sample.map((s) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${expandPattern(s)})`, 'uy'));

  /** What each pattern finds by itself at each word start: the reference. */
  function reference(folded: string): string[] {
    const out: string[] = [];
    for (let at = 0; at < folded.length; at++) {
      if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1]!)) continue;
      alone.forEach((re, i) => {
        re.lastIndex = at;
        const m = re.exec(folded);
        if (m) out.push(`${i}@${at}:${m[0].length}`);
      });
    }
    return out.sort();
  }

  // Texts made of the patterns' own words, near misses, separators and accents: what trips an index.
  const pieces = fc.constantFrom(
    ...sample.flatMap((s) => s.replace(/[\\()[\]{}?*+|^$.]/g, ' ').split(/\s+/).filter((w) => w.length > 1)),
    ' ', '  ', '-', '\n', '. ', '; ', 'é', 'É', 'l’', 'x', '9', '2020', 'EU ', 'ISO ', 'EN ',
  );
  const texts = fc.array(pieces, { minLength: 1, maxLength: 400 }).map((a) => a.join(''));

  it('finds exactly what the patterns find one by one', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const folded = foldText(text);
        const found: string[] = [];
        matcher.scan(folded, (i, s, e) => found.push(`${i}@${s}:${e - s}`));
        expect(found.sort()).toEqual(reference(folded));
      }),
      { numRuns: 200, seed: 20261129 },
    );
  });

});
