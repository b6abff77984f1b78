/**
 * No pattern of the catalogue or of the cue lists takes super-linear time, shown by counting work rather than by
 * timing it (timings are `npm run bench`'s): the matcher is run for real and every attempt it makes (the pattern's
 * regular expression tried at a position) is replayed in a model of a backtracking engine (backtrack-model.ts)
 * that counts the characters it tests and the ways forward it tries. Work on twice the text must be about twice
 * the work: a pattern that rescans what follows it from each of many starts would make it four times, one that
 * backtracks exponentially far more.
 *
 * Texts are made of the pattern's own pieces (its first alternative spelled out, near misses of it, its words),
 * which is what trips a backtracking engine: a long almost-match, repeated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../criteria/catalogue/index';
import { productGroups } from '../../criteria/product-groups';
import { CUE_SOURCES } from '../../utils/cues';
import { compileMatcher, expandPattern, foldText, parse, type Matcher, type Node } from '../../utils/patterns';
import { BacktrackModel } from './backtrack-model';

const sources = [
  ...new Set([
    ...criteria.flatMap((c) => [...Object.values(c.patterns).flat(), ...Object.values(c.appliesTo.subject ?? {}).flat()]),
    ...productGroups.flatMap((g) => Object.values(g.keywords ?? {}).flat()),
    ...Object.values(CUE_SOURCES).flat(),
  ]),
];

/** Named groups get a new number at each expansion (the atomic \w runs): the same pattern, whatever the numbers. */
const sameShape = (re: string) => re.replace(/\(\?<w\d+>/g, '(?<w>').replace(/\\k<w\d+>/g, '\\k<w>');

/** A matcher over `list`, and a way to tell which of its patterns a regular expression it runs is. */
function instrumented(list: readonly string[]) {
  const matcher: Matcher = compileMatcher(list);
  const indexOf = new Map<string, number>();
  list.forEach((s, i) => indexOf.set(sameShape(new RegExp(expandPattern(s), 'y').source), i));
  /** Where the matcher tries each pattern on the folded `text` (the positions its regular expression is run at). */
  const attempts = (text: string): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    const exec = RegExp.prototype.exec;
    const known = new WeakMap<RegExp, number>();
    const spy = function (this: RegExp, s: string) {
      let i = known.get(this);
      if (i === undefined) {
        RegExp.prototype.exec = exec; // the lookup runs regular expressions of its own
        i = indexOf.get(sameShape(this.source)) ?? -1;
        known.set(this, i);
        RegExp.prototype.exec = spy;
      }
      if (i >= 0) (out.get(i) ?? out.set(i, []).get(i)!).push(this.lastIndex);
      return exec.call(this, s);
    };
    RegExp.prototype.exec = spy;
    try {
      matcher.scan(text, () => {});
    } finally {
      RegExp.prototype.exec = exec;
    }
    return out;
  };
  /** The work of pattern i on `text`: its attempts, and the model's steps for each. */
  const work = (i: number, text: string): number => {
    const at = attempts(text).get(i) ?? [];
    const model = new BacktrackModel(text);
    for (const p of at) model.matchAt(list[i]!, p);
    return model.steps + at.length;
  };
  return { attempts, work };
}

/** One string the first alternative of a pattern matches (each repeat spelled once or up to its minimum). */
function spelled(alts: Node[][]): string {
  let out = '';
  for (const n of alts[0]!) {
    const a = n.atom;
    let one = '';
    switch (a.t) {
      case 'lit':
        one = a.ch;
        break;
      case 'class':
        one = a.chars?.[0] ?? (a.src.startsWith('[^') ? 'x' : a.src[1] === '\\' ? (a.src[2] === 'd' ? '1' : ' ') : a.src[1]!);
        break;
      case 'esc':
        one = a.src === '\\d' ? '1' : a.src === '\\w' ? 'a' : a.src === '\\s' || a.src === '\\W' ? ' ' : '';
        break;
      case 'gap':
        one = ' ';
        break;
      case 'group':
        one = a.zeroWidth ? '' : spelled(a.alts);
        break;
      default:
        break;
    }
    out += one.repeat(Math.min(Math.max(n.min, 1), 3));
  }
  return out;
}

/** The longest stretch a pattern can read, counting each unbounded repeat once: texts are made longer than that. */
function reach(alts: Node[][]): number {
  let best = 0;
  for (const seq of alts) {
    let sum = 0;
    for (const n of seq) {
      const a = n.atom;
      const one = a.t === 'group' ? reach(a.alts) : a.t === 'boundary' || (a.t === 'any' && a.src !== '.') ? 0 : 1;
      sum += one * (n.max === Infinity ? Math.max(n.min, 1) : n.max);
    }
    best = Math.max(best, sum);
  }
  return best;
}

/** The work on `unit` repeated to about `length`, and on twice as many repeats. */
function growth(work: (i: number, t: string) => number, i: number, unit: string, length: number) {
  const r = Math.max(1, Math.ceil(length / unit.length));
  const once = work(i, unit.repeat(r));
  const twice = work(i, unit.repeat(2 * r));
  return { once, twice, ratio: twice / Math.max(once, 1) };
}

/** Linear work doubles with the text (a little more, as fewer attempts sit near its end); quadratic work quadruples. */
const MAX_RATIO = 3;

describe('the model of a backtracking engine', () => {
  const words = (s: string) =>
    s
      .replace(/\\[a-zA-Z]/g, ' ')
      .replace(/[\\()[\]{}?*+|^$.!<=:]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 0);

  it('finds exactly what V8 finds with the real regular expression, at every position', () => {
    let matches = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 30 }), (k, picks) => {
        const src = sources[k]!;
        const pieces = [...words(src), foldText(spelled(parse(src))), ' ', '  ', '-', '. ', ';', '\n', 'x', '9', '10', 'é', "'", '’'];
        const text = foldText(picks.map((p) => pieces[p % pieces.length]).join(''));
        const re = new RegExp(expandPattern(src), 'y');
        const model = new BacktrackModel(text);
        for (let p = 0; p <= text.length; p++) {
          re.lastIndex = p;
          const m = re.exec(text);
          const want = m ? p + m[0].length : -1;
          if (want >= 0) matches++;
          expect(model.matchAt(src, p), `/${src}/ at ${p} of ${JSON.stringify(text)}`).toBe(want);
        }
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    expect(matches).toBeGreaterThan(500); // the texts do match, often: not only failures were compared
  });

  it('counts super-linear work where there is some', () => {
    const bad = ['rescan[^.]*end', '(?:a|a)+b', 'x\\d+\\d+y'];
    const { work } = instrumented(bad);
    expect(growth(work, 0, 'rescan ', 2000).ratio).toBeGreaterThan(3.5); // each start reads to the end: quadratic
    expect(growth(work, 1, 'a', 8).ratio).toBeGreaterThan(100); // two ways to read each "a": exponential
    const plain = growth(work, 2, 'x12345y ', 2000); // a match at every word: linear
    expect(plain.once).toBeGreaterThan(0);
    expect(plain.ratio).toBeLessThan(MAX_RATIO);
  });
});

describe('matching work grows linearly with the text', () => {
  const { attempts, work } = instrumented(sources);

  it('for every pattern, on its own almost-matches repeated: twice the text, about twice the work', () => {
    const offenders: string[] = [];
    let tried = 0;
    sources.forEach((src, i) => {
      const alts = parse(src);
      const spelt = foldText(spelled(alts));
      const length = Math.max(128, 2 * reach(alts));
      for (const unit of [`${spelt} `, `${spelt.slice(0, -1)} `, spelt.replace(/ /g, '')]) {
        if (!unit.trim()) continue;
        const g = growth(work, i, unit, length);
        if (g.once > 0) tried++;
        if (g.ratio > MAX_RATIO) offenders.push(`/${src}/ on ${JSON.stringify(unit)}: ${g.once} → ${g.twice} steps`);
      }
    });
    expect(offenders).toEqual([]);
    expect(tried).toBeGreaterThan(sources.length * 2); // the matcher did try the patterns on most of these texts
  });

  it('on random texts of a pattern’s own words and separators, up to 1 MB', () => {
    const wordsOf = (src: string) => src.replace(/\\[a-zA-Z]/g, ' ').replace(/[\\()[\]{}?*+|^$.!<=:]/g, ' ').split(/\s+/).filter(Boolean);
    const separators = [' ', '', '-', '\n', '. ', ', ', '1', '2020 ', 'é', 'x'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(16_384, 131_072, 524_288),
        (k, picks, length) => {
          const src = sources[k]!;
          const pieces = [...wordsOf(src), foldText(spelled(parse(src))), ...separators];
          const unit = foldText(picks.map((p) => pieces[p % pieces.length]).join(''));
          if (!unit) return;
          const g = growth(work, k, unit, length);
          expect(g.ratio, `/${src}/ on ${JSON.stringify(unit)} to ${2 * length} characters: ${g.once} → ${g.twice} steps`).toBeLessThanOrEqual(MAX_RATIO);
        },
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('the matcher’s attempts are bounded by the text: at most a few per word start, whatever the words', () => {
    // 1 MB where every word starts like a pattern and does not finish it (as bench/run.ts's adversarial text)
    const starts = sources.map((s) => foldText(spelled(parse(s))).slice(0, 6).trim()).filter(Boolean);
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${starts[i % starts.length]} `;
    const wordStarts = text.split(' ').length;
    const all = [...attempts(text).values()].reduce((n, at) => n + at.length, 0);
    expect(all).toBeLessThan(wordStarts * 20);
  });
});
