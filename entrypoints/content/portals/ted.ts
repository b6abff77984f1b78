/**
 * TED, Tenders Electronic Daily (ted.europa.eu): the EU's journal of public procurement notices.
 *
 * Two notice pages:
 * - `/{lang}/notice/{pubno}/html`: the notice as server-rendered HTML (the Publications Office's renderer);
 * - `/{lang}/notice/-/detail/{pubno}`: the Angular app, which renders the same notice client-side, so the
 *   content script waits for `rootSelectors` before extracting.
 *
 * Every label and code of an eForms notice carries a language-independent key: `data-labels-key=
 * "field|name|BT-70-Lot"` on a field's label, `"code|name|award-criterion-type.cost"` on a code value. The
 * adapter reads those keys (utils/eforms-terms.ts), never the visible wording, so it works in the 24 languages.
 * It reads only inside the notice root (plus `#summary` for the title, and `<html lang>`): the site header,
 * footer and menus ("Accessibility", "Accessibility statement", …) are never read.
 * Read-only: nothing here writes to the page.
 */
import { CODELIST_TO_BT, kindOfBt, parseCodeKey, parseLabelsKey } from '../../../utils/eforms-terms';
import { toIso6391, type Notice, type NoticeSection, type StructuredField } from '../../../utils/notice';
import { runAtOnce, type Steps } from '../slices';
import { collectText, collectTextOf, collectTextSteps, type CollectedText } from '../text-map';
import type { Extraction, PortalAdapter, SectionSource } from './types';

const SELECTORS = {
  /**
   * The notice. Ordered fallbacks:
   * 1. `div#notice`, the renderer's container after `div#summary` (domain research §5; seen in a TED HTML fixture
   *    of a TED mapper's tests and in the e-Zamówienia scraper that gets the same renderer output);
   * 2. any field label, for when that container is renamed: the root is then the nearest element that holds
   *    every label (still never the header or footer, which have none).
   */
  root: ['#notice', '[data-labels-key^="field|"], [data-labels-key^="business-term|"]'],
  /** A field's label: `field|name|BT-21-Procedure`, `business-term|name|BT-262`. TED puts it on `span.label`; the class is only styling, so any element counts. */
  fieldLabel: '[data-labels-key^="field|"], [data-labels-key^="business-term|"]',
  /** A code value, on the value span itself or nested in it: `code|name|<codelist>.<code>`. */
  code: '[data-labels-key^="code|"]',
  /** A value: `span.data` (TED), or a code. When neither follows a label, whatever text follows its ":" is the value. */
  value: '.data, [data-labels-key^="code|"]',
  /** The summary above the notice: "{pubno} - Competition", "country – CPV label – title", OJ S line, notice type. */
  summary: '#summary',
  /** Its lines, in order; the second holds the title. */
  summaryLines: ['#summary div.bold', '#summary div'],
  /** Numbered sections (`div#section5.1_1` for lot 1): a lot's fields are those inside the section of its BT-137 label. */
  section: '[id^="section"], .section, .subsection',
} as const;

/** Business terms whose codes matter to the engine (CODELIST_TO_BT), to read a code whose list TED names differently. */
const RELEVANT_BTS: ReadonlySet<string> = new Set(Object.values(CODELIST_TO_BT).filter((bt) => /^(BT|OPT)-/.test(bt)));
/** Fields TED shows by their label alone when true (`{BT-717-Lot[BT-717-Lot == 'true']} #{field|name|BT-717-Lot}`). */
const LABEL_ONLY_TRUE: ReadonlySet<string> = new Set(['BT-717']);
/** Free text that explains a preceding code: BT-777 describes BT-06, BT-755 justifies BT-754. */
const EXPLAINS: Readonly<Record<string, string>> = { 'BT-777': 'BT-06', 'BT-755': 'BT-754' };
const NATURES: Readonly<Record<string, NonNullable<Notice['contractNature']>>> = {
  services: 'services',
  supplies: 'supplies',
  works: 'works',
  combined: 'mixed',
};
/** Text between a label and its value, or between values: ":", "(", ")", ",", spaces. */
const SEPARATOR = /^[\s\u00a0:(),;]*$/;
const NOTICE_HTML = /^\/([a-z]{2})\/notice\/(\d{1,8}-\d{4})\/html\/?$/;
const NOTICE_DETAIL = /^\/([a-z]{2})\/notice\/-\/detail\/(\d{1,8}-\d{4})\/?$/;

function parseTedUrl(url: URL): { lang: string; pubno: string } | null {
  if (url.protocol !== 'https:' || url.hostname !== 'ted.europa.eu') return null;
  const m = NOTICE_HTML.exec(url.pathname) ?? NOTICE_DETAIL.exec(url.pathname);
  return m?.[1] && m[2] ? { lang: m[1], pubno: m[2] } : null;
}

export const ted: PortalAdapter = {
  id: 'ted',
  name: 'TED – Tenders Electronic Daily',
  matches: ['https://ted.europa.eu/*/notice/*'],
  examples: {
    notices: [
      'https://ted.europa.eu/en/notice/181161-2020/html',
      'https://ted.europa.eu/en/notice/-/detail/181161-2020',
      'https://ted.europa.eu/fr/notice/-/detail/563384-2019',
      'https://ted.europa.eu/de/notice/563384-2019/html',
    ],
    others: [
      'https://ted.europa.eu/en/',
      'https://ted.europa.eu/en/search/result?search-scope=ACTIVE',
      'https://ted.europa.eu/en/advanced-search',
      'https://ted.europa.eu/en/notice/181161-2020/pdf',
      'https://ted.europa.eu/en/notice/181161-2020/xml',
      'https://ted.europa.eu/en/notice/-/detail/181161-2020/pdf',
    ],
  },
  isNotice: (url) => parseTedUrl(url) !== null,
  rootSelectors: [...SELECTORS.root],
  extract: (doc, url) => runAtOnce(readTed(doc, url)),
  read: readTed,
};

interface Lot {
  id: string;
  container: Element;
}

function* readTed(doc: Document, url: URL): Steps<Extraction | null> {
  const found = findRoot(doc);
  if (!found) return null;
  const { root, selector } = found;
  const where = parseTedUrl(url);

  const sections: NoticeSection[] = [];
  const sources: Record<string, SectionSource> = {};
  const fields: StructuredField[] = [];
  const mainCpv: string[] = [];
  const otherCpv: string[] = [];
  const lots: string[] = [];
  const languages: string[] = [];
  const gaps: string[] = [];
  const consumed = new Set<Element>();
  let contractNature: Notice['contractNature'];
  let buyer: string | undefined;
  let title: string | undefined;
  let pubno = where?.pubno;
  let lot: Lot | undefined;
  let labelCount = 0;
  let cpvLabels = 0;
  let n = 0;

  const addSection = (id: string, label: string, kind: NoticeSection['kind'], c: CollectedText, lotId?: string) => {
    sections.push({ id, label, kind, text: c.text, ...(lotId ? { lot: lotId } : {}) });
    sources[id] = c.source;
  };
  const lotOf = (el: Element) => (lot && lot.container.contains(el) ? lot.id : undefined);
  const withLot = (label: string, lotId: string | undefined) => (lotId ? `${label} (${lotId})` : label);

  /** A code value → a structured field, shown by a section whose text is the displayed code label. */
  const readCode = (el: Element, ownerBt: string | undefined, fid: string, k: number, label: string, lotId: string | undefined) => {
    consumed.add(el);
    const key = el.getAttribute('data-labels-key') ?? '';
    const known = parseCodeKey(key);
    const any = /^code\|name\|([^.|]+)\.(.+)$/.exec(key.trim());
    const list = known?.list ?? any?.[1];
    const value = known?.value ?? any?.[2];
    if (!list || !value) return;
    if (list === 'contract-nature' && ownerBt === 'BT-23') contractNature ??= NATURES[value];
    if (list === 'language' && ownerBt === 'BT-702') languages.push(toIso6391(value));
    const bt = known?.bt ?? (ownerBt && RELEVANT_BTS.has(ownerBt) ? ownerBt : undefined);
    if (!bt) return;
    const id = `${fid}:${bt}:${k}`;
    // The code's label is the portal's wording of the code, not the buyer's text: 'boilerplate' keeps the
    // engine from reading it as a passage (the field carries its meaning), as with eForms XML.
    addSection(id, withLot(label, lotId), 'boilerplate', collectText(el), lotId);
    fields.push({ bt, value, ...(lotId ? { lot: lotId } : {}), section: id });
  };

  for (const el of Array.from(root.querySelectorAll('[data-labels-key]'))) {
    yield; // a field at a time: a notice of thousands of fields is read in slices (lens.ts)
    const key = el.getAttribute('data-labels-key') ?? '';
    if (key.startsWith('code|')) {
      // A code shown without a field label (TED prints BT-754 accessibility this way): read it on its own.
      if (!consumed.has(el)) readCode(el, undefined, `f${++n}`, 0, headingOf(el) ?? key.slice(10), lotOf(el));
      continue;
    }
    const term = parseLabelsKey(key);
    if (!term) continue; // headings (`auxiliary|text|…`) and other keys
    labelCount++;
    const fid = `f${++n}`;
    const label = clean(el.textContent ?? '').replace(/:$/, '');
    const { nodes, codes } = valueOf(el);
    for (const c of codes) consumed.add(c);

    if (term.bt === 'BT-137' && term.level === 'Lot') {
      const id = clean(collectTextOf(nodes).text);
      if (id) {
        lot = { id, container: el.closest(SELECTORS.section) ?? root };
        lots.push(id);
      }
      continue;
    }
    const lotId = lotOf(el);

    if (term.bt === 'BT-262' || term.bt === 'BT-263' || term.bt === 'BT-26') {
      cpvLabels++;
      const codesShown = codes.map((c) => /^code\|name\|cpv\.(\d{8})$/.exec(c.getAttribute('data-labels-key') ?? '')?.[1]);
      const found8 = codesShown.filter((c): c is string => !!c);
      const list = found8.length ? found8 : (collectTextOf(nodes).text.match(/\b\d{8}\b/g) ?? []);
      (term.bt === 'BT-262' ? mainCpv : otherCpv).push(...list);
      continue;
    }

    if (!nodes.length) {
      if (LABEL_ONLY_TRUE.has(term.bt)) {
        const id = `${fid}:${term.bt}`;
        addSection(id, withLot(label, lotId), 'boilerplate', collectText(el), lotId);
        fields.push({ bt: term.bt, value: 'true', ...(lotId ? { lot: lotId } : {}), section: id });
      }
      continue;
    }

    const outsideCodes = (yield* collectTextSteps(nodes, (e) => codes.includes(e))).text;
    if (codes.length && SEPARATOR.test(outsideCodes)) {
      codes.forEach((c, k) => readCode(c, term.bt, fid, k, label, lotId));
      continue;
    }

    const value = yield* collectTextSteps(nodes);
    if (!value.text.trim()) continue;
    const id = `${fid}:${term.bt}`;
    addSection(id, withLot(label, lotId), kindOfBt(term.bt), value, lotId);
    if (term.bt === 'BT-21' && term.level === 'Procedure') title ??= clean(value.text);
    if (term.bt === 'BT-500') buyer ??= clean(value.text);
    if (term.bt === 'OPP-010') pubno ??= clean(value.text);
    const explained = EXPLAINS[term.bt];
    if (explained) {
      const target = [...fields].reverse().find((f) => f.bt === explained && f.lot === lotId && f.text === undefined);
      if (target) target.text = value.text.trim();
    }
  }

  if (!labelCount) {
    // The root is there but TED's layout is not: keep whatever text there is, and say what could not be read.
    gaps.push(
      `TED's notice layout was not recognised (no field labels with data-labels-key inside ${selector}): ` +
        'the notice was read as plain text, without its parts, lots or structured fields',
    );
    const all = yield* collectTextSteps([root]);
    if (all.text.trim()) addSection('notice', 'Notice', 'other', all);
  } else {
    if (!sections.some((s) => s.kind === 'title' || s.kind === 'description')) {
      gaps.push('no title or description field (BT-21, BT-24) was found in the notice');
    }
    if (cpvLabels && !mainCpv.length && !otherCpv.length) {
      gaps.push('the notice shows a classification (BT-262/BT-263) but no 8-digit CPV code could be read from it');
    }
  }

  const summary = summaryOf(doc);
  pubno ??= summary.pubno;
  const pageLang = (doc.documentElement.getAttribute('lang') ?? '').trim().slice(0, 2).toLowerCase() || where?.lang;
  // TED shows the notice's text in the page language only when the notice exists in it (BT-702).
  const language = languages.length ? (pageLang && languages.includes(pageLang) ? pageLang : languages[0]!) : toIso6391(pageLang);

  const notice: Notice = {
    format: 'ted-html',
    ...(pubno ? { id: pubno } : {}),
    url: url.href,
    title: title ?? summary.title ?? clean(doc.title),
    language,
    cpv: [...new Set([...mainCpv, ...otherCpv])],
    ...(contractNature ? { contractNature } : {}),
    ...(buyer ? { buyer } : {}),
    ...(lots.length ? { lots } : {}),
    sections,
    fields,
    gaps,
  };
  return { notice, sources };
}

/** The notice's root: the first selector that matches; for the label fallback, the element holding every label. */
function findRoot(doc: Document): { root: Element; selector: string } | null {
  const [main, labels] = SELECTORS.root;
  const el = doc.querySelector(main);
  if (el) return { root: el, selector: main };
  const all = Array.from(doc.querySelectorAll(labels));
  let common: Element | null = all[0]?.parentElement ?? null;
  for (const l of all) while (common && !common.contains(l)) common = common.parentElement;
  return common ? { root: common, selector: labels } : null;
}

/**
 * What follows a label in its row (TED wraps each field in its own div), up to the next field label:
 * from the first value (span.data or code) to the last one. Without any, the non-separator text after the label.
 */
function valueOf(label: Element): { nodes: Node[]; codes: Element[] } {
  const row = label.parentElement;
  if (!row) return { nodes: [], codes: [] };
  let top: Node = label;
  while (top.parentNode && top.parentNode !== row) top = top.parentNode;
  const after: Node[] = [];
  for (let c = top.nextSibling; c; c = c.nextSibling) {
    if (isElement(c) && (c.matches(SELECTORS.fieldLabel) || c.querySelector(SELECTORS.fieldLabel))) break;
    after.push(c);
  }
  const isValue = (c: Node) => isElement(c) && (c.matches(SELECTORS.value) || !!c.querySelector(SELECTORS.value));
  const isText = (c: Node) => !SEPARATOR.test(c.textContent ?? '');
  const test = after.some(isValue) ? isValue : isText;
  const first = after.findIndex(test);
  if (first < 0) return { nodes: [], codes: [] };
  let last = after.length - 1;
  while (last > first && !test(after[last]!)) last--;
  const nodes = after.slice(first, last + 1);
  const codes: Element[] = [];
  for (const c of nodes) {
    if (!isElement(c)) continue;
    if (c.matches(SELECTORS.code)) codes.push(c);
    else codes.push(...Array.from(c.querySelectorAll(SELECTORS.code)));
  }
  return { nodes, codes };
}

/** The visible heading of the section around an element ("5.1.8. Accessibility criteria"). */
function headingOf(el: Element): string | undefined {
  const title = el.closest(SELECTORS.section)?.firstElementChild?.textContent;
  return title ? clean(title) : undefined;
}

/** From `#summary`: the publication number ("181161-2020 - Competition") and the title ("country – CPV – title"). */
function summaryOf(doc: Document): { pubno?: string; title?: string } {
  const box = doc.querySelector(SELECTORS.summary);
  if (!box) return {};
  const pubno = /\b(\d{1,8}-\d{4})\b/.exec(box.textContent ?? '')?.[1];
  let lines: Element[] = [];
  for (const s of SELECTORS.summaryLines) {
    lines = Array.from(doc.querySelectorAll(s));
    if (lines.length) break;
  }
  const parts = clean(lines[0]?.textContent ?? '').split(' – ');
  const title = parts.length >= 3 ? parts.slice(2).join(' – ') : parts[0] || undefined;
  return { ...(pubno ? { pubno } : {}), ...(title ? { title } : {}) };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** nodeType, not instanceof: nodes may come from another realm (a test's own Window, a page's iframe). */
const isElement = (n: Node): n is Element => n.nodeType === 1;

/* Test URLs (manual checks):
   https://ted.europa.eu/en/notice/181161-2020/html      (the demo page tests/fixtures/ted-html/181161-2020.html is this notice)
   https://ted.europa.eu/en/notice/-/detail/181161-2020
   https://ted.europa.eu/en/notice/563384-2019/html
   https://ted.europa.eu/en/search/result                  (not a notice)
*/
