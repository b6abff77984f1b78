/**
 * CanadaBuys / AchatsCanada (canadabuys.canada.ca): the Government of Canada's tender service, bilingual.
 *
 * A tender notice is `/en/tender-opportunities/tender-notice/{ref}` or, in French,
 * `/fr/appels-d-offres/avis-d-appel-d-offres/{ref}` (refs such as `cb-395-41051453`, `ws5569057012`,
 * `pw-pwb-013-3930`): a server-rendered Drupal page in the GC Web (WET) theme, title in `h1#wb-cont`, the notice's
 * fields as Drupal fields (`div.field` > `.field__label` + `.field__item`), classification GSIN and UNSPSC, never
 * CPV (domain research §5). The labels are read in both languages. The award notices (`/contract-history/{ref}`)
 * are other pages: not claimed.
 * On CanadaBuys, "Selection criteria" / "Critères de sélection" names how the winning bid is chosen ("Highest
 * combined rating of technical merit and price", "Lowest price"): award criteria, not the suppliers' selection.
 * Read-only: nothing here writes to the page.
 */
import type { PortalAdapter } from './types';
import { childMatching, clean, findRoot, NoticeBuilder, nodesAfter, pageLanguage, textOf, type LabelRule } from './label-value';

const SELECTORS = {
  /**
   * The notice, in order:
   * 1. the tender-notice node (`article.node--type-tender-notice`, Drupal's class for the content type);
   * 2. any node of the main content (the content type renamed);
   * 3. any field: the root is then the smallest element holding every field (never the WET header, menus or
   *    footer, which hold none).
   */
  root: ['article.node--type-tender-notice', 'main[property="mainContentOfPage"] article.node, main .node__content'],
  /** A field (not one nested in another field's value). */
  row: '.field',
  /** Its label, a child of the field: `.field__label`, else a heading or `dt`. */
  label: '.field__label, h2, h3, h4, dt, strong',
  /** The notice's title: WET's h1 (`#wb-cont`, the skip link's target), outside the node. */
  title: ['h1#wb-cont', 'h1[property="name"]', 'main h1'],
} as const;

/** CanadaBuys' labels, English and French. Unlisted labels: the heading phrases every parser knows, else 'other'. */
const LABELS: LabelRule[] = [
  { label: /^(?:Solicitation number|Numéro de la demande de soumissions|Numéro de sollicitation)$/i, kind: 'boilerplate', role: 'id' },
  { label: /^(?:Organization|Organisation|Contracting organization|Organisation contractante|Contracting entity|Entité contractante)$/i, kind: 'boilerplate', role: 'buyer' },
  { label: /^(?:Description|Tender description|Description de l[’']appel d[’']offres)$/i, kind: 'description', split: true },
  // CanadaBuys' "Selection criteria" is the basis of award, not a condition for participation
  { label: /^(?:Selection criteria|Critères de sélection|Selection method|Méthode de sélection)$/i, kind: 'award' },
  { label: /^Jugement des (?:prestations|offres|projets)$/i, kind: 'award' },
  { label: /^Jugement des candidatures$/i, kind: 'selection' },
  { label: /^(?:Set-aside(?: program)?|Programme de marchés réservés|Marché réservé.*)$/i, kind: 'selection' },
  { label: /^(?:Commodity - GSIN|GSIN|Produit - NIBS|NIBS)$/i, kind: 'boilerplate', scheme: 'GSIN' },
  { label: /^(?:Commodity - UNSPSC|UNSPSC|Produit - UNSPSC)$/i, kind: 'boilerplate', scheme: 'UNSPSC' },
  { label: /^(?:Procurement category|Catégorie d[’']approvisionnement)$/i, kind: 'boilerplate', role: 'nature' },
  { label: /^(?:Additional information|Informations complémentaires)$/i, kind: 'other' },
  {
    label:
      /^(?:Publication date|Date de publication|Tender closing date|Date de clôture de l[’']appel d[’']offres|Amendment date|Date de modification|Status|Statut|Notice type|Type d[’']avis|Procurement method|Méthode d[’']approvisionnement|Trade agreements?|Accords? commerciaux|Regions? of (?:delivery|opportunity)|Régions? de livraison|Région de l[’']appel d[’']offres|Contract duration|Durée du contrat|Limited tendering reason|Raison de l[’']appel d[’']offres limité|Contracting authority|Autorité contractante|Email|Courriel|Phone|Téléphone|Address|Adresse|Partner with another business|S[’']associer avec une autre entreprise)$/i,
    kind: 'boilerplate',
  },
];

const NOTICE_EN = /^\/en\/tender-opportunities\/tender-notice\/([A-Za-z0-9][A-Za-z0-9._-]*)\/?$/;
const NOTICE_FR = /^\/fr\/appels-d-offres\/avis-d-appel-d-offres\/([A-Za-z0-9][A-Za-z0-9._-]*)\/?$/;
const refOf = (url: URL) => (url.protocol === 'https:' && url.hostname === 'canadabuys.canada.ca' ? (NOTICE_EN.exec(url.pathname) ?? NOTICE_FR.exec(url.pathname))?.[1] : undefined);

export const canadaBuys: PortalAdapter = {
  id: 'canadabuys',
  name: 'CanadaBuys',
  matches: ['https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/*', 'https://canadabuys.canada.ca/fr/appels-d-offres/avis-d-appel-d-offres/*'],
  examples: {
    notices: [
      'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/cb-395-41051453',
      'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/ws5569057012',
      'https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/pw-pwb-013-3930',
      'https://canadabuys.canada.ca/fr/appels-d-offres/avis-d-appel-d-offres/cb-395-41051453',
    ],
    others: [
      'https://canadabuys.canada.ca/en/tender-opportunities',
      'https://canadabuys.canada.ca/en/tender-opportunities?status%5B0%5D=87',
      'https://canadabuys.canada.ca/en/tender-opportunities/contract-history/cb-395-41051453',
      'https://canadabuys.canada.ca/fr/appels-d-offres',
      'https://canadabuys.canada.ca/en/getting-started/using-tma',
      'https://canadabuys.canada.ca/opendata/pub/openTenderNotice-ouvertAvisAppelOffres.csv',
    ],
  },
  isNotice: (url) => refOf(url) !== undefined,
  rootSelectors: [...SELECTORS.root, SELECTORS.row],
  extract(doc, url) {
    const found = findRoot(doc, SELECTORS.root, SELECTORS.row);
    if (!found) return null;
    const { root, selector } = found;
    const b = new NoticeBuilder(LABELS);

    const h1 = SELECTORS.title.map((s) => doc.querySelector(s)).find((e) => e && clean(e.textContent ?? ''));
    if (h1) {
      b.title = clean(h1.textContent ?? '');
      b.add('Title', 'title', textOf([h1]));
    }
    for (const row of Array.from(root.querySelectorAll(SELECTORS.row))) {
      if (row.parentElement?.closest(SELECTORS.row)) continue; // a field nested in another field's value is part of it
      const label = childMatching(row, SELECTORS.label);
      if (!label) continue;
      b.field(label.textContent ?? '', nodesAfter(label, row));
    }

    if (!b.rows) {
      b.unrecognised(root, 'CanadaBuys', `no div.field fields inside ${selector}`);
    } else if (!b.has('description')) {
      b.gaps.push('the tender notice shows no Description: what is bought and any requirement could not be read');
    }
    b.id ??= refOf(url);
    const fromUrl = url.pathname.startsWith('/fr/') ? 'fr' : 'en';
    return b.notice(url, pageLanguage(doc, fromUrl), clean(doc.title.replace(/\s*\|\s*(?:CanadaBuys|AchatsCanada)\s*$/i, '')));
  },
};

/* Test URLs (manual checks):
   https://canadabuys.canada.ca/en/tender-opportunities                          (the search: not a notice)
   https://canadabuys.canada.ca/en/tender-opportunities/tender-notice/<ref>      (any notice of it; the demo pages are
                                             tests/fixtures/html/canadabuys/tender-notice_en_20-7088_sport_outdoor.html
                                             and tests/fixtures/html/canadabuys/tender-notice_fr_burnhaupt_concours.html)
   https://canadabuys.canada.ca/fr/appels-d-offres/avis-d-appel-d-offres/<ref>   (the same notice in French)
*/
