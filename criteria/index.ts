/**
 * The catalogue, validated. For the popup, the options page, the background and tests: this file imports zod,
 * so the content script must never import it (it imports catalogue/index.ts and the types of schema.ts).
 * A catalogue that does not match its schemas throws here, at start-up and in tests, not in front of a user.
 */
import { criteria } from './catalogue/index';
import { modelClauses } from './clauses';
import { productGroups } from './product-groups';
import { Criterion, ModelClause, ProductGroup } from './schema';

export const validatedCriteria: readonly Criterion[] = criteria.map((c) => Criterion.parse(c));
export const validatedClauses: readonly ModelClause[] = modelClauses.map((c) => ModelClause.parse(c));
export const validatedGroups: readonly ProductGroup[] = productGroups.map((g) => ProductGroup.parse(g));

export { CATALOGUE_HASH, CATALOGUE_VERSION } from './version';
