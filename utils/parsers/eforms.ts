/**
 * eForms (UBL 2.3, Regulation (EU) 2019/1780) notice XML → Notice. Pure: takes the file's text.
 *
 * Reads: title (BT-21), language (BT-702), publication number (efac:Publication/efbc:NoticePublicationID,
 * else cbc:ID), buyer (name of the organisation the contracting party points to, else the first one),
 * contract nature (BT-23 of procedure and lots), lots (every cac:ProcurementProjectLot, lots groups
 * included), CPV (BT-262 / BT-263 of procedure and lots), free-text sections (BT-21, BT-24, BT-300, BT-750,
 * BT-734/540 with BT-539/541 in the label, BT-543, BT-733, BT-70, BT-777, BT-755) and the structured codes
 * listed in CODELIST_TO_BT plus BT-726, with the lot they belong to (result notices: efac:LotResult → its
 * efac:TenderLot).
 *
 * It reads the parsed document's rows directly (element numbers, names compared as numbers), not element
 * objects: a notice with a hundred lots has tens of thousands of elements, and this reader looks at each once.
 */
import type { Notice, NoticeSection, SectionKind, StructuredField } from '../notice';
import { normaliseCpv, toIso6391 } from '../notice';
import { CODELIST_TO_BT, kindOfBt } from '../eforms-terms';
import { normaliseCountry } from '../country';
import { NoticeParseError } from './errors';
import { clipTitle, FieldBuilder, pushUnique, SectionBuilder } from './common';
import { parseXmlDocument, type XmlDocument } from './xml-tree';

/** Root elements of eForms notices (the four UBL document types the SDK defines). */
export const EFORMS_ROOTS = new Set([
  'ContractNotice',
  'ContractAwardNotice',
  'PriorInformationNotice',
  'BusinessRegistrationInformationNotice',
]);

const BT_NAME: Record<string, string> = {
  'BT-21': 'Title',
  'BT-24': 'Description',
  'BT-300': 'Additional information',
  'BT-750': 'Selection criterion',
  'BT-543': 'Award criteria (complicated)',
  'BT-733': 'Award criteria order justification',
  'BT-70': 'Conditions of performance of the contract',
  'BT-777': 'Strategic procurement description',
  'BT-755': 'Accessibility justification',
};

/** The local names this reader looks for. */
const NAMES = [
  'NoticeLanguageCode', 'ProcurementProject', 'TenderingTerms', 'ProcurementProjectLot', 'ID', 'Name', 'Description',
  'Note', 'ProcurementAdditionalType', 'ProcurementTypeCode', 'ProcurementType', 'SelectionCriteria',
  'TendererRequirementTypeCode', 'AwardingTerms', 'AwardingCriterion', 'CalculationExpression',
  'SubordinateAwardingCriterion', 'AwardingCriterionTypeCode', 'AwardCriterionParameter', 'ParameterCode',
  'ParameterNumeric', 'ContractExecutionRequirement', 'ExecutionRequirementCode', 'LotResult', 'TenderLot',
  'SMESuitableIndicator', 'Organization', 'Organizations', 'NoticePublicationID', 'Publication', 'StatisticsNumeric',
  'MainCommodityClassification', 'AdditionalCommodityClassification', 'ItemClassificationCode', 'Company',
  'PartyIdentification', 'PartyName', 'PostalAddress', 'Country', 'IdentificationCode', 'ContractingParty', 'Party',
] as const;
type Names = Record<(typeof NAMES)[number], number>;

interface Context {
  /** Lot (or lots group / part) id; undefined at procedure level. */
  lot?: string;
  /** Suffix of the business-term id: Procedure, Lot, LotsGroup, Part. */
  level: string;
  /** rows of cac:ProcurementProject and cac:TenderingTerms (-1: none) */
  project: number;
  terms: number;
  /** section key ("LOT-0001:BT-70") by business term, each made once (a hundred lots add a thousand sections) */
  keys: Map<string, string>;
}

/** A Map, not the record: a list named "constructor" must not find Object's. */
const BT_OF_LIST: ReadonlyMap<string, string> = new Map(Object.entries(CODELIST_TO_BT));
/**
 * Length and first character of each list in BT_OF_LIST, as one number: most coded elements are in lists the engine
 * does not read (countries, currencies, notice types...), passed over without making their list name's string.
 */
const LIST_SHAPES: ReadonlySet<number> = new Set([...BT_OF_LIST.keys()].map((l) => listShape(l.length, l.charCodeAt(0))));
function listShape(length: number, first: number): number {
  return length * 0x10000 + first;
}

export function parseEforms(xml: string, opts: { url?: string } = {}): Notice {
  // texts checked as they are read: a stray control character in an address line does not refuse the notice
  return eformsNotice(parseXmlDocument(xml, { textCheck: 'read' }), opts);
}

/** The Notice of a parsed eForms document. */
export function eformsNotice(doc: XmlDocument, opts: { url?: string } = {}): Notice {
  const root = doc.root;
  if (!EFORMS_ROOTS.has(doc.local(root))) {
    throw new NoticeParseError(`not an eForms notice: the root element is <${doc.qname(root)}>`);
  }
  const r = new EformsReader(doc);
  const contexts = r.contexts();
  const buyerOrg = r.buyer();
  const id = r.text(r.publication).trim() || r.text(r.child(root, r.N.ID)).trim() || undefined;
  const title = clipTitle(
    r.pickText(contexts[0]!.project, r.N.Name)[0] ?? contexts.map((c) => r.pickText(c.project, r.N.Name)[0]).find((t) => t?.trim()) ?? '',
  );
  const contractNature = r.contractNature(contexts);
  const notice: Notice = {
    format: 'eforms',
    title,
    language: toIso6391(r.noticeLang),
    cpv: r.cpv(contexts),
    sections: r.sections(contexts),
    fields: r.fields(),
    gaps: [],
  };
  if (id) notice.id = id;
  if (opts.url) notice.url = opts.url;
  if (contractNature) notice.contractNature = contractNature;
  if (buyerOrg?.name) notice.buyer = buyerOrg.name;
  if (buyerOrg?.country) notice.buyerCountry = buyerOrg.country;
  const lots = contexts.flatMap((c) => (c.lot === undefined ? [] : [c.lot]));
  if (lots.length > 0) notice.lots = lots;
  return notice;
}

interface Organisation {
  name: string;
  country?: string;
}

/**
 * Reads one eForms document. Small methods rather than one long function: the optimising compiler handles each
 * on its own, and a string of an unexpected shape in one place does not send the whole reader back to slow code.
 */
class EformsReader {
  /**
   * Each name's id in this document (-1 when it does not occur: then nothing matches it). Made in one go by
   * Object.fromEntries: an object given forty properties one by one turns into a slow dictionary.
   */
  readonly N: Names;
  readonly noticeLang: string;
  readonly root: number;
  /** efac:Publication/efbc:NoticePublicationID (-1: none), found by fields() */
  publication = -1;
  private organizations: number[] = [];

  constructor(private readonly doc: XmlDocument) {
    this.N = Object.fromEntries(NAMES.map((n) => [n, doc.localIdOf(n)])) as Names;
    this.root = doc.root;
    this.noticeLang = this.text(this.child(this.root, this.N.NoticeLanguageCode)).trim().toUpperCase();
    this.scan();
  }

  child(i: number, id: number): number {
    return this.doc.child(i, id);
  }
  children(i: number, id: number): number[] {
    return this.doc.childrenWith(i, id);
  }
  text(i: number): string {
    return this.doc.text(i);
  }
  /** Descendants of i named `id`, in document order. */
  below(i: number, id: number): number[] {
    const out: number[] = [];
    if (i < 0 || id < 0) return out;
    const doc = this.doc;
    for (let r = i + 1, end = doc.end[i]!; r < end; r++) if (doc.localId(r) === id) out.push(r);
    return out;
  }
  /** Nearest ancestor of i named `id` (-1: none). */
  ancestor(i: number, id: number): number {
    const doc = this.doc;
    for (let p = doc.parent[i]!; p !== -1; p = doc.parent[p]!) if (doc.localId(p) === id) return p;
    return -1;
  }

  /** Of several language variants of one text (languageID), keep those in the notice language, else the first language. */
  pick(els: number[]): number[] {
    if (els.length <= 1) return els;
    const doc = this.doc;
    const withLang = els.filter((e) => doc.attr(e, 'languageID'));
    if (withLang.length === 0) return els;
    const preferred = withLang.filter((e) => doc.attr(e, 'languageID')!.toUpperCase() === this.noticeLang);
    if (preferred.length > 0) return preferred;
    const first = doc.attr(withLang[0]!, 'languageID');
    return withLang.filter((e) => doc.attr(e, 'languageID') === first);
  }
  pickText(parent: number, id: number): string[] {
    return this.pick(this.children(parent, id)).map((e) => this.text(e));
  }

  /** The procedure, then every lot / lots group / part. */
  contexts(): Context[] {
    const { N, root } = this;
    const contexts: Context[] = [
      { level: 'Procedure', project: this.child(root, N.ProcurementProject), terms: this.child(root, N.TenderingTerms), keys: new Map() },
    ];
    for (const lotEl of this.children(root, N.ProcurementProjectLot)) {
      const idEl = this.child(lotEl, N.ID);
      const id = this.text(idEl).trim();
      if (!id) continue;
      contexts.push({
        lot: id,
        level: this.doc.attr(idEl, 'schemeName') ?? 'Lot',
        project: this.child(lotEl, N.ProcurementProject),
        terms: this.child(lotEl, N.TenderingTerms),
        keys: new Map(),
      });
    }
    return contexts;
  }

  sections(contexts: Context[]): NoticeSection[] {
    const sb = new SectionBuilder();
    for (const ctx of contexts) {
      this.projectSections(sb, ctx);
      if (ctx.terms < 0) continue;
      this.selectionSections(sb, ctx);
      this.awardSections(sb, ctx);
      this.performanceSections(sb, ctx);
    }
    return sb.sections;
  }

  private add(sb: SectionBuilder, ctx: Context, bt: string, label: string, t: string, kind: SectionKind = kindOfBt(bt)): void {
    let key = ctx.keys.get(bt);
    if (key === undefined) ctx.keys.set(bt, (key = `${ctx.lot ?? 'PROC'}:${bt}`));
    sb.add(key, label, kind, t, ctx.lot);
  }
  private plain(sb: SectionBuilder, ctx: Context, bt: string, texts: string[]): void {
    for (const t of texts) this.add(sb, ctx, bt, `${BT_NAME[bt] ?? bt} (${bt}-${ctx.level})`, t);
  }

  private projectSections(sb: SectionBuilder, ctx: Context): void {
    const { N } = this;
    const p = ctx.project;
    this.plain(sb, ctx, 'BT-21', this.pickText(p, N.Name));
    this.plain(sb, ctx, 'BT-24', this.pickText(p, N.Description));
    this.plain(sb, ctx, 'BT-300', this.pickText(p, N.Note));
    for (const addType of this.children(p, N.ProcurementAdditionalType)) {
      const list = this.doc.attr(this.child(addType, N.ProcurementTypeCode), 'listName');
      if (list === 'strategic-procurement') this.plain(sb, ctx, 'BT-777', this.pickText(addType, N.ProcurementType));
      if (list === 'accessibility') this.plain(sb, ctx, 'BT-755', this.pickText(addType, N.ProcurementType));
    }
  }

  private selectionSections(sb: SectionBuilder, ctx: Context): void {
    const { N } = this;
    for (const sc of this.below(ctx.terms, N.SelectionCriteria)) {
      const type = this.text(this.child(sc, N.TendererRequirementTypeCode)).trim();
      for (const t of this.pickText(sc, N.Description)) {
        this.add(sb, ctx, 'BT-750', `${BT_NAME['BT-750']}${type ? ` ${type}` : ''} (BT-750-${ctx.level})`, t);
      }
    }
  }

  private awardSections(sb: SectionBuilder, ctx: Context): void {
    const { N } = this;
    for (const ac of this.children(this.child(ctx.terms, N.AwardingTerms), N.AwardingCriterion)) {
      this.plain(sb, ctx, 'BT-543', this.pickText(ac, N.CalculationExpression));
      this.plain(sb, ctx, 'BT-733', this.pickText(ac, N.Description));
      for (const sub of this.children(ac, N.SubordinateAwardingCriterion)) {
        const type = this.text(this.child(sub, N.AwardingCriterionTypeCode)).trim();
        const name = this.pickText(sub, N.Name).join('\n');
        const description = this.pickText(sub, N.Description).join('\n');
        const numbers: string[] = [];
        for (const param of this.below(sub, N.AwardCriterionParameter)) {
          const list = this.doc.attr(this.child(param, N.ParameterCode), 'listName');
          const value = this.text(this.child(param, N.ParameterNumeric)).trim();
          if (!value) continue;
          if (list === 'number-weight') numbers.push(`weight ${value}`);
          else if (list === 'number-fixed') numbers.push(`fixed ${value}`);
          else if (list === 'number-threshold') numbers.push(`threshold ${value}`);
        }
        const qualifier = [type, ...numbers].filter(Boolean).join(', ');
        const label = `Award criterion${qualifier ? ` (${qualifier})` : ''}${name.trim() ? `: ${name.trim()}` : ''}`;
        // the weight goes in the text too: it is what makes a named criterion an award criterion with a weight
        const weight = numbers.length ? `${numbers.map((n) => n.charAt(0).toUpperCase() + n.slice(1)).join(', ')}` : '';
        this.add(sb, ctx, 'BT-734', label, [name, description, weight].filter((t) => t.trim() !== '').join('\n'), 'award');
      }
    }
  }

  private performanceSections(sb: SectionBuilder, ctx: Context): void {
    const { N } = this;
    for (const req of this.children(ctx.terms, N.ContractExecutionRequirement)) {
      if (this.doc.attr(this.child(req, N.ExecutionRequirementCode), 'listName') !== 'conditions') continue;
      this.plain(sb, ctx, 'BT-70', this.pickText(req, N.Description));
    }
  }

  /** The lot an element belongs to (result notices: efac:LotResult → its efac:TenderLot). */
  private lotOf(el: number): string | undefined {
    const { N } = this;
    const result = this.ancestor(el, N.LotResult);
    if (result !== -1) return this.text(this.child(this.child(result, N.TenderLot), N.ID)).trim() || undefined;
    const lot = this.ancestor(el, N.ProcurementProjectLot);
    return lot !== -1 ? this.text(this.child(lot, N.ID)).trim() || undefined : undefined;
  }

  private coded: number[] = [];

  /** One walk over the rows for everything looked up anywhere in the notice. */
  private scan(): void {
    const { doc, N, root } = this;
    const { SMESuitableIndicator, Organization, Organizations, NoticePublicationID, Publication } = N;
    const sme: number[] = [];
    for (let el = root + 1, end = doc.end[root]!; el < end; el++) {
      const name = doc.localId(el);
      if (name === SMESuitableIndicator) sme.push(el);
      else if (name === Organization && doc.localId(doc.parent[el]!) === Organizations) this.organizations.push(el);
      else if (name === NoticePublicationID && this.publication === -1 && doc.localId(doc.parent[el]!) === Publication) this.publication = el;
    }
    // the elements with a list name, found on the attribute rows, merged in document order with the SME indicators
    const listed = doc.elementsWithAttr(doc.localIdOf('listName'));
    const coded = this.coded;
    let i = 0;
    let j = 0;
    while (i < sme.length || j < listed.length) {
      const a = i < sme.length ? sme[i]! : Infinity;
      const b = j < listed.length ? listed[j]! : Infinity;
      coded.push(Math.min(a, b));
      if (a <= b) i++;
      if (b <= a) j++;
    }
  }

  /** The structured codes listed in CODELIST_TO_BT, and BT-726. */
  fields(): StructuredField[] {
    const fb = new FieldBuilder();
    const { doc, N } = this;
    const listName = doc.localIdOf('listName');
    for (const el of this.coded) {
      // the business term first: most coded elements are lists the engine does not read
      const sme = doc.localId(el) === N.SMESuitableIndicator;
      let bt: string | undefined = 'BT-726';
      if (!sme) {
        const row = doc.attrRowWithId(el, listName);
        if (!LIST_SHAPES.has(listShape(doc.attrValueLength(row), doc.attrValueFirstChar(row)))) continue;
        bt = BT_OF_LIST.get(doc.attrValue(row));
      }
      if (!bt) continue;
      const value = this.text(el).trim();
      if (!value) continue;
      if (sme) {
        fb.add({ bt, value, lot: this.lotOf(el) });
        continue;
      }
      if (bt === 'BT-71' && value === 'none') continue;
      fb.add({ bt, value, lot: this.lotOf(el), text: this.fieldText(bt, doc.parent[el]!) });
    }
    return fb.fields;
  }

  /** The text that goes with a code: the description beside it. */
  private fieldText(bt: string, parent: number): string | undefined {
    const { N } = this;
    if (parent === -1) return undefined;
    if (bt === 'BT-06' || bt === 'BT-754') return this.pickText(parent, N.ProcurementType).join('\n');
    if (bt === 'BT-539') return [...this.pickText(parent, N.Name), ...this.pickText(parent, N.Description)].filter((x) => x.trim() !== '').join('\n');
    if (bt === 'OPT-155') return this.text(this.child(parent, N.StatisticsNumeric)).trim();
    return undefined;
  }

  /** BT-23 of the procedure and lots: one nature, or "mixed". */
  contractNature(contexts: Context[]): Notice['contractNature'] {
    const natures = new Set<string>();
    for (const ctx of contexts) {
      for (const c of this.children(ctx.project, this.N.ProcurementTypeCode)) {
        if (this.doc.attr(c, 'listName') !== 'contract-nature') continue;
        const v = this.text(c).trim();
        if (v === 'supplies' || v === 'services' || v === 'works') natures.add(v);
      }
    }
    return natures.size === 0 ? undefined : natures.size === 1 ? ([...natures][0] as 'supplies' | 'services' | 'works') : 'mixed';
  }

  /** BT-262 then BT-263 of the procedure and lots. */
  cpv(contexts: Context[]): string[] {
    const { N } = this;
    const cpv: string[] = [];
    for (const wrapper of [N.MainCommodityClassification, N.AdditionalCommodityClassification]) {
      for (const ctx of contexts) {
        for (const cls of this.children(ctx.project, wrapper)) {
          for (const code of this.children(cls, N.ItemClassificationCode)) {
            const list = this.doc.attr(code, 'listName');
            if (list !== undefined && list !== 'cpv') continue;
            const c = normaliseCpv(this.text(code));
            if (c) pushUnique(cpv, c);
          }
        }
      }
    }
    return cpv;
  }

  /** The organisation the contracting party points to, else the first one. */
  buyer(): Organisation | undefined {
    const { N } = this;
    const orgNames = new Map<string, Organisation>();
    let firstOrg: Organisation | undefined;
    for (const org of this.organizations) {
      const company = this.child(org, N.Company);
      const id = this.text(this.child(this.child(company, N.PartyIdentification), N.ID)).trim();
      // each language variant of the name may sit in its own cac:PartyName
      const name = this.pick(this.children(company, N.PartyName).flatMap((pn) => this.children(pn, N.Name)))
        .map((e) => this.text(e))
        .join(' ')
        .trim();
      if (!name) continue;
      const country = this.text(this.child(this.child(this.child(company, N.PostalAddress), N.Country), N.IdentificationCode));
      const entry = { name, country: normaliseCountry(country) };
      firstOrg ??= entry;
      if (id && !orgNames.has(id)) orgNames.set(id, entry);
    }
    for (const party of this.children(this.root, N.ContractingParty)) {
      const id = this.text(this.child(this.child(this.child(party, N.Party), N.PartyIdentification), N.ID)).trim();
      const found = orgNames.get(id);
      if (found) return found;
    }
    return firstOrg;
  }
}
