/**
 * A model of how a backtracking regular-expression engine (V8's Irregexp) runs a catalogue pattern, that counts
 * its work: every character tested and every way forward tried is one step. The pattern-safety tests compare
 * these counts on texts of growing length, which is deterministic where timing is not.
 *
 * It interprets the pattern's syntax tree (utils/patterns.ts `parse`) with the meaning `expandPattern` gives it:
 * letters folded, a space as a run of spaces and hyphens that can be given back, \b as a Unicode-letter word
 * boundary, \w* and \w+ atomic (never given back), lookbehinds matched backwards as V8 does, greedy and lazy
 * quantifiers, an iteration that matched nothing ending the loop. A test checks that it finds exactly what V8
 * finds with the pattern's real regular expression, so that its counts stand for V8's work.
 */
import { expandPattern, foldText, parse, type Atom, type Node } from '../../utils/patterns';

type Next = (pos: number) => boolean;
type Dir = 1 | -1;

/** What a space in a pattern stands for (GAP in utils/patterns.ts): one run of these, at least one. */
const GAP_NODE: Node = { atom: { t: 'class', src: '[\\s\\u00a0\\u202f\\-\\u2010\\u2011\\u2013]', chars: null }, quant: '+', min: 1, max: Infinity };
const LINE_END = /[\n\r\u2028\u2029]/;

/** Per class or escape, per code unit: 1 when it matches, 0 when not, -1 not yet asked (asked of V8 once). */
const memberships = new Map<string, Int8Array>();
function membershipOf(a: Atom): { table: Int8Array; re: RegExp } {
  const src = a.t === 'class' || a.t === 'esc' ? a.src : '';
  let table = memberships.get(src);
  if (!table) memberships.set(src, (table = new Int8Array(65536).fill(-1)));
  return { table, re: new RegExp(`^(?:${expandPattern(src)})$`) };
}
const classes = new WeakMap<Atom, { table: Int8Array; re: RegExp }>();
/** A literal as the emitted pattern has it: a character with a meaning in regular expressions escaped, any other folded. */
const literals = new WeakMap<Atom, string>();
const literalOf = (a: Atom & { t: 'lit' }) => {
  let l = literals.get(a);
  if (l === undefined) literals.set(a, (l = /[\\^$.*+?()[\]{}|]/.test(a.ch) ? a.ch : foldText(a.ch)));
  return l;
};

const isZeroWidth = (a: Atom) =>
  a.t === 'boundary' || (a.t === 'group' && a.zeroWidth) || (a.t === 'any' && a.src !== '.') || (a.t === 'esc' && a.src === '\\B');
const isAtomicWordRun = (n: Node) => n.atom.t === 'esc' && n.atom.src === '\\w' && (n.quant === '*' || n.quant === '+');

export class BacktrackModel {
  /** Work done so far: characters tested and continuations tried. */
  steps = 0;
  private readonly boundary = new RegExp(expandPattern('\\b'), 'y');
  private readonly notBoundary = /\B/y;
  private readonly compiled = new Map<string, Node[][]>();

  constructor(private readonly text: string) {}

  /** Where a match of the pattern starting at `start` ends, or -1: what `new RegExp(expandPattern(src), 'y')` finds. */
  matchAt(src: string, start: number): number {
    let alts = this.compiled.get(src);
    if (!alts) this.compiled.set(src, (alts = parse(src)));
    let end = -1;
    this.alternatives(alts, start, 1, (p) => {
      end = p;
      return true;
    });
    return end;
  }

  private alternatives(alts: Node[][], pos: number, dir: Dir, next: Next): boolean {
    for (const seq of alts) if (this.sequence(seq, dir === 1 ? 0 : seq.length - 1, pos, dir, next)) return true;
    return false;
  }

  private sequence(seq: Node[], i: number, pos: number, dir: Dir, next: Next): boolean {
    // single characters one after the other cannot be given back: read them in a loop (the same steps, fewer calls)
    for (; i >= 0 && i < seq.length; i += dir) {
      const n = seq[i]!;
      if (n.min !== 1 || n.max !== 1 || n.atom.t === 'group' || n.atom.t === 'gap' || isZeroWidth(n.atom)) break;
      const ch = this.unitAt(pos, dir);
      if (ch === undefined || !this.matchesOne(n, ch)) return false;
      pos += dir;
    }
    if (i < 0 || i >= seq.length) return next(pos);
    return this.node(seq[i]!, pos, dir, (p) => this.sequence(seq, i + dir, p, dir, next));
  }

  /** The code unit the engine reads from `pos` going `dir`, or NaN at the edge. */
  private unitAt(pos: number, dir: Dir): string | undefined {
    const i = dir === 1 ? pos : pos - 1;
    return i >= 0 && i < this.text.length ? this.text[i] : undefined;
  }

  private matchesOne(n: Node, ch: string): boolean {
    this.steps++;
    const a = n.atom;
    switch (a.t) {
      case 'lit':
        return ch === literalOf(a);
      case 'any':
        return !LINE_END.test(ch);
      default: {
        let c = classes.get(a);
        if (!c) classes.set(a, (c = membershipOf(a)));
        const code = ch.charCodeAt(0);
        let m = c.table[code]!;
        if (m === -1) c.table[code] = m = c.re.test(ch) ? 1 : 0;
        return m === 1;
      }
    }
  }

  private assertion(a: Atom, pos: number): boolean {
    this.steps++;
    switch (a.t) {
      case 'boundary':
        this.boundary.lastIndex = pos;
        return this.boundary.test(this.text);
      case 'any':
        return a.src === '^' ? pos === 0 : pos === this.text.length;
      case 'esc':
        this.notBoundary.lastIndex = pos;
        return this.notBoundary.test(this.text);
      case 'group': {
        const behind = a.open.startsWith('(?<');
        const found = this.alternatives(a.alts, pos, behind ? -1 : 1, () => true);
        return a.open.endsWith('!') ? !found : found;
      }
      default:
        return true;
    }
  }

  private node(n: Node, pos: number, dir: Dir, next: Next): boolean {
    const a = n.atom;
    if (isZeroWidth(a)) {
      // an optional assertion can always be skipped: only a required one decides
      if (n.min === 0) return next(pos);
      return this.assertion(a, pos) && next(pos);
    }
    if (a.t === 'gap') return this.group([[GAP_NODE]], n, pos, dir, next);
    if (a.t === 'group') return this.group(a.alts, n, pos, dir, next);
    if (isAtomicWordRun(n)) {
      let p = pos;
      let count = 0;
      for (let ch = this.unitAt(p, dir); ch !== undefined && this.matchesOne(n, ch); ch = this.unitAt(p, dir)) {
        p += dir;
        count++;
      }
      this.steps++;
      return count >= n.min && next(p);
    }
    return this.run(n, pos, dir, next);
  }

  /** A quantified single code unit: read as far as allowed, then give back one at a time (greedy), or the other way. */
  private run(n: Node, pos: number, dir: Dir, next: Next): boolean {
    const lazy = n.quant.length > 1 && n.quant.endsWith('?');
    if (lazy) {
      let p = pos;
      for (let count = 0; ; count++) {
        if (count >= n.min) {
          this.steps++;
          if (next(p)) return true;
        }
        if (count >= n.max) return false;
        const ch = this.unitAt(p, dir);
        if (ch === undefined || !this.matchesOne(n, ch)) return false;
        p += dir;
      }
    }
    let count = 0;
    let p = pos;
    while (count < n.max) {
      const ch = this.unitAt(p, dir);
      if (ch === undefined || !this.matchesOne(n, ch)) break;
      p += dir;
      count++;
    }
    for (; count >= n.min; count--, p -= dir) {
      this.steps++;
      if (next(p)) return true;
    }
    return false;
  }

  /** A quantified group: each iteration tries the alternatives in order; greedy tries one more first. */
  private group(alts: Node[][], n: Node, pos: number, dir: Dir, next: Next): boolean {
    const lazy = n.quant.length > 1 && n.quant.endsWith('?');
    const iterate = (count: number, p: number): boolean => {
      const more = () =>
        count < n.max &&
        this.alternatives(alts, p, dir, (q) => {
          this.steps++;
          // an iteration that matched nothing ends the loop (as in V8), once the minimum is reached
          if (q === p && count >= n.min) return false;
          return iterate(count + 1, q);
        });
      if (lazy) {
        if (count >= n.min) {
          this.steps++;
          if (next(p)) return true;
        }
        return more();
      }
      if (more()) return true;
      if (count < n.min) return false;
      this.steps++;
      return next(p);
    };
    return iterate(0, pos);
  }
}
