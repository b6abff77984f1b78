/**
 * Version of the catalogue data (criteria, model clauses, product groups). Reports carry it, so that a result
 * can be traced to the catalogue that produced it. When the data change, stamp a new version:
 *   npx tsx scripts/catalogue.ts stamp YYYY.MM.DD-N
 * (criteria/catalogue.test.ts fails until then).
 */
export const CATALOGUE_VERSION = '2026.11.29-2';
/** sha256 of JSON.stringify({ criteria, modelClauses, productGroups }). */
export const CATALOGUE_HASH = '2f3f8a9105f5462d260cca7850276d6beccc342cca99d1df5fd6faffbf294246';
