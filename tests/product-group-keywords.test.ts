/**
 * Product-group keywords (criteria/product-groups.ts `keywords`): they select a group when a notice has no CPV code,
 * from the title and the description of the purchase. Checked here on their own, with the pattern compiler of
 * utils/patterns.ts, independently of how the engine wires them in:
 * 1. on real notices without CPV codes (SAM.gov solicitations, UNGM notices), each judged by hand: which groups the
 *    keywords find in the passage that says what is bought;
 * 2. on real notices with CPV codes (TED, eForms): the keywords never name a group that the codes contradict;
 * 3. on traps: words of another group's purchase, another language or a buyer's name.
 *
 * "The passage that says what is bought": the title and description sections when the parser gives them (TED,
 * eForms). The text and UNGM parsers give none yet (their notices are one or many 'other' sections, and the UNGM
 * title is the agency's name), so the test reads the notice's title plus the opening of its text (OPENING
 * characters, where a statement of work or a UNGM page names the purchase), or, where the opening is a form or a
 * list (SF-1449 blocks, a list of airports), the passage found by its own heading.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { productGroups } from '../criteria/product-groups';
import { LANGUAGES } from '../criteria/schema';
import { groupsOfNotice, indexGroups } from '../utils/applicability';
import type { Notice } from '../utils/notice';
import { parseNotice } from '../utils/parsers/detect';
import { compileMatcher, compilePattern, foldText, prefixesOf } from '../utils/patterns';
import { fixture } from './parsers/fixture';

const OPENING = 1000;

const sources: string[] = [];
const owner: string[] = [];
for (const g of productGroups) {
  for (const lang of LANGUAGES) {
    for (const p of g.keywords[lang]) {
      sources.push(p);
      owner.push(g.id);
    }
  }
}
const matcher = compileMatcher(sources);

/** The groups whose keywords occur in the text, sorted. */
function groupsIn(text: string): string[] {
  const found = new Set<string>();
  matcher.scan(foldText(text), (i) => found.add(owner[i]!));
  return [...found].sort();
}

interface Passage {
  /** Start at this text (a heading of the notice) instead of the opening. */
  from?: string;
  /** Stop before this text. */
  until?: string;
}

function purchaseText(notice: Notice, at: Passage = {}): string {
  const own = notice.sections.filter((s) => s.kind === 'title' || s.kind === 'description').map((s) => s.text);
  if (own.length && !at.from) return [notice.title, ...own].join('\n');
  const body = notice.sections
    .filter((s) => s.kind !== 'boilerplate')
    .map((s) => s.text)
    .join('\n');
  const start = at.from ? body.indexOf(at.from) : 0;
  if (start < 0) throw new Error(`"${at.from}" is not in the notice`);
  let end = Math.min(body.length, start + OPENING);
  if (at.until) {
    const stop = body.indexOf(at.until, start);
    if (stop < 0) throw new Error(`"${at.until}" is not in the notice`);
    end = Math.min(end, stop);
  }
  return `${notice.title}\n${body.slice(start, end)}`;
}

const read = (path: string) => parseNotice(fixture(path), { fileName: path.split('/').pop()! });

describe('product-group keywords: well formed', () => {
  it('every group has keywords in every language', () => {
    for (const g of productGroups) for (const lang of LANGUAGES) expect(g.keywords[lang].length, `${g.id} [${lang}]`).toBeGreaterThan(0);
  });

  it('every keyword compiles (flags giu and the engine compiler) and starts with letters the matcher can index', () => {
    for (const g of productGroups) {
      for (const lang of LANGUAGES) {
        for (const p of g.keywords[lang]) {
          expect(() => new RegExp(p, 'giu'), `${g.id} [${lang}] /${p}/`).not.toThrow();
          expect(() => compilePattern(p), `${g.id} [${lang}] /${p}/`).not.toThrow();
          expect(prefixesOf(p), `${g.id} [${lang}] /${p}/ may start with anything`).not.toBeNull();
        }
      }
    }
  });

  it('no keyword is listed twice in one language', () => {
    for (const g of productGroups) {
      for (const lang of LANGUAGES) expect(new Set(g.keywords[lang]).size, `${g.id} [${lang}]`).toBe(g.keywords[lang].length);
    }
  });
});

interface Judged extends Passage {
  file: string;
  groups: string[];
  /** What the notice buys, and why these groups. */
  note: string;
}

const SAM = 'text/us_sam_srt508/';
const UNGM = 'html/ungm/';

const judged: Judged[] = [
  // SAM.gov: US federal solicitations (NAICS / PSC, no CPV)
  { file: `${SAM}GREEN_2015-Q-16891.txt`, groups: ['software-digital'], note: 'CDC media library website enhancements' },
  { file: `${SAM}GREEN_8G12152AS01.txt`, groups: ['software-digital'], note: 'GeoTime concurrent user licences and maintenance' },
  {
    file: `${SAM}GREEN_ADM-13-001.txt`,
    from: 'objective of this acquisition',
    groups: ['software-digital'],
    note: 'NRC: software licences and services for drug-testing pools (the opening is the SF-1449 form)',
  },
  {
    file: `${SAM}GREEN_HSTS03-11-R-CIO314.txt`,
    from: 'Description of Supplies and Services',
    groups: ['ict-devices'],
    note: 'TSA laptops, desktops, tablets and monitors (the opening is a list of airports)',
  },
  { file: `${SAM}GREEN_Kiosks_20068331.txt`, groups: ['ict-devices'], note: 'floor-standing kiosks: touchscreen, 19" LCD monitor, keyboard' },
  {
    file: `${SAM}GREEN_NAMA-NW-11-Q-0009.txt`,
    from: 'BACKGROUND: The purpose of this procurement',
    groups: ['ict-devices', 'imaging'],
    note: 'NARA digital microfilm scanners with workstations, scanning to large-paper laser printers',
  },
  {
    file: `${SAM}GREEN_NLM-11-007-KDB.txt`,
    groups: [],
    note: 'licence of an online medical dictionary served by API: content, named by no group (known miss)',
  },
  { file: `${SAM}GREEN_TIRNO15Q00035.txt`, groups: ['software-digital'], note: 'IRS renewal and maintenance of MATLAB licences' },
  {
    file: `${SAM}RED_AG-3187-S-12-0163.txt`,
    groups: [],
    note: 'USFS "performance monitoring tool": custom software named only a "tool" (known miss)',
  },
  {
    file: `${SAM}RED_AG-7482-S-13-0003.txt`,
    from: 'Two temperature chambers',
    groups: [],
    note: 'USDA environmental test chambers with refrigeration: no group buys them',
  },
  {
    file: `${SAM}RED_AG-9A23-S-11-0002.txt`,
    groups: [],
    note: 'wage determination: occupations such as "Dispatcher, Motor Vehicle" and "Laundry" are not purchases',
  },
  { file: `${SAM}RED_EA133F-11-RQ-1298.txt`, groups: ['software-digital'], note: 'GPS and photo app for at-sea observers (iOS, Android)' },
  { file: `${SAM}RED_F3Q0AM0055A001--LCDMonitors.txt`, groups: ['ict-devices'], note: '10 × 42" LCD monitors for a chapel, installed' },
  {
    file: `${SAM}RED_ITC-RFP-09-0005.txt`,
    groups: [],
    note: 'SF-30 amendment form; the buyer\'s "Office of Facilities Management" is not a facilities-management purchase',
  },
  { file: `${SAM}RED_N00421-15-T-0042.txt`, groups: [], note: 'legislative research subscription services: no group' },
  { file: `${SAM}RED_NAMA-11-Q-0105.txt`, groups: ['ict-devices'], note: 'handheld computers / barcode readers' },
  {
    file: `${SAM}RED_RFQ-CFP-12-0015.txt`,
    from: 'The Bureau of Public Debt, on behalf of',
    groups: ['imaging'],
    note: 'network printers under Blanket Purchase Agreements (not blankets)',
  },
  {
    file: `${SAM}YELLOW_D13PS00011.txt`,
    groups: [],
    note: 'Section 508 testing and remediation services; the 508 definition of E&IT further on names computers, kiosks and copiers',
  },
  {
    file: `${SAM}YELLOW_F2VTJ59210AC01.txt`,
    until: '1.1 Background',
    groups: ['software-digital'],
    note: 'WAVE software release subscription; the background that follows names the radios, PCs and phones WAVE links',
  },
  {
    file: `${SAM}YELLOW_HQ0013-13-VT-0001.txt`,
    groups: [],
    note: 'video-teleconferencing and audio-visual equipment (CPV 3223): no group',
  },
  // UNGM: UN agencies' notices (UNSPSC, no CPV)
  { file: `${UNGM}notice_27501.html`, groups: ['software-digital'], note: '"Out of the Box" software product for road safety management' },
  { file: `${UNGM}notice_27954.html`, groups: ['software-digital'], note: 'EgyptInnovate online platform and portal' },
  {
    file: `${UNGM}notice_27994.html`,
    groups: ['iot-smart-infrastructure'],
    note: 'Checkpoint firewall appliances: network equipment, which CPV 3242 puts in iot-smart-infrastructure',
  },
  { file: `${UNGM}notice_28044.html`, groups: ['software-digital'], note: 'adquisición de licencias informáticas (Spanish)' },
  { file: `${UNGM}notice_28070.html`, groups: ['software-digital'], note: 'equipment and software for a unified emergency system' },
  { file: `${UNGM}notice_28104.html`, groups: ['ict-devices', 'software-digital'], note: 'IT equipment and software for a state register' },
  { file: `${UNGM}notice_28119.html`, groups: [], note: '"One Click Application": software named only an "application" (known miss)' },
  { file: `${UNGM}notice_28153.html`, groups: ['ict-devices'], note: 'PC-based PWR simulator: software with its IT hardware' },
  { file: `${UNGM}notice_28177.html`, groups: [], note: 'security consultancy' },
  { file: `${UNGM}notice_28210.html`, groups: [], note: 'Plone consultants (known miss: the CMS is named only by its brand)' },
  { file: `${UNGM}notice_29165.html`, groups: [], note: 'creative performances on sexual violence' },
  { file: `${UNGM}notice_29167.html`, groups: ['vehicles-transport'], note: 'location de petits camions (French)' },
  {
    file: `${UNGM}notice_29184.html`,
    groups: [],
    note: 'storage and transport of medicines: goods logistics, outside the CVD service codes of vehicles-transport',
  },
  { file: `${UNGM}notice_29942.html`, groups: [], note: 'risk management tool (known miss)' },
  { file: `${UNGM}notice_29959.html`, groups: ['software-digital'], note: 'mobile device management software' },
  { file: `${UNGM}notice_91345.html`, groups: [], note: 'capsules vidéo pour les réseaux sociaux (French)' },
];

describe('product-group keywords on real notices without CPV codes', () => {
  for (const j of judged) {
    it(`${j.file.split('/').pop()} → [${j.groups.join(', ')}] (${j.note})`, () => {
      const notice = read(j.file);
      expect(notice.cpv, 'the point of these notices: no CPV code').toEqual([]);
      const text = purchaseText(notice, j);
      expect(groupsIn(text), text.slice(0, 400)).toEqual(j.groups);
    });
  }
});

/**
 * Notices whose text names a group that their CPV codes do not: the text is right, the codes are narrower.
 * Keyed by TED number.
 */
const CPV_NARROWER: Record<string, { groups: string[]; why: string }> = {
  '20-242009': { groups: ['iot-smart-infrastructure'], why: 'security services that include "alarm systems and CCTV systems" (CPV 79710000 only)' },
  '21-010961': { groups: ['water-infrastructure'], why: 'design review of water and wastewater treatment facilities (CPV 71242000, design)' },
  '21-050204': { groups: ['textiles'], why: 'promotional material "including merchandised clothing and textile products" (CPV 39294100)' },
};

describe('product-group keywords on real notices with CPV codes: no group the codes contradict', () => {
  const dirs = ['ted_xml/ted_r209', 'ted_xml/eforms_converted', 'text/ted_notice_text', 'eforms'];
  const files = dirs.flatMap((d) =>
    readdirSync(fileURLToPath(new URL(`./fixtures/${d}/`, import.meta.url)))
      .filter((f) => /\.(xml|txt)$/.test(f) && !f.startsWith('LICENSE') && !f.includes('100_lots'))
      .map((f) => `${d}/${f}`),
  );
  const index = indexGroups(productGroups);
  let agreeing = 0;

  for (const file of files) {
    it(file, () => {
      const notice = read(file);
      const found = groupsIn(purchaseText(notice));
      const byCpv = groupsOfNotice(notice.cpv, index);
      const allowed = new Set([...byCpv.definite, ...byCpv.broad.map((b) => b.group)]);
      const ted = /(\d{2}-\d{6})/.exec(file)?.[1];
      for (const g of (ted && CPV_NARROWER[ted]?.groups) || []) allowed.add(g);
      expect(found.filter((g) => !allowed.has(g)), `CPV ${notice.cpv.join(', ')} → ${[...allowed].join(', ')}`).toEqual([]);
      if (found.length) agreeing++;
    });
  }

  it('the keywords do find groups on these notices (the check above is not empty)', () => {
    expect(agreeing).toBeGreaterThanOrEqual(15);
  });
});

describe('product-group keywords: the purchase named in each language', () => {
  const named: [string, string][] = [
    ['Framework for laptops and desktop computers', 'ict-devices'],
    ['Fourniture d’ordinateurs portables et d’écrans plats', 'ict-devices'],
    ['Beschaffung von Notebooks und Arbeitsplatzrechnern', 'ict-devices'],
    ['Suministro de ordenadores portátiles', 'ict-devices'],
    ['Managed print services and multifunction devices', 'imaging'],
    ['Location et maintenance de photocopieurs', 'imaging'],
    ['Lieferung von Multifunktionsgeräten und Laserdruckern', 'imaging'],
    ['Suministro de impresoras y consumibles de impresión', 'imaging'],
    ['Data centre colocation services', 'data-centres-cloud'],
    ['Hébergement de serveurs dans un centre de données', 'data-centres-cloud'],
    ['Betrieb des Rechenzentrums', 'data-centres-cloud'],
    ['Servicios en la nube y centro de datos', 'data-centres-cloud'],
    ['Case management software licences', 'software-digital'],
    ['Acquisition d’un logiciel de gestion financière', 'software-digital'],
    ['Softwarelizenzen und Softwarepflege', 'software-digital'],
    ['Desarrollo de aplicaciones móviles', 'software-digital'],
    ['Air quality sensors and LoRaWAN network', 'iot-smart-infrastructure'],
    ['Extension du système de vidéoprotection', 'iot-smart-infrastructure'],
    ['Erweiterung der Videoüberwachung', 'iot-smart-infrastructure'],
    ['Sistema de videovigilancia municipal', 'iot-smart-infrastructure'],
    ['Street lighting LED replacement programme', 'lighting-signals'],
    ['Rénovation de l’éclairage public', 'lighting-signals'],
    ['Erneuerung der Straßenbeleuchtung', 'lighting-signals'],
    ['Renovación del alumbrado público', 'lighting-signals'],
    ['Supply of 20 electric buses', 'vehicles-transport'],
    ['Acquisition de bus électriques', 'vehicles-transport'],
    ['Lieferung von Elektrobussen', 'vehicles-transport'],
    ['Suministro de autobuses eléctricos', 'vehicles-transport'],
    ['Household waste and recycling collection', 'waste-services'],
    ['Collecte des ordures ménagères', 'waste-services'],
    ['Abfallentsorgung und Straßenreinigung', 'waste-services'],
    ['Recogida de residuos urbanos', 'waste-services'],
    ['Supply of renewable electricity', 'electricity-energy'],
    ['Fourniture d’électricité verte', 'electricity-energy'],
    ['Stromlieferung für kommunale Liegenschaften', 'electricity-energy'],
    ['Suministro de energía eléctrica renovable', 'electricity-energy'],
    ['Construction of a new primary school', 'buildings'],
    ['Construction d’un groupe scolaire', 'buildings'],
    ['Neubau einer Grundschule', 'buildings'],
    ['Construcción de un nuevo colegio', 'buildings'],
    ['Carriageway resurfacing programme', 'roads'],
    ['Travaux de voirie et enrobés', 'roads'],
    ['Straßensanierung und Fahrbahnerneuerung', 'roads'],
    ['Conservación de carreteras', 'roads'],
    ['School catering services', 'food-catering'],
    ['Restauration scolaire en liaison froide', 'food-catering'],
    ['Schulverpflegung und Mittagessen', 'food-catering'],
    ['Servicio de comedor escolar', 'food-catering'],
    ['Office cleaning services', 'cleaning'],
    ['Nettoyage des locaux administratifs', 'cleaning'],
    ['Unterhaltsreinigung der Verwaltungsgebäude', 'cleaning'],
    ['Servicios de limpieza de edificios municipales', 'cleaning'],
    ['Office furniture and seating', 'furniture'],
    ['Fourniture de mobilier de bureau', 'furniture'],
    ['Lieferung von Büromöbeln', 'furniture'],
    ['Suministro de mobiliario escolar', 'furniture'],
    ['Workwear and uniforms', 'textiles'],
    ['Fourniture de vêtements de travail', 'textiles'],
    ['Lieferung von Dienstbekleidung', 'textiles'],
    ['Suministro de vestuario laboral', 'textiles'],
    ['Grounds maintenance and grass cutting', 'public-space'],
    ['Entretien des espaces verts', 'public-space'],
    ['Grünflächenpflege und Winterdienst', 'public-space'],
    ['Mantenimiento de zonas verdes', 'public-space'],
    ['Copier paper and stationery', 'paper-printing'],
    ['Fournitures de bureau et papier de reprographie', 'paper-printing'],
    ['Lieferung von Kopierpapier und Büromaterial', 'paper-printing'],
    ['Suministro de material de oficina', 'paper-printing'],
    ['Wastewater treatment plant upgrade', 'water-infrastructure'],
    ['Travaux d’assainissement et d’eau potable', 'water-infrastructure'],
    ['Sanierung der Kläranlage', 'water-infrastructure'],
    ['Renovación de la red de alcantarillado', 'water-infrastructure'],
  ];
  for (const [text, group] of named) {
    it(`${text} → ${group}`, () => expect(groupsIn(text)).toEqual([group]));
  }
});

describe('product-group keywords: traps', () => {
  const traps: { text: string; is?: string[]; not?: string[]; why: string }[] = [
    { text: 'Office of Facilities Management, 500 E Street SW, Washington DC', is: [], why: 'buyer name' },
    { text: '01060 - Dispatcher, Motor Vehicle 01070 - Document Preparation Clerk', is: [], why: 'occupation in a wage determination' },
    { text: 'Independent specialist schools catering for pupils with special educational needs', is: [], why: '"catering for" is a verb' },
    { text: 'Travaux au rez-de-chaussée de la mairie', not: ['roads'], why: 'rez-de-chaussée is a ground floor' },
    { text: 'La mesa de contratación se reunirá el 5 de mayo', is: [], why: 'the procurement board' },
    { text: 'Formación de los servidores públicos municipales', is: [], why: 'civil servants' },
    { text: 'Supply of patient monitors and defibrillators', is: [], why: 'medical monitors' },
    { text: 'Paracetamol 500 mg tablets', is: [], why: 'pills' },
    { text: 'A4 notebooks and pens for schools', is: ['paper-printing'], why: 'English notebooks are paper' },
    { text: 'Lieferung von 200 Notebooks für Grundschulen', is: ['ict-devices'], why: 'German Notebooks are laptops' },
    { text: 'Anti-money laundering compliance services', is: [], why: 'laundering is not laundry' },
    { text: 'Blanket Purchase Agreements for office supplies', is: ['paper-printing'], why: 'a blanket purchase agreement is no blanket' },
    { text: 'The contractor shall provide cleaning services of the PV panels', is: ['electricity-energy'], why: 'PV maintenance, not indoor cleaning' },
    { text: 'Public transport services by railways', is: [], why: 'rail has no group' },
    { text: 'Prestación de los servicios públicos de transporte de viajeros por ferrocarril', is: [], why: 'rail has no group' },
    { text: 'Curtain walling replacement', not: ['textiles'], why: 'a building facade' },
    { text: 'Restauration de l’église Saint-Pierre', is: [], why: 'restoration of a building, not catering' },
    { text: 'Fourniture de mobilier urbain et de bancs', is: ['public-space'], why: 'street furniture is public space' },
    { text: 'Street furniture and bus shelters', not: ['furniture'], why: 'street furniture is public space' },
    { text: 'Suministro de sillas de ruedas', is: [], why: 'wheelchairs' },
    { text: 'Process servers for the county court', is: [], why: 'bailiffs' },
    { text: 'Remplacement des distributeurs automatiques de billets', is: [], why: 'cash machines' },
    { text: 'Kiosque à journaux de la place du marché', is: [], why: 'a newsstand' },
    { text: 'Renovación del carné de conducir', is: [], why: 'carné folds to carne' },
    { text: 'At least 70 % of construction waste diverted from landfill', not: ['waste-services'], why: 'a works clause' },
    { text: 'Virtual desktops for remote staff', not: ['ict-devices'], why: 'desktop virtualisation is software' },
    { text: 'IT help desk and service desk support', not: ['furniture'], why: 'a help desk is a service' },
    { text: 'Servicio de limpieza viaria', is: ['waste-services'], why: 'street cleaning (CPV 9061) is waste-services' },
    { text: 'Street cleaning services', is: ['waste-services'], why: 'street cleaning (CPV 9061) is waste-services' },
    { text: 'Remplacement des portes pare-feu du gymnase', not: ['iot-smart-infrastructure'], why: 'fire doors' },
    { text: 'Apertura de cortafuegos forestales', is: [], why: 'firebreaks' },
    { text: 'Reforma de los vestuarios del polideportivo', not: ['textiles'], why: 'changing rooms' },
    { text: 'Suministro de papel para fotocopiadoras', is: ['paper-printing'], why: 'paper for copiers is paper' },
    { text: 'Papier pour photocopieurs, 500 ramettes', is: ['paper-printing'], why: 'paper for copiers is paper' },
    { text: 'Printer paper and copier paper', is: ['paper-printing'], why: 'paper for printers is paper' },
    { text: 'The kiosk comes with a touchscreen and its software driver', not: ['software-digital'], why: 'a driver is not a software purchase' },
  ];
  for (const t of traps) {
    it(`${t.text} (${t.why})`, () => {
      const found = groupsIn(t.text);
      if (t.is) expect(found).toEqual(t.is);
      for (const g of t.not ?? []) expect(found).not.toContain(g);
    });
  }
});
