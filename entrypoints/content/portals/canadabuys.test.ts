/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { canadaBuys } from './canadabuys';
import type { Extraction } from './types';

const EN = 'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/cb-20-7088';
const FR = 'https://canadabuys.canada.ca/fr/appels-d-offres/avis-d-appel-d-offres/cb-2020-04-doller';
const en = () => fixture('canadabuys/tender-notice_en_20-7088_sport_outdoor.html');
const fr = () => fixture('canadabuys/tender-notice_fr_burnhaupt_concours.html');
/** Words of the WET header, menu, breadcrumb, cookie banner, page details and footer: never read. */
const TRAPS = [
  'Green procurement', 'Policy on Green Procurement', 'Indigenous business', 'Accessibility in procurement', 'cookies', 'Skip to main content',
  'Report a problem', 'Date modified', 'Prime Minister', 'Open government', 'Social media', 'Français', 'You are here', 'Tender opportunities',
];
const PIEGES = [
  'Approvisionnement écologique', "Politique d'achats écologiques", 'Entreprises autochtones', "Accessibilité dans l'approvisionnement", 'témoins',
  'Passer au contenu', 'Signaler un problème', 'Premier ministre', 'Gouvernement ouvert', 'English', 'Vous êtes ici',
];

describe('canadabuys adapter on an English tender notice (sport, training and outdoor products)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(canadaBuys, en(), EN);
  });

  it('reads the notice metadata, its GSIN and UNSPSC codes and its buyer', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '20/7088',
      title: 'Products for Sport, Training and the Outdoors',
      language: 'en',
      cpv: [],
      otherClassifications: [
        { scheme: 'GSIN', code: 'N7810' },
        { scheme: 'UNSPSC', code: '49000000' },
      ],
      buyer: 'Politiets fellestjenester',
      gaps: [],
    });
  });

  it('reads the fields with their kinds and cuts the description at its own headings', () => {
    const kinds = Object.fromEntries(x.notice.sections.map((s) => [s.label, s.kind]));
    expect(kinds).toEqual({
      Title: 'title',
      'Solicitation number': 'boilerplate',
      'Publication date': 'boilerplate',
      'Tender closing date': 'boilerplate',
      'Amendment date': 'boilerplate',
      Status: 'boilerplate',
      Description: 'description',
      'Description: Lot A: Sport and Outdoor Supplies': 'description',
      'Description: Lot B: Training Apparatuses and Other Equipment for Gyms': 'description',
      'Description: Contract period and options': 'description',
      'Description: Suitability to pursue the professional activity': 'selection',
      'Description: Economic and financial standing': 'selection',
      'Description: Technical and professional ability': 'selection',
      'Description: Award criteria': 'award',
      'Contract duration': 'boilerplate',
      'Trade agreements': 'boilerplate',
      'Procurement method': 'boilerplate',
      'Selection criteria': 'award', // CanadaBuys' basis of award
      'Notice type': 'boilerplate',
      'Commodity - GSIN': 'boilerplate',
      'Commodity - UNSPSC': 'boilerplate',
      'Regions of delivery': 'boilerplate',
      Organization: 'boilerplate',
      'Contracting authority': 'boilerplate',
      Email: 'boilerplate',
      Phone: 'boilerplate',
      Address: 'boilerplate',
    });
    expect(byLabel(x, 'Description: Technical and professional ability')[0]!.text).toContain('(e.g. ISO 14001, EMAS, Miljøfyrtårn or equivalent)');
    expect(byLabel(x, 'Description')[0]!.text).toMatch(/^Politiets fellestjenester \(PFT\), hereafter called the contracting authority/);
    // the documents tab is not a field: not read
    expect(x.notice.sections.some((s) => s.text.includes('Tender documentation - Products'))).toBe(false);
  });

  it('reads nothing from the header, menu, breadcrumb, cookie banner, page details or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));
});

describe('canadabuys adapter on a French tender notice (after-school centre design contest)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(canadaBuys, fr(), FR);
  });

  it('reads the French labels', () => {
    expect(x.notice).toMatchObject({
      id: '2020-04-DOLLER',
      title: "Concours restreint de maîtrise d'œuvre en vue de la construction d'un accueil périscolaire à Burnhaupt-le-Bas",
      language: 'fr',
      buyer: 'Communauté de Communes de la Vallée de la Doller et du Soultzbach',
      otherClassifications: [
        { scheme: 'GSIN', code: 'C219A' },
        { scheme: 'UNSPSC', code: '81101508' },
      ],
      gaps: [],
    });
    const kind = (label: string) => byLabel(x, label)[0]?.kind;
    expect(kind('Description')).toBe('description');
    expect(kind('Description: Conditions de participation')).toBe('selection');
    expect(kind('Description: Jugement des candidatures')).toBe('selection');
    expect(kind('Description: Jugement des prestations')).toBe('award');
    expect(kind('Critères de sélection')).toBe('award');
    expect(kind('Informations complémentaires')).toBe('other');
    expect(kind('Produit - NIBS')).toBe('boilerplate');
    expect(byLabel(x, 'Description: Jugement des candidatures')[0]!.text).toContain('performances énergétiques et — environnementales élevées');
  });

  it('reads nothing from the French header, menu, cookie banner, page details or footer', () => expectNoChrome(x, PIEGES));

  it('records where every section text comes from', () => expectSourcesMatch(x));
});

describe('canadabuys adapter when the layout changed', () => {
  it('keeps the notice text and says what it could not read when the fields are renamed', () => {
    const x = extract(canadaBuys, en().replace(/class="field /g, 'class="fld ').replace(/field__label/g, 'lbl'), EN);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/not recognised \(no div\.field fields inside article\.node--type-tender-notice\)/)]);
    expect(x.notice.sections.map((s) => s.label)).toEqual(['Title', 'Notice']);
    expect(x.notice.sections[1]!.text).toContain('ISO 14001');
    expect(x.notice.id).toBe('cb-20-7088'); // from the URL
    expectNoChrome(x, TRAPS);
  });

  it('finds the fields when the node is renamed', () => {
    const x = extract(canadaBuys, en().replace(/<article[^>]*>/, '<div class="notice">').replace('</article>', '</div>'), EN);
    expect(x.notice.gaps).toEqual([]);
    expect(x.notice.buyer).toBe('Politiets fellestjenester');
    expectNoChrome(x, TRAPS);
  });

  it('says so when the description is missing', () => {
    const x = extract(canadaBuys, en().replace('<h3 class="field__label">Description</h3>', '<h3 class="field__label">Summary of work</h3>'), EN);
    expect(x.notice.gaps).toEqual(['the tender notice shows no Description: what is bought and any requirement could not be read']);
  });

  it('reads no notice from a page without one', () => {
    const list = '<html lang="en"><body><header><nav id="wb-sm">Tender opportunities</nav></header><main property="mainContentOfPage"><h1 id="wb-cont">Tender opportunities</h1><table><tr><td>Products for Sport</td></tr></table></main></body></html>';
    expect(canadaBuys.extract(load(list), new URL(EN))).toBeNull();
  });
});

describe('canadabuys URLs', () => {
  it('claims its example notices in both languages, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of canadaBuys.examples.notices) {
      expect(canadaBuys.isNotice(new URL(href)), href).toBe(true);
      expect(canadaBuys.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of canadaBuys.examples.others) expect(canadaBuys.isNotice(new URL(href)), href).toBe(false);
  });
});
