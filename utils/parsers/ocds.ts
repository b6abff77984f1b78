/**
 * OCDS (Open Contracting Data Standard) JSON → Notice[]. Pure: takes the file's text; no fs, no DOM, no zod.
 *
 * Accepts a release, a record (its compiledRelease, else its embedded releases merged in date order), a
 * release package (releases[]) and a record package (records[]), and a bare JSON array of releases or
 * records. One Notice per ocid: releases of the same ocid are merged in date order, later values overriding
 * earlier ones, the way OCDS compiles a record (objects merged key by key, arrays of objects with an id merged
 * by id, other arrays replaced, null removes the field).
 *
 * Reads: title (tender.title), id (ocid), buyer (buyer.name, else the party the buyer points to or the party
 * with role "buyer", else tender.procuringEntity; never made into a section), language (release.language,
 * else guessed from the text), CPV (tender.classification / additionalClassifications, tender.items[],
 * awards[].items[], contracts[].items[]), other classifications (UNSPSC, national schemes), contract nature
 * (tender and lots' mainProcurementCategory), lots (tender.lots[].id), every free text as a section with
 * its kind, and the structured fields of the sustainability extension and the OCDS-for-eForms profile, with
 * their eForms equivalents (see GOAL_TO_EFORMS and scopeFields).
 *
 * Texts are repaired where the damage is unambiguous: cp1252-read-as-UTF-8 mojibake ("â€¢" → "•", "Â£" →
 * "£"), a "\r\n" that lost its backslashes ("rn") where it sits between a sentence end and a capital, a bullet
 * or a list marker, the "t" left of a lost "\t" after a bullet, and HTML markup (NSW eTendering publishes
 * HTML in its texts). Section texts are the repaired texts: evidence offsets index into them.
 */
import type { Notice, SectionKind } from '../notice';
import { normaliseCountry } from '../country';
import { normaliseCpv, toIso6391 } from '../notice';
import { checkInputSize, NoticeParseError } from './errors';
import { clipTitle, detectLanguage, FieldBuilder, pushUnique, SectionBuilder } from './common';

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

// ---- entry point ---------------------------------------------------------------------------------------------

export function parseOcds(json: string, opts: { url?: string } = {}): Notice[] {
  checkInputSize(json);
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  let data: Json;
  try {
    data = JSON.parse(text) as Json;
  } catch (err) {
    throw jsonSyntaxError(text, err);
  }
  checkJsonDepth(data);
  return compile(data).map(({ ocid, release, gaps }) => toNotice(release, ocid, gaps, opts));
}

/** Deepest nesting of arrays and objects accepted (OCDS nests about 6 deep; merging and cloning recurse). */
export const MAX_JSON_DEPTH = 1000;

/** Refuses a document nested deeper than MAX_JSON_DEPTH, without recursion (JSON.parse itself does not mind). */
function checkJsonDepth(data: Json): void {
  const stack: [Json, number][] = [[data, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new NoticeParseError(`the JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep: it cannot be an OCDS file`);
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
}

// ---- releases, records, packages → one compiled release per ocid ---------------------------------------------

interface Compiled {
  ocid: string;
  release: JsonObject;
  gaps: string[];
}

const NOT_OCDS = 'not an OCDS release, record or package: no ocid';

function compile(data: Json): Compiled[] {
  let entries: JsonObject[];
  if (Array.isArray(data)) {
    entries = data.filter(isObject);
    if (entries.length === 0 || entries.length !== data.length) throw new NoticeParseError(NOT_OCDS);
  } else if (isObject(data)) {
    if (Array.isArray(data.records)) {
      entries = data.records.filter(isObject);
      if (entries.length === 0) throw new NoticeParseError('the OCDS record package holds no records');
    } else if (isRecord(data)) {
      entries = [data];
    } else if (Array.isArray(data.releases)) {
      entries = data.releases.filter(isObject);
      if (entries.length === 0) throw new NoticeParseError('the OCDS release package holds no releases');
    } else {
      entries = [data];
    }
  } else {
    throw new NoticeParseError(NOT_OCDS);
  }

  // group by ocid, in the order the file first names each one
  const groups = new Map<string, { releases: JsonObject[]; gaps: string[] }>();
  for (const entry of entries) {
    let release: JsonObject | undefined;
    let ocid: string | undefined;
    const gaps: string[] = [];
    if (isRecord(entry)) {
      const r = recordRelease(entry);
      release = r.release;
      ocid = str(entry.ocid) || str(release?.ocid) || undefined;
      if (r.gap) gaps.push(r.gap);
    } else {
      release = entry;
      ocid = str(entry.ocid) || undefined;
    }
    if (!ocid) continue;
    let g = groups.get(ocid);
    if (!g) groups.set(ocid, (g = { releases: [], gaps: [] }));
    if (release) g.releases.push(release);
    for (const gap of gaps) pushUnique(g.gaps, gap);
  }
  if (groups.size === 0) throw new NoticeParseError(NOT_OCDS);

  return [...groups].map(([ocid, g]) => ({ ocid, release: mergeReleases(g.releases), gaps: g.gaps }));
}

/** A record: has a compiledRelease or versionedRelease, or an ocid together with a releases array. */
function isRecord(o: JsonObject): boolean {
  return isObject(o.compiledRelease) || isObject(o.versionedRelease) || (typeof o.ocid === 'string' && Array.isArray(o.releases));
}

function recordRelease(rec: JsonObject): { release?: JsonObject; gap?: string } {
  if (isObject(rec.compiledRelease)) return { release: rec.compiledRelease };
  const releases = arr(rec.releases).filter(isObject);
  // linked releases carry only url, date and tag: their content is elsewhere
  const embedded = releases.filter((r) => Object.keys(r).some((k) => !['url', 'date', 'tag'].includes(k)));
  if (embedded.length) return { release: mergeReleases(embedded) };
  return {
    gap: 'the OCDS record links to its releases instead of including them, and has no compiled release: only its ocid could be read',
  };
}

/** Merges releases of one ocid in date order (undated first; file order for equal dates), the OCDS way. */
function mergeReleases(releases: JsonObject[]): JsonObject {
  if (releases.length === 1) return releases[0]!;
  const time = (r: JsonObject) => {
    const t = Date.parse(str(r.date));
    return Number.isNaN(t) ? -Infinity : t;
  };
  const sorted = releases.map((r, i) => ({ r, i, t: time(r) })).sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.i - b.i));
  const out: JsonObject = {};
  for (const { r } of sorted) mergeInto(out, r);
  return out;
}

function mergeInto(target: JsonObject, src: JsonObject): void {
  for (const [k, v] of Object.entries(src)) {
    if (v === null) {
      delete target[k];
    } else if (isObject(v)) {
      const t = target[k];
      const into: JsonObject = isObject(t) ? t : {};
      target[k] = into;
      mergeInto(into, v);
    } else if (Array.isArray(v)) {
      const byId = v.length > 0 && v.every((e) => isObject(e) && (typeof e.id === 'string' || typeof e.id === 'number'));
      const prev = target[k];
      if (byId && Array.isArray(prev) && prev.every((e) => isObject(e) && e.id !== undefined && e.id !== null)) {
        const merged = prev.map((e) => clone(e)) as JsonObject[];
        // the first entry of each id, by id: a search of the list per entry is quadratic in long arrays
        const byId = new Map<string, JsonObject>();
        for (const m of merged) if (!byId.has(String(m.id))) byId.set(String(m.id), m);
        for (const e of v as JsonObject[]) {
          const at = byId.get(String(e.id));
          if (at) mergeInto(at, e);
          else {
            const added = clone(e) as JsonObject;
            merged.push(added);
            byId.set(String(e.id), added);
          }
        }
        target[k] = merged;
      } else {
        target[k] = clone(v);
      }
    } else {
      target[k] = v;
    }
  }
}

function clone(v: Json): Json {
  if (Array.isArray(v)) return v.map(clone);
  if (isObject(v)) {
    const o: JsonObject = {};
    for (const [k, x] of Object.entries(v)) o[k] = clone(x);
    return o;
  }
  return v;
}

// ---- compiled release → Notice ----------------------------------------------------------------------------------

/** Sustainability goals (extension codelist, and the mapping tables' spellings) → eForms code, by business term. */
const GOAL_TO_EFORMS: Record<string, { bt: string; value: string }> = {
  'environmental.climatechangemitigation': { bt: 'BT-774', value: 'clim-mitig' },
  'environmental.circulareconomy': { bt: 'BT-774', value: 'circ-econ' },
  'environmental.biodiversityprotectionrestoration': { bt: 'BT-774', value: 'biodiv-eco' },
  'environmental.climatechangeadaptation': { bt: 'BT-774', value: 'clim-adapt' },
  'environmental.pollutionprevention': { bt: 'BT-774', value: 'pollu-prev' },
  'environmental.waterresourcesprotection': { bt: 'BT-774', value: 'water-mar' },
  'environmental.waterresources': { bt: 'BT-774', value: 'water-mar' },
  'social.accessibility': { bt: 'BT-775', value: 'acc-all' },
  'social.laborrightspromotion': { bt: 'BT-775', value: 'work-cond' },
  'social.humanrightsinsupplychains': { bt: 'BT-775', value: 'hum-right' },
  'social.humanrightsinsupplychain': { bt: 'BT-775', value: 'hum-right' },
  'social.disadvantagedemploymentopportunities': { bt: 'BT-775', value: 'opp' },
  'social.genderequality': { bt: 'BT-775', value: 'gen-eq' },
  'social.ethnicequality': { bt: 'BT-775', value: 'et-eq' },
  'economic.innovativepurchase': { bt: 'BT-06', value: 'inn-pur' },
  'economic.marketinnovationpromotion': { bt: 'BT-776', value: 'mar-nov' },
  'economic.processinnovationpromotion': { bt: 'BT-776', value: 'proc-innov' },
  'economic.processinnovation': { bt: 'BT-776', value: 'proc-innov' },
  'economic.productinnovationpromotion': { bt: 'BT-776', value: 'prod-innov' },
  'economic.productinnovation': { bt: 'BT-776', value: 'prod-innov' },
  'economic.researchdevelopmentactivities': { bt: 'BT-776', value: 'rd-act' },
};

/** Sustainability strategies with an eForms equivalent (BT-805, green procurement criteria). */
const STRATEGY_TO_EFORMS: Record<string, { bt: string; value: string }> = {
  eugppcriteria: { bt: 'BT-805', value: 'eu' },
  nationalgppcriteria: { bt: 'BT-805', value: 'national' },
  othergppcriteria: { bt: 'BT-805', value: 'other' },
};

/** Award criterion types (criteria[].type) and OCDS 1.1 tender.awardCriteria codes → BT-539. */
const AWARD_TYPE: Record<string, string> = { price: 'price', cost: 'cost', quality: 'quality', priceonly: 'price', costonly: 'cost', qualityonly: 'quality' };

const RESERVED_PARTICIPATION: Record<string, string> = {
  shelteredworkshop: 'res-ws',
  publicservicemissionorganization: 'res-pub-ser',
};

const NATURE: Record<string, 'supplies' | 'services' | 'works'> = {
  goods: 'supplies',
  services: 'services',
  consultingservices: 'services',
  works: 'works',
};

/** Classification schemes that are not product classifications but carry an eForms field. */
const FIELD_SCHEMES: Record<string, string> = { 'eu-cvd-contract-type': 'BT-735', 'eu-vehicle-category': 'BT-723' };

/** Tender / lot keys read explicitly below (or left out on purpose): the fallback for unknown free text skips them. */
const KNOWN_KEYS = new Set([
  'title', 'description', 'awardCriteria', 'awardCriteriaDetails', 'eligibilityCriteria', 'selectionCriteria',
  'contractTerms', 'otherRequirements', 'submissionMethodDetails', 'sustainability', 'noAccessibilityCriteriaRationale',
  'reviewDetails', 'procurementMethodRationale', 'procurementMethodDetails', 'conditionsForParticipation',
]);
/** Unknown string properties of the tender or a lot whose name says they are free text (and that hold several words). */
const FREE_TEXT_KEY = /(?:description|details|rationale|conditions|criteria|requirements|terms)$/i;

function toNotice(r: JsonObject, ocid: string, gaps: string[], opts: { url?: string }): Notice {
  const tender = obj(r.tender);
  const lots = arr(tender.lots).filter(isObject);
  const lotIds: string[] = [];
  for (const l of lots) {
    const id = str(l.id);
    if (id) pushUnique(lotIds, id);
  }

  // ---- sections ----------------------------------------------------------------------------------------------
  const sb = new SectionBuilder();
  const seen = new Set<string>();
  /** Adds a cleaned text; `dedupe` skips it when the same text is already a section (document copies of the description). */
  const add = (path: string, label: string, kind: SectionKind, raw: unknown, lot?: string, dedupe = false) => {
    const text = cleanText(raw);
    if (!text) return;
    if (dedupe && seen.has(text)) return;
    seen.add(text);
    const scope = lot === undefined ? '' : `lot[${lot}].`;
    sb.add(`${scope}${path}`, `${label} (${path})`, kind, text, lot);
  };

  add('tender.title', 'Title', 'title', tender.title);
  add('tender.description', 'Description', 'description', tender.description);
  for (const item of arr(tender.items).filter(isObject)) {
    add('tender.items.description', 'Item description', 'description', item.description, str(item.relatedLot) || undefined, true);
  }
  for (const lot of lots) {
    const id = str(lot.id) || undefined;
    add('tender.lots.title', id ? `Lot ${id} title` : 'Lot title', 'title', lot.title, id);
    add('tender.lots.description', id ? `Lot ${id} description` : 'Lot description', 'description', lot.description, id);
  }
  const planning = obj(r.planning);
  add('planning.rationale', 'Planning rationale', 'description', planning.rationale, undefined, true);
  add('planning.budget.description', 'Budget description', 'description', obj(planning.budget).description, undefined, true);

  // tender, then each lot: award, selection, performance, strategic and other texts
  const scopes: { o: JsonObject; lot?: string; base: string }[] = [{ o: tender, base: 'tender' }];
  for (const lot of lots) scopes.push({ o: lot, lot: str(lot.id) || undefined, base: 'tender.lots' });
  for (const { o, lot, base } of scopes) {
    // award
    const ac = o.awardCriteria;
    if (typeof ac === 'string') {
      if (!/^[a-z][A-Za-z]*$/.test(ac.trim())) add(`${base}.awardCriteria`, 'Award criteria', 'award', ac, lot);
    } else if (isObject(ac)) {
      for (const c of arr(ac.criteria).filter(isObject)) addAwardCriterion(add, `${base}.awardCriteria.criteria`, c, lot);
      for (const [k, v] of Object.entries(ac)) {
        if (k !== 'criteria' && typeof v === 'string') add(`${base}.awardCriteria.${k}`, 'Award criteria', 'award', v, lot);
      }
    }
    add(`${base}.awardCriteriaDetails`, 'Award criteria details', 'award', o.awardCriteriaDetails, lot);
    if (base === 'tender') add('tender.lotDetails.awardCriteriaDetails', 'Award criteria of lot combinations', 'award', obj(o.lotDetails).awardCriteriaDetails);

    // selection
    add(`${base}.eligibilityCriteria`, 'Eligibility criteria', 'selection', o.eligibilityCriteria, lot);
    add(`${base}.conditionsForParticipation`, 'Conditions for participation', 'selection', o.conditionsForParticipation, lot);
    const sc = o.selectionCriteria;
    if (typeof sc === 'string') add(`${base}.selectionCriteria`, 'Selection criteria', 'selection', sc, lot);
    else if (isObject(sc)) {
      for (const c of arr(sc.criteria).filter(isObject)) {
        const type = str(c.type);
        const label = `Selection criterion${type ? ` (${type})` : ''}`;
        add(`${base}.selectionCriteria.criteria.description`, label, 'selection', c.description, lot);
        add(`${base}.selectionCriteria.criteria.minimum`, `${label}, minimum`, 'selection', c.minimum, lot);
      }
      add(`${base}.selectionCriteria.description`, 'Selection criteria', 'selection', sc.description, lot);
    }
    const or = o.otherRequirements;
    if (typeof or === 'string') add(`${base}.otherRequirements`, 'Other requirements', 'specification', or, lot);
    else if (isObject(or)) {
      for (const [k, v] of Object.entries(or)) {
        if (k === 'reservedParticipation') continue;
        const kind: SectionKind = /^(?:reductionCriteria|qualificationSystem)/.test(k) ? 'selection' : 'specification';
        for (const t of typeof v === 'string' ? [v] : arr(v).filter((x): x is string => typeof x === 'string')) {
          add(`${base}.otherRequirements.${k}`, 'Other requirements', kind, t, lot);
        }
      }
    }

    // performance: every text of the contract terms (performanceTerms, and any other free-text term)
    for (const [k, v] of Object.entries(obj(o.contractTerms))) {
      if (typeof v === 'string' && /\s/.test(v.trim())) add(`${base}.contractTerms.${k}`, 'Contract performance terms', 'performance', v, lot);
    }

    // strategic: sustainability descriptions, accessibility rationale
    for (const s of arr(o.sustainability).filter(isObject)) {
      add(`${base}.sustainability.description`, 'Sustainability', 'strategic', s.description, lot);
    }
    add(`${base}.noAccessibilityCriteriaRationale`, 'No accessibility criteria: rationale', 'strategic', o.noAccessibilityCriteriaRationale, lot);

    // other
    add(`${base}.submissionMethodDetails`, 'Submission method', 'other', o.submissionMethodDetails, lot);
    add(`${base}.procurementMethodRationale`, 'Procurement method rationale', 'other', o.procurementMethodRationale, lot);
    add(`${base}.options.description`, 'Options', 'other', obj(o.options).description, lot);
    add(`${base}.renewal.description`, 'Renewal', 'other', obj(o.renewal).description, lot);
    add(`${base}.recurrence.description`, 'Recurrence', 'other', obj(o.recurrence).description, lot);
    add(`${base}.reviewDetails`, 'Review procedure', 'boilerplate', o.reviewDetails, lot);
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string' && /\S\s+\S/.test(v) && FREE_TEXT_KEY.test(k) && !KNOWN_KEYS.has(k)) {
        add(`${base}.${k}`, k, 'other', v, lot);
      }
    }
  }
  for (const d of arr(tender.documents).filter(isObject)) add('tender.documents.description', 'Document', 'other', d.description, undefined, true);
  add('description', 'Additional information', 'other', r.description);

  // awards and contracts: what was bought, in their words
  for (const [key, list] of [['awards', r.awards], ['contracts', r.contracts]] as const) {
    for (const a of arr(list).filter(isObject)) {
      const lot = singleLot(a);
      add(`${key}.title`, key === 'awards' ? 'Award title' : 'Contract title', 'description', a.title, lot, true);
      add(`${key}.description`, key === 'awards' ? 'Award description' : 'Contract description', 'description', a.description, lot, true);
      for (const item of arr(a.items).filter(isObject)) add(`${key}.items.description`, 'Item description', 'description', item.description, lot, true);
      for (const d of arr(a.documents).filter(isObject)) add(`${key}.documents.description`, 'Document', 'other', d.description, lot, true);
    }
  }

  // ---- structured fields ---------------------------------------------------------------------------------------
  const fb = new FieldBuilder();
  for (const { o, lot } of scopes) scopeFields(fb, o, lot);
  for (const a of arr(r.awards).filter(isObject)) {
    const lot = singleLot(a);
    for (const item of arr(a.items).filter(isObject)) {
      for (const c of arr(item.additionalClassifications).filter(isObject)) {
        const bt = FIELD_SCHEMES[str(c.scheme).toLowerCase()];
        if (bt && str(c.id)) fb.add({ bt, value: str(c.id), lot });
      }
    }
  }

  // ---- classifications ------------------------------------------------------------------------------------------
  const cpv: string[] = [];
  const other: { scheme: string; code: string }[] = [];
  const classify = (c: Json | undefined) => {
    if (!isObject(c)) return;
    const scheme = str(c.scheme);
    const code = str(c.id);
    if (!code) return;
    const s = scheme.toLowerCase();
    if (s === 'cpv' || s === 'eu-cpv') {
      const n = normaliseCpv(code);
      if (n) pushUnique(cpv, n);
    } else if (scheme && !FIELD_SCHEMES[s] && s !== 'cpvs' && !other.some((x) => x.scheme === scheme && x.code === code)) {
      other.push({ scheme, code });
    }
  };
  const classifyAll = (o: JsonObject) => {
    classify(o.classification);
    for (const c of arr(o.additionalClassifications)) classify(c);
  };
  classifyAll(tender);
  for (const item of arr(tender.items).filter(isObject)) classifyAll(item);
  for (const lot of lots) classifyAll(lot);
  for (const list of [r.awards, r.contracts]) {
    for (const a of arr(list).filter(isObject)) for (const item of arr(a.items).filter(isObject)) classifyAll(item);
  }

  // ---- contract nature, buyer, language, title ------------------------------------------------------------------
  const natures = new Set<'supplies' | 'services' | 'works'>();
  for (const { o } of scopes) {
    const n = NATURE[str(o.mainProcurementCategory).toLowerCase()];
    if (n) natures.add(n);
  }
  const contractNature = natures.size === 0 ? undefined : natures.size === 1 ? [...natures][0] : 'mixed';

  const buyer = buyerName(r, tender);
  const title = clipTitle(
    cleanText(tender.title) ||
      lots.map((l) => cleanText(l.title)).find(Boolean) ||
      [...arr(r.awards), ...arr(r.contracts)].filter(isObject).map((a) => cleanText(a.title)).find(Boolean) ||
      cleanText(obj(planning.budget).project) ||
      '',
  );
  const language =
    normLanguage(r.language) ??
    detectLanguage(
      sb.sections
        .filter((s) => s.kind !== 'boilerplate')
        .map((s) => s.text)
        .join('\n'),
    );

  if (Object.keys(tender).length === 0 && !gaps.length) {
    gaps.push('the OCDS release has no tender section: the requirements of the tender are not in this file');
  }

  const notice: Notice = {
    format: 'ocds',
    id: ocid,
    title,
    language,
    cpv,
    sections: sb.sections,
    fields: fb.fields,
    gaps,
  };
  if (opts.url) notice.url = opts.url;
  if (other.length) notice.otherClassifications = other;
  if (contractNature) notice.contractNature = contractNature;
  if (buyer) notice.buyer = buyer;
  const country = buyerCountry(r, tender);
  if (country) notice.buyerCountry = country;
  if (lotIds.length) notice.lots = lotIds;
  return notice;
}

type AddSection = (path: string, label: string, kind: SectionKind, raw: unknown, lot?: string, dedupe?: boolean) => void;

/** One award criterion: name, description and weight in the text, type and weight in the label too. */
function addAwardCriterion(add: AddSection, path: string, c: JsonObject, lot: string | undefined): void {
  const type = str(c.type);
  const name = cleanText(c.name);
  const description = cleanText(c.description);
  const weights: string[] = [];
  for (const n of arr(c.numbers).filter(isObject)) {
    const number = n.number;
    if (typeof number !== 'number' && typeof number !== 'string') continue;
    const kind = str(n.weight) || str(n.fixed) || str(n.threshold);
    const what = n.weight !== undefined ? 'weight' : n.fixed !== undefined ? 'fixed' : n.threshold !== undefined ? 'threshold' : 'number';
    weights.push(`${what} ${number}${kind ? ` (${kind})` : ''}`);
  }
  const qualifier = [type, ...weights].filter(Boolean).join(', ');
  const label = `Award criterion${qualifier ? ` (${qualifier})` : ''}${name ? `: ${name}` : ''}`;
  const text = [name, description, ...weights.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}`)].filter(Boolean).join('\n');
  add(path, label, 'award', text, lot);
}

/** The structured fields of the tender or one lot. */
function scopeFields(fb: FieldBuilder, o: JsonObject, lot: string | undefined): void {
  // sustainability extension: goal and strategies as published, plus their eForms equivalents
  if (typeof o.hasSustainability === 'boolean') fb.add({ bt: 'OCDS-hasSustainability', value: String(o.hasSustainability), lot });
  for (const s of arr(o.sustainability).filter(isObject)) {
    const text = cleanText(s.description) || undefined;
    const goal = str(s.goal);
    if (goal) {
      fb.add({ bt: 'OCDS-goal', value: goal, lot, text });
      const g = goal.toLowerCase();
      // BT-06 (strategic procurement) is what the goal's pillar says: env-imp ↔ environmental, soc-obj ↔ social
      if (g === 'environmental' || g.startsWith('environmental.')) fb.add({ bt: 'BT-06', value: 'env-imp', lot, text });
      if (g === 'social' || g.startsWith('social.')) fb.add({ bt: 'BT-06', value: 'soc-obj', lot, text });
      const eq = GOAL_TO_EFORMS[g];
      if (eq) fb.add({ bt: eq.bt, value: eq.value, lot, ...(eq.bt === 'BT-06' ? { text } : {}) });
    }
    for (const strategy of arr(s.strategies)) {
      const v = str(strategy);
      if (!v) continue;
      fb.add({ bt: 'OCDS-strategy', value: v, lot });
      const eq = STRATEGY_TO_EFORMS[v.toLowerCase()];
      if (eq) fb.add({ bt: eq.bt, value: eq.value, lot });
    }
  }

  // Clean Vehicles Directive
  if (arr(o.coveredBy).some((c) => str(c).toUpperCase() === 'EU-CVD')) fb.add({ bt: 'BT-717', value: 'true', lot });
  for (const c of arr(o.additionalClassifications).filter(isObject)) {
    const bt = FIELD_SCHEMES[str(c.scheme).toLowerCase()];
    if (bt && str(c.id)) fb.add({ bt, value: str(c.id), lot });
  }

  // accessibility: BT-754 inc / n-inc / n-inc-just (+ BT-755 justification as text)
  if (o.hasAccessibilityCriteria === true) fb.add({ bt: 'BT-754', value: 'inc', lot });
  else if (o.hasAccessibilityCriteria === false) {
    const rationale = cleanText(o.noAccessibilityCriteriaRationale);
    // the OCDS-for-eForms converter writes a fixed sentence for n-inc; anything else is a justification (BT-755)
    const value = !rationale || /not intended for (?:the )?use by natural persons/i.test(rationale) ? 'n-inc' : 'n-inc-just';
    fb.add({ bt: 'BT-754', value, lot, text: rationale || undefined });
  }

  // reserved execution and participation, SMEs
  const terms = obj(o.contractTerms);
  if (typeof terms.reservedExecution === 'boolean') fb.add({ bt: 'BT-736', value: terms.reservedExecution ? 'yes' : 'no', lot });
  for (const p of arr(obj(o.otherRequirements).reservedParticipation)) {
    const v = RESERVED_PARTICIPATION[str(p).toLowerCase()];
    if (v) fb.add({ bt: 'BT-71', value: v, lot });
  }
  const sme = obj(o.suitability).sme;
  if (typeof sme === 'boolean') fb.add({ bt: 'BT-726', value: String(sme), lot });

  // award criterion types
  const ac = o.awardCriteria;
  if (typeof ac === 'string') {
    const v = AWARD_TYPE[ac.trim().toLowerCase()];
    if (v && /only$/i.test(ac.trim())) fb.add({ bt: 'BT-539', value: v, lot });
  } else if (isObject(ac)) {
    for (const c of arr(ac.criteria).filter(isObject)) {
      const v = AWARD_TYPE[str(c.type).toLowerCase()];
      if (!v || /only$/.test(str(c.type).toLowerCase())) continue;
      const text = [cleanText(c.name), cleanText(c.description)].filter(Boolean).join('\n') || undefined;
      fb.add({ bt: 'BT-539', value: v, lot, text });
    }
  }
}

/** The lot an award or contract belongs to, when it names exactly one. */
function singleLot(a: JsonObject): string | undefined {
  const related = arr(a.relatedLots).map(str).filter(Boolean);
  if (related.length === 1) return related[0];
  return str(a.lotID) || undefined;
}

/** The buyer's country: its party's address (countryName, or a country code some publishers put there). */
function buyerCountry(r: JsonObject, tender: JsonObject): string | undefined {
  const b = obj(r.buyer);
  const parties = arr(r.parties).filter(isObject);
  const party =
    (str(b.id) ? parties.find((p) => str(p.id) === str(b.id)) : undefined) ??
    parties.find((p) => arr(p.roles).some((x) => str(x) === 'buyer')) ??
    obj(tender.procuringEntity);
  const address = obj(party?.address);
  return normaliseCountry(str(address.countryName)) ?? normaliseCountry(str(address.country));
}

function buyerName(r: JsonObject, tender: JsonObject): string | undefined {
  const b = obj(r.buyer);
  const parties = arr(r.parties).filter(isObject);
  const name =
    cleanText(b.name) ||
    (str(b.id) ? cleanText(parties.find((p) => str(p.id) === str(b.id))?.name) : '') ||
    cleanText(parties.find((p) => arr(p.roles).some((x) => str(x) === 'buyer'))?.name) ||
    cleanText(obj(tender.procuringEntity).name);
  return name ? name.replace(/\s+/g, ' ') : undefined;
}

/** ISO 639-1 codes: a two-letter value outside this list ("md", Moldova's country code) is not a language. */
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo ' +
    'es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki ' +
    'kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr ' +
    'nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ' +
    'ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/** "EN", "en-GB", "ENG" → "en"; undefined when the value is not a known language tag. */
function normLanguage(v: Json | undefined): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-]+)?\s*$/.exec(v);
  if (!m) return undefined;
  const l = toIso6391(m[1]);
  return ISO_639_1.has(l) ? l : undefined;
}

// ---- text repair -------------------------------------------------------------------------------------------------

/** Windows-1252 characters of bytes 0x80–0x9F (undefined bytes kept as the C1 control a lenient decoder gives). */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';
/** A UTF-8 continuation byte (0x80–0xBF) as Windows-1252 shows it. */
const CONT = `[${CP1252_80_9F}\\u00A0-\\u00BF]`;
/**
 * UTF-8 read as Windows-1252, only where that reading is unambiguous: "Â"/"Ã"/"Ä"/"Å" + one continuation
 * character (U+0080–U+017F: "Â£" → "£", "Ã©" → "é") and "â" + two (U+2000–U+2FFF: "â€¢" → "•", "â€™" → "’").
 * No real text puts these letters before those symbols; French "â" is followed by letters, not by "€".
 */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00C5]${CONT}|\\u00E2${CONT}{2}`, 'g');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function repairMojibake(s: string): string {
  if (!/[\u00C2-\u00C5\u00E2]/.test(s)) return s;
  return s.replace(MOJIBAKE, (m) => {
    const bytes: number[] = [];
    for (const ch of m) {
      const c = ch.charCodeAt(0);
      const b = c >= 0xa0 && c <= 0xff ? c : CP1252_80_9F.indexOf(ch) >= 0 ? 0x80 + CP1252_80_9F.indexOf(ch) : -1;
      if (b < 0) return m;
      bytes.push(b);
    }
    try {
      return UTF8.decode(new Uint8Array(bytes));
    } catch {
      return m;
    }
  });
}

/**
 * A "\r\n" whose backslashes were lost ("rn") where it cannot be part of a word: right after the end of a
 * sentence or clause (. ! ? : ; , or a closing bracket, then any closing quote or bracket) and before a
 * capital letter, a bullet, a list marker ("(a)", "1."), a URL or the end of the text. "Modern Slavery", "Western General" and "Statementrn Bidders" (a lost line break
 * after a word, indistinguishable from a word ending in "rn") are left alone.
 */
const LOST_CRLF =
  /([.!?:;,)\]]["'\u2019\u201D)\]]*)[ \t]*((?:rn)+)(?=[ \t]*(?:[\p{Lu}\p{Lt}\u2022\u2023\u25AA\u25CF\u25E6\u00B7*\u2013\u2014-]|\(\w{1,4}\)|\d{1,3}[.)]|https?:|$))/gu;

export function repairLostNewlines(s: string): string {
  if (!s.includes('rn')) return s;
  return s
    .replace(LOST_CRLF, (_m, end: string, rns: string) => `${end}${'\n'.repeat(rns.length / 2)}`)
    .replace(/\u2022t(?=[\p{Lu}\d(])/gu, '\u2022\t');
}

const HTML_TAG = /<\/?(?:p|br|div|span|h[1-6]|ul|ol|li|strong|b|i|u|em|a|table|thead|tbody|tr|td|th|font|sup|sub|hr)\b[^<>]*>/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201C',
  rdquo: '\u201D', ndash: '\u2013', mdash: '\u2014', bull: '\u2022', hellip: '\u2026', pound: '\u00A3', euro: '\u20AC',
};

/** Markup in a text (NSW eTendering) → plain text: block ends become line breaks, entities are decoded. */
export function stripHtml(s: string): string {
  if (!HTML_TAG.test(s)) return s;
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|h[1-6]|li|tr|ul|ol|table)\s*>/gi, '\n')
    .replace(/<li\b[^<>]*>/gi, '\u2022 ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A JSON value as a section text: line ends normalised, mojibake, lost line breaks and markup repaired, trimmed. */
export function cleanText(v: unknown): string {
  if (typeof v !== 'string') return '';
  return stripHtml(repairLostNewlines(repairMojibake(v.replace(/\r\n?/g, '\n')))).trim();
}

// ---- JSON syntax errors ------------------------------------------------------------------------------------------

function jsonSyntaxError(text: string, err: unknown): NoticeParseError {
  const found = locateJsonError(text);
  if (!found) return new NoticeParseError(`malformed JSON: ${(err as Error)?.message ?? String(err)}`);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < found.offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const column = found.offset - lineStart + 1;
  return new NoticeParseError(`malformed JSON at line ${line}, column ${column}: ${found.message}`, { line, column });
}

/**
 * The offset and a plain description of the first syntax error in a text JSON.parse refused (V8 does not
 * always give the position). Iterative, so deep nesting cannot overflow the stack. Undefined if it finds none.
 */
export function locateJsonError(s: string): { offset: number; message: string } | undefined {
  const n = s.length;
  const stack: ('{' | '[')[] = [];
  let i = 0;
  type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'after';
  let state: State = 'value';
  const show = (ch: string) => (/^[\x21-\x7e]$/.test(ch) ? `'${ch}'` : `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const scanString = (): { offset: number; message: string } | undefined => {
    const start = i++;
    for (;;) {
      if (i >= n) return { offset: start, message: 'a string is not closed' };
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else return { offset: i, message: 'invalid escape sequence in a string' };
      } else if (c < 0x20) {
        return { offset: i, message: `${c === 0x0a || c === 0x0d ? 'a line break' : 'a control character'} inside a string` };
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  for (;;) {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return undefined;
      if (stack.length) return { offset: n, message: `unexpected end of the file: ${stack[stack.length - 1] === '{' ? 'an object' : 'an array'} is not closed` };
      return { offset: n, message: 'unexpected end of the file: no JSON value' };
    }
    const ch = s[i]!;
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (!top) return { offset: i, message: `unexpected ${show(ch)} after the end of the JSON value` };
      if (ch === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && ch === '}') || (top === '[' && ch === ']')) {
        i++;
        stack.pop();
      } else {
        return {
          offset: i,
          message: top === '{' ? `expected ',' or '}' after a property value, found ${show(ch)}` : `expected ',' or ']' after an array element, found ${show(ch)}`,
        };
      }
      continue;
    }
    if (state === 'firstKey' || state === 'key') {
      if (state === 'firstKey' && ch === '}') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (ch !== '"') return { offset: i, message: `expected a double-quoted property name, found ${show(ch)}` };
      const e = scanString();
      if (e) return e;
      while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
      if (s[i] !== ':') return { offset: i, message: i >= n ? 'unexpected end of the file after a property name' : `expected ':' after a property name, found ${show(s[i]!)}` };
      i++;
      state = 'value';
      continue;
    }
    // a value is expected
    if (state === 'firstValue' && ch === ']') {
      i++;
      stack.pop();
      state = 'after';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      state = ch === '{' ? 'firstKey' : 'firstValue';
      continue;
    }
    if (ch === '"') {
      const e = scanString();
      if (e) return e;
      state = 'after';
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(s);
    if (num && num[0].length && num[0] !== '-') {
      i += num[0].length;
      state = 'after';
      continue;
    }
    const literal = ['true', 'false', 'null'].find((l) => s.startsWith(l, i));
    if (literal) {
      i += literal.length;
      state = 'after';
      continue;
    }
    return { offset: i, message: `unexpected ${show(ch)} where a value was expected` };
  }
}

// ---- small JSON helpers ------------------------------------------------------------------------------------------

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function obj(v: Json | undefined): JsonObject {
  return isObject(v) ? v : {};
}
function arr(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}
/** A string or number as a trimmed string; anything else → "". */
function str(v: Json | undefined): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}
