/** Shared set-up of the library tests: a fresh database per test (fake-indexeddb, from vitest's setup file). */
import type { ModelClause } from '../../criteria/schema';
import { LibraryDb } from '../../utils/library/db';
import type { ClauseDraft } from '../../utils/library/types';

let n = 0;
export const freshName = () => `test-library-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`;
export const freshDb = () => new LibraryDb(freshName());

export const model = (over: Partial<ModelClause> = {}): ModelClause => ({
  id: 'env-ecolabel.specification.en',
  criterion: 'env-ecolabel',
  stage: 'specification',
  lang: 'en',
  title: 'Ecolabel criteria required',
  text: 'The products shall meet the criteria of the EU Ecolabel for the product group, or an equivalent label.',
  source: 'Directive 2014/24/EU art. 43',
  ...over,
});

export const CATALOGUE_V1: ModelClause[] = [
  model(),
  model({
    id: 'soc-accessibility.specification.fr',
    criterion: 'soc-accessibility',
    lang: 'fr',
    title: 'Accessibilité des services numériques',
    text: 'Les services numériques livrés respectent la norme EN 301 549 et le référentiel général d’amélioration de l’accessibilité.',
    source: 'Directive (UE) 2016/2102',
  }),
  model({
    id: 'env-carbon.award.en',
    criterion: 'env-carbon',
    stage: 'award',
    title: 'Award points for a lower carbon footprint',
    text: 'Points are awarded in proportion to the reduction of greenhouse-gas emissions over the life of the contract.',
    source: 'EU GPP criteria for road transport (2019)',
  }),
];

export const draft = (over: Partial<ClauseDraft> = {}): ClauseDraft => ({
  title: 'Reusable packaging',
  text: 'Deliveries use reusable crates, which the supplier takes back at the next delivery.',
  source: 'Our own wording',
  criteria: ['env-waste-packaging'],
  stage: 'performance',
  lang: 'en',
  tags: ['logistics'],
  ...over,
});
