/**
 * Renders an eForms XML notice as a demo page shaped like TED's server-rendered notice HTML
 * (https://ted.europa.eu/{lang}/notice/{pubno}/html), for the content-script tests and the demo.
 *
 *   npx tsx scripts/make-ted-page.ts IN.xml OUT.html --pubno 181161-2020
 *     [--cpv data/cpv_en.tsv] [--codelists DIR] [--ojs "NNN/YYYY DD/MM/YYYY"]
 *
 * The page is NOT a saved copy of a TED page: it is this script's rendering of the XML, laid out the way TED
 * lays out eForms notices (the OP renderer driven by the SDK's view templates, e.g. view-templates/17.efx):
 * - a light site header and footer (navigation, "Accessibility", language menu, legal links): traps, never the notice;
 * - `div#summary`: "{pubno} - Competition", "country – CPV label – title", the OJ S line, the notice type;
 * - `div#notice`: numbered sections (`div.section#section2_1`, `div.subsection#section5.1.10_1`, content in
 *   `div.subsection-content`), each field as
 *   `<div><span class="label" data-labels-key="field|name|BT-21-Procedure">Title</span><span>:&nbsp;</span><span class="data">…</span></div>`,
 *   codes as `<span class="data" data-labels-key="code|name|award-criterion-type.cost">Cost</span>`, CPV under
 *   `business-term|name|BT-262`, headings under `auxiliary|text|…`.
 * Section ids are `section{number}_{n}` with n the instance (the lot's position for lot sections).
 *
 * Labels are English only: field labels from the SDK's translations/field_en.xml; code labels from the
 * SDK code lists next to the input (`codelists/*.gc`) when there, else a small table below (also after the
 * SDK's code_en.xml); CPV labels from cpv_en.tsv. A code with no known label is shown as the code.
 * The OJ S issue number is not in the XML: pass --ojs to show it, otherwise the line says it is unknown.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { SaxesParser } from 'saxes';

// ---------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const v = argv[i + 1];
      if (v === undefined) throw new Error(`${a} needs a value`);
      opts[a.slice(2)] = v;
      i++;
    } else positional.push(a);
  }
  const [input, output] = positional;
  if (!input || !output || !opts.pubno) {
    throw new Error('usage: npx tsx scripts/make-ted-page.ts IN.xml OUT.html --pubno NNNNNN-YYYY [--cpv cpv_en.tsv] [--codelists DIR] [--ojs "NNN/YYYY DD/MM/YYYY"]');
  }
  if (!/^\d{1,8}-\d{4}$/.test(opts.pubno)) throw new Error(`--pubno ${opts.pubno}: expected NNNNNN-YYYY`);
  return { input, output, pubno: opts.pubno, cpv: opts.cpv, codelists: opts.codelists, ojs: opts.ojs };
}

// ---------------------------------------------------------------------------------------------------------
// XML: a small element tree, with the usual eForms prefixes whatever prefixes the file uses

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

const PREFIX_OF_NS: Record<string, string> = {
  'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2': 'cac',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2': 'cbc',
  'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2': 'ext',
  'http://data.europa.eu/p27/eforms-ubl-extensions/1': 'efext',
  'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1': 'efac',
  'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1': 'efbc',
};

function parseXml(xml: string): { root: El; leadingComment: string } {
  const parser = new SaxesParser({ xmlns: true });
  const doc: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [doc];
  let leadingComment = '';
  parser.on('comment', (c) => {
    if (stack.length === 1 && !leadingComment) leadingComment = c.trim();
  });
  parser.on('opentag', (tag) => {
    const prefix = PREFIX_OF_NS[tag.uri];
    const el: El = { name: prefix ? `${prefix}:${tag.local}` : tag.local, attrs: {}, children: [], text: '' };
    for (const a of Object.values(tag.attributes)) if (!a.prefix && a.local !== 'xmlns') el.attrs[a.local] = a.value;
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  const root = doc.children[0];
  if (!root) throw new Error('empty XML document');
  return { root, leadingComment };
}

/** Elements at a path of child names ("cac:ProcurementProject/cbc:Name"); "name[@listName='x']" filters. */
function all(from: El | undefined, path: string): El[] {
  let cur: El[] = from ? [from] : [];
  for (const step of path.split('/')) {
    const m = /^([\w:-]+)(?:\[@(\w+)='([^']*)'\])?$/.exec(step);
    if (!m) throw new Error(`bad path step ${step}`);
    const [, name, attr, value] = m;
    cur = cur.flatMap((e) => e.children.filter((c) => c.name === name && (!attr || c.attrs[attr] === value)));
  }
  return cur;
}
const one = (from: El | undefined, path: string): El | undefined => all(from, path)[0];
/** Text of an element, without the indentation around it (inner line breaks are kept, as published). */
const txt = (from: El | undefined, path?: string): string => ((path ? one(from, path) : from)?.text ?? '').trim();
const EXT = 'ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension';

// ---------------------------------------------------------------------------------------------------------
// Labels

/** English code labels for the lists these pages use that are not among the SDK code lists we read (.gc). */
const CODE_LABELS_EN: Record<string, string> = {
  'award-criterion-type.cost': 'Cost',
  'award-criterion-type.price': 'Price',
  'award-criterion-type.quality': 'Quality',
  'contract-nature.services': 'Services',
  'contract-nature.supplies': 'Supplies',
  'contract-nature.works': 'Works',
  'contract-nature.combined': 'Combined',
  'procurement-procedure-type.open': 'Open',
  'procurement-procedure-type.restricted': 'Restricted',
  'procurement-procedure-type.neg-w-call': 'Negotiated with prior publication of a call for competition / competitive with negotiation',
  'procurement-procedure-type.neg-wo-call': 'Negotiated without prior call for competition',
  'procurement-procedure-type.comp-dial': 'Competitive dialogue',
  'procurement-procedure-type.innovation': 'Innovation partnership',
  'buyer-legal-type.pub-undert-ra': 'Public undertaking, controlled by a regional authority',
  'buyer-legal-type.eu-ins-bod-ag': 'EU institution, body or agency',
  'buyer-legal-type.la': 'Local authority',
  'buyer-legal-type.cga': 'Central government authority',
  'buyer-legal-type.ra': 'Regional authority',
  'buyer-legal-type.body-pl': 'Body governed by public law',
  'entity-activity.water': 'Water',
  'entity-activity.electricity': 'Electricity',
  'authority-activity.gen-pub': 'General public services',
  'permission.allowed': 'Allowed',
  'permission.not-allowed': 'Not allowed',
  'permission.required': 'Required',
  'esubmission.required': 'Required',
  'esubmission.allowed': 'Allowed',
  'esubmission.not-allowed': 'Not allowed',
  'ecatalog-submission.allowed': 'Allowed',
  'ecatalog-submission.not-allowed': 'Not allowed',
  'ecatalog-submission.required': 'Required',
  'einvoicing.required': 'Required',
  'einvoicing.allowed': 'Allowed',
  'einvoicing.not-allowed': 'Not allowed',
  'indicator.true': 'yes',
  'indicator.false': 'no',
  'reserved-execution.yes': 'Yes',
  'reserved-execution.no': 'No',
  'reserved-execution.not-known': 'Not yet known',
  'framework-agreement.fa-w-rc': 'Framework agreement, partly without reopening and partly with reopening of competition',
  'framework-agreement.fa-wo-rc': 'Framework agreement, without reopening of competition',
  'framework-agreement.fa-mix': 'Framework agreement, with reopening of competition',
  'selection-criteria-source.epo-notice': 'Notice',
  'selection-criteria-source.epo-procurement-document': 'Procurement document',
  'exclusion-grounds-source.epo-notice': 'Notice',
  'exclusion-grounds-source.epo-procurement-document': 'Procurement document',
  'form-type.competition': 'Competition',
  'notice-type.cn-standard': 'Contract or concession notice – standard regime',
  'legal-basis.32014L0024': 'Directive 2014/24/EU',
  'legal-basis.32014L0025': 'Directive 2014/25/EU',
  'legal-basis.32014L0023': 'Directive 2014/23/EU',
  'legal-basis.32009L0081': 'Directive 2009/81/EC',
  'language.ENG': 'English',
  'language.FRA': 'French',
  'language.DEU': 'German',
  'language.ITA': 'Italian',
  'language.SPA': 'Spanish',
  'currency.EUR': 'Euro',
  'currency.GBP': 'Pound sterling',
  'duration-unit.MONTH': 'Months',
  'duration-unit.YEAR': 'Years',
  'duration-unit.DAY': 'Days',
  'eu-funded.eu-funds': 'The procurement is financed, at least partially, by European Union funds.',
  'organisation-role.buyer': 'Buyer',
  'organisation-role.ted-esen': 'TED eSender',
  'organisation-role.reviewer': 'Review organisation',
  'organisation-role.mediator': 'Mediation organisation',
  'organisation-role.add-info': 'Organisation providing additional information about the procurement procedure',
  'organisation-role.tender-recipient': 'Organisation receiving requests to participate',
  'classification-type.cpv': 'cpv',
  'number-weight.per-exa': 'Weight (percentage, exact)',
  'number-weight.poi-exa': 'Weight (points, exact)',
  'number-weight.dec-exa': 'Weight (decimal, exact)',
  'number-weight.ord-imp': 'Order of importance',
  'nuts.LU000': 'Luxembourg',
  'nuts.FRD22': 'Seine-Maritime',
};
/** selection-criterion codes (slc-…) shown with the label of their family, the SDK's older list. */
const SELECTION_FAMILY: [RegExp, string][] = [
  [/^slc-suit/, 'Suitability to pursue the professional activity'],
  [/^slc-stand/, 'Economic and financial standing'],
  [/^slc-abil/, 'Technical and professional ability'],
];
const COUNTRIES_EN: Record<string, string> = {
  AUT: 'Austria', BEL: 'Belgium', BGR: 'Bulgaria', HRV: 'Croatia', CYP: 'Cyprus', CZE: 'Czechia', DNK: 'Denmark',
  EST: 'Estonia', FIN: 'Finland', FRA: 'France', DEU: 'Germany', GRC: 'Greece', HUN: 'Hungary', IRL: 'Ireland',
  ITA: 'Italy', LVA: 'Latvia', LTU: 'Lithuania', LUX: 'Luxembourg', MLT: 'Malta', NLD: 'Netherlands', POL: 'Poland',
  PRT: 'Portugal', ROU: 'Romania', SVK: 'Slovakia', SVN: 'Slovenia', ESP: 'Spain', SWE: 'Sweden', GBR: 'United Kingdom',
  NOR: 'Norway', ISL: 'Iceland', LIE: 'Liechtenstein', CHE: 'Switzerland',
};

function loadCodelists(dir: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!dir || !existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gc'))) {
    const { root } = parseXml(readFileSync(join(dir, file), 'utf8'));
    // The list id TED uses in code keys is the LongName without attributes ("reserved-procurement").
    const list = one(root, 'Identification')?.children.find((c) => c.name === 'LongName' && !c.attrs.Identifier)?.text.trim();
    if (!list) continue;
    for (const row of all(root, 'SimpleCodeList/Row')) {
      const value = (col: string) => txt(row.children.find((v) => v.name === 'Value' && v.attrs.ColumnRef === col), 'SimpleValue');
      const code = value('code');
      const label = value('eng_label') || value('Name');
      if (code && label) out[`${list}.${code}`] = label;
    }
  }
  return out;
}

function loadCpv(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [code, label] = line.split('\t');
    if (code && label) map.set(code.trim(), label.trim());
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------
// HTML helpers

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

class Page {
  constructor(
    private codeLabels: Record<string, string>,
    private cpvLabels: Map<string, string>,
  ) {}

  codeLabel(list: string, value: string): string {
    if (list === 'cpv') return this.cpvLabels.get(value) ?? value;
    if (list === 'country') return COUNTRIES_EN[value] ?? value;
    if (list === 'selection-criterion') return SELECTION_FAMILY.find(([re]) => re.test(value))?.[1] ?? value;
    return this.codeLabels[`${list}.${value}`] ?? CODE_LABELS_EN[`${list}.${value}`] ?? value;
  }
  /** A number and its unit or currency, as one value ("1,500,000 Euro", "5 Months"). */
  amount(n: string, list: string, unit: string): string {
    return `${this.data(n)}<span>&nbsp;</span>${this.code(list, unit)}`;
  }
  /** A value as TED prints it: `<span class="data">`. */
  data(text: string): string {
    return `<span class="data">${esc(text)}</span>`;
  }
  /** A code as TED prints it: its label under `code|name|<list>.<code>`. */
  code(list: string, value: string): string {
    return `<span class="data" data-labels-key="code|name|${esc(list)}.${esc(value)}">${esc(this.codeLabel(list, value))}</span>`;
  }
  /** One field: label, ":&nbsp;", value(s). Nothing when there is no value. */
  field(key: string, label: string, ...values: (string | undefined)[]): string {
    const v = values.filter((x): x is string => !!x);
    if (!v.length) return '';
    return `<div><span class="label" data-labels-key="${esc(key)}">${esc(label)}</span><span>:&nbsp;</span>${v.join('<span>, </span>')}</div>`;
  }
  textField(key: string, label: string, text: string | undefined): string {
    return text ? this.field(key, label, this.data(text)) : '';
  }
  /** A field shown only by its label (a true indicator). */
  flag(key: string, label: string): string {
    return `<div><span class="label" data-labels-key="${esc(key)}">${esc(label)}</span></div>`;
  }
  /** A heading label (`auxiliary|text|…`). */
  aux(key: string, label: string): string {
    return `<span data-labels-key="auxiliary|text|${esc(key)}">${esc(label)}</span>`;
  }
  /** A labelled group inside a subsection ("Criterion:", "Terms of contract:"). */
  group(key: string, label: string, body: string[]): string {
    const b = body.filter(Boolean);
    if (!b.length) return '';
    return `<div class="group"><div>${this.aux(key, label)}<span>:</span></div>\n<div class="subsection-content">\n${b.join('\n')}\n</div></div>`;
  }
  /** A numbered section; nothing when it has no content. */
  section(num: string, n: number, title: string, body: string[], level = num.includes('.') ? 'subsection' : 'section'): string {
    const b = body.filter(Boolean);
    if (!b.length) return '';
    return `<div class="${level}" id="section${num}_${n}">\n<div class="${level}-title"><span class="section-number">${num}.</span> ${title}</div>\n<div class="subsection-content">\n${b.join('\n')}\n</div>\n</div>`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The notice

function cpvFields(p: Page, scope: El): string[] {
  const out: string[] = [];
  const one8 = (e: El) => {
    const code = e.text.trim();
    const scheme = e.attrs.listName ?? 'cpv';
    return `<span>&nbsp;(</span>${p.code('classification-type', scheme)}<span>):&nbsp;</span>${p.data(code)}<span>&nbsp;</span>${p.code('cpv', code)}`;
  };
  for (const e of all(scope, 'cac:MainCommodityClassification/cbc:ItemClassificationCode')) {
    out.push(`<div><span class="label" data-labels-key="business-term|name|BT-262">Main classification</span>${one8(e)}</div>`);
  }
  for (const e of all(scope, 'cac:AdditionalCommodityClassification/cbc:ItemClassificationCode')) {
    out.push(`<div><span class="label" data-labels-key="business-term|name|BT-263">Additional classification</span>${one8(e)}</div>`);
  }
  return out;
}

function placeFields(p: Page, project: El, level: 'Procedure' | 'Lot'): string[] {
  return all(project, 'cac:RealizedLocation').flatMap((loc) => [
    p.field(`field|name|BT-5071-${level}`, 'Country subdivision (NUTS)', ...all(loc, 'cac:Address/cbc:CountrySubentityCode').map((c) => p.code('nuts', c.text.trim()))),
    p.field(`field|name|BT-5141-${level}`, 'Country', ...all(loc, 'cac:Address/cac:Country/cbc:IdentificationCode').map((c) => p.code('country', c.text.trim()))),
    p.textField(`field|name|BT-728-${level}`, 'Additional information', txt(loc, 'cbc:Description')),
  ]);
}

const money = (e: El | undefined): [string, string] | null => {
  if (!e) return null;
  const n = Number(e.text.trim());
  return [Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : e.text.trim(), e.attrs.currencyID ?? ''];
};
const day = (d: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(d);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : d;
};
const time = (t: string) => {
  const m = /^(\d{2}:\d{2}):\d{2}(.*)$/.exec(t);
  if (!m) return t;
  const zone = m[2] === 'Z' ? '(UTC)' : m[2] ? `(UTC${m[2].replace(/^([+-])0?(\d+):00$/, '$1$2')})` : '';
  return `${m[1]} ${zone}`.trim();
};

function renderNotice(root: El, pubno: string, p: Page, ojs: string | undefined) {
  const ext = one(root, EXT);
  const orgs = all(ext, 'efac:Organizations/efac:Organization');
  const orgById = new Map<string, El>();
  for (const o of orgs) {
    const company = one(o, 'efac:Company');
    const id = txt(company, 'cac:PartyIdentification/cbc:ID');
    if (id) orgById.set(id, o);
    const tp = one(o, 'efac:TouchPoint');
    const tpId = txt(tp, 'cac:PartyIdentification/cbc:ID');
    if (tpId) orgById.set(tpId, o);
  }
  const orgName = (id: string) => {
    const o = orgById.get(id);
    const company = txt(one(o, 'efac:Company'), 'cac:PartyName/cbc:Name');
    const tp = one(o, 'efac:TouchPoint');
    const tpName = txt(tp, 'cac:PartyName/cbc:Name');
    return tpName && txt(tp, 'cac:PartyIdentification/cbc:ID') === id ? `${company} - ${tpName}` : company || id;
  };

  const party = one(root, 'cac:ContractingParty');
  const buyerId = txt(party, 'cac:Party/cac:PartyIdentification/cbc:ID');
  const buyerOrg = one(orgById.get(buyerId), 'efac:Company');
  const buyerName = txt(buyerOrg, 'cac:PartyName/cbc:Name');
  const buyerCountry = txt(buyerOrg, 'cac:PostalAddress/cac:Country/cbc:IdentificationCode');
  const esenderId = all(party, 'cac:Party/cac:ServiceProviderParty')
    .filter((s) => txt(s, 'cbc:ServiceTypeCode') === 'ted-esen')
    .map((s) => txt(s, 'cac:Party/cac:PartyIdentification/cbc:ID'))[0];

  const project = one(root, 'cac:ProcurementProject');
  const title = txt(project, 'cbc:Name');
  const mainCpv = txt(project, 'cac:MainCommodityClassification/cbc:ItemClassificationCode');
  const noticeType = txt(root, 'cbc:NoticeTypeCode');
  const formType = one(root, 'cbc:NoticeTypeCode')?.attrs.listName ?? 'competition';
  const lang = txt(root, 'cbc:NoticeLanguageCode');
  const regDomain = txt(root, 'cbc:RegulatoryDomain');
  const issueDate = txt(root, 'cbc:IssueDate');
  const issueTime = txt(root, 'cbc:IssueTime');
  const formLabel = p.codeLabel('form-type', formType);
  const [ojNumber, ojDate] = ojs ? ojs.split(/\s+/) : [];

  // -- summary ------------------------------------------------------------------------------------------
  const summary = [
    `<div id="summary">`,
    `<span class="bold" id="notInPdf">${esc(pubno)} - ${esc(formLabel)}</span>`,
    `<div class="bold">${esc([COUNTRIES_EN[buyerCountry] ?? buyerCountry, p.codeLabel('cpv', mainCpv), title].filter(Boolean).join(' – '))}</div>`,
    `<div class="bold">${esc(ojNumber ? `OJ S ${ojNumber} ${ojDate ?? ''}`.trim() : `OJ S –/${pubno.slice(-4)} (issue number not in the source XML)`)}</div>`,
    `<div class="bold">${esc(p.codeLabel('notice-type', noticeType))}</div>`,
    `</div>`,
  ].join('\n');

  // -- 1 Buyer ------------------------------------------------------------------------------------------
  const activity = one(party, 'cac:ContractingActivity/cbc:ActivityTypeCode');
  const s1 = p.section('1', 1, p.aux('buyer', 'Buyer'), [
    p.section('1.1', 1, p.aux('buyer', 'Buyer'), [
      p.textField('field|name|BT-500-Organization-Company', 'Official name', buyerName),
      p.field('field|name|BT-11-Procedure-Buyer', 'Legal type of the buyer', ...all(party, 'cac:ContractingPartyType/cbc:PartyTypeCode').map((c) => p.code('buyer-legal-type', c.text.trim()))),
      activity?.attrs.listName === 'entity-activity'
        ? p.field('field|name|BT-610-Procedure-Buyer', 'Activity of the contracting entity', p.code('entity-activity', activity.text.trim()))
        : activity
          ? p.field('field|name|BT-10-Procedure-Buyer', 'Activity of the contracting authority', p.code('authority-activity', activity.text.trim()))
          : '',
    ]),
  ]);

  // -- 2 Procedure --------------------------------------------------------------------------------------
  const value = money(one(project, 'cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount'));
  const procType = txt(root, 'cac:TenderingProcess/cbc:ProcedureCode');
  const s2 = p.section('2', 1, p.aux('procedure', 'Procedure'), [
    p.section('2.1', 1, p.aux('procedure', 'Procedure'), [
      p.textField('field|name|BT-21-Procedure', 'Title', title),
      p.textField('field|name|BT-24-Procedure', 'Description', txt(project, 'cbc:Description')),
      p.textField('field|name|BT-04-notice', 'Procedure identifier', txt(root, 'cbc:ContractFolderID')),
      p.textField('field|name|BT-22-Procedure', 'Internal identifier', txt(project, 'cbc:ID')),
      procType ? p.field('field|name|BT-105-Procedure', 'Type of procedure', p.code('procurement-procedure-type', procType)) : '',
      p.section('2.1.1', 1, p.aux('purpose', 'Purpose'), [
        p.field('field|name|BT-23-Procedure', 'Main nature of the contract', ...all(project, "cbc:ProcurementTypeCode[@listName='contract-nature']").map((c) => p.code('contract-nature', c.text.trim()))),
        ...cpvFields(p, project!),
      ]),
      p.section('2.1.2', 1, p.aux('place-performance', 'Place of performance'), placeFields(p, project!, 'Procedure')),
      p.section('2.1.3', 1, p.aux('value', 'Value'), [
        value ? p.field('field|name|BT-27-Procedure', 'Estimated value excluding VAT', p.amount(value[0], 'currency', value[1])) : '',
      ]),
      p.section('2.1.4', 1, p.aux('general-information', 'General information'), [
        p.textField('field|name|BT-300-Procedure', 'Additional information', txt(project, 'cbc:Note')),
        regDomain ? `<div>${p.aux('legal-basis', 'Legal basis')}<span>:</span></div>\n<div>${p.code('legal-basis', regDomain)}</div>` : '',
      ]),
      p.section('2.1.6', 1, p.aux('exclusion-grounds', 'Exclusion grounds'), [
        p.field('auxiliary|text|exclusion-grounds-sources', 'Sources of grounds for exclusion', ...all(root, "cac:TenderingTerms/cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode[@listName='exclusion-grounds-source']").map((c) => p.code('exclusion-grounds-source', c.text.trim()))),
      ]),
    ]),
  ]);

  // -- 5 Lots -------------------------------------------------------------------------------------------
  const lots = all(root, "cac:ProcurementProjectLot").filter((l) => one(l, 'cbc:ID')?.attrs.schemeName === 'Lot');
  const lotHtml = lots.map((lot, i) => renderLot(p, lot, i + 1, orgName));
  const s5 = p.section('5', 1, p.aux('lot', 'Lots'), lotHtml);

  // -- 8 Organisations ----------------------------------------------------------------------------------
  const roles = new Map<string, string[]>();
  const addRole = (id: string | undefined, role: string) => {
    if (!id) return;
    const key = orgById.has(id) ? txt(one(orgById.get(id), 'efac:Company'), 'cac:PartyIdentification/cbc:ID') : id;
    roles.set(key, [...new Set([...(roles.get(key) ?? []), role])]);
  };
  addRole(buyerId, 'buyer');
  addRole(esenderId, 'ted-esen');
  for (const lot of lots) {
    const terms = one(lot, 'cac:TenderingTerms');
    addRole(txt(terms, 'cac:AppealTerms/cac:AppealReceiverParty/cac:PartyIdentification/cbc:ID') || undefined, 'reviewer');
    addRole(txt(terms, 'cac:AppealTerms/cac:MediationParty/cac:PartyIdentification/cbc:ID') || undefined, 'mediator');
    addRole(txt(terms, 'cac:AdditionalInformationParty/cac:PartyIdentification/cbc:ID') || undefined, 'add-info');
    addRole(txt(terms, 'cac:TenderRecipientParty/cac:PartyIdentification/cbc:ID') || undefined, 'tender-recipient');
  }
  const s8 = p.section('8', 1, p.aux('organisations', 'Organisations'), orgs.map((o, i) => renderOrganisation(p, o, i + 1, roles)));

  // -- 11 Notice information ----------------------------------------------------------------------------
  const s11 = p.section('11', 1, p.aux('notice-information', 'Notice information'), [
    p.section('11.1', 1, p.aux('notice-information', 'Notice information'), [
      p.field('field|name|BT-701-notice', 'Notice identifier/version', p.data(`${txt(root, 'cbc:ID')} - ${txt(root, 'cbc:VersionID')}`)),
      p.field('field|name|BT-03-notice', 'Form type', p.code('form-type', formType)),
      p.field('field|name|BT-02-notice', 'Notice type', p.code('notice-type', noticeType)),
      issueDate ? p.field('field|name|BT-05(a)-notice', 'Notice dispatch date', p.data(`${day(issueDate)} ${time(issueTime)}`.trim())) : '',
      lang ? p.field('field|name|BT-702(a)-notice', 'Languages in which this notice is officially available', p.code('language', lang)) : '',
    ]),
    p.section('11.2', 1, p.aux('publication-information', 'Publication information'), [
      p.textField('field|name|OPP-010-notice', 'Notice publication number', pubno),
      p.textField('field|name|OPP-011-notice', 'OJ S issue number', ojNumber),
      p.textField('field|name|OPP-012-notice', 'Publication date', ojDate),
    ]),
  ]);

  return { summary, notice: [s1, s2, s5, s8, s11].filter(Boolean).join('\n'), title, lang };
}

function renderLot(p: Page, lot: El, n: number, orgName: (id: string) => string): string {
  const lotId = txt(lot, 'cbc:ID');
  const proj = one(lot, 'cac:ProcurementProject')!;
  const terms = one(lot, 'cac:TenderingTerms');
  const proc = one(lot, 'cac:TenderingProcess');
  const termsExt = one(terms, EXT);
  const num = (k: number | string) => `5.1.${k}`;
  const sub = (k: number, key: string, label: string, body: string[]) => p.section(num(k), n, p.aux(key, label), body);
  const addType = (list: string) => all(proj, 'cac:ProcurementAdditionalType').filter((t) => one(t, 'cbc:ProcurementTypeCode')?.attrs.listName === list);
  const indicator = (path: string, scope: El | undefined = proc) => {
    const v = txt(scope, path);
    return v ? p.code('indicator', v === 'true' ? 'true' : 'false') : undefined;
  };

  // 5.1.7 strategic procurement: BT-06 with its BT-777 description, BT-774, BT-805, BT-775, BT-776, BT-717/735
  const strategic = addType('strategic-procurement').flatMap((t) => [
    p.field('field|name|BT-06-Lot', 'Aim of strategic procurement', p.code('strategic-procurement', txt(t, 'cbc:ProcurementTypeCode'))),
    p.textField('field|name|BT-777-Lot', 'Description', txt(t, 'cbc:ProcurementType')),
  ]);
  const codesOf = (list: string) => addType(list).map((t) => p.code(list, txt(t, 'cbc:ProcurementTypeCode')));
  const cvd = all(termsExt, 'efac:StrategicProcurement').find((s) => one(s, 'efbc:ApplicableLegalBasis')?.attrs.listName === 'cvd-scope');
  const accessibility = addType('accessibility');

  // 5.1.9 selection criteria
  const selection = all(termsExt, 'efac:SelectionCriteria').map((c) =>
    p.group('criterion', 'Criterion', [
      `<div>${p.code('selection-criterion', txt(c, 'cbc:TendererRequirementTypeCode'))}</div>`,
      p.textField('field|name|BT-750-Lot', 'Description', txt(c, 'cbc:Description')),
      txt(c, 'efbc:SecondStageIndicator') === 'true'
        ? p.flag('field|name|BT-40-Lot', 'Criteria will be used to select the candidates to be invited for the second stage of the procedure')
        : '',
    ]),
  );
  const selectionSources = all(terms, "cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode[@listName='selection-criteria-source']");

  // 5.1.10 award criteria
  const awarding = one(terms, 'cac:AwardingTerms/cac:AwardingCriterion');
  const award = all(awarding, 'cac:SubordinateAwardingCriterion').map((c) => {
    const params = all(c, `${EXT}/efac:AwardCriterionParameter`);
    return p.group('criterion', 'Criterion', [
      p.field('field|name|BT-539-Lot', 'Type', ...all(c, 'cbc:AwardingCriterionTypeCode').map((t) => p.code('award-criterion-type', t.text.trim()))),
      p.textField('field|name|BT-734-Lot', 'Name', txt(c, 'cbc:Name')),
      p.textField('field|name|BT-540-Lot', 'Description', txt(c, 'cbc:Description')),
      ...params.map((prm) => {
        const code = one(prm, 'efbc:ParameterCode');
        const list = code?.attrs.listName ?? 'number-weight';
        return [
          p.field(`field|name|BT-${list === 'number-fixed' ? '5422' : list === 'number-threshold' ? '5423' : '5421'}-Lot`, 'Type of weight', p.code(list, code?.text.trim() ?? '')),
          p.field('field|name|BT-541-Lot', 'Number', p.data(txt(prm, 'efbc:ParameterNumeric'))),
        ].join('\n');
      }),
    ]);
  });

  // 5.1.11 documents, 5.1.12 terms
  const docs = all(terms, 'cac:CallForTendersDocumentReference');
  const restricted = docs.some((d) => txt(d, 'cbc:DocumentType') === 'restricted-document');
  const docLangs = docs.flatMap((d) => all(d, `${EXT}/efac:OfficialLanguages/cac:Language/cbc:ID`));
  const docUrl = (type: string) => docs.filter((d) => txt(d, 'cbc:DocumentType') === type).map((d) => txt(d, 'cac:Attachment/cac:ExternalReference/cbc:URI')).find(Boolean);
  const exec = (list: string) => all(terms, 'cac:ContractExecutionRequirement').filter((r) => one(r, 'cbc:ExecutionRequirementCode')?.attrs.listName === list);
  const deadline = (path: string) => {
    const d = one(proc, path);
    return d ? `${day(txt(d, 'cbc:EndDate'))} ${time(txt(d, 'cbc:EndTime'))}`.trim() : undefined;
  };
  const duration = (e: El | undefined) => (e ? [p.amount(e.text.trim(), 'duration-unit', e.attrs.unitCode ?? '')] : []);
  const opening = one(proc, 'cac:OpenTenderEvent');
  const renewal = one(proj, 'cac:ContractExtension');
  const lotValue = money(one(proj, 'cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount'));
  const party = (path: string) => {
    const id = txt(terms, path);
    return id ? orgName(id) : undefined;
  };

  const lotTitle = `<span class="label" data-labels-key="field|name|BT-137-Lot">Lot</span><span>:&nbsp;</span>${p.data(lotId)}`;
  return p.section('5.1', n, lotTitle, [
    p.textField('field|name|BT-21-Lot', 'Title', txt(proj, 'cbc:Name')),
    p.textField('field|name|BT-24-Lot', 'Description', txt(proj, 'cbc:Description')),
    p.textField('field|name|BT-22-Lot', 'Internal identifier', txt(proj, 'cbc:ID')),
    sub(1, 'purpose', 'Purpose', [
      p.field('field|name|BT-23-Lot', 'Main nature of the contract', ...all(proj, "cbc:ProcurementTypeCode[@listName='contract-nature']").map((c) => p.code('contract-nature', c.text.trim()))),
      ...cpvFields(p, proj),
      p.textField('field|name|BT-54-Lot', 'Options', txt(proj, 'cac:ContractExtension/cbc:OptionsDescription')),
    ]),
    sub(2, 'place-performance', 'Place of performance', placeFields(p, proj, 'Lot')),
    sub(3, 'estimated-duration', 'Estimated duration', [
      p.textField('field|name|BT-536-Lot', 'Start date', txt(proj, 'cac:PlannedPeriod/cbc:StartDate') ? day(txt(proj, 'cac:PlannedPeriod/cbc:StartDate')) : undefined),
      p.textField('field|name|BT-537-Lot', 'Duration end date', txt(proj, 'cac:PlannedPeriod/cbc:EndDate') ? day(txt(proj, 'cac:PlannedPeriod/cbc:EndDate')) : undefined),
      p.field('field|name|BT-36-Lot', 'Duration', ...duration(one(proj, 'cac:PlannedPeriod/cbc:DurationMeasure'))),
    ]),
    sub(4, 'renewal', 'Renewal', [
      p.textField('field|name|BT-58-Lot', 'Maximum renewals', txt(renewal, 'cbc:MaximumNumberNumeric')),
      p.textField('field|name|BT-57-Lot', 'The buyer reserves the right for additional purchases from the contractor, as described here', txt(renewal, 'cac:Renewal/cac:Period/cbc:Description')),
    ]),
    sub(5, 'value', 'Value', [lotValue ? p.field('field|name|BT-27-Lot', 'Estimated value excluding VAT', p.amount(lotValue[0], 'currency', lotValue[1])) : '']),
    sub(6, 'general-information', 'General information', [
      p.field('field|name|BT-71-Lot', 'Reserved participation', ...all(terms, "cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode[@listName='reserved-procurement']").map((c) => p.code('reserved-procurement', c.text.trim()))),
      ...all(terms, 'cbc:FundingProgramCode').map((c) => `<div>${p.code('eu-funded', c.text.trim())}</div>`),
      p.field('field|name|BT-115-Lot', 'The procurement is covered by the Government Procurement Agreement (GPA)', indicator('cbc:GovernmentAgreementConstraintIndicator')),
      p.textField('field|name|BT-300-Lot', 'Additional information', txt(proj, 'cbc:Note')),
      p.field('field|name|BT-726-Lot', 'This procurement is also suitable for small and medium enterprises (SMEs)', indicator('cbc:SMESuitableIndicator', proj)),
    ]),
    sub(7, 'strategic-procurement', 'Strategic procurement', [
      ...strategic,
      p.field('field|name|BT-774-Lot', 'Approach to reducing environmental impacts', ...codesOf('environmental-impact')),
      p.field('field|name|BT-805-Lot', 'Green Procurement Criteria', ...codesOf('gpp-criteria')),
      p.field('field|name|BT-775-Lot', 'Social objective promoted', ...codesOf('social-objective')),
      p.field('field|name|BT-776-Lot', 'Innovative objective', ...codesOf('innovative-acquisition')),
      txt(cvd, 'efbc:ApplicableLegalBasis') === 'true'
        ? p.flag('field|name|BT-717-Lot', 'The procurement falls within the scope of Directive 2009/33/EC on the promotion of clean and energy-efficient road transport vehicles (Clean Vehicles Directive – CVD)')
        : '',
      ...all(cvd, 'efac:StrategicProcurementInformation/efbc:ProcurementCategoryCode').map((c) => p.field('field|name|BT-735-Lot', 'CVD contract type', p.code('cvd-contract-type', c.text.trim()))),
    ]),
    sub(8, 'accessibility', 'Accessibility criteria', accessibility.flatMap((t) => [
      `<div>${p.code('accessibility', txt(t, 'cbc:ProcurementTypeCode'))}</div>`,
      p.textField('field|name|BT-755-Lot', 'Justification', txt(t, 'cbc:ProcurementType')),
    ])),
    sub(9, 'selection-criteria', 'Selection criteria', [
      p.field('auxiliary|text|selection-criteria-sources', 'Sources of selection criteria', ...selectionSources.map((c) => p.code('selection-criteria-source', c.text.trim()))),
      ...selection,
    ]),
    sub(10, 'award-criteria', 'Award criteria', [
      ...award,
      p.textField('field|name|BT-543-Lot', 'Description of the method to be used if weighting cannot be expressed by criteria', txt(awarding, 'cbc:CalculationExpression')),
      p.textField('field|name|BT-733-Lot', 'Justification for not indicating the weighting of the award criteria', txt(awarding, 'cbc:Description')),
    ]),
    sub(11, 'procurement-documents', 'Procurement documents', [
      restricted ? p.flag('field|name|BT-14-Lot', 'The access to certain procurement documents is restricted') : '',
      p.field('field|name|BT-708-Lot', 'Languages in which the procurement documents are officially available', ...docLangs.map((l) => p.code('language', l.text.trim()))),
      p.textField('field|name|BT-615-Lot', 'Information about restricted documents is available at', docUrl('restricted-document')),
      p.textField('field|name|BT-15-Lot', 'Address of the procurement documents', docUrl('non-restricted-document')),
    ]),
    sub(12, 'procurement-terms', 'Procurement terms', [
      p.group('submission-terms', 'Terms of submission', [
        p.field('field|name|BT-17-Lot', 'Electronic submission', ...all(proc, 'cbc:SubmissionMethodCode').map((c) => p.code('esubmission', c.text.trim()))),
        p.textField('field|name|BT-18-Lot', 'Address for submission', txt(terms, 'cac:TenderRecipientParty/cbc:EndpointID')),
        p.field('field|name|BT-97-Lot', 'Languages in which tenders or requests to participate may be submitted', ...all(terms, 'cac:Language/cbc:ID').map((l) => p.code('language', l.text.trim()))),
        p.field('field|name|BT-764-Lot', 'Electronic catalogue', ...exec('ecatalog-submission').map((r) => p.code('ecatalog-submission', txt(r, 'cbc:ExecutionRequirementCode')))),
        p.field('field|name|BT-63-Lot', 'Variants', ...all(terms, 'cbc:VariantConstraintCode').map((c) => p.code('permission', c.text.trim()))),
        p.textField('field|name|BT-75-Lot', 'Description of the financial guarantee', txt(terms, 'cac:RequiredFinancialGuarantee/cbc:Description')),
        p.textField('field|name|BT-1311(d)-Lot', 'Deadline for receipt of requests to participate', deadline('cac:ParticipationRequestReceptionPeriod')),
        p.textField('field|name|BT-131(d)-Lot', 'Deadline for receipt of tenders', deadline('cac:TenderSubmissionDeadlinePeriod')),
        p.field('field|name|BT-98-Lot', 'Deadline until which the tender must remain valid', ...duration(one(terms, 'cac:TenderValidityPeriod/cbc:DurationMeasure'))),
      ]),
      opening
        ? p.group('public-opening', 'Information about public opening', [
            p.textField('field|name|BT-132(d)-Lot', 'Opening date', `${day(txt(opening, 'cbc:OccurrenceDate'))} ${time(txt(opening, 'cbc:OccurrenceTime'))}`.trim()),
            p.textField('field|name|BT-133-Lot', 'Place', txt(opening, 'cac:OccurenceLocation/cbc:Description')),
          ])
        : '',
      p.group('contract-terms', 'Terms of contract', [
        p.field('field|name|BT-736-Lot', 'The execution of the contract must be performed within the framework of sheltered employment programmes', ...exec('reserved-execution').map((r) => p.code('reserved-execution', txt(r, 'cbc:ExecutionRequirementCode')))),
        ...exec('conditions').map((r) => p.textField('field|name|BT-70-Lot', 'Conditions relating to the performance of the contract', txt(r, 'cbc:Description'))),
        p.field('field|name|BT-743-Lot', 'Electronic invoicing', ...exec('einvoicing').map((r) => p.code('einvoicing', txt(r, 'cbc:ExecutionRequirementCode')))),
        p.field('field|name|BT-92-Lot', 'Electronic ordering will be used', indicator('cac:PostAwardProcess/cbc:ElectronicOrderUsageIndicator', terms)),
        p.field('field|name|BT-93-Lot', 'Electronic payment will be used', indicator('cac:PostAwardProcess/cbc:ElectronicPaymentUsageIndicator', terms)),
        p.textField('field|name|BT-76-Lot', 'Legal form that must be taken by a group of tenderers that is awarded a contract', txt(terms, 'cac:TendererQualificationRequest/cbc:CompanyLegalForm')),
        p.textField('field|name|BT-77-Lot', 'Financial arrangement', txt(terms, 'cac:PaymentTerms/cbc:Note')),
      ]),
    ]),
    p.section(num(15), n, p.aux('techniques', 'Techniques'), [
      p.group('framework-agreement', 'Framework agreement', all(proc, "cac:ContractingSystem/cbc:ContractingSystemTypeCode[@listName='framework-agreement']").filter((c) => c.text.trim() !== 'none').map((c) => `<div>${p.code('framework-agreement', c.text.trim())}</div>`)),
    ]),
    p.section(num(16), n, p.aux('further-info', 'Further information, mediation and review'), [
      p.textField('auxiliary|text|organisation-review', 'Review organisation', party('cac:AppealTerms/cac:AppealReceiverParty/cac:PartyIdentification/cbc:ID')),
      p.textField('auxiliary|text|organisation-mediation', 'Mediation organisation', party('cac:AppealTerms/cac:MediationParty/cac:PartyIdentification/cbc:ID')),
      p.textField('auxiliary|text|organisation-providing-info-procedure', 'Organisation providing additional information about the procurement procedure', party('cac:AdditionalInformationParty/cac:PartyIdentification/cbc:ID')),
      p.textField('auxiliary|text|organisation-tender-recipient', 'Organisation receiving requests to participate', party('cac:TenderRecipientParty/cac:PartyIdentification/cbc:ID')),
      p.textField('field|name|BT-99-Lot', 'Information about review deadlines', txt(terms, 'cac:AppealTerms/cac:PresentationPeriod/cbc:Description')),
    ]),
  ], 'subsection');
}

function renderOrganisation(p: Page, o: El, n: number, roles: Map<string, string[]>): string {
  const c = one(o, 'efac:Company');
  const id = txt(c, 'cac:PartyIdentification/cbc:ID');
  const addr = one(c, 'cac:PostalAddress');
  const contact = one(c, 'cac:Contact');
  const tp = one(o, 'efac:TouchPoint');
  const tpAddr = one(tp, 'cac:PostalAddress');
  const tpContact = one(tp, 'cac:Contact');
  const lvl = 'Organization-Company';
  const tpl = 'Organization-TouchPoint';
  return p.section('8.1', n, p.data(id), [
    p.textField(`field|name|BT-500-${lvl}`, 'Official name', txt(c, 'cac:PartyName/cbc:Name')),
    p.textField(`field|name|BT-501-${lvl}`, 'Registration number', txt(c, 'cac:PartyLegalEntity/cbc:CompanyID')),
    p.textField(`field|name|BT-510(a)-${lvl}`, 'Postal address', txt(addr, 'cbc:StreetName')),
    p.textField(`field|name|BT-513-${lvl}`, 'Town', txt(addr, 'cbc:CityName')),
    p.textField(`field|name|BT-512-${lvl}`, 'Postcode', txt(addr, 'cbc:PostalZone')),
    p.field(`field|name|BT-507-${lvl}`, 'Country subdivision (NUTS)', ...all(addr, 'cbc:CountrySubentityCode').map((e) => p.code('nuts', e.text.trim()))),
    p.field(`field|name|BT-514-${lvl}`, 'Country', ...all(addr, 'cac:Country/cbc:IdentificationCode').map((e) => p.code('country', e.text.trim()))),
    p.textField(`field|name|BT-502-${lvl}`, 'Contact point', txt(contact, 'cbc:Name')),
    p.textField(`field|name|BT-506-${lvl}`, 'Email', txt(contact, 'cbc:ElectronicMail')),
    p.textField(`field|name|BT-503-${lvl}`, 'Telephone', txt(contact, 'cbc:Telephone')),
    p.textField(`field|name|BT-739-${lvl}`, 'Fax', txt(contact, 'cbc:Telefax')),
    p.textField(`field|name|BT-505-${lvl}`, 'Internet address', txt(c, 'cbc:WebsiteURI')),
    p.textField(`field|name|BT-509-${lvl}`, 'Information exchange endpoint (URL)', txt(c, 'cbc:EndpointID')),
    tp
      ? p.group('other-contact-point', 'Other contact points', [
          p.textField(`field|name|BT-500-${tpl}`, 'Official name', txt(tp, 'cac:PartyName/cbc:Name')),
          p.textField(`field|name|BT-510(a)-${tpl}`, 'Postal address', txt(tpAddr, 'cbc:StreetName')),
          p.textField(`field|name|BT-513-${tpl}`, 'Town', txt(tpAddr, 'cbc:CityName')),
          p.textField(`field|name|BT-512-${tpl}`, 'Postcode', txt(tpAddr, 'cbc:PostalZone')),
          p.field(`field|name|BT-514-${tpl}`, 'Country', ...all(tpAddr, 'cac:Country/cbc:IdentificationCode').map((e) => p.code('country', e.text.trim()))),
          p.textField(`field|name|BT-506-${tpl}`, 'Email', txt(tpContact, 'cbc:ElectronicMail')),
          p.textField(`field|name|BT-503-${tpl}`, 'Telephone', txt(tpContact, 'cbc:Telephone')),
          p.textField(`field|name|BT-739-${tpl}`, 'Fax', txt(tpContact, 'cbc:Telefax')),
          p.textField(`field|name|BT-505-${tpl}`, 'Internet address', txt(tp, 'cbc:WebsiteURI')),
        ])
      : '',
    p.group('roles', 'Roles of this organisation', (roles.get(id) ?? []).map((r) => `<div>${p.code('organisation-role', r)}</div>`)),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Page chrome: TED's site header and footer. Everything here is a trap: it must never be read as the notice.

const LANGUAGES: [string, string][] = [
  ['bg', 'български'], ['es', 'español'], ['cs', 'čeština'], ['da', 'dansk'], ['de', 'Deutsch'], ['et', 'eesti'],
  ['el', 'ελληνικά'], ['en', 'English'], ['fr', 'français'], ['ga', 'Gaeilge'], ['hr', 'hrvatski'], ['it', 'italiano'],
  ['lv', 'latviešu'], ['lt', 'lietuvių'], ['hu', 'magyar'], ['mt', 'Malti'], ['nl', 'Nederlands'], ['pl', 'polski'],
  ['pt', 'português'], ['ro', 'română'], ['sk', 'slovenčina'], ['sl', 'slovenščina'], ['fi', 'suomi'], ['sv', 'svenska'],
];

function header(pubno: string): string {
  const langs = LANGUAGES.map(([code, name]) => `<li><a href="/${code}/notice/${pubno}/html" lang="${code}" hreflang="${code}">${esc(name)} (${code})</a></li>`).join('\n');
  return `<header class="site-header">
<a class="skip-link" href="#notice">Skip to main content</a>
<a class="site-logo" href="/en/" title="TED home">TED <span>Tenders Electronic Daily</span></a>
<nav class="site-nav" aria-label="Main navigation">
<a href="/en/search">Search</a>
<a href="/en/browse-by-business-opportunities">Browse</a>
<a href="/en/help">Help</a>
<a href="/en/accessibility">Accessibility</a>
<a href="/en/login">Log in</a>
</nav>
<div class="language-menu">
<button type="button" aria-haspopup="true" aria-expanded="false">English (en)</button>
<ul class="language-list" hidden>
${langs}
</ul>
</div>
</header>`;
}

function footer(): string {
  return `<footer class="site-footer">
<nav aria-label="Legal">
<a href="/en/accessibility-statement">Accessibility statement</a>
<a href="/en/legal-notice">Legal notice</a>
<a href="/en/cookies">Cookies</a>
<a href="/en/contact">Contact</a>
</nav>
<p>TED is published by the Publications Office of the European Union. Sustainable and accessible procurement: guidance for buyers on the Publications Office website.</p>
</footer>`;
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#1b1b1b;line-height:1.45}
.site-header,.site-footer{background:#f1f4f9;padding:.6rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
.site-header a,.site-footer a{color:#004494;margin-right:1rem}.site-logo{font-weight:bold;font-size:1.2rem}
.skip-link{position:absolute;left:-9999px}.language-menu{margin-left:auto}
main{max-width:60rem;margin:1.5rem auto;padding:0 1.5rem}
#summary{border-bottom:1px solid #ccc;padding-bottom:1rem;margin-bottom:1rem}.bold{font-weight:bold}
.section-title{font-size:1.25rem;font-weight:bold;margin:1.2rem 0 .4rem}
.subsection-title{font-weight:bold;margin:.8rem 0 .3rem}
.subsection-content{margin-left:1rem}.label{font-weight:bold}.group{margin:.3rem 0}`;

// ---------------------------------------------------------------------------------------------------------

function main() {
  const args = parseArgs(process.argv.slice(2));
  const input = resolve(args.input);
  const xml = readFileSync(input, 'utf8');
  const { root, leadingComment } = parseXml(xml);
  const cpvFile = args.cpv ?? resolve(dirname(input), '../../data/cpv_en.tsv');
  if (!existsSync(cpvFile)) throw new Error(`CPV labels not found at ${cpvFile}: pass --cpv path/to/cpv_en.tsv`);
  const page = new Page(loadCodelists(args.codelists ?? join(dirname(input), 'codelists')), loadCpv(cpvFile));
  const { summary, notice, title, lang } = renderNotice(root, args.pubno, page, args.ojs);
  const basedOn = /https?:\/\/\S+/.exec(leadingComment)?.[0];
  const iso = ({ ENG: 'en', FRA: 'fr', DEU: 'de', ITA: 'it', SPA: 'es' } as Record<string, string>)[lang] ?? 'en';
  const shown = (f: string) => (relative(process.cwd(), f).startsWith('..') ? f : relative(process.cwd(), f));

  const html = `<!DOCTYPE html>
<!--
  Tender Lens demo page. NOT a saved copy of a TED page.
  Generated from a real notice: ${esc(basename(input))} (eForms SDK example, OP-TED/eForms-SDK examples/notices), which
  re-encodes TED notice ${esc(args.pubno)}${basedOn ? ` (${esc(basedOn)})` : ''} in eForms.
  Generated by scripts/make-ted-page.ts:
    npx tsx scripts/make-ted-page.ts ${esc(shown(input))} ${esc(shown(resolve(args.output)))} --pubno ${esc(args.pubno)}${args.ojs ? ` --ojs "${esc(args.ojs)}"` : ''}
  The layout follows TED's server-rendered notice pages (https://ted.europa.eu/en/notice/{pubno}/html, the OP
  renderer's output: div#summary, div#notice, data-labels-key on every label and code), not a saved page.
  Header and footer are site chrome that must never be read as the notice.
  Licence of the notice data: CC BY 4.0, Publications Office of the European Union (eForms SDK). CPV labels: eForms SDK.
-->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(args.pubno)} - ${esc(title)} - TED Tenders Electronic Daily</title>
<style>
${STYLE}
</style>
</head>
<body>
${header(args.pubno)}
<main id="main-content" lang="${iso}">
${summary}
<div id="notice">
${notice}
</div>
</main>
${footer()}
</body>
</html>
`;
  writeFileSync(args.output, html);
  console.log(`wrote ${args.output} (${html.length} characters)`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
