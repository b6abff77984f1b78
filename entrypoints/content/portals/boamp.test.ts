/** @vitest-environment happy-dom */
import { beforeAll, describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { byLabel, expectNoChrome, expectSourcesMatch, extract, fixture, load } from '../../../tests/helpers/portal-page';
import { boamp } from './boamp';
import type { Extraction } from './types';

const URL_ = 'https://www.boamp.fr/avis/detail/21-97063';
const page = () => fixture('boamp/avis_21-97063_vetraz_monthoux_concours.html');
/** Words of the page's header, menus, cookie banner, breadcrumb, sidebar and footer: never read. */
const TRAPS = [
  'clauses environnementales', 'cookies', 'Accessibilité', 'Avis similaires', 'critères environnementaux', "clause sociale d'insertion",
  'rénovation énergétique', 'Rechercher un marché public', 'Accéder au contenu', 'Espace acheteur', 'Imprimer', 'Télécharger',
  'licence etalab', 'Code de la commande publique', 'Avis de concours', 'Publié le',
];

describe('boamp adapter on avis 21-97063 (Vétraz-Monthoux, design contest for a school group)', () => {
  let x: Extraction;
  beforeAll(() => {
    x = extract(boamp, page(), URL_);
  });

  it('reads the notice metadata, its CPV codes, lot and buyer', () => {
    expect(x.notice).toMatchObject({
      format: 'html',
      id: '21-97063',
      title: "Marché de maîtrise d'œuvre de niveau Esquisse + pour la construction du nouveau groupe scolaire René Cassin concours restreint",
      language: 'fr',
      cpv: ['71200000', '71240000'],
      contractNature: 'services',
      buyer: 'Commune de Vétraz-Monthoux',
      lots: ['LOT-0000'],
      gaps: [],
    });
  });

  it('reads the rows with their French labels and kinds, the lot rows with their lot', () => {
    const one = (label: string) => byLabel(x, label)[0]!;
    expect(one('Titre').kind).toBe('title');
    expect(one('Description')).toMatchObject({ kind: 'description', id: 'description' });
    expect(one('Description').text).toContain('un parking souterrain d\'environ 100 places');
    expect(one('Critères de sélection (LOT-0000)')).toMatchObject({ kind: 'selection', lot: 'LOT-0000', id: 'lot-0000:criteres-de-selection' });
    expect(one('Conditions de participation (LOT-0000)').text).toBe(
      'La mission devra être exécutée par un architecte en application de la loi nº 77-2 du 3.1.1977 modifiée.',
    );
    expect(one("Critères d'évaluation des projets (LOT-0000)")).toMatchObject({ kind: 'award' });
    expect(one("Critères d'évaluation des projets (LOT-0000)").text).toContain('exigences fonctionnelles, techniques et environnementales: 40 %');
    expect(one('Informations complémentaires (LOT-0000)')).toMatchObject({ kind: 'other' });
    expect(one('Informations complémentaires (LOT-0000)').text).toContain('Haute qualité environnementale (HQE)');
    expect(one('Nom officiel').kind).toBe('boilerplate');
    expect(one('Code CPV principal').kind).toBe('boilerplate');
    expect(one('Organisation chargée des procédures de recours').kind).toBe('boilerplate');
    // rows outside the lot's block are the procedure's
    expect(one('Description').lot).toBeUndefined();
  });

  it('reads nothing from the header, menus, cookie banner, breadcrumb, sidebar or footer', () => expectNoChrome(x, TRAPS));

  it('records where every section text comes from', () => expectSourcesMatch(x));

  it('reads each lot block with its own lot', () => {
    const lot = /<div class="avis-lot" data-lot="LOT-0000">[\s\S]*?\n {14}<\/div>/.exec(page())![0];
    const two = page().replace(lot, `${lot.replace(/LOT-0000/g, 'LOT-0001')}\n${lot.replace(/LOT-0000/g, 'LOT-0002').replace(/data-lot="[^"]*"/, '')}`);
    const y = extract(boamp, two, URL_);
    expect(y.notice.lots).toEqual(['LOT-0001', 'LOT-0002']); // the second from its heading
    expect(byLabel(y, 'Critères de sélection (LOT-0002)')).toHaveLength(1);
    expectSourcesMatch(y);
  });
});

describe('boamp adapter when the layout changed', () => {
  it('keeps the notice text and says what it could not read when the rows are renamed', () => {
    const x = extract(boamp, page().replace(/avis-champ/g, 'champ'), URL_);
    expect(x.notice.gaps).toEqual([expect.stringMatching(/not recognised \(no div\.avis-champ rows inside #avis\)/)]);
    expect(x.notice.sections.find((s) => s.label === 'Notice')!.text).toContain('Haute qualité environnementale (HQE)');
    expect(x.notice.title).toBe("Marché de maîtrise d'œuvre de niveau Esquisse + pour la construction du nouveau groupe scolaire René Cassin concours restreint");
    expect(x.notice.cpv).toEqual([]);
    expectNoChrome(x, TRAPS.filter((t) => t !== 'Avis de concours' && t !== 'Publié le')); // the notice's own header is read then
  });

  it('finds the rows when the notice block is renamed', () => {
    const x = extract(boamp, page().replace('<article id="avis" class="avis-detail" data-idweb="21-97063">', '<article class="notice">'), URL_);
    expect(x.notice.gaps).toEqual([]);
    expect(x.notice.lots).toEqual(['LOT-0000']);
    expectNoChrome(x, TRAPS);
  });

  it('says so when the description is missing', () => {
    const x = extract(boamp, page().replace(/>Description :</g, '>Présentation :<'), URL_);
    expect(x.notice.gaps).toEqual(['the notice shows no description (Description): what is bought could not be read']);
  });
});

describe('boamp search results page (a listing, 1.9 MB)', () => {
  const listing = () => fixture('boamp/boamp_recherche_results_2026-01-04.html');

  it('is not a notice page', () => {
    for (const href of ['https://www.boamp.fr/pages/avis/?q=idweb:26-12', 'https://www.boamp.fr/pages/recherche/', 'https://www.boamp.fr/pages/avis/?q=objet:d%C3%A9chets']) {
      expect(boamp.isNotice(new URL(href)), href).toBe(false);
    }
  });

  it('holds no notice: nothing read, not its filters ("Critères environnementaux") either, and quickly', () => {
    const html = listing();
    expect(html.length).toBeGreaterThan(1_900_000);
    const doc = load(html);
    const t0 = performance.now();
    const x = boamp.extract(doc, new URL('https://www.boamp.fr/pages/avis/?q=idweb:26-12'));
    const ms = performance.now() - t0;
    expect(x).toBeNull();
    expect(doc.body.textContent).toContain('Critères environnementaux'); // the trap is on the page
    // measured: ~400 ms the first time in happy-dom (its selector engine warming up on ~10,000 elements), 0.1 ms
    // after; the bound leaves room for a loaded test run
    expect(ms).toBeLessThan(2000);
    // no root selector matches it either: the content script would not even wait on it
    for (const s of boamp.rootSelectors) expect(doc.querySelector(s), s).toBeNull();
  });
});

describe('boamp URLs', () => {
  it('claims its example notices, leaves its other pages, and its match patterns cover the notices', () => {
    for (const href of boamp.examples.notices) {
      expect(boamp.isNotice(new URL(href)), href).toBe(true);
      expect(boamp.matches.some((m) => new MatchPattern(m).includes(href)), href).toBe(true);
    }
    for (const href of boamp.examples.others) expect(boamp.isNotice(new URL(href)), href).toBe(false);
  });
});
