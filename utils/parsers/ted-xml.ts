/**
 * TED XML R2.0.9 (TED_EXPORT, the 2014 standard forms F01–F25) → Notice. Pure: takes the file's text.
 *
 * Reads only the ORIGINAL-language form (the FORM_SECTION child whose @LG equals LG_ORIG, else the first):
 * title (OBJECT_CONTRACT/TITLE), language (LG_ORIG, else the form's @LG), publication number (@DOC_ID, else
 * NO_DOC_OJS), buyer (CONTRACTING_BODY/ADDRESS_CONTRACTING_BODY/OFFICIALNAME), contract nature
 * (TYPE_CONTRACT/@CTYPE), lots (LOT_NO of OBJECT_DESCR), CPV (CPV_MAIN, then CPV_ADDITIONAL, every lot), and
 * one section per free-text element: TITLE, SHORT_DESCR, AC_CRITERION (with its AC_WEIGHTING in the label),
 * the selection texts of LEFTI, PERFORMANCE_CONDITIONS, INFO_ADD, CRITERIA_EVALUATION, and any other
 * paragraph container as 'other'. Names and addresses are skipped. Text of nested <P> is joined with "\n".
 * TED XML has no business-term codes; the award-criterion type (AC_QUALITY / AC_COST / AC_PRICE) is also
 * given as a BT-539 field, as the Publications Office's TED → eForms converter maps it.
 */
import type { Notice, SectionKind } from '../notice';
import { normaliseCpv, toIso6391 } from '../notice';
import { NoticeParseError } from './errors';
import { clipTitle, FieldBuilder, pushUnique, SectionBuilder, TED_ADDRESS_TAG, TED_TAG_LABEL, tedTagKind } from './common';
import { findAll, kid, kids, parseXmlTree, path, textOf, type XmlElement } from './xml-tree';
import { normaliseCountry } from '../country';

const AC_TYPE: Record<string, string> = { AC_QUALITY: 'quality', AC_COST: 'cost', AC_PRICE: 'price' };
const NATURE: Record<string, 'supplies' | 'services' | 'works'> = { SUPPLIES: 'supplies', SERVICES: 'services', WORKS: 'works' };

export function parseTedXml(xml: string, opts: { url?: string } = {}): Notice {
  const root = parseXmlTree(xml);
  if (root.name !== 'TED_EXPORT') {
    throw new NoticeParseError(`not a TED XML notice: the root element is <${root.qname}>`);
  }
  const gaps: string[] = [];
  const noticeData = path(root, 'CODED_DATA_SECTION', 'NOTICE_DATA');
  const lgOrig = textOf(kid(noticeData, 'LG_ORIG')).trim().toUpperCase();
  const forms = kids(kid(root, 'FORM_SECTION')).filter((f) => f.attrs.LG !== undefined || f.attrs.FORM !== undefined || f.attrs.CATEGORY !== undefined);
  const form = forms.find((f) => (f.attrs.LG ?? '').toUpperCase() === lgOrig) ?? forms[0];
  if (!form) gaps.push('the TED XML file has no form section: only its coded data was read');

  const sb = new SectionBuilder();
  const fb = new FieldBuilder();
  const lots: string[] = [];

  /** Text of a passage: its <P> children joined with "\n", else its own text. */
  const passageText = (el: XmlElement): string => {
    const ps = kids(el, 'P');
    return ps.length > 0 ? ps.map(textOf).join('\n') : textOf(el);
  };
  const hasParagraphs = (el: XmlElement) => kids(el, 'P').length > 0;

  const visit = (el: XmlElement, ctx: string, lot: string | undefined) => {
    for (const child of kids(el)) {
      const tag = child.name;
      if (TED_ADDRESS_TAG.test(tag)) continue;
      if (tag === 'OBJECT_DESCR' || tag === 'AWARD_CONTRACT') {
        const lotNo = textOf(kid(child, 'LOT_NO')).trim() || undefined;
        if (lotNo && tag === 'OBJECT_DESCR') pushUnique(lots, lotNo);
        const item = child.attrs.ITEM ?? '';
        const childCtx = tag === 'AWARD_CONTRACT' ? `AWARD${item}` : lotNo ? `LOT-${lotNo}` : `OBJ${item}`;
        visit(child, childCtx, lotNo);
        continue;
      }
      if (tag === 'AC_CRITERION') {
        addCriterion(child, ctx, lot);
        continue;
      }
      if (AC_TYPE[tag] && !kid(child, 'AC_CRITERION')) {
        // price (or cost) criterion given only by its weighting
        fb.add({ bt: 'BT-539', value: AC_TYPE[tag]!, lot });
      }
      const kind: SectionKind | undefined = tedTagKind(tag) ?? (hasParagraphs(child) ? 'other' : undefined);
      if (kind) {
        const name = TED_TAG_LABEL[tag];
        sb.add(`${ctx}:${tag}`, name ? `${name} (${tag})` : tag, kind, passageText(child), lot);
        continue;
      }
      visit(child, ctx, lot);
    }
  };

  const addCriterion = (el: XmlElement, ctx: string, lot: string | undefined) => {
    const type = el.parent ? AC_TYPE[el.parent.name] : undefined;
    // the weighting is the AC_WEIGHTING sibling right after this criterion
    let weighting: string | undefined;
    const siblings = kids(el.parent);
    const next = siblings[siblings.indexOf(el) + 1];
    if (next?.name === 'AC_WEIGHTING') weighting = textOf(next).trim();
    const qualifier = [type, weighting ? `weighting ${weighting}` : undefined].filter(Boolean).join(', ');
    // the weighting goes in the text too: it is what makes a named criterion an award criterion with a weight
    const text = weighting ? `${textOf(el)}\nWeighting: ${weighting}` : textOf(el);
    sb.add(`${ctx}:AC_CRITERION`, `Award criterion (AC_CRITERION${qualifier ? `; ${qualifier}` : ''})`, 'award', text, lot);
    if (type) fb.add({ bt: 'BT-539', value: type, lot, text });
  };

  if (form) visit(form, 'PROC', undefined);

  // ---- CPV, nature, buyer, id, title ---------------------------------------------------------------------
  const cpv: string[] = [];
  if (form) {
    for (const wrapper of ['CPV_MAIN', 'CPV_ADDITIONAL']) {
      for (const w of findAll(form, (e) => e.name === wrapper)) {
        for (const code of kids(w, 'CPV_CODE')) {
          const c = normaliseCpv(code.attrs.CODE ?? '');
          if (c) pushUnique(cpv, c);
        }
      }
    }
  }
  if (cpv.length === 0) {
    for (const orig of kids(noticeData, 'ORIGINAL_CPV')) {
      const c = normaliseCpv(orig.attrs.CODE ?? '');
      if (c) pushUnique(cpv, c);
    }
  }

  const natures = new Set<string>();
  if (form) {
    for (const t of findAll(form, (e) => e.name === 'TYPE_CONTRACT')) {
      const n = NATURE[(t.attrs.CTYPE ?? '').toUpperCase()];
      if (n) natures.add(n);
    }
  }
  const contractNature = natures.size === 0 ? undefined : natures.size === 1 ? ([...natures][0] as 'supplies' | 'services' | 'works') : 'mixed';

  const buyer = form ? textOf(path(form, 'CONTRACTING_BODY', 'ADDRESS_CONTRACTING_BODY', 'OFFICIALNAME')).trim() : '';

  let id = (root.attrs.DOC_ID ?? '').trim();
  if (!id) {
    const ojs = /(\d{4})\/S\s*\d+-(\d+)/.exec(textOf(kid(noticeData, 'NO_DOC_OJS')));
    if (ojs) id = `${ojs[2]!.padStart(6, '0')}-${ojs[1]}`;
  }

  let title = form ? passageText(path(form, 'OBJECT_CONTRACT', 'TITLE') ?? form).trim() : '';
  if (!form || !path(form, 'OBJECT_CONTRACT', 'TITLE')) {
    title = sb.sections.find((s) => s.kind === 'title')?.text ?? '';
    if (!title) {
      const mlTitles = kids(path(root, 'TRANSLATION_SECTION', 'ML_TITLES'), 'ML_TI_DOC');
      const ti = mlTitles.find((t) => (t.attrs.LG ?? '').toUpperCase() === lgOrig) ?? mlTitles[0];
      const tiText = kid(ti, 'TI_TEXT');
      title = tiText ? passageText(tiText) : '';
    }
  }

  const notice: Notice = {
    format: 'ted-xml',
    title: clipTitle(title),
    language: toIso6391(lgOrig || form?.attrs.LG),
    cpv,
    sections: sb.sections,
    fields: fb.fields,
    gaps,
  };
  if (id) notice.id = id;
  if (opts.url) notice.url = opts.url;
  if (contractNature) notice.contractNature = contractNature;
  if (buyer) notice.buyer = buyer;
  const country = form ? normaliseCountry(path(form, 'CONTRACTING_BODY', 'ADDRESS_CONTRACTING_BODY', 'COUNTRY')?.attrs.VALUE) : undefined;
  if (country) notice.buyerCountry = country;
  if (lots.length > 0) notice.lots = lots;
  return notice;
}
