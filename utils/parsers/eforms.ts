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
 */
import type { Notice, SectionKind } from '../notice';
import { normaliseCpv, toIso6391 } from '../notice';
import { CODELIST_TO_BT, kindOfBt } from '../eforms-terms';
import { normaliseCountry } from '../country';
import { NoticeParseError } from './errors';
import { clipTitle, FieldBuilder, pushUnique, SectionBuilder } from './common';
import { ancestor, attrOf, findAll, kid, kids, parseXmlTree, path, select, textOf, type XmlElement } from './xml-tree';

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

interface Context {
  /** Lot (or lots group / part) id; undefined at procedure level. */
  lot?: string;
  /** Suffix of the business-term id: Procedure, Lot, LotsGroup, Part. */
  level: string;
  project?: XmlElement;
  terms?: XmlElement;
}

/** Elements looked up anywhere in a notice (besides those with a code list). */
const LOOKED_UP: ReadonlySet<string> = new Set(['SMESuitableIndicator', 'Organization', 'NoticePublicationID']);

/** A Map, not the record: a list named "constructor" must not find Object's. */
const BT_OF_LIST: ReadonlyMap<string, string> = new Map(Object.entries(CODELIST_TO_BT));

export function parseEforms(xml: string, opts: { url?: string } = {}): Notice {
  const root = parseXmlTree(xml);
  if (!EFORMS_ROOTS.has(root.name)) {
    throw new NoticeParseError(`not an eForms notice: the root element is <${root.qname}>`);
  }
  const noticeLang = textOf(kid(root, 'NoticeLanguageCode')).trim().toUpperCase();
  /** Of several language variants of one text (languageID), keep those in the notice language, else the first language. */
  const pick = (els: XmlElement[]): XmlElement[] => {
    if (els.length <= 1) return els;
    const withLang = els.filter((e) => attrOf(e, 'languageID'));
    if (withLang.length === 0) return els;
    const preferred = withLang.filter((e) => attrOf(e, 'languageID')!.toUpperCase() === noticeLang);
    if (preferred.length > 0) return preferred;
    const first = attrOf(withLang[0]!, 'languageID');
    return withLang.filter((e) => attrOf(e, 'languageID') === first);
  };
  const pickText = (parent: XmlElement | undefined, name: string): string[] => pick(kids(parent, name)).map(textOf);

  // ---- contexts: the procedure, then every lot / lots group / part ------------------------------------
  const contexts: Context[] = [{ level: 'Procedure', project: kid(root, 'ProcurementProject'), terms: kid(root, 'TenderingTerms') }];
  const lots: string[] = [];
  for (const lotEl of kids(root, 'ProcurementProjectLot')) {
    const idEl = kid(lotEl, 'ID');
    const id = textOf(idEl).trim();
    if (!id) continue;
    lots.push(id);
    contexts.push({ lot: id, level: attrOf(idEl, 'schemeName') ?? 'Lot', project: kid(lotEl, 'ProcurementProject'), terms: kid(lotEl, 'TenderingTerms') });
  }

  // ---- sections -----------------------------------------------------------------------------------------
  const sb = new SectionBuilder();
  const add = (ctx: Context, bt: string, label: string, text: string, kind: SectionKind = kindOfBt(bt)) =>
    sb.add(`${ctx.lot ?? 'PROC'}:${bt}`, label, kind, text, ctx.lot);
  const plain = (ctx: Context, bt: string, texts: string[]) => {
    for (const t of texts) add(ctx, bt, `${BT_NAME[bt] ?? bt} (${bt}-${ctx.level})`, t);
  };

  for (const ctx of contexts) {
    const p = ctx.project;
    plain(ctx, 'BT-21', pickText(p, 'Name'));
    plain(ctx, 'BT-24', pickText(p, 'Description'));
    plain(ctx, 'BT-300', pickText(p, 'Note'));
    for (const addType of kids(p, 'ProcurementAdditionalType')) {
      const list = attrOf(kid(addType, 'ProcurementTypeCode'), 'listName');
      if (list === 'strategic-procurement') plain(ctx, 'BT-777', pickText(addType, 'ProcurementType'));
      if (list === 'accessibility') plain(ctx, 'BT-755', pickText(addType, 'ProcurementType'));
    }

    const terms = ctx.terms;
    if (!terms) continue;
    for (const sc of findAll(terms, (e) => e.name === 'SelectionCriteria')) {
      const type = textOf(kid(sc, 'TendererRequirementTypeCode')).trim();
      for (const t of pickText(sc, 'Description')) {
        add(ctx, 'BT-750', `${BT_NAME['BT-750']}${type ? ` ${type}` : ''} (BT-750-${ctx.level})`, t);
      }
    }
    for (const ac of kids(path(terms, 'AwardingTerms'), 'AwardingCriterion')) {
      plain(ctx, 'BT-543', pickText(ac, 'CalculationExpression'));
      plain(ctx, 'BT-733', pickText(ac, 'Description'));
      for (const sub of kids(ac, 'SubordinateAwardingCriterion')) {
        const type = textOf(kid(sub, 'AwardingCriterionTypeCode')).trim();
        const name = pickText(sub, 'Name').join('\n');
        const description = pickText(sub, 'Description').join('\n');
        const numbers: string[] = [];
        for (const param of findAll(sub, (e) => e.name === 'AwardCriterionParameter')) {
          const list = attrOf(kid(param, 'ParameterCode'), 'listName');
          const value = textOf(kid(param, 'ParameterNumeric')).trim();
          if (!value) continue;
          if (list === 'number-weight') numbers.push(`weight ${value}`);
          else if (list === 'number-fixed') numbers.push(`fixed ${value}`);
          else if (list === 'number-threshold') numbers.push(`threshold ${value}`);
        }
        const qualifier = [type, ...numbers].filter(Boolean).join(', ');
        const label = `Award criterion${qualifier ? ` (${qualifier})` : ''}${name.trim() ? `: ${name.trim()}` : ''}`;
        // the weight goes in the text too: it is what makes a named criterion an award criterion with a weight
        const weight = numbers.length ? `${numbers.map((n) => n.charAt(0).toUpperCase() + n.slice(1)).join(', ')}` : '';
        add(ctx, 'BT-734', label, [name, description, weight].filter((t) => t.trim() !== '').join('\n'), 'award');
      }
    }
    for (const req of kids(terms, 'ContractExecutionRequirement')) {
      if (attrOf(kid(req, 'ExecutionRequirementCode'), 'listName') !== 'conditions') continue;
      plain(ctx, 'BT-70', pickText(req, 'Description'));
    }
  }

  // ---- structured fields ----------------------------------------------------------------------------------
  const fb = new FieldBuilder();
  const lotOf = (el: XmlElement): string | undefined => {
    const result = ancestor(el, 'LotResult');
    if (result) return textOf(path(result, 'TenderLot', 'ID')).trim() || undefined;
    const lot = ancestor(el, 'ProcurementProjectLot');
    return lot ? textOf(kid(lot, 'ID')).trim() || undefined : undefined;
  };
  // one walk over the tree for everything looked up anywhere in it
  const coded: XmlElement[] = [];
  const organizations: XmlElement[] = [];
  let publication: XmlElement | undefined;
  for (const e of select(root, { names: LOOKED_UP, withAttr: 'listName' })) {
    if (attrOf(e, 'listName') !== undefined || e.name === 'SMESuitableIndicator') coded.push(e);
    else if (e.name === 'Organization' && e.parent?.name === 'Organizations') organizations.push(e);
    else if (e.name === 'NoticePublicationID' && e.parent?.name === 'Publication') publication ??= e;
  }
  for (const el of coded) {
    // the business term first: most coded elements are lists the engine does not read
    const sme = el.name === 'SMESuitableIndicator';
    const bt = sme ? 'BT-726' : BT_OF_LIST.get(attrOf(el, 'listName')!);
    if (!bt) continue;
    const value = textOf(el).trim();
    if (!value) continue;
    if (sme) {
      fb.add({ bt, value, lot: lotOf(el) });
      continue;
    }
    if (bt === 'BT-71' && value === 'none') continue;
    let text: string | undefined;
    const parent = el.parent;
    if ((bt === 'BT-06' || bt === 'BT-754') && parent) text = pickText(parent, 'ProcurementType').join('\n');
    else if (bt === 'BT-539' && parent) {
      text = [...pickText(parent, 'Name'), ...pickText(parent, 'Description')].filter((t) => t.trim() !== '').join('\n');
    } else if (bt === 'OPT-155' && parent) text = textOf(kid(parent, 'StatisticsNumeric')).trim();
    fb.add({ bt, value, lot: lotOf(el), text });
  }

  // ---- contract nature, CPV, buyer, id, title -------------------------------------------------------------
  const natures = new Set<string>();
  for (const ctx of contexts) {
    for (const c of kids(ctx.project, 'ProcurementTypeCode')) {
      if (attrOf(c, 'listName') !== 'contract-nature') continue;
      const v = textOf(c).trim();
      if (v === 'supplies' || v === 'services' || v === 'works') natures.add(v);
    }
  }
  const contractNature = natures.size === 0 ? undefined : natures.size === 1 ? ([...natures][0] as 'supplies' | 'services' | 'works') : 'mixed';

  const cpv: string[] = [];
  const cpvOf = (wrapper: string) => {
    for (const ctx of contexts) {
      for (const cls of kids(ctx.project, wrapper)) {
        for (const code of kids(cls, 'ItemClassificationCode')) {
          const list = attrOf(code, 'listName');
          if (list !== undefined && list !== 'cpv') continue;
          const c = normaliseCpv(textOf(code));
          if (c) pushUnique(cpv, c);
        }
      }
    }
  };
  cpvOf('MainCommodityClassification');
  cpvOf('AdditionalCommodityClassification');

  const orgNames = new Map<string, { name: string; country?: string }>();
  let firstOrg: { name: string; country?: string } | undefined;
  for (const org of organizations) {
    const company = kid(org, 'Company');
    const id = textOf(path(company, 'PartyIdentification', 'ID')).trim();
    // each language variant of the name may sit in its own cac:PartyName
    const name = pick(kids(company, 'PartyName').flatMap((pn) => kids(pn, 'Name'))).map(textOf).join(' ').trim();
    if (!name) continue;
    const entry = { name, country: normaliseCountry(textOf(path(company, 'PostalAddress', 'Country', 'IdentificationCode'))) };
    firstOrg ??= entry;
    if (id && !orgNames.has(id)) orgNames.set(id, entry);
  }
  let buyerOrg: { name: string; country?: string } | undefined;
  for (const party of kids(root, 'ContractingParty')) {
    const id = textOf(path(party, 'Party', 'PartyIdentification', 'ID')).trim();
    buyerOrg = orgNames.get(id);
    if (buyerOrg) break;
  }
  buyerOrg ??= firstOrg;
  const buyer = buyerOrg?.name;

  const id = textOf(publication).trim() || textOf(kid(root, 'ID')).trim() || undefined;

  const title = clipTitle(
    pickText(contexts[0]!.project, 'Name')[0] ?? contexts.map((c) => pickText(c.project, 'Name')[0]).find((t) => t?.trim()) ?? '',
  );

  const notice: Notice = {
    format: 'eforms',
    title,
    language: toIso6391(noticeLang),
    cpv,
    sections: sb.sections,
    fields: fb.fields,
    gaps: [],
  };
  if (id) notice.id = id;
  if (opts.url) notice.url = opts.url;
  if (contractNature) notice.contractNature = contractNature;
  if (buyer) notice.buyer = buyer;
  if (buyerOrg?.country) notice.buyerCountry = buyerOrg.country;
  if (lots.length > 0) notice.lots = lots;
  return notice;
}
