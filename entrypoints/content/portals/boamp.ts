/**
 * BOAMP, the Bulletin officiel des annonces des marchés publics (www.boamp.fr), published by the DILA.
 *
 * A notice is `/avis/detail/{idweb}` (idweb "YY-NNNNN"; sometimes `/avis/detail/{idweb}/{n}`), on a DSFR site whose
 * pages are rendered by a JavaScript front-end (Opendatasoft, AngularJS): the content script waits for the notice's
 * rows (`rootSelectors`). Since 2024 above-threshold notices are eForms and show their parts under eForms headings
 * ("1. Acheteur", "2. Procédure", "5. Lot"), as French label/value rows ("Code CPV principal", "Critères
 * d'attribution", "Conditions d'exécution"); each lot's rows sit in that lot's block (domain research §5). The
 * markup read here (`article#avis`, `div.avis-champ` rows, `div.avis-lot[data-lot]`) is the demo page's, built from
 * that structure: check it on the live site (Test URLs below) and add a fallback here when it differs.
 * The search pages (`/pages/recherche/`, `/pages/avis/?q=…`) are listings, not notices: their filters ("Critères
 * environnementaux", "Critères sociaux") must never be read as a notice's criteria.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { childMatching, clean, findRoot, NoticeBuilder, nodesAfter, pageLanguage, textOf, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The notice, in order:
   * 1. `article#avis`, the notice's block (header, eForms sections, lots);
   * 2. `.avis-detail` or the element carrying the notice's idweb, should the id change;
   * 3. any notice row: the root is then the smallest element holding every row (never the header, sidebar or footer,
   *    which hold none, nor a search page, which holds none either).
   */
  root: ['#avis', '.avis-detail', '[data-idweb]'],
  /** A label/value row. */
  row: '.avis-champ',
  /** Its label, a child of the row: `span.avis-champ__libelle`, else its first `span`, `dt`, `strong` or `label`. */
  label: ['.avis-champ__libelle', 'span, dt, strong, b, label'],
  /** Its value, a child of the row: `.avis-champ__valeur`; when renamed, whatever follows the label. */
  value: '.avis-champ__valeur',
  /** A lot's block: its rows belong to the lot named by `data-lot` or by its heading ("Lot : LOT-0001"). */
  lot: '[data-lot], .avis-lot',
  lotHeading: 'h2, h3, h4, .avis-lot__titre',
  /** The title when no "Titre" row is shown. */
  title: ['#avis-titre', '.avis-entete h1', 'h1'],
} as const;

/** BOAMP's (eForms) labels, in French. Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^(?:Titre|Intitulé|Objet(?: du marché)?)$/i, kind: 'title', role: 'title' },
  { label: /^(?:Nom officiel|Nom de l'acheteur|Acheteur)$/i, kind: 'boilerplate', role: 'buyer' },
  { label: /^(?:Code CPV principal|Codes? CPV(?: additionnels?| complémentaires?)?|Classification (?:principale|complémentaire)(?: \(cpv\))?|Nomenclature (?:principale|supplémentaire)(?: \(cpv\))?)$/i, kind: 'boilerplate', scheme: 'CPV' },
  { label: /^(?:Nature du marché|Nature du contrat|Type de marché)$/i, kind: 'boilerplate', role: 'nature' },
  { label: /^(?:Description|Description succincte|Description du lot|Description des prestations)$/i, kind: 'description', split: true },
  // eForms award criteria come as rows of their own ("Critère :", "Type : Qualité", "Pondération : 40")
  { label: /^(?:Crit[èe]res? d[’']attribution|Crit[èe]res? d[’']évaluation(?: des projets| des offres)?|Crit[èe]re|Pondération.*|Description du critère)$/i, kind: 'award' },
  { label: /^Jugement des (?:prestations|offres|projets)$/i, kind: 'award' },
  { label: /^(?:Jugement des candidatures|Crit[èe]res? de sélection|Conditions de participation|Capacité .*|Aptitude à exercer l[’']activité professionnelle|Marché réservé|Participation réservée)$/i, kind: 'selection' },
  { label: /^(?:Conditions (?:particulières )?d[’']exécution(?: du marché)?|Conditions relatives au contrat)$/i, kind: 'performance' },
  { label: /^(?:Spécifications techniques|Exigences techniques)$/i, kind: 'specification' },
  { label: /^(?:Informations complémentaires|Autres informations|Prix et récompenses|Primes?)$/i, kind: 'other' },
  {
    label:
      /^(?:Numéro d[’']identification|Identifiant (?:interne|légal|du lot)|Adresse(?: électronique| internet)?|Ville|Code postal|Pays|Téléphone|Forme juridique.*|Activité.*|Type de procédure|Lieu (?:principal )?d[’']exécution|Nombre de participants.*|Date.*|Langues?.*|Organisation chargée .*|Valeur estimée.*|Durée.*)$/i,
    kind: 'boilerplate',
  },
];

const DETAIL = /^\/avis\/detail\/(\d{2}-\d{1,7})(?:\/\d+)?\/?$/;

export const boamp: PortalAdapter = {
  id: 'boamp',
  name: 'BOAMP',
  matches: ['https://www.boamp.fr/avis/detail/*'],
  examples: {
    notices: [
      'https://www.boamp.fr/avis/detail/26-51899',
      'https://www.boamp.fr/avis/detail/26-51899/1',
      'https://www.boamp.fr/avis/detail/21-97063',
    ],
    others: [
      'https://www.boamp.fr/',
      'https://www.boamp.fr/pages/recherche/',
      'https://www.boamp.fr/pages/avis/?q=idweb:26-12',
      'https://www.boamp.fr/pages/avis/?q=type_marche%3ASERVICES&sort=dateparution',
      'https://www.boamp.fr/pages/entreprise-accueil/',
      'https://www.boamp.fr/avis/detail/',
    ],
  },
  isNotice: (url) => url.protocol === 'https:' && url.hostname === 'www.boamp.fr' && DETAIL.test(url.pathname),
  // an app page: wait for a row of the notice, not for its (possibly empty) container
  rootSelectors: [`${SELECTORS.root[0]} ${SELECTORS.row}`, `${SELECTORS.root[1]} ${SELECTORS.row}`, SELECTORS.row],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.row);
    if (!found) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);

    for (const row of Array.from(root.querySelectorAll(SELECTORS.row))) {
      if (row.parentElement?.closest(SELECTORS.row)) continue; // a row nested in another row's value is part of it
      const label = SELECTORS.label.map((s) => childMatching(row, s)).find(Boolean);
      if (!label) continue;
      const valueEl = childMatching(row, SELECTORS.value);
      const block = row.closest(SELECTORS.lot);
      const lot = block && root.contains(block) ? lotOf(block) : undefined;
      if (lot && !b.lots.includes(lot)) b.lots.push(lot);
      b.field(label.textContent ?? '', valueEl ? Array.from(valueEl.childNodes) : nodesAfter(label, row), lot);
    }
    if (!b.title) {
      const h1 = SELECTORS.title.map((s) => root.querySelector(s) ?? doc.querySelector(s)).find((e) => e && clean(e.textContent ?? ''));
      if (h1) {
        b.title = clean(h1.textContent ?? '');
        b.add('Titre', 'title', textOf([h1]));
      }
    }

    if (!b.rows) {
      b.unrecognised(root, 'BOAMP', `no div.avis-champ rows inside ${selector}`);
    } else if (!b.has('description')) {
      b.gaps.push('the notice shows no description (Description): what is bought could not be read');
    }
    b.id =
      DETAIL.exec(url.pathname)?.[1] ??
      root.closest('[data-idweb]')?.getAttribute('data-idweb') ??
      /\bAvis n°\s*(\d{2}-\d{1,7})\b/.exec(root.textContent ?? '')?.[1] ??
      b.id;
    return b.notice(url, pageLanguage(doc, 'fr'), clean(doc.title.replace(/\s*-\s*BOAMP\s*$/i, '')));
  },
};

/** A lot block's id: `data-lot`, else "LOT-0001" or "Lot : 2" in its heading. */
function lotOf(block: Element): string | undefined {
  const attr = block.getAttribute('data-lot');
  if (attr && clean(attr)) return clean(attr);
  const heading = clean(block.querySelector(SELECTORS.lotHeading)?.textContent ?? '');
  return /\b(?:LOT|GLO)-\d{4}\b/.exec(heading)?.[0] ?? /\blot\s*(?:n°|:)?\s*([A-Za-z0-9-]+)/i.exec(heading)?.[1];
}

/* Test URLs (manual checks):
   https://www.boamp.fr/pages/recherche/                      (search: a listing, not a notice; saved in
                                                               /work/shared/fixtures/html/boamp/boamp_recherche_results_2026-01-04.html)
   https://www.boamp.fr/avis/detail/<idweb>                   (any notice of that search, e.g. 26-12; the demo page is
                                                               tests/fixtures/html/boamp/avis_21-97063_vetraz_monthoux_concours.html)
*/
