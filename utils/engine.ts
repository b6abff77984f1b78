/**
 * The engine: a Notice in, a Report out. Pure: no DOM, no browser API, no zod, so the same code runs in the
 * content script, the popup and on the command line.
 *
 * For each criterion, in this order of precedence:
 * 1. a structured field that declares it, or a passage that binds the supplier to it → present;
 * 2. a structured field saying it is deliberately not used (BT-754 n-inc), or a passage saying it is not
 *    required → missing, with that evidence and the reason;
 * 3. it does not apply to what is bought → not-applicable;
 * 4. weak signs only (BT-06 declared with no requirement in the text; a mention that binds nobody), it may or
 *    may not apply (no CPV, a whole CPV division), or part of the notice could not be read → uncertain, with
 *    the reason;
 * 5. otherwise → missing.
 */
import type { Criterion, FieldRule, ProductGroup } from '../criteria/schema';
import { applicability, groupsOfNotice, indexGroups, type GroupIndex } from './applicability';
import { hasBindingCue, hasNegationCue } from './cues';
import type { Notice, NoticeSection, SectionKind } from './notice';
import { passageAround } from './passage';
import { compilePattern, compileScanner } from './patterns';
import type { CriterionResult, Evidence, Outcome, Report } from './report';
import { ENGINE_VERSION } from './version';

/** Passages in these parts of a notice bind the supplier by where they stand. */
const BINDING_KINDS: ReadonlySet<SectionKind> = new Set(['selection', 'specification', 'award', 'performance']);
/** At most this many passages of evidence per criterion: enough to convince, few enough to read. */
const MAX_EVIDENCE = 5;

interface CompiledCriterion {
  criterion: Criterion;
  /** indexes into CompiledCatalogue.patterns */
  patterns: number[];
}

export interface CompiledCatalogue {
  version: string;
  criteria: CompiledCriterion[];
  patterns: { criterion: number; sticky: RegExp }[];
  scanner: RegExp;
  groups: GroupIndex;
}

/** Compiles every pattern once; reuse the result for every notice. */
export function compileCatalogue(
  criteria: readonly Criterion[],
  groups: readonly ProductGroup[],
  version: string,
): CompiledCatalogue {
  const patterns: CompiledCatalogue['patterns'] = [];
  const sources: string[] = [];
  const compiled = criteria.map((criterion, ci) => {
    const own: number[] = [];
    for (const list of Object.values(criterion.patterns)) {
      for (const src of list) {
        own.push(patterns.length);
        patterns.push({ criterion: ci, sticky: compilePattern(src).sticky });
        sources.push(src);
      }
    }
    return { criterion, patterns: own };
  });
  return { version, criteria: compiled, patterns, scanner: compileScanner(sources), groups: indexGroups(groups) };
}

interface Hit {
  section: NoticeSection;
  start: number;
  end: number;
}

/** One pass of the scanner over each section; at each candidate position, every pattern is tried. */
function findHits(notice: Notice, cat: CompiledCatalogue): Hit[][] {
  const hits: Hit[][] = cat.criteria.map(() => []);
  const scanner = new RegExp(cat.scanner.source, cat.scanner.flags);
  for (const section of notice.sections) {
    if (section.kind === 'boilerplate' || !section.text) continue;
    const text = section.text;
    scanner.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = scanner.exec(text)) !== null) {
      const at = m.index;
      const seen = new Set<number>();
      for (const p of cat.patterns) {
        if (seen.has(p.criterion)) continue;
        p.sticky.lastIndex = at;
        const pm = p.sticky.exec(text);
        if (pm) {
          seen.add(p.criterion);
          hits[p.criterion]!.push({ section, start: at, end: at + pm[0].length });
        }
      }
      scanner.lastIndex = at + 1;
    }
  }
  return hits;
}

type PassageClass = 'binding' | 'negated' | 'mention';

interface Passage {
  evidence: Evidence;
  cls: PassageClass;
}

function classify(section: NoticeSection, passage: string): PassageClass {
  if (hasNegationCue(passage)) return 'negated';
  if (section.kind === 'title') return 'mention';
  if (BINDING_KINDS.has(section.kind)) return 'binding';
  return hasBindingCue(passage) ? 'binding' : 'mention';
}

function passagesOf(hits: Hit[]): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const [s, e] = passageAround(h.section.text, h.start, h.end);
    const key = `${h.section.id}:${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = h.section.text.slice(s, e);
    const cls = classify(h.section, text);
    out.push({
      cls,
      evidence: {
        text,
        start: s,
        end: e,
        section: h.section.id,
        label: h.section.label,
        kind: 'text',
        strength: cls === 'binding' ? 'strong' : 'weak',
        match: { start: h.start, end: h.end },
      },
    });
  }
  return out;
}

function fieldEvidence(notice: Notice, rules: readonly FieldRule[]): { rule: FieldRule; evidence: Evidence }[] {
  const out: { rule: FieldRule; evidence: Evidence }[] = [];
  for (const rule of rules) {
    for (const f of notice.fields) {
      if (f.bt !== rule.bt || !rule.values.includes(f.value)) continue;
      const text = f.text?.trim() ? f.text.trim() : `${rule.label}: ${f.value}`;
      const shownIn = f.section ? notice.sections.find((s) => s.id === f.section) : undefined;
      out.push({
        rule,
        evidence: {
          text,
          start: 0,
          end: text.length,
          section: f.section ?? `field:${f.bt}${f.lot ? `@${f.lot}` : ''}`,
          label: shownIn?.label ?? rule.label,
          kind: 'field',
          strength: rule.effect === 'present' ? 'strong' : 'weak',
          field: { bt: f.bt, value: f.value, label: rule.label, ...(f.lot ? { lot: f.lot } : {}) },
        },
      });
    }
  }
  return out;
}

const quote = (s: string, max = 120) => `“${s.length > max ? `${s.slice(0, max - 1)}…` : s}”`;

function judge(c: Criterion, notice: Notice, hits: Hit[], cat: CompiledCatalogue, ng: ReturnType<typeof groupsOfNotice>): CriterionResult {
  const passages = passagesOf(hits);
  const fields = fieldEvidence(notice, c.fields);
  const take = (list: Evidence[]) => list.slice(0, MAX_EVIDENCE);
  const app = applicability(c.appliesTo, notice, ng, cat.groups);
  const groups = app.applies === 'no' ? [] : app.groups;

  const strongFields = fields.filter((f) => f.rule.effect === 'present').map((f) => f.evidence);
  const binding = passages.filter((p) => p.cls === 'binding').map((p) => p.evidence);
  if (strongFields.length || binding.length) {
    return { id: c.id, outcome: 'present', evidence: take([...binding, ...strongFields]), groups };
  }

  const absent = fields.filter((f) => f.rule.effect === 'absent');
  if (absent.length) {
    const f = absent[0]!;
    const why = f.evidence.text !== `${f.rule.label}: ${f.evidence.field?.value}` ? ` Justification: ${quote(f.evidence.text, 200)}` : '';
    return { id: c.id, outcome: 'missing', evidence: take(absent.map((a) => a.evidence)), reason: `${f.rule.label}.${why}`, groups };
  }
  const negated = passages.filter((p) => p.cls === 'negated').map((p) => p.evidence);
  if (negated.length) {
    return {
      id: c.id,
      outcome: 'missing',
      evidence: take(negated),
      reason: `The notice says it does not require it: ${quote(negated[0]!.text)}`,
      groups,
    };
  }

  if (app.applies === 'no') return { id: c.id, outcome: 'not-applicable', evidence: [], groups: [] };

  const weakFields = fields.filter((f) => f.rule.effect === 'weak');
  if (weakFields.length) {
    const f = weakFields[0]!;
    return {
      id: c.id,
      outcome: 'uncertain',
      evidence: take(weakFields.map((w) => w.evidence)),
      reason: `${f.rule.label} is declared, but no passage of the notice makes it a requirement.`,
      groups,
    };
  }
  const mentions = passages.filter((p) => p.cls === 'mention').map((p) => p.evidence);
  if (mentions.length) {
    return {
      id: c.id,
      outcome: 'uncertain',
      evidence: take(mentions),
      reason: `Mentioned, but not as a requirement on the supplier: ${quote(mentions[0]!.text)}`,
      groups,
    };
  }
  if (app.applies === 'unknown') return { id: c.id, outcome: 'uncertain', evidence: [], reason: app.reason, groups };
  if (notice.gaps.length) {
    return {
      id: c.id,
      outcome: 'uncertain',
      evidence: [],
      reason: `Not found in what could be read, but part of the notice could not be read: ${notice.gaps.join('; ')}`,
      groups,
    };
  }
  return { id: c.id, outcome: 'missing', evidence: [], groups };
}

export function audit(notice: Notice, cat: CompiledCatalogue): Report {
  const ng = groupsOfNotice(notice.cpv, cat.groups);
  const hits = findHits(notice, cat);
  const results = cat.criteria.map((cc, i) => judge(cc.criterion, notice, hits[i]!, cat, ng));
  const counts: Record<Outcome, number> = { present: 0, missing: 0, uncertain: 0, 'not-applicable': 0 };
  for (const r of results) counts[r.outcome]++;
  return {
    engineVersion: ENGINE_VERSION,
    catalogueVersion: cat.version,
    notice: {
      format: notice.format,
      ...(notice.id ? { id: notice.id } : {}),
      ...(notice.url ? { url: notice.url } : {}),
      title: notice.title,
      language: notice.language,
      cpv: notice.cpv,
    },
    groups: ng.definite,
    results,
    counts,
  };
}
