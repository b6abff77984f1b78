/**
 * Small pure helpers shared by the parsers: language guess, heading → kind, CPV codes in free text, TED
 * XML tag → kind, section ids. No DOM, no Node APIs.
 */
import type { NoticeSection, SectionKind, StructuredField } from '../notice';
import { normaliseCpv } from '../notice';

// ---- language --------------------------------------------------------------------------------------------

/** Frequent function words per language; a word may sit in several lists (the counts sort it out). */
const STOP_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'for', 'is', 'be', 'with', 'shall', 'will', 'on', 'by', 'this', 'that', 'are', 'or', 'as', 'from', 'which'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'de', 'un', 'une', 'pour', 'dans', 'est', 'sur', 'par', 'au', 'aux', 'avec', 'qui', 'que', 'ou'],
  de: ['der', 'die', 'das', 'und', 'den', 'des', 'mit', 'für', 'von', 'zu', 'ist', 'im', 'nicht', 'auf', 'dem', 'ein', 'eine', 'werden', 'sind', 'oder'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'para', 'con', 'por', 'que', 'una', 'un', 'se', 'al', 'es', 'su', 'o', 'como'],
  it: ['il', 'la', 'di', 'e', 'per', 'che', 'del', 'della', 'dei', 'le', 'con', 'un', 'una', 'nel', 'alla', 'sono', 'è', 'al', 'delle', 'degli'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'op', 'te', 'is', 'zijn', 'dat', 'die', 'worden', 'aan', 'niet', 'bij', 'door', 'wordt', 'naar'],
  da: ['og', 'i', 'at', 'af', 'til', 'for', 'med', 'er', 'den', 'det', 'en', 'et', 'på', 'som', 'de', 'ikke', 'fra', 'skal', 'eller', 'vil'],
  sv: ['och', 'i', 'att', 'av', 'för', 'med', 'är', 'den', 'det', 'en', 'ett', 'på', 'som', 'till', 'inte', 'om', 'ska', 'från', 'eller', 'kommer'],
  hu: ['a', 'az', 'és', 'hogy', 'nem', 'egy', 'is', 'meg', 'van', 'ki', 'be', 'el', 'vagy', 'szerint', 'valamint', 'amely', 'kell', 'esetén', 'által', 'során'],
  pl: ['i', 'w', 'na', 'z', 'do', 'się', 'nie', 'że', 'jest', 'o', 'oraz', 'przez', 'dla', 'od', 'lub', 'to', 'jak', 'po', 'przy', 'ze'],
};

const STOP_INDEX: Map<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOP_WORDS)) {
    for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  }
  return m;
})();

/** Characters and words read to tell a text's language: a few pages settle it, a megabyte adds nothing. */
const LANGUAGE_SAMPLE_CHARS = 100_000;
const LANGUAGE_SAMPLE_WORDS = 5_000;

/**
 * Guesses the language of a text by counting function words of en/fr/de/es/it/nl/da/sv/hu/pl in its first
 * pages. Returns an ISO 639-1 code, or "und" when the text is too short or no language clearly leads.
 */
export function detectLanguage(text: string): string {
  const counts: Record<string, number> = {};
  let tokens = 0;
  for (const m of text.slice(0, LANGUAGE_SAMPLE_CHARS).toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++tokens > LANGUAGE_SAMPLE_WORDS) break;
    const langs = STOP_INDEX.get(m[0]);
    if (!langs) continue;
    for (const l of langs) counts[l] = (counts[l] ?? 0) + 1;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3) return 'und';
  if (second && second[1] === best[1]) return 'und';
  return best[0];
}

/** {@link detectLanguage} of texts read one after the other, joining only as many as it reads. */
export function detectLanguageOf(texts: readonly string[]): string {
  let sample = '';
  for (const t of texts) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += sample === '' ? t : `\n${t}`;
  }
  return detectLanguage(sample);
}

// ---- headings → kinds ------------------------------------------------------------------------------------

const HEADING_KINDS: { kind: SectionKind; re: RegExp }[] = [
  {
    kind: 'performance',
    re: /\b(?:(?:contract )?performance conditions|conditions? (?:of|for|relating to(?: the)?) (?:the )?performance|conditions (?:particulières )?d[’']exécution|conditions relatives à l[’']exécution)/i,
  },
  {
    kind: 'award',
    re: /\b(?:award(?:ing)? criteri(?:a|on)|criteria for (?:the )?award|evaluation (?:criteria|factors)|basis (?:for|of) award|critères? d[’']attribution|critères? de (?:jugement|choix|notation))/i,
  },
  {
    kind: 'selection',
    re: /\b(?:selection criteri(?:a|on)|conditions for participation|suitability to pursue|technical and professional ability|economic and financial standing|critères? de sélection|conditions de participation|capacités? (?:technique|économique|professionnelle)s?)/i,
  },
  {
    kind: 'specification',
    re: /\b(?:technical specifications?|specifications? techniques?|prescriptions techniques|exigences techniques|cahier des (?:clauses techniques|charges)|technical requirements|statement of work)/i,
  },
];

/** Section numbering at the start of a heading: "II.2.5)", "4.", "C.3", "a)". */
const NUMBERING = /^\s*(?:[A-Z]?\d+(?:\.\d+)*[.)]?|[IVX]+(?:\.\d+)*[.)]|[a-zA-Z][.)])\s+/;
/** "Accessibility requirements", "Technical requirements": a short heading ending in "requirements". */
const REQUIREMENTS = /^(?:[\p{L}-]+\s+){0,3}requirements\b/iu;

/** The kind a heading announces for the text below it ("II.2.5) Award criteria" → 'award'), if any. */
export function headingKind(heading: string): SectionKind | undefined {
  const h = heading.slice(0, 160);
  for (const { kind, re } of HEADING_KINDS) if (re.test(h)) return kind;
  if (REQUIREMENTS.test(h.replace(NUMBERING, ''))) return 'specification';
  return undefined;
}

/** Like {@link headingKind}, but only when the heading phrase opens the line (a paragraph's first words). */
export function leadingHeadingKind(line: string): SectionKind | undefined {
  const rest = line.replace(NUMBERING, '');
  for (const { kind, re } of HEADING_KINDS) {
    const m = re.exec(rest.slice(0, 120));
    if (m && m.index <= 2) return kind;
  }
  if (REQUIREMENTS.test(rest)) return 'specification';
  return undefined;
}

// ---- CPV codes in free text ------------------------------------------------------------------------------

/**
 * CPV codes in free text: 8 digits (optionally "-d") preceded within 40 characters by "CPV", or following
 * an accepted code closely (lists such as "CPV: 45000000-7, 45100000-8"), or written "[CODE=dddddddd]".
 * With `allCodes` (a block whose heading names CPV) every 8-digit code counts.
 */
export function findCpvCodes(text: string, allCodes = false): string[] {
  const out: string[] = [];
  let lastEnd = -1;
  // (an expression that starts with the digits is searched several times faster than one with an optional prefix)
  for (const m of text.matchAll(/(?<!\d)\d{8}(?:-\d)?(?!\d)/g)) {
    const start = m.index;
    const coded = text.startsWith('[CODE=', start - 6);
    const before = text.slice(Math.max(0, start - 40), start);
    const ok =
      allCodes ||
      coded ||
      /CPV/i.test(before) ||
      (lastEnd >= 0 && start - lastEnd <= 40 && !/[.;]\s/.test(text.slice(lastEnd, start)));
    if (!ok) continue;
    const code = normaliseCpv(m[0].slice(0, 8));
    if (code) out.push(code);
    lastEnd = start + m[0].length;
  }
  return out;
}

export function pushUnique<T>(list: T[], ...items: T[]): void {
  for (const i of items) if (!list.includes(i)) list.push(i);
}

// ---- TED XML R2.0.9 tags ---------------------------------------------------------------------------------

/** Kind of a TED XML (R2.0.9) free-text element, by tag name; undefined for tags that are not passages. */
export function tedTagKind(tag: string): SectionKind | undefined {
  const k = TED_TAG_KINDS.get(tag);
  if (k) return k;
  if (tag.endsWith('_CRITERIA')) return 'selection';
  return undefined;
}

const TED_TAG_KIND: Record<string, SectionKind> = {
  TITLE: 'title',
  SHORT_DESCR: 'description',
  AC_CRITERION: 'award',
  CRITERIA_EVALUATION: 'award',
  SUITABILITY: 'selection',
  ECONOMIC_FINANCIAL_INFO: 'selection',
  ECONOMIC_FINANCIAL_MIN_LEVEL: 'selection',
  TECHNICAL_PROFESSIONAL_INFO: 'selection',
  TECHNICAL_PROFESSIONAL_MIN_LEVEL: 'selection',
  CRITERIA_CANDIDATE: 'selection',
  CRITERIA_SELECTION: 'selection',
  RULES_CRITERIA: 'selection',
  PERFORMANCE_CONDITIONS: 'performance',
  INFO_ADD: 'other',
};

/** A Map: tags are read from the document, and looking a read string up in an object costs more than in a Map. */
const TED_TAG_KINDS: ReadonlyMap<string, SectionKind> = new Map(Object.entries(TED_TAG_KIND));

/** English names of the TED XML passages, for section labels. */
export const TED_TAG_LABEL: Record<string, string> = {
  TITLE: 'Title',
  SHORT_DESCR: 'Short description',
  AC_CRITERION: 'Award criterion',
  CRITERIA_EVALUATION: 'Criteria for the evaluation of projects',
  SUITABILITY: 'Suitability to pursue the professional activity',
  ECONOMIC_FINANCIAL_INFO: 'Economic and financial standing',
  ECONOMIC_FINANCIAL_MIN_LEVEL: 'Economic and financial standing: minimum levels',
  TECHNICAL_PROFESSIONAL_INFO: 'Technical and professional ability',
  TECHNICAL_PROFESSIONAL_MIN_LEVEL: 'Technical and professional ability: minimum levels',
  CRITERIA_CANDIDATE: 'Criteria for choosing the limited number of candidates',
  CRITERIA_SELECTION: 'Selection criteria',
  RULES_CRITERIA: 'Rules and criteria',
  PERFORMANCE_CONDITIONS: 'Contract performance conditions',
  INFO_ADD: 'Additional information',
  REVIEW_PROCEDURE: 'Review procedure',
  MAIN_SITE: 'Main site or place of performance',
};

/** TED tags that hold names, addresses and contacts: never sections. */
export const TED_ADDRESS_TAG = /^(?:ADDRESS_[A-Z_]+|OFFICIALNAME|ADDRESS|TOWN|POSTAL_CODE|COUNTRY|CONTACT_POINT|PHONE|FAX|E_MAIL|URL(?:_[A-Z_]+)?|NATIONALID|NUTS)$/;

// ---- building the notice -----------------------------------------------------------------------------------

/** Anything but white space. */
const NOT_BLANK = /\S/;

/**
 * Collects sections with ids unique within the notice ("LOT-0001:BT-70:0"): an id is its key, a colon and a
 * count of the key's sections, and since the count has no colon, the id's last colon gives back its key and count,
 * so two sections never get one id.
 */
export class SectionBuilder {
  readonly sections: NoticeSection[] = [];
  private readonly counters = new Map<string, number>();

  /** Adds a section unless its text is blank; `key` is "<context>:<term>", the index is appended. */
  add(key: string, label: string, kind: SectionKind, text: string, lot?: string): NoticeSection | undefined {
    if (!NOT_BLANK.test(text)) return undefined;
    const n = this.counters.get(key) ?? 0;
    const id = `${key}:${n}`;
    this.counters.set(key, n + 1);
    const section: NoticeSection = lot === undefined ? { id, label, kind, text } : { id, label, kind, text, lot };
    this.sections.push(section);
    return section;
  }
}

/** Collects structured fields, dropping exact duplicates. */
export class FieldBuilder {
  readonly fields: StructuredField[] = [];
  /**
   * The fields so far by term, value and lot (parts joined by NUL, which XML text cannot hold); their texts are
   * compared only among those, so that a long text is never hashed.
   */
  private readonly seen = new Map<string, StructuredField[]>();

  add(field: StructuredField): void {
    const f: StructuredField = { bt: field.bt, value: field.value };
    if (field.lot !== undefined) f.lot = field.lot;
    if (field.text !== undefined && NOT_BLANK.test(field.text)) f.text = field.text;
    if (field.section !== undefined) f.section = field.section;
    const key = `${f.bt}\0${f.value}\0${f.lot ?? ''}`;
    const same = this.seen.get(key);
    if (same === undefined) this.seen.set(key, [f]);
    else if (same.some((o) => o.text === f.text && o.section === f.section)) return;
    else same.push(f);
    this.fields.push(f);
  }
}

/** Trims and shortens a title to at most `max` characters. */
export function clipTitle(title: string, max = 200): string {
  const t = title.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
