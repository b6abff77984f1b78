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
import { applicability, groupsOf, indexGroups, type ApplicabilityContext, type GroupIndex, type NoticeGroups } from './applicability';
import { CUE, cuesOf } from './cues';
import type { Notice, NoticeSection, SectionKind, StructuredField } from './notice';
import { passageAround } from './passage';
import { compileMatcher, foldText, type Matcher } from './patterns';
import type { CriterionResult, Evidence, Outcome, Report } from './report';
import { ENGINE_VERSION } from './version';

/** Passages in these parts of a notice bind the supplier by where they stand. */
const BINDING_KINDS: ReadonlySet<SectionKind> = new Set(['selection', 'specification', 'award', 'performance']);
/** At most this many passages of evidence per criterion: enough to convince, few enough to read. */
const MAX_EVIDENCE = 5;

/** What a pattern of the matcher stands for. */
type Role =
  | { kind: 'evidence'; criterion: number }
  | { kind: 'subject'; criterion: number }
  | { kind: 'group'; group: string };

/** A field that declares a whole pillar (criteria/declarations.ts). */
export interface PillarDeclaration {
  pillar: Criterion['pillar'];
  rule: FieldRule;
}

export interface CompiledCatalogue {
  version: string;
  criteria: readonly Criterion[];
  declarations: readonly PillarDeclaration[];
  /** What each pattern of the matcher stands for. */
  roles: Role[];
  matcher: Matcher;
  groups: GroupIndex;
}

/** Compiles every pattern once; reuse the result for every notice. */
export function compileCatalogue(
  criteria: readonly Criterion[],
  groups: readonly ProductGroup[],
  version: string,
  declarations: readonly PillarDeclaration[] = [],
): CompiledCatalogue {
  const roles: Role[] = [];
  const sources: string[] = [];
  const add = (list: Iterable<string>, role: Role) => {
    // the same pattern listed for two languages is compiled and tried once
    for (const src of new Set(list)) {
      roles.push(role);
      sources.push(src);
    }
  };
  criteria.forEach((criterion, ci) => {
    add(Object.values(criterion.patterns).flat(), { kind: 'evidence', criterion: ci });
    if (criterion.appliesTo.subject) add(Object.values(criterion.appliesTo.subject).flat(), { kind: 'subject', criterion: ci });
  });
  for (const g of groups) add(Object.values(g.keywords ?? {}).flat(), { kind: 'group', group: g.id });
  // patterns of one role are tried together: one alternation per role and prefix
  const roleKey = roles.map((r) => (r.kind === 'group' ? `g:${r.group}` : `${r.kind}:${r.criterion}`));
  const ids = new Map<string, number>();
  const groupOf = roleKey.map((k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1));
  return { version, criteria, declarations, roles, matcher: compileMatcher(sources, groupOf), groups: indexGroups(groups) };
}

interface Hit {
  section: NoticeSection;
  folded: string;
  start: number;
  end: number;
}

interface Hits {
  /** Evidence hits per criterion. */
  evidence: Hit[][];
  /** Criteria whose subject the notice names. */
  subjects: Set<number>;
  /** Product groups named in the title or description (used when the notice has no CPV code). */
  namedGroups: Set<string>;
}

/** Sections are read as one text, separated so that no word or passage runs from one into the next. */
const SEPARATOR = '\n\u0000\n';

/** How much of a notice without a description section is read as saying what it buys. */
const OPENING_CHARS = 1000;

/**
 * Where a notice says what it buys: its title and description; a file without a description section (plain
 * text, a portal page, a statement of work) says it in its opening, whatever the parser called those passages.
 * Returns, per section, the part of its text that counts ([0, end)).
 */
function purchaseSections(sections: readonly NoticeSection[]): Map<NoticeSection, number> {
  const out = new Map<NoticeSection, number>();
  for (const s of sections) if (s.kind === 'title' || s.kind === 'description') out.set(s, s.text.length);
  if ([...out.keys()].some((s) => s.kind === 'description')) return out;
  let left = OPENING_CHARS;
  for (const s of sections) {
    if (left <= 0) break;
    if (s.kind === 'title') continue;
    out.set(s, Math.min(s.text.length, left));
    left -= s.text.length;
  }
  return out;
}

/** One pass over the whole notice's folded text; every pattern is tried where a word starts as it does. */
function findHits(notice: Notice, cat: CompiledCatalogue): Hits {
  const out: Hits = { evidence: cat.criteria.map(() => []), subjects: new Set(), namedGroups: new Set() };
  const sections = notice.sections.filter((s) => s.kind !== 'boilerplate' && s.text);
  if (!sections.length) return out;
  const purchase = purchaseSections(sections);
  const starts: number[] = [];
  let length = 0;
  for (const s of sections) {
    starts.push(length);
    length += s.text.length + SEPARATOR.length;
  }
  const folded = foldText(sections.map((s) => s.text).join(SEPARATOR));
  const foldedOf = new Map<number, string>();
  let lastAt = -1;
  let section = 0;
  const seen = new Set<number>();
  cat.matcher.scan(folded, (pattern, start, end) => {
    // hits come in text order: move forward to the section holding this one
    while (section + 1 < starts.length && starts[section + 1]! <= start) section++;
    const role = cat.roles[pattern]!;
    if (role.kind === 'subject') return void out.subjects.add(role.criterion);
    const s = sections[section]!;
    if (role.kind === 'group') {
      const upTo = purchase.get(s);
      if (upTo !== undefined && start - starts[section]! < upTo) out.namedGroups.add(role.group);
      return;
    }
    const ci = role.criterion;
    // one hit per criterion and word start is enough: the passage around it is the evidence
    if (start !== lastAt) {
      lastAt = start;
      seen.clear();
    }
    if (seen.has(ci)) return;
    seen.add(ci);
    const offset = starts[section]!;
    let f = foldedOf.get(section);
    if (f === undefined) {
      f = folded.slice(offset, offset + s.text.length);
      foldedOf.set(section, f);
    }
    out.evidence[ci]!.push({ section: s, folded: f, start: start - offset, end: Math.min(end - offset, s.text.length) });
  });
  return out;
}

type PassageClass = 'binding' | 'negated' | 'mention';

interface Passage {
  evidence: Evidence;
  cls: PassageClass;
}

/** `passage` is folded text (foldText). */
function classify(section: NoticeSection, passage: string, statedByBuyer: boolean): PassageClass {
  const cues = cuesOf(passage);
  if (cues & CUE.exclusion) return section.kind === 'title' ? 'mention' : 'binding';
  if (cues & CUE.negation) return 'negated';
  if (section.kind === 'title') return 'mention';
  if (BINDING_KINDS.has(section.kind)) return 'binding';
  if (cues & CUE.template) return 'mention';
  if (statedByBuyer) return 'binding';
  // a description says what is bought: only a strong cue (must, shall, weighting) makes it a requirement
  const strongOnly = section.kind === 'description' || section.kind === 'strategic';
  return cues & (strongOnly ? CUE.strong : CUE.strong | CUE.weak) ? 'binding' : 'mention';
}

function passagesOf(hits: Hit[], statedByBuyer: boolean): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    const [s, e] = passageAround(h.section.text, h.start, h.end);
    const key = `${h.section.id}:${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = h.section.text.slice(s, e);
    const cls = classify(h.section, h.folded.slice(s, e), statedByBuyer);
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

/** What every criterion's judgement reads, computed once per audit. */
interface AuditContext {
  notice: Notice;
  cat: CompiledCatalogue;
  groups: NoticeGroups;
  hits: Hits;
  fieldsByBt: Map<string, StructuredField[]>;
  sectionLabel(id: string): string | undefined;
  evidenceOfRule: Map<FieldRule, { rule: FieldRule; evidence: Evidence }[]>;
}

function auditContext(notice: Notice, cat: CompiledCatalogue, hits: Hits): AuditContext {
  const fieldsByBt = new Map<string, StructuredField[]>();
  // The number of lots is a fact of the notice's structure, offered to criteria as a field ("lot-count":
  // "several" when the purchase is divided into two lots or more; lot groups GLO-… are not lots).
  const lots = (notice.lots ?? []).filter((l) => !/^GLO-/i.test(l));
  const derived: StructuredField[] =
    lots.length >= 2 ? [{ bt: 'lot-count', value: 'several', text: `The purchase is divided into ${lots.length} lots.` }] : [];
  for (const f of [...notice.fields, ...derived]) {
    const list = fieldsByBt.get(f.bt);
    if (list) list.push(f);
    else fieldsByBt.set(f.bt, [f]);
  }
  let labels: Map<string, string> | undefined;
  return {
    notice,
    cat,
    groups: groupsOf(notice, hits.namedGroups, cat.groups),
    hits,
    fieldsByBt,
    evidenceOfRule: new Map(),
    sectionLabel(id) {
      labels ??= new Map(notice.sections.map((s) => [s.id, s.label]));
      return labels.get(id);
    },
  };
}

function fieldEvidence(ctx: AuditContext, rules: readonly FieldRule[]): { rule: FieldRule; evidence: Evidence }[] {
  const out: { rule: FieldRule; evidence: Evidence }[] = [];
  for (const rule of rules) {
    // a pillar's declarations are asked about by each of its criteria: read the fields once per rule
    let found = ctx.evidenceOfRule.get(rule);
    if (!found) ctx.evidenceOfRule.set(rule, (found = fieldEvidenceOfRule(ctx, rule)));
    for (const e of found) out.push(e);
  }
  return out;
}

function fieldEvidenceOfRule(ctx: AuditContext, rule: FieldRule): { rule: FieldRule; evidence: Evidence }[] {
  const out: { rule: FieldRule; evidence: Evidence }[] = [];
  {
    for (const f of ctx.fieldsByBt.get(rule.bt) ?? []) {
      if (!rule.values.includes(f.value)) continue;
      const text = f.text?.trim() ? f.text.trim() : `${rule.label}: ${f.value}`;
      out.push({
        rule,
        evidence: {
          text,
          start: 0,
          end: text.length,
          section: f.section ?? `field:${f.bt}${f.lot ? `@${f.lot}` : ''}`,
          label: (f.section && ctx.sectionLabel(f.section)) || rule.label,
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

function judge(c: Criterion, hits: Hit[], ctx: AuditContext, more: ApplicabilityContext): CriterionResult {
  const { notice, cat } = ctx;
  const passages = passagesOf(hits, c.statedByBuyer === true);
  const declared = cat.declarations.filter((d) => d.pillar === c.pillar).map((d) => d.rule);
  const fields = fieldEvidence(ctx, declared.length ? [...c.fields, ...declared] : c.fields);
  const take = (list: Evidence[]) => list.slice(0, MAX_EVIDENCE);
  const app = applicability(c.appliesTo, notice, ctx.groups, cat.groups, more);
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
  const hits = findHits(notice, cat);
  const ctx = auditContext(notice, cat, hits);
  // Criteria whose applicability depends on what else is present are judged after the others.
  const results: CriterionResult[] = new Array(cat.criteria.length);
  const presentPillars = new Set<Criterion['pillar']>();
  const later: number[] = [];
  cat.criteria.forEach((c, i) => {
    if (c.appliesTo.whenPillarsPresent?.length || c.presentWithEvidenceOf) return void later.push(i);
    const r = judge(c, hits.evidence[i]!, ctx, { subjectNamed: hits.subjects.has(i), presentPillars });
    results[i] = r;
  });
  for (const [i, r] of results.entries()) if (r?.outcome === 'present') presentPillars.add(cat.criteria[i]!.pillar);
  let sectionKind: Map<string, SectionKind> | undefined;
  for (const i of later) {
    const c = cat.criteria[i]!;
    let r = judge(c, hits.evidence[i]!, ctx, { subjectNamed: hits.subjects.has(i), presentPillars });
    const by = c.presentWithEvidenceOf;
    if (by && r.outcome !== 'present') {
      // evidence of other criteria that stands where this criterion asks for it
      sectionKind ??= new Map(notice.sections.map((s) => [s.id, s.kind]));
      const kindOf = sectionKind;
      const borrowed = results
        .filter((o, j) => o && o.outcome === 'present' && by.pillars.includes(cat.criteria[j]!.pillar))
        .flatMap((o) => o.evidence.filter((e) => e.strength === 'strong' && by.kinds.includes(kindOf.get(e.section) ?? 'other')));
      if (borrowed.length) r = { id: c.id, outcome: 'present', evidence: borrowed.slice(0, MAX_EVIDENCE), groups: r.groups };
    }
    results[i] = r;
  }
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
      ...(notice.buyer ? { buyer: notice.buyer } : {}),
      ...(notice.buyerCountry ? { buyerCountry: notice.buyerCountry } : {}),
    },
    groups: ctx.groups.definite,
    groupsFrom: ctx.groups.from,
    results,
    counts,
  };
}
