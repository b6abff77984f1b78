/** The popup's words around clauses, in the UI language (English, or French for a French browser). */
import type { Stage } from '../criteria/schema';

export type UiLang = 'en' | 'fr';

export interface InsertOutcomeLike {
  kind: 'inserted' | 'copied' | 'failed';
  field?: string;
  reason?: string;
}

export const CLAUSE_STRINGS = {
  en: {
    insert: 'Insert',
    suggested: 'Model clauses',
    noSuggestion: 'No model clause in this language yet. Search the library below, or write one in the options.',
    search: 'Search clauses',
    searchHint: 'Words or their beginnings, in any language.',
    results: (n: number) => (n === 0 ? 'No clause found.' : n === 1 ? '1 clause found.' : `${n} clauses found.`),
    stage: 'Part of the tender',
    anyStage: 'Any part',
    showText: 'Show the full text',
    hideText: 'Show less',
    favourite: 'Favourite',
    inserting: 'Inserting…',
    loading: 'Opening the clause library…',
    coverage: 'Coverage',
    coverageLine: (present: number, applicable: number) => `${present} of ${applicable} applicable criteria present`,
    noneApplies: 'No criterion applies',
    chartLabel: 'Criteria by pillar: present, uncertain and missing',
    notApplicable: (n: number) => `Not applicable (${n})`,
    missingIn: (n: number) => (n === 1 ? '1 missing' : `${n} missing`),
    outcome(o: InsertOutcomeLike): string {
      if (o.kind === 'inserted') return `Inserted into ${o.field || 'the field'}.`;
      if (o.kind === 'copied') return 'No field was selected on the page: the clause is copied to the clipboard.';
      return `Could not insert the clause: ${o.reason || 'the page did not answer'}.`;
    },
  },
  fr: {
    insert: 'Insérer',
    suggested: 'Clauses types',
    noSuggestion: 'Pas encore de clause type dans cette langue. Cherchez dans la bibliothèque ci-dessous, ou rédigez-en une dans les options.',
    search: 'Chercher une clause',
    searchHint: 'Des mots ou leur début, dans toute langue.',
    results: (n: number) => (n === 0 ? 'Aucune clause trouvée.' : n === 1 ? '1 clause trouvée.' : `${n} clauses trouvées.`),
    stage: 'Partie du marché',
    anyStage: 'Toutes les parties',
    showText: 'Afficher tout le texte',
    hideText: 'Réduire',
    favourite: 'Favori',
    inserting: 'Insertion…',
    loading: 'Ouverture de la bibliothèque de clauses…',
    coverage: 'Couverture',
    coverageLine: (present: number, applicable: number) => `${present} critères présents sur ${applicable} applicables`,
    noneApplies: 'Aucun critère ne s’applique',
    chartLabel: 'Critères par pilier : présents, incertains et manquants',
    notApplicable: (n: number) => `Sans objet (${n})`,
    missingIn: (n: number) => (n === 1 ? '1 manquant' : `${n} manquants`),
    outcome(o: InsertOutcomeLike): string {
      if (o.kind === 'inserted') return `Inséré dans ${o.field || 'le champ'}.`;
      if (o.kind === 'copied') return 'Aucun champ n’était sélectionné sur la page : la clause est copiée dans le presse-papiers.';
      return `La clause n’a pas pu être insérée : ${o.reason || 'la page n’a pas répondu'}.`;
    },
  },
} as const;

export type ClauseStrings = (typeof CLAUSE_STRINGS)[UiLang];

export const STAGE_LABELS: Record<UiLang, Record<Stage, string>> = {
  en: { selection: 'Selection', specification: 'Technical specifications', award: 'Award', performance: 'Contract performance' },
  fr: { selection: 'Sélection', specification: 'Spécifications techniques', award: 'Attribution', performance: 'Exécution du marché' },
};
