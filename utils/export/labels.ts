/**
 * The words of the exported files, in the popup's UI language (English, or French for a French browser: the
 * languages the popup speaks). Criterion names come from the catalogue, in the same language.
 */
import type { Stage } from '../../criteria/schema';
import type { Outcome } from '../report';
import type { ProofKind } from './proof';

export type ExportLang = 'en' | 'fr';

const EN = {
  report: 'Tender Lens report',
  checklist: 'What the tender asks of the supplier',
  notice: 'Notice',
  url: 'Address',
  buyer: 'Buyer',
  audited: 'Audited',
  versions: 'Versions',
  engine: 'engine',
  catalogue: 'catalogue',
  coverage: 'Coverage',
  coverageLine: (present: number, applicable: number) => `${present} of ${applicable} applicable criteria present`,
  noneApplies: 'no criterion applies',
  criterion: 'Criterion',
  outcome: 'Outcome',
  reason: 'Reason',
  why: 'Why it matters',
  evidence: 'Evidence',
  source: 'Source',
  weak: 'weak: points that way, does not bind',
  noQuote: 'structured field',
  stage: 'Stage',
  proof: 'Proof to prepare',
  quote: 'Quote',
  untitled: 'Untitled notice',
  print: 'Print',
  noItems: 'The notice binds the supplier to none of the criteria.',
  footer: 'Made with Tender Lens, locally in the browser. Evidence is quoted from the notice as published.',
  outcomes: { missing: 'Missing', uncertain: 'Uncertain', present: 'Present', 'not-applicable': 'Not applicable' } satisfies Record<Outcome, string>,
  stages: {
    selection: 'Selection',
    specification: 'Technical specifications',
    award: 'Award',
    performance: 'Contract performance',
  } satisfies Record<Stage, string>,
  proofs: {
    label: 'label',
    certificate: 'certificate',
    'test-report': 'test report',
    declaration: 'declaration',
  } satisfies Record<ProofKind, string>,
};

export type ExportStrings = typeof EN;

const FR: ExportStrings = {
  report: 'Rapport Tender Lens',
  checklist: 'Ce que le marché demande au fournisseur',
  notice: 'Avis',
  url: 'Adresse',
  buyer: 'Acheteur',
  audited: 'Analysé le',
  versions: 'Versions',
  engine: 'moteur',
  catalogue: 'catalogue',
  coverage: 'Couverture',
  coverageLine: (present: number, applicable: number) => `${present} critères présents sur ${applicable} applicables`,
  noneApplies: 'aucun critère ne s’applique',
  criterion: 'Critère',
  outcome: 'Résultat',
  reason: 'Raison',
  why: 'Pourquoi c’est important',
  evidence: 'Preuve',
  source: 'Source',
  weak: 'faible : va dans ce sens, sans engager',
  noQuote: 'champ structuré',
  stage: 'Étape',
  proof: 'Justificatif à préparer',
  quote: 'Citation',
  untitled: 'Avis sans titre',
  print: 'Imprimer',
  noItems: 'L’avis n’engage le fournisseur sur aucun des critères.',
  footer: 'Produit par Tender Lens, localement dans le navigateur. Les preuves sont citées de l’avis tel que publié.',
  outcomes: { missing: 'Manquant', uncertain: 'Incertain', present: 'Présent', 'not-applicable': 'Sans objet' },
  stages: {
    selection: 'Sélection',
    specification: 'Spécifications techniques',
    award: 'Attribution',
    performance: 'Exécution du marché',
  },
  proofs: {
    label: 'label',
    certificate: 'certificat',
    'test-report': 'rapport d’essai',
    declaration: 'déclaration',
  },
};

export const EXPORT_STRINGS: Record<ExportLang, ExportStrings> = { en: EN, fr: FR };

/** "fr-BE" → "fr"; anything the exports do not speak → "en". */
export const exportLang = (lang: string | undefined): ExportLang => (lang?.toLowerCase().startsWith('fr') ? 'fr' : 'en');
